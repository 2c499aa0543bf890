//! Building blocks with no knowledge of canvases: dialog, menu button,
//! toast, confirming button, amount field.
pub mod amount_input;
pub mod confirm_button;
pub mod dialog;
pub mod menu;
pub mod toast;

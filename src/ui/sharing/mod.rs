//! A canvas leaving this browser and arriving: the Share dialog, the page a
//! link opens (read-only), export and import of files.
pub mod export_import;
pub mod link_fit;
pub mod merge_panel;
pub mod qr_code;
pub mod readonly;
pub mod readonly_sheet;
pub mod share_dialog;
pub mod shared_view;

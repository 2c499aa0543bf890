//! The editor: the header and its menus, the board of blocks, the strips
//! above it (learning model, legend), find, focus, fit and print.
pub mod block;
pub mod board;
pub mod find_notes;
pub mod first_visit;
pub mod fit_screen;
pub mod focus_block;
pub mod header;
pub mod kind_picker;
pub mod learning_model;
pub mod legend;
pub mod limit_note;
pub mod note;
pub mod print_view;
pub mod shortcuts;
pub mod theme;
pub mod undo;

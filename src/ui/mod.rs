//! UI components, one concern per file.
pub mod app;
pub mod autosave;
pub mod canvas_block;
pub mod canvas_board;
pub mod note_editor;
pub mod state;
pub mod storage_alerts;
pub mod toolbar;

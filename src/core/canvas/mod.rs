//! The canvas itself: its kinds and blocks, notes with their colours and
//! marks, threads between notes, the undo history and how two canvases
//! differ.
pub mod colour;
pub mod compare;
pub mod history;
pub mod kind;
pub mod lineage;
pub mod marks;
pub mod merge;
pub mod merge_parts;
pub mod model;
pub mod text;
pub mod thread_key;
pub mod threads;
pub mod votes;

pub use kind::CanvasKind;
pub use model::{Canvas, Note, NoteId};

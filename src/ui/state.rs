//! The editor's shared state, handed to every component with `provide_context`.

use crate::core::model::{push_empty_note, Canvas, CanvasStoreFields, NoteId};
use leptos::prelude::*;
use reactive_stores::Store;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// The last write failed (the reason is in `save_error`); the canvas is
    /// only in memory.
    Failed,
    /// Saving waits for the user to decide about an unreadable stored draft.
    Paused,
    /// The stored draft changed under us (another tab, another app version);
    /// saving waits for the user to choose which version to keep.
    Conflict,
}

/// A stored draft that could not be opened. It stays in storage untouched
/// until the user chooses to replace it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableDraft {
    pub raw: String,
    pub reason: String,
}

#[derive(Clone, Copy)]
pub struct EditorState {
    pub canvas: Store<Canvas>,
    pub show_questions: RwSignal<bool>,
    /// A note that should take keyboard focus once it is on the page.
    pub focus_request: RwSignal<Option<NoteId>>,
    pub save_status: RwSignal<SaveStatus>,
    pub unreadable: RwSignal<Option<UnreadableDraft>>,
    /// Why the last write failed; cleared only by a successful write, so the
    /// alert stays put while the user keeps typing.
    pub save_error: RwSignal<Option<String>>,
    /// The stored text as this page last read or wrote it. A different value
    /// in storage means someone else wrote it.
    pub last_synced: StoredValue<Option<String>>,
}

impl EditorState {
    pub fn new(canvas: Canvas) -> Self {
        EditorState {
            canvas: Store::new(canvas),
            show_questions: RwSignal::new(true),
            focus_request: RwSignal::new(None),
            save_status: RwSignal::new(SaveStatus::Saved),
            unreadable: RwSignal::new(None),
            save_error: RwSignal::new(None),
            last_synced: StoredValue::new(None),
        }
    }

    /// Adds an empty note to a block and asks for it to be focused.
    pub fn add_note(&self, block: &str) -> NoteId {
        let id = push_empty_note(&mut self.canvas.notes().write(), block);
        self.focus_request.set(Some(id));
        id
    }

    pub fn delete_note(&self, id: NoteId) {
        self.canvas.notes().write().retain(|n| n.id != id);
    }
}

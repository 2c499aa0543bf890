//! The editor's state, in three parts handed down with `provide_context`:
//! the [`Document`] (canvas, history), the [`ViewState`] (dialog, toasts,
//! selection, find, filters) and [`Saving`] (private to the library's
//! modules). [`EditorState`] holds the three for the few actions that touch
//! all of them: opening, creating and saving a canvas, undo, the notes' keys.

pub mod document;
pub mod view;

pub use crate::ui::library::saving::{SaveStatus, Saving};
pub use document::Document;
pub use view::{Notice, Panel, Toast, ViewState};

use crate::core::canvas::model::{push_empty_note, Canvas, CanvasStoreFields, NoteId};
use crate::core::share::limits::Limit;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct EditorState {
    pub doc: Document,
    pub view: ViewState,
    pub saving: Saving,
}

impl EditorState {
    pub fn new(canvas: Canvas) -> Self {
        let doc = Document::new(canvas);
        EditorState {
            doc,
            view: ViewState::new(doc.canvas),
            saving: Saving::default(),
        }
    }

    /// Hands the three parts down to every component below.
    pub fn provide(self) {
        provide_context(self.doc);
        provide_context(self.view);
        provide_context(self.saving);
    }

    /// The three parts, from the context.
    pub fn expect() -> Self {
        EditorState {
            doc: expect_context(),
            view: expect_context(),
            saving: expect_context(),
        }
    }

    /// Adds an empty note to a block and asks for it to be focused, unless
    /// the canvas holds all it may. A search or partner filter in progress
    /// ends, or it would hide the new, empty note.
    pub fn add_note(&self, block: &str) -> Result<NoteId, Limit> {
        self.doc.room_for(Limit::Notes)?;
        let view = self.view;
        if !view.find.get_untracked().is_empty() {
            view.find.set(String::new());
        }
        // A new partner has no side yet: a side filter would hide it.
        if block == "key-partners" && view.partner_filter.get_untracked().is_some() {
            view.partner_filter.set(None);
        }
        let id = push_empty_note(&mut self.doc.canvas.notes().write(), block);
        view.focus_request.set(Some(id));
        Ok(id)
    }

    /// Puts a stored canvas in the editor, as stored (nothing to save).
    pub fn show_stored(&self, id: String, canvas: Canvas, raw: String) {
        // Before the canvas changes, so the switch is not recorded as an edit.
        self.doc.reset_history(&canvas);
        self.saving.show_stored(raw, &canvas);
        // "Link to…" names a note of the canvas it was opened on.
        if matches!(self.view.panel.get_untracked(), Panel::LinkNote(_)) {
            self.view.panel.set(Panel::None);
        }
        self.doc.canvas_id.set(Some(id));
        self.doc.canvas.set(canvas);
    }

    /// True when everything on the page is stored and nothing waits to be.
    pub fn is_clean(&self) -> bool {
        self.saving.is_clean(self.doc.canvas)
    }
}

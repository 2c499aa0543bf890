//! The editor's shared state, handed to every component with `provide_context`.

use crate::browser::storage::{self, SHOW_QUESTIONS_KEY};
use crate::core::canvas::history::History;
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::marks::PartnerSide;
use crate::core::canvas::model::{push_empty_note, Canvas, CanvasStoreFields, NoteId};
use crate::core::canvas::threads;
use crate::core::method::hints::Hint;
use crate::ui::editor::learning_model::hints_memo;
use leptos::prelude::*;
use reactive_stores::Store;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// The last write failed (the reason is in `save_error`); the canvas is
    /// only in memory.
    Failed,
    /// The stored canvas changed under us (another tab); saving waits for
    /// the user to choose what to keep.
    Conflict,
}

/// Which dialog is open over the canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    None,
    MyCanvases,
    Snapshots,
    Share,
    Shortcuts,
    /// "Link to…" for the note in `EditorState::link_from`.
    LinkNote,
    ThreadCheck,
    Worksheet,
    Scorecard,
    Templates,
    Export,
    /// "Change the canvas kind?" for a canvas with notes.
    ChangeKind(CanvasKind),
}

/// A short message at the bottom of the page, maybe with an "Undo".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Toast {
    pub message: String,
    /// The canvas an "Undo" takes back out of the trash.
    pub undo_trash: Option<String>,
    /// Tells toasts apart, so an old toast's timer leaves a newer one alone.
    pub serial: u32,
}

#[derive(Clone, Copy)]
pub struct EditorState {
    pub canvas: Store<Canvas>,
    /// The library id of the open canvas; `None` until it could be stored.
    pub canvas_id: RwSignal<Option<String>>,
    pub show_questions: RwSignal<bool>,
    /// A note whose text should take keyboard focus once it is on the page.
    pub focus_request: RwSignal<Option<NoteId>>,
    /// A note to select (focus the note itself) once it is on the page,
    /// after a move re-placed it.
    pub select_request: RwSignal<Option<NoteId>>,
    pub save_status: RwSignal<SaveStatus>,
    /// Why the last write failed; cleared only by a successful write, so the
    /// alert stays put while the user keeps typing.
    pub save_error: RwSignal<Option<String>>,
    /// Something the user must know about a stored canvas (set aside, gone).
    pub notice: RwSignal<Option<String>>,
    /// The stored record as this page last read or wrote it. A different
    /// value in storage means someone else wrote it.
    pub last_synced: StoredValue<Option<String>>,
    /// The canvas as last stored, to skip writes that change nothing.
    pub saved_canvas: StoredValue<Option<Canvas>>,
    /// The debounced save waiting to run.
    pub pending_save: StoredValue<Option<TimeoutHandle>>,
    /// Bumped whenever the library in storage changed, here or in another tab.
    pub library_changed: RwSignal<u32>,
    pub panel: RwSignal<Panel>,
    pub toast: RwSignal<Option<Toast>>,
    /// Undo and redo steps of the open canvas (see `ui::undo`).
    pub history: StoredValue<History>,
    pub can_undo: RwSignal<bool>,
    pub can_redo: RwSignal<bool>,
    /// What "Find notes" looks for ("" shows every note).
    pub find: RwSignal<String>,
    /// The block enlarged to fill the canvas ("Focus block"), if any.
    pub focused_block: RwSignal<Option<&'static str>>,
    /// The learning model's hints to show now.
    pub hints: Memo<Vec<Hint>>,
    /// The note that has the focus (its thread is highlighted).
    pub selected_note: RwSignal<Option<NoteId>>,
    /// The selected note's thread: every note it reaches through links,
    /// empty while it has none.
    pub thread: Memo<BTreeSet<NoteId>>,
    /// How many links each note has, counted once per change of the links.
    link_counts: Memo<BTreeMap<NoteId, usize>>,
    /// The note "Link to…" links from.
    pub link_from: RwSignal<Option<NoteId>>,
    /// "Show partners": only this side in Key Partners (`None`: all).
    pub partner_filter: RwSignal<Option<PartnerSide>>,
}

impl EditorState {
    pub fn new(canvas: Canvas) -> Self {
        let canvas_store = Store::new(canvas.clone());
        let selected_note = RwSignal::new(None);
        let thread = Memo::new(move |_| match selected_note.get() {
            Some(id) => canvas_store.links().with(|links| {
                let t = threads::thread(links, id);
                if t.len() > 1 {
                    t
                } else {
                    BTreeSet::new()
                }
            }),
            None => BTreeSet::new(),
        });
        let link_counts = Memo::new(move |_| {
            canvas_store.links().with(|links| {
                let mut counts = BTreeMap::new();
                for &(a, b) in links {
                    *counts.entry(a).or_insert(0) += 1;
                    *counts.entry(b).or_insert(0) += 1;
                }
                counts
            })
        });
        EditorState {
            hints: hints_memo(canvas_store),
            link_counts,
            selected_note,
            thread,
            link_from: RwSignal::new(None),
            partner_filter: RwSignal::new(None),
            canvas: canvas_store,
            canvas_id: RwSignal::new(None),
            show_questions: RwSignal::new(true),
            focus_request: RwSignal::new(None),
            select_request: RwSignal::new(None),
            save_status: RwSignal::new(SaveStatus::Saved),
            save_error: RwSignal::new(None),
            notice: RwSignal::new(None),
            last_synced: StoredValue::new(None),
            saved_canvas: StoredValue::new(None),
            pending_save: StoredValue::new(None),
            library_changed: RwSignal::new(0),
            panel: RwSignal::new(Panel::None),
            toast: RwSignal::new(None),
            history: StoredValue::new(History::new(canvas.clone())),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            find: RwSignal::new(String::new()),
            focused_block: RwSignal::new(None),
        }
    }

    /// Shows or hides every block's guiding questions, remembered here.
    pub fn set_show_questions(&self, on: bool) {
        self.show_questions.set(on);
        // A preference only: if it cannot be stored, the toggle still works.
        let _ = storage::write(SHOW_QUESTIONS_KEY, if on { "1" } else { "0" });
    }

    /// How many links note `id` has.
    pub fn link_count(&self, id: NoteId) -> usize {
        self.link_counts.with(|c| c.get(&id).copied().unwrap_or(0))
    }

    /// Adds an empty note to a block and asks for it to be focused. A
    /// search or partner filter in progress ends, or it would hide the new,
    /// empty note.
    pub fn add_note(&self, block: &str) -> NoteId {
        if !self.find.get_untracked().is_empty() {
            self.find.set(String::new());
        }
        // A new partner has no side yet: a side filter would hide it.
        if block == "key-partners" && self.partner_filter.get_untracked().is_some() {
            self.partner_filter.set(None);
        }
        let id = push_empty_note(&mut self.canvas.notes().write(), block);
        self.focus_request.set(Some(id));
        id
    }

    /// Removes a note and its links (one undo step brings both back).
    pub fn delete_note(&self, id: NoteId) {
        self.canvas.notes().write().retain(|n| n.id != id);
        let links = self.canvas.links();
        if links.with_untracked(|l| threads::linked_to(l, id).next().is_some()) {
            links.write().retain(|&(a, b)| a != id && b != id);
        }
    }

    /// Forgets the undo steps: another canvas is in the editor now.
    pub fn reset_history(&self, canvas: &Canvas) {
        self.history.update_value(|h| h.reset(canvas.clone()));
        self.can_undo.set(false);
        self.can_redo.set(false);
    }

    /// Puts a stored canvas in the editor, as stored (nothing to save).
    pub fn show_stored(&self, id: String, canvas: Canvas, raw: String) {
        // Before the canvas changes, so the switch is not recorded as an edit.
        self.reset_history(&canvas);
        self.last_synced.set_value(Some(raw));
        self.saved_canvas.set_value(Some(canvas.clone()));
        self.canvas_id.set(Some(id));
        self.canvas.set(canvas);
        self.save_error.set(None);
        self.save_status.set(SaveStatus::Saved);
    }

    /// True when everything on the page is stored and nothing waits to be.
    pub fn is_clean(&self) -> bool {
        self.pending_save.with_value(Option::is_none)
            && self.save_status.get_untracked() == SaveStatus::Saved
            && self
                .saved_canvas
                .with_value(|saved| self.canvas.with_untracked(|c| saved.as_ref() == Some(c)))
    }

    pub fn show_toast(&self, message: String, undo_trash: Option<String>) {
        let serial = self
            .toast
            .with_untracked(|t| t.as_ref().map_or(0, |t| t.serial + 1));
        self.toast.set(Some(Toast {
            message,
            undo_trash,
            serial,
        }));
    }

    pub fn library_changed(&self) {
        self.library_changed.update(|n| *n = n.wrapping_add(1));
    }
}

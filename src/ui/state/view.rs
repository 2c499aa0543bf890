//! The view: what the editor shows of the document and how: the open dialog,
//! the toast and notices, the selection and its thread, find and filters,
//! the guiding questions, and the notes waiting to be focused.

use crate::browser::storage::{self, SHOW_QUESTIONS_KEY};
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::marks::PartnerSide;
use crate::core::canvas::model::{Canvas, CanvasStoreFields, NoteId};
use crate::core::canvas::threads;
use leptos::prelude::*;
use reactive_stores::Store;
use std::collections::BTreeSet;

/// Which dialog is open over the canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    None,
    MyCanvases,
    /// "Combine canvases": breakout groups gathered into one.
    Combine,
    /// The time-box of a discussion.
    Timer,
    /// Starting and running a dot vote.
    Vote,
    Snapshots,
    Share,
    Shortcuts,
    /// "Link to…" from this note.
    LinkNote(NoteId),
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

/// Something the user must know about stored work (set aside, gone, not
/// moved): it stays on the page until dismissed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub serial: u32,
}

#[derive(Clone, Copy)]
pub struct ViewState {
    pub panel: RwSignal<Panel>,
    pub toast: RwSignal<Option<Toast>>,
    /// What the user must know about stored canvases, oldest first.
    pub notices: RwSignal<Vec<Notice>>,
    /// A newer version of the app wrote something this page left alone:
    /// the page offers a reload.
    pub newer_app: RwSignal<bool>,
    pub show_questions: RwSignal<bool>,
    /// A note whose text should take keyboard focus once it is on the page.
    pub focus_request: RwSignal<Option<NoteId>>,
    /// A note to select (focus the note itself) once it is on the page,
    /// after a move re-placed it.
    pub select_request: RwSignal<Option<NoteId>>,
    /// What "Find notes" looks for ("" shows every note).
    pub find: RwSignal<String>,
    /// The block enlarged to fill the canvas ("Focus block"), if any.
    pub focused_block: RwSignal<Option<&'static str>>,
    /// "Present": the step in the kind's present order shown large, while
    /// presenting.
    pub presenting: RwSignal<Option<usize>>,
    /// The note that has the focus (its thread is highlighted).
    pub selected_note: RwSignal<Option<NoteId>>,
    /// The selected note's thread: every note it reaches through links,
    /// empty while it has none.
    pub thread: Memo<BTreeSet<NoteId>>,
    /// "Show partners": only this side in Key Partners (`None`: all).
    pub partner_filter: RwSignal<Option<PartnerSide>>,
}

impl ViewState {
    /// The view of `canvas` (its thread follows the canvas's links).
    pub fn new(canvas: Store<Canvas>) -> Self {
        let selected_note = RwSignal::new(None);
        let thread = Memo::new(move |_| match selected_note.get() {
            Some(id) => canvas.links().with(|links| {
                let t = threads::thread(links, id);
                if t.len() > 1 {
                    t
                } else {
                    BTreeSet::new()
                }
            }),
            None => BTreeSet::new(),
        });
        ViewState {
            panel: RwSignal::new(Panel::None),
            toast: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            newer_app: RwSignal::new(false),
            show_questions: RwSignal::new(true),
            focus_request: RwSignal::new(None),
            select_request: RwSignal::new(None),
            find: RwSignal::new(String::new()),
            focused_block: RwSignal::new(None),
            presenting: RwSignal::new(None),
            selected_note,
            thread,
            partner_filter: RwSignal::new(None),
        }
    }

    /// Shows or hides every block's guiding questions, remembered here.
    pub fn set_show_questions(&self, on: bool) {
        self.show_questions.set(on);
        // A preference only: if it cannot be stored, the toggle still works.
        let _ = storage::write(SHOW_QUESTIONS_KEY, if on { "1" } else { "0" });
    }

    /// Adds a notice (once: the same text twice shows once).
    pub fn tell(&self, text: impl Into<String>) {
        let text = text.into();
        self.notices.update(|list| {
            if !list.iter().any(|n| n.text == text) {
                let serial = list.iter().map(|n| n.serial + 1).max().unwrap_or(0);
                list.push(Notice { text, serial });
            }
        });
    }

    pub fn dismiss(&self, serial: u32) {
        self.notices
            .update(|list| list.retain(|n| n.serial != serial));
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
}

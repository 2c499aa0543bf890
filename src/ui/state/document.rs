//! The document: the open canvas, its library id and its undo history, with
//! what is derived from them (can undo, can redo, the hints, link counts).

use crate::core::canvas::history::History;
use crate::core::canvas::model::{Canvas, CanvasStoreFields, NoteId};
use crate::core::canvas::threads;
use crate::core::canvas::votes::forget_note;
use crate::core::method::hints::{hints, Hint};
use crate::core::method::learning_model::ModelChoice;
use crate::core::share::limits::{self, Limit};
use leptos::prelude::*;
use reactive_stores::Store;
use std::collections::HashMap;

#[derive(Clone, Copy)]
pub struct Document {
    pub canvas: Store<Canvas>,
    /// The library id of the open canvas; `None` until it could be stored.
    pub canvas_id: RwSignal<Option<String>>,
    /// Undo and redo steps of the open canvas (see `ui::editor::undo`).
    pub history: RwSignal<History>,
    /// Derived from the history, so the buttons can never disagree with it.
    pub can_undo: Memo<bool>,
    pub can_redo: Memo<bool>,
    /// The learning model's hints to show now.
    pub hints: Memo<Vec<Hint>>,
    /// How many links each note has, counted once per change of the links
    /// (each note's card reads its own entry, in constant time).
    link_counts: Memo<HashMap<NoteId, usize>>,
}

impl Document {
    /// Memos only: a document is made before the page mounts, and effects
    /// are for the components that sync it with the outside world.
    pub fn new(canvas: Canvas) -> Self {
        let history = RwSignal::new(History::new(canvas.clone()));
        let canvas = Store::new(canvas);
        Document {
            canvas,
            canvas_id: RwSignal::new(None),
            history,
            can_undo: Memo::new(move |_| history.with(History::can_undo)),
            can_redo: Memo::new(move |_| history.with(History::can_redo)),
            hints: Memo::new(move |_| {
                if canvas.models().with(ModelChoice::is_empty) {
                    return Vec::new();
                }
                canvas.track();
                canvas.with_untracked(hints)
            }),
            link_counts: Memo::new(move |_| canvas.links().with(|l| threads::link_counts(l))),
        }
    }

    /// How many links note `id` has.
    pub fn link_count(&self, id: NoteId) -> usize {
        self.link_counts.with(|c| c.get(&id).copied().unwrap_or(0))
    }

    /// Whether a text of the canvas may grow from `old` to `new` bytes.
    pub fn text_may_grow(&self, old: usize, new: usize) -> Result<(), Limit> {
        self.canvas
            .with_untracked(|c| limits::text_may_grow(c, old, new))
    }

    /// Whether one more of `what` may be added.
    pub fn room_for(&self, what: Limit) -> Result<(), Limit> {
        self.canvas.with_untracked(|c| limits::room_for(c, what))
    }

    /// Removes a note and its links (one undo step brings both back).
    pub fn delete_note(&self, id: NoteId) {
        self.canvas.notes().write().retain(|n| n.id != id);
        let votes = self.canvas.votes();
        if votes.with_untracked(|v| {
            v.as_ref()
                .is_some_and(|v| v.ballots.iter().any(|b| b.dots.contains(&id)))
        }) {
            votes.update(|v| forget_note(v, id));
        }
        let links = self.canvas.links();
        if links.with_untracked(|l| threads::linked_to(l, id).next().is_some()) {
            links.write().retain(|&(a, b)| a != id && b != id);
        }
    }

    /// Forgets the undo steps: another canvas is in the editor now.
    pub fn reset_history(&self, canvas: &Canvas) {
        self.history.update(|h| h.reset(canvas.clone()));
    }
}

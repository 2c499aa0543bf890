//! Undo and redo in the editor: every change to the canvas is recorded in
//! the core's [`History`](crate::core::canvas::history::History); the buttons and
//! Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z (and Ctrl+Y) walk it.

use crate::browser::clock::now;
use crate::core::canvas::model::Canvas;
use crate::ui::state::{Document, EditorState, Panel};
use leptos::ev;
use leptos::prelude::*;

/// Takes in the canvas as it is now (the last keystroke may not be
/// recorded yet), then steps with `step`.
fn walk(doc: Document, step: fn(&mut crate::core::canvas::history::History) -> Option<Canvas>) {
    let current = doc.canvas.get_untracked();
    let moved = doc
        .history
        .try_update(|h| {
            h.record(&current, now());
            step(h)
        })
        .flatten();
    if let Some(canvas) = moved {
        // The history already holds this canvas: recording it changes nothing.
        doc.canvas.set(canvas);
    }
}

pub fn undo(doc: Document) {
    walk(doc, |h| h.undo());
}

pub fn redo(doc: Document) {
    walk(doc, |h| h.redo());
}

/// Records every change and listens for the shortcuts. Runs once, with the
/// editor (a shared link's read-only view has nothing to undo).
pub fn start_history(state: EditorState) {
    Effect::new(move |_| {
        state.doc.canvas.track();
        let t = now();
        state
            .doc
            .canvas
            .with_untracked(|c| state.doc.history.update(|h| h.record(c, t)));
    });
    let keys = window_event_listener(ev::keydown, move |e| {
        // In a dialog (rename, snapshot label) the text box's own undo applies.
        if !(e.ctrl_key() || e.meta_key()) || state.view.panel.get_untracked() != Panel::None {
            return;
        }
        let key = e.key().to_lowercase();
        let redo_wanted = (key == "z" && e.shift_key()) || (key == "y" && !e.shift_key());
        if key == "z" && !e.shift_key() {
            e.prevent_default();
            undo(state.doc);
        } else if redo_wanted {
            e.prevent_default();
            redo(state.doc);
        }
    });
    on_cleanup(move || keys.remove());
}

/// The "Undo" and "Redo" buttons of the toolbar.
#[component]
pub fn UndoRedoButtons() -> impl IntoView {
    let doc = expect_context::<Document>();
    // Together, so the toolbar never wraps between them.
    view! {
        <span class="history-buttons">
            <HistoryButton label="Undo" keys="Control+Z Meta+Z" hint="Undo (Ctrl+Z)" enabled=doc.can_undo act=undo />
            <HistoryButton
                label="Redo"
                keys="Control+Shift+Z Meta+Shift+Z Control+Y"
                hint="Redo (Ctrl+Shift+Z)"
                enabled=doc.can_redo
                act=redo
            />
        </span>
    }
}

#[component]
fn HistoryButton(
    label: &'static str,
    /// The shortcuts, as `aria-keyshortcuts` names them.
    keys: &'static str,
    hint: &'static str,
    enabled: Memo<bool>,
    act: fn(Document),
) -> impl IntoView {
    let doc = expect_context::<Document>();
    view! {
        <button
            type="button"
            aria-keyshortcuts=keys
            title=hint
            disabled=move || !enabled.get()
            on:click=move |_| act(doc)
        >
            {label}
        </button>
    }
}

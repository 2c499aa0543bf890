//! Debounced autosave: edits mark the canvas dirty, and the write to the
//! library happens once typing pauses, or at once when the page is hidden.
//! It never writes over a record another tab changed since we read it.

use crate::browser::clock::{now, random_bits};
use crate::browser::persist::ask_to_keep_once;
use crate::browser::storage::library;
use crate::browser::storage::remember_open_canvas;
use crate::browser::timing::{measured, when_idle};
use crate::core::format::index::Summary;
use crate::core::format::record::decode_record;
use crate::core::format::record::FormatError;
use crate::core::library::drafts::{canvas_id_of, SaveError, PREFIX};
use crate::core::library::store::StoreError;
use crate::ui::library::indexing::list_in_index;
use crate::ui::state::{EditorState, SaveStatus};
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

const DEBOUNCE: Duration = Duration::from_millis(400);

fn cancel_pending(state: EditorState) -> bool {
    let handle = state
        .saving
        .pending_save
        .try_update_value(Option::take)
        .flatten();
    if let Some(h) = handle {
        h.clear();
    }
    handle.is_some()
}

fn fail(state: EditorState, reason: String) {
    state.saving.status.set(SaveStatus::Failed(reason));
}

/// Writes the canvas now (unless a conflict waits for the user).
fn write(state: EditorState) {
    measured("lmc-save", || write_canvas(state));
}

fn write_canvas(state: EditorState) {
    cancel_pending(state);
    if state.saving.in_conflict() {
        return;
    }
    let canvas = state.doc.canvas.get_untracked();
    let mut lib = match library() {
        Ok(lib) => lib,
        Err(e) => return fail(state, e.to_string()),
    };
    let t = now();
    let result = match state.doc.canvas_id.get_untracked() {
        // Never stored yet (storage failed so far): store it as a new canvas.
        None => lib
            .create_record(canvas.clone(), t, random_bits())
            .map(|(id, raw, record)| {
                remember_open_canvas(&id);
                state.doc.canvas_id.set(Some(id.clone()));
                (id, raw, record)
            })
            .map_err(SaveError::Store),
        Some(id) => lib
            .save_record(
                &id,
                &canvas,
                t,
                state.saving.last_synced.get_value().as_deref(),
            )
            .map(|(raw, record)| (id, raw, record)),
    };
    match result {
        Ok((id, raw, record)) => {
            // Real work is stored now: ask the browser to keep it.
            if record
                .canvas
                .notes
                .iter()
                .any(|n| !n.text.trim().is_empty())
            {
                ask_to_keep_once();
            }
            state.saving.last_synced.set_value(Some(raw));
            state.saving.saved_canvas.set_value(Some(canvas));
            state.saving.status.set(SaveStatus::Saved);
            list_in_index(state, Summary::of(&id, &record));
        }
        Err(SaveError::Conflict) => state.saving.status.set(SaveStatus::Conflict),
        Err(SaveError::Store(e)) => {
            if e == StoreError::NewerApp {
                state.view.newer_app.set(true);
            }
            fail(state, e.to_string())
        }
    }
}

/// Saves at once if anything waits to be saved (a pending or failed save).
pub fn save_now(state: EditorState) {
    let failed = state
        .saving
        .status
        .with_untracked(|s| matches!(s, SaveStatus::Failed(_)));
    if cancel_pending(state) || failed {
        write(state);
    }
}

fn schedule(state: EditorState) {
    cancel_pending(state);
    if state.saving.in_conflict() {
        return;
    }
    let unchanged = state.doc.canvas_id.with_untracked(Option::is_some)
        && state.saving.saved_canvas.with_value(|saved| {
            state
                .doc
                .canvas
                .with_untracked(|c| saved.as_ref() == Some(c))
        });
    let status = state.saving.status;
    if unchanged {
        // Back to what is stored (an undo, say): nothing waits, even after
        // a failed write.
        if status.with_untracked(|s| matches!(s, SaveStatus::Saving | SaveStatus::Failed(_))) {
            status.set(SaveStatus::Saved);
        }
        return;
    }
    // Set once per pause, not per keystroke. After a failed write the
    // status keeps its reason (and its alert) until a write succeeds.
    if status.with_untracked(|s| *s == SaveStatus::Saved) {
        status.set(SaveStatus::Saving);
    }
    // Once typing pauses, and then only when the browser has nothing more
    // urgent to do: the write never delays a keystroke.
    let handle = set_timeout_with_handle(
        move || {
            when_idle(move || {
                if state.saving.pending_save.with_value(Option::is_some) {
                    write(state);
                }
            })
        },
        DEBOUNCE,
    )
    .ok();
    state.saving.pending_save.set_value(handle);
}

/// Another tab wrote the record of the canvas open here: take it over if
/// nothing here is unsaved, otherwise stop saving and let the user choose.
/// A change of its trash state alone (trashed or put back elsewhere) is no
/// conflict: the next save writes over it, as an edit after the delete.
fn on_record_changed_elsewhere(state: EditorState, id: String, new_value: Option<String>) {
    let mine = state.saving.last_synced.get_value();
    if new_value == mine {
        return;
    }
    let t = now();
    let theirs = new_value.as_deref().map(|raw| decode_record(raw, t));
    let mine = mine.as_deref().and_then(|raw| decode_record(raw, t).ok());
    if let (Some(Ok(theirs)), Some(mine)) = (&theirs, &mine) {
        if theirs.same_content(mine) {
            state.saving.last_synced.set_value(new_value);
            return;
        }
    }
    if let Some(Err(FormatError::TooNew(..))) = theirs {
        state.view.newer_app.set(true);
    }
    match (state.is_clean(), theirs, new_value) {
        (true, Some(Ok(record)), Some(raw)) => state.show_stored(id, record.canvas, raw),
        _ => {
            cancel_pending(state);
            state.saving.status.set(SaveStatus::Conflict);
        }
    }
}

/// Watches the canvas and keeps the library up to date.
pub fn start_autosave(state: EditorState) {
    Effect::new(move |previous: Option<()>| {
        state.doc.canvas.track();
        // The first run sees the canvas as loaded: nothing to save yet.
        if previous.is_some() {
            schedule(state);
        }
    });
    // Leaving or hiding the page must not lose the last pause's worth of typing.
    let pagehide = window_event_listener(ev::pagehide, move |_| save_now(state));
    let hidden = window_event_listener(ev::visibilitychange, move |_| save_now(state));
    // With edits that could not be stored (a full storage, a conflict),
    // leaving or reloading asks first.
    let leaving = window_event_listener(ev::beforeunload, move |e| {
        save_now(state);
        let unsaved = state
            .saving
            .status
            .with_untracked(|s| matches!(s, SaveStatus::Failed(_) | SaveStatus::Conflict));
        if unsaved {
            e.prevent_default();
            // Older browsers ask only when a return value is set.
            e.set_return_value("unsaved");
        }
    });
    let other_tab = window_event_listener(ev::storage, move |e| {
        let key = e.key();
        // `None`: the whole storage was cleared.
        if key.as_deref().is_none_or(|k| k.starts_with(PREFIX)) {
            state.saving.library_changed();
        }
        let open = state.doc.canvas_id.get_untracked();
        let ours = match (key.as_deref(), open) {
            (Some(k), Some(id)) if canvas_id_of(k) == Some(id.as_str()) => Some(id),
            (None, Some(id)) => Some(id),
            _ => None,
        };
        if let Some(id) = ours {
            on_record_changed_elsewhere(state, id, e.new_value());
        }
    });
    on_cleanup(move || {
        pagehide.remove();
        hidden.remove();
        leaving.remove();
        other_tab.remove();
    });
}

/// Saves at once, whether or not an edit is waiting (used after a change
/// made outside the editor, such as a rename from My canvases).
pub fn write_now(state: EditorState) {
    write(state);
}

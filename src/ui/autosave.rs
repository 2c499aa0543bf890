//! Debounced autosave: edits mark the canvas dirty, and the write to
//! localStorage happens once typing pauses, or at once when the page is hidden.

use crate::browser::storage::{self, DRAFT_KEY};
use crate::core::storage_format::encode_draft;
use crate::ui::state::{EditorState, SaveStatus};
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

const DEBOUNCE: Duration = Duration::from_millis(400);

#[derive(Clone, Copy)]
struct Autosave {
    state: EditorState,
    pending: StoredValue<Option<TimeoutHandle>>,
}

impl Autosave {
    fn cancel_pending(self) -> bool {
        let handle = self.pending.try_update_value(Option::take).flatten();
        if let Some(h) = handle {
            h.clear();
        }
        handle.is_some()
    }

    fn fail(self, reason: String) {
        self.state.save_error.set(Some(reason));
        self.state.save_status.set(SaveStatus::Failed);
    }

    fn save_now(self) {
        self.cancel_pending();
        let state = self.state;
        if state.unreadable.with_untracked(Option::is_some) {
            state.save_status.set(SaveStatus::Paused);
            return;
        }
        if state.save_status.get_untracked() == SaveStatus::Conflict {
            return;
        }
        // Never overwrite what another tab or app version wrote since we looked.
        match storage::read(DRAFT_KEY) {
            Ok(current) if current != state.last_synced.get_value() => {
                state.save_status.set(SaveStatus::Conflict);
                return;
            }
            Ok(_) => {}
            Err(e) => return self.fail(e.to_string()),
        }
        let raw = state.canvas.with_untracked(encode_draft);
        match storage::write(DRAFT_KEY, &raw) {
            Ok(()) => {
                state.last_synced.set_value(Some(raw));
                state.save_error.set(None);
                state.save_status.set(SaveStatus::Saved);
            }
            Err(e) => self.fail(e.to_string()),
        }
    }

    fn schedule(self) {
        self.cancel_pending();
        if self.state.unreadable.with_untracked(Option::is_some) {
            self.state.save_status.set(SaveStatus::Paused);
            return;
        }
        if self.state.save_status.get_untracked() == SaveStatus::Conflict {
            return;
        }
        self.state.save_status.set(SaveStatus::Saving);
        let handle = set_timeout_with_handle(move || self.save_now(), DEBOUNCE).ok();
        self.pending.set_value(handle);
    }
}

/// Watches the canvas and keeps localStorage up to date. Returns a function
/// that saves at once (used after the user resolves a storage problem).
pub fn start_autosave(state: EditorState) -> impl Fn() + Copy + 'static {
    let autosave = Autosave {
        state,
        pending: StoredValue::new(None),
    };
    Effect::new(move |previous: Option<()>| {
        state.canvas.track();
        // The first run sees the canvas as loaded: nothing to save yet.
        if previous.is_some() {
            autosave.schedule();
        }
    });
    // Leaving or hiding the page must not lose the last pause's worth of typing.
    let flush = move || {
        if autosave.cancel_pending() {
            autosave.save_now();
        }
    };
    let pagehide = window_event_listener(ev::pagehide, move |_| flush());
    let hidden = window_event_listener(ev::visibilitychange, move |_| flush());
    // Another tab wrote our draft: stop saving at once rather than at the next edit.
    let other_tab = window_event_listener(ev::storage, move |e| {
        if e.key().as_deref() == Some(DRAFT_KEY)
            && e.new_value() != state.last_synced.get_value()
            && state.unreadable.with_untracked(Option::is_none)
        {
            autosave.cancel_pending();
            state.save_status.set(SaveStatus::Conflict);
        }
    });
    on_cleanup(move || {
        pagehide.remove();
        hidden.remove();
        other_tab.remove();
    });
    move || autosave.save_now()
}

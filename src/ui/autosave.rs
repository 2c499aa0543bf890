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

    fn save_now(self) {
        self.cancel_pending();
        if self.state.unreadable.with_untracked(Option::is_some) {
            self.state.save_status.set(SaveStatus::Paused);
            return;
        }
        let raw = self.state.canvas.with_untracked(encode_draft);
        let status = match storage::write(DRAFT_KEY, &raw) {
            Ok(()) => SaveStatus::Saved,
            Err(e) => SaveStatus::Failed(e.to_string()),
        };
        self.state.save_status.set(status);
    }

    fn schedule(self) {
        self.cancel_pending();
        if self.state.unreadable.with_untracked(Option::is_some) {
            self.state.save_status.set(SaveStatus::Paused);
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
    on_cleanup(move || {
        pagehide.remove();
        hidden.remove();
    });
    move || autosave.save_now()
}

//! Saving: where the open canvas stands with storage. Only the library's
//! own modules (autosave, the actions, the alerts) see what is behind it;
//! the rest of the page reads the status.

use crate::core::canvas::model::Canvas;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// The last write failed, for this reason; the canvas is only in memory.
    Failed(String),
    /// The stored canvas changed under us (another tab); saving waits for
    /// the user to choose what to keep.
    Conflict,
}

#[derive(Clone, Copy)]
pub struct Saving {
    pub(in crate::ui::library) status: RwSignal<SaveStatus>,
    /// The stored record as this page last read or wrote it. A different
    /// value in storage means someone else wrote it.
    pub(in crate::ui::library) last_synced: StoredValue<Option<String>>,
    /// The canvas as last stored, to skip writes that change nothing.
    pub(in crate::ui::library) saved_canvas: StoredValue<Option<Canvas>>,
    /// The debounced save waiting to run.
    pub(in crate::ui::library) pending_save: StoredValue<Option<TimeoutHandle>>,
    /// Bumped whenever the library in storage changed, here or in another tab.
    changes: RwSignal<u32>,
}

impl Default for Saving {
    fn default() -> Self {
        Saving {
            status: RwSignal::new(SaveStatus::Saved),
            last_synced: StoredValue::new(None),
            saved_canvas: StoredValue::new(None),
            pending_save: StoredValue::new(None),
            changes: RwSignal::new(0),
        }
    }
}

impl Saving {
    /// Where the open canvas stands (tracked).
    pub fn status(&self) -> SaveStatus {
        self.status.get()
    }

    /// True while another tab's write waits for the user's choice: nothing
    /// is written until then.
    pub(in crate::ui::library) fn in_conflict(&self) -> bool {
        self.status.with_untracked(|s| *s == SaveStatus::Conflict)
    }

    /// Says that the library in storage changed (lists read it again).
    pub fn library_changed(&self) {
        self.changes.update(|n| *n = n.wrapping_add(1));
    }

    /// Subscribes the caller to changes of the library in storage.
    pub fn track_library(&self) {
        self.changes.track();
    }
}

impl Saving {
    /// The canvas `canvas`, read as `raw`, is what storage holds now.
    pub(in crate::ui) fn show_stored(&self, raw: String, canvas: &Canvas) {
        self.last_synced.set_value(Some(raw));
        self.saved_canvas.set_value(Some(canvas.clone()));
        self.status.set(SaveStatus::Saved);
    }

    /// True when `canvas` is stored and no write waits.
    pub(in crate::ui) fn is_clean(&self, canvas: reactive_stores::Store<Canvas>) -> bool {
        self.pending_save.with_value(Option::is_none)
            && self.status.with_untracked(|s| *s == SaveStatus::Saved)
            && self
                .saved_canvas
                .with_value(|saved| canvas.with_untracked(|c| saved.as_ref() == Some(c)))
    }
}

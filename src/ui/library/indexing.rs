//! Index updates after a record was written, under the Web Lock the tabs
//! share (see [`crate::browser::locks`]).

use crate::browser::locks::with_index_lock;
use crate::browser::storage::library;
use crate::core::format::index::Summary;
use crate::ui::state::EditorState;

/// Puts a canvas just stored into the list of canvases, under the lock
/// the tabs share. The record is stored already: if this fails, the list
/// adds it from the record the next time it is read.
pub fn list_in_index(state: EditorState, summary: Summary) {
    with_index_lock(move || {
        if let Ok(mut lib) = library() {
            let _ = lib.put_summary(summary);
        }
        state.saving.library_changed();
    });
}

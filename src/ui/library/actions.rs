//! What the user does with the library, between the editor state and the
//! drafts library on localStorage.

use crate::browser::clock::{now, random_bits};
use crate::browser::locks::with_index_lock;
use crate::browser::storage::{library, remember_open_canvas};
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::model::Canvas;
use crate::core::format::index::Summary;
use crate::core::library::drafts::{Listing, LoadError};
use crate::core::library::names::Arrival;
use crate::core::library::store::StoreError;
use crate::ui::library::autosave::save_now;
use crate::ui::library::indexing::list_in_index;
use crate::ui::state::{EditorState, SaveStatus};
use leptos::prelude::*;

/// Stores `canvas` as a new library canvas and opens it in the editor.
pub fn store_new(state: EditorState, canvas: Canvas) -> Result<(), StoreError> {
    store_new_as(state, canvas, Arrival::Made)
}

/// [`store_new`], titled for how the canvas arrived ("… (imported, 3 Dec)"
/// when its title is taken).
fn store_new_as(state: EditorState, canvas: Canvas, arrival: Arrival) -> Result<(), StoreError> {
    let (id, raw, record) = library()?.create_record_as(canvas, arrival, now(), random_bits())?;
    remember_open_canvas(&id);
    state.show_stored(id.clone(), record.canvas.clone(), raw);
    list_in_index(state, Summary::of(&id, &record));
    Ok(())
}

/// Saves what waits to be saved, and tells whether the editor may now show
/// another canvas: not while it holds edits that could not be stored (a
/// full storage, a conflict), as switching would drop them.
fn may_leave(state: EditorState) -> bool {
    save_now(state);
    if matches!(
        state.saving.status.get_untracked(),
        SaveStatus::Failed(_) | SaveStatus::Conflict
    ) {
        state.view.tell(
            "This canvas has changes that are not saved yet, so it stays open: download it \
             or settle the alert about saving first",
        );
        return false;
    }
    true
}

/// Opens a stored canvas in the editor (after `may_leave`).
pub fn open_canvas(state: EditorState, id: &str) -> Result<(), LoadError> {
    let (record, raw) = library()?.load(id, now())?;
    remember_open_canvas(id);
    state.show_stored(id.to_string(), record.canvas, raw);
    Ok(())
}

/// Tells the user about a stored canvas that could not be opened: an
/// alert that stays until dismissed, or the offer to reload as the newer
/// version that saved it.
pub fn explain_load_error(state: EditorState, e: &LoadError) {
    match e {
        LoadError::Newer | LoadError::Store(StoreError::NewerApp) => state.view.newer_app.set(true),
        LoadError::Damaged(reason) => state.view.tell(format!(
            "A canvas could not be opened: {reason}. It was set aside unchanged; download it \
             from My canvases, under “Damaged”"
        )),
        other => state
            .view
            .tell(format!("That canvas could not be opened: {other}")),
    }
}

/// Opens `id`, or says why not; the editor then keeps what it shows.
pub fn open_or_explain(state: EditorState, id: &str) {
    if !may_leave(state) {
        return;
    }
    if let Err(e) = open_canvas(state, id) {
        explain_load_error(state, &e);
        state.saving.library_changed();
    }
}

/// Opens the most recently edited canvas (other than `except`), or a fresh
/// nine-block canvas when there is none: the page is never empty. Canvases
/// that cannot be opened on the way are said, not skipped silently.
pub fn open_newest(state: EditorState, except: Option<&str>) {
    open_newest_of(
        state,
        library().and_then(|mut lib| lib.listing(now())),
        except,
    );
}

/// [`open_newest`] from a listing already read.
fn open_newest_of(state: EditorState, listing: Result<Listing, StoreError>, except: Option<&str>) {
    let candidates: Vec<String> = listing
        .map(|l| {
            l.active()
                .filter(|s| Some(s.id.as_str()) != except)
                .map(|s| s.id.clone())
                .collect()
        })
        .unwrap_or_default();
    for id in candidates {
        match open_canvas(state, &id) {
            Ok(()) => return,
            Err(LoadError::Missing) => {}
            Err(e) => explain_load_error(state, &e),
        }
    }
    new_canvas(state, CanvasKind::LearningModelNine);
}

/// Starts a new canvas of `kind`. If it cannot be stored, it stays in the
/// editor and the next save tries again.
pub fn new_canvas(state: EditorState, kind: CanvasKind) {
    start_canvas(state, Canvas::new(kind));
}

/// Starts `canvas` as a new canvas (from a template, a file). If it cannot
/// be stored, it stays in the editor and the next save tries again. False
/// when the editor must keep the canvas it has (unsaved edits; it says so).
pub fn start_canvas(state: EditorState, canvas: Canvas) -> bool {
    start_canvas_as(state, canvas, Arrival::Made)
}

/// [`start_canvas`], titled for how the canvas arrived.
pub fn start_canvas_as(state: EditorState, canvas: Canvas, arrival: Arrival) -> bool {
    if !may_leave(state) {
        return false;
    }
    if let Err(e) = store_new_as(state, canvas.clone(), arrival) {
        state.doc.canvas_id.set(None);
        state.saving.last_synced.set_value(None);
        state.saving.saved_canvas.set_value(None);
        state.doc.reset_history(&canvas);
        state.doc.canvas.set(canvas);
        state.saving.status.set(SaveStatus::Failed(e.to_string()));
    }
    true
}

/// The first thing the app does: bring an old draft into the library, then
/// open this tab's canvas, the newest one, or a fresh one. Whatever fails
/// on the way is said, and the editor still opens.
pub fn start(state: EditorState, tab_canvas: Option<String>) {
    match library().and_then(|mut lib| lib.migrate(now(), random_bits())) {
        Ok(Some(problem)) => state.view.tell(problem),
        Ok(None) => {}
        Err(e) => state.view.tell(format!(
            "Your earlier canvas could not be moved into My canvases ({e}). It is still \
             stored as it was, and moving it is tried again the next time the app opens"
        )),
    }
    // Read once: what a newer version saved is said at once, and the newest
    // canvas comes from the same listing if this tab's cannot be opened.
    let listing = library().and_then(|mut lib| lib.listing(now()));
    if listing.as_ref().is_ok_and(Listing::holds_newer) {
        state.view.newer_app.set(true);
    }
    if let Some(id) = &tab_canvas {
        match open_canvas(state, id) {
            Ok(()) => return,
            // Deleted for good in another tab: the newest one is fine.
            Err(LoadError::Missing) => {}
            Err(LoadError::Damaged(reason)) => state.view.tell(format!(
                "The canvas this tab had open could not be opened: {reason}. It was set aside \
                 unchanged; download it from My canvases, under “Damaged”"
            )),
            Err(e) => explain_load_error(state, &e),
        }
    }
    open_newest_of(state, listing, tab_canvas.as_deref());
}

/// Moves a canvas to the trash (under the tabs' index lock), with an
/// "Undo" toast. If it is the open one, the editor moves on to the newest
/// other canvas. Errors go to `report`.
pub fn delete_canvas(
    state: EditorState,
    id: &str,
    title: &str,
    report: impl FnOnce(StoreError) + 'static,
) {
    let open = state.doc.canvas_id.get_untracked().as_deref() == Some(id);
    if open && !may_leave(state) {
        return report(StoreError::Other(
            "it has changes that are not saved yet; download it or settle the alert about saving first".into(),
        ));
    }
    let (id, title) = (id.to_string(), title.to_string());
    with_index_lock(move || {
        if let Err(e) = library().and_then(|mut lib| lib.trash(&id, now())) {
            note_newer(state, &e);
            return report(e);
        }
        if open {
            open_newest(state, Some(&id));
        }
        state.saving.library_changed();
        state.view.show_toast(
            format!("“{}” was moved to the trash.", display_title(&title)),
            Some(id),
        );
    });
}

/// Takes a canvas back out of the trash (the toast's "Undo").
pub fn undo_delete(state: EditorState, id: &str) {
    let id = id.to_string();
    with_index_lock(
        move || match library().and_then(|mut lib| lib.untrash(&id, now())) {
            Ok(()) => {
                state.saving.library_changed();
                state.view.toast.set(None);
            }
            Err(e) => {
                note_newer(state, &e);
                state
                    .view
                    .tell(format!("The canvas could not be put back: {e}"));
            }
        },
    );
}

/// A write refused because a newer version of the app wrote first: the
/// page offers the reload.
pub fn note_newer(state: EditorState, e: &StoreError) {
    if *e == StoreError::NewerApp {
        state.view.newer_app.set(true);
    }
}

/// Keeps the editor's canvas as a new copy after a conflict: the other
/// version stays as it is under the original canvas.
pub fn save_mine_as_copy(state: EditorState) -> Result<(), StoreError> {
    let mut canvas = state.doc.canvas.get_untracked();
    canvas.title = format!("{} (my copy)", canvas.title);
    store_new(state, canvas)
}

pub fn display_title(title: &str) -> &str {
    if title.trim().is_empty() {
        "Untitled canvas"
    } else {
        title.trim()
    }
}

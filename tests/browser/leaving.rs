//! Leaving the page with work that is not stored: while a save has failed
//! (a full storage), leaving or reloading asks first; once saved, it does
//! not. The last edits are written when the page is hidden, before the
//! pause autosave waits for.

use crate::support::{fill_storage, mount_stored_editor, next_tick, unfill};
use leptos::prelude::*;
use lmc::browser::storage::LocalStorage;
use lmc::core::library::drafts::Library;
use lmc::core::library::store::StoreError;
use wasm_bindgen_test::*;

/// Sends the page an event as the browser would; true if a handler
/// cancelled it (for `beforeunload`: the browser would ask).
fn dispatch(kind: &str) -> bool {
    js_sys::eval(&format!(
        "(() => {{ const e = new Event('{kind}', {{ cancelable: true }}); window.dispatchEvent(e); return e.defaultPrevented; }})()"
    ))
    .ok()
    .and_then(|v| v.as_bool())
    .unwrap_or(false)
}

async fn ticks(n: usize) {
    for _ in 0..n {
        next_tick().await;
    }
}

#[wasm_bindgen_test]
async fn leaving_asks_first_only_while_edits_could_not_be_stored() {
    let _serial = crate::support::serial().await;
    let editor = mount_stored_editor(11);
    let state = editor.state;
    next_tick().await;
    assert!(
        !dispatch("beforeunload"),
        "nothing unsaved: leave without asking"
    );

    let (filled, error) = fill_storage();
    assert_eq!(error, Some(StoreError::Full));
    state.add_note("key-partners").unwrap();
    state
        .doc
        .canvas
        .update(|c| c.notes[0].text = "only in memory".into());
    ticks(30).await;
    let asked = dispatch("beforeunload");
    unfill(&filled);
    assert!(asked, "a failed save must make leaving ask");

    state
        .doc
        .canvas
        .update(|c| c.notes[0].text = "stored at last".into());
    ticks(30).await;
    assert!(
        !dispatch("beforeunload"),
        "saved again: leave without asking"
    );
    editor.remove();
}

#[wasm_bindgen_test]
async fn hiding_the_page_writes_the_last_edit_at_once() {
    let _serial = crate::support::serial().await;
    let editor = mount_stored_editor(12);
    let state = editor.state;
    next_tick().await;
    state.add_note("design").unwrap();
    state
        .doc
        .canvas
        .update(|c| c.notes[0].text = "typed just before leaving".into());
    // Before autosave's pause is over.
    next_tick().await;
    dispatch("pagehide");
    let stored = Library::new(LocalStorage::open().unwrap()).load(&editor.id, 0);
    let (record, _) = stored.unwrap();
    assert_eq!(record.canvas.notes[0].text, "typed just before leaving");
    editor.remove();
}

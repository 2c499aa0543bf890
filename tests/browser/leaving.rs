//! Leaving the page with work that is not stored: while a save has failed
//! (a full storage), leaving or reloading asks first; once saved, it does
//! not. The last edits are written when the page is hidden, before the
//! pause autosave waits for.

use crate::support::{document, fill_storage, next_tick, unfill};
use leptos::prelude::*;
use lmc::browser::storage::LocalStorage;
use lmc::core::canvas::model::Canvas;
use lmc::core::library::drafts::Library;
use lmc::core::library::store::StoreError;
use lmc::ui::app::CanvasEditor;
use lmc::ui::library::autosave::start_autosave;
use lmc::ui::state::EditorState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

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

/// The editor with autosave, on a canvas stored in this browser.
fn editor() -> (HtmlElement, EditorState, String, Library<LocalStorage>) {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let mut lib = Library::new(LocalStorage::open().unwrap());
    let canvas = Canvas::default();
    let (id, raw) = lib.create(canvas.clone(), 1_000, 11).unwrap();
    let state = EditorState::new(Canvas::default());
    state.show_stored(id.clone(), canvas, raw);
    let handle = leptos::mount::mount_to(container.clone(), move || {
        state.provide();
        start_autosave(state);
        view! { <CanvasEditor /> }
    });
    handle.forget();
    (container, state, id, lib)
}

async fn ticks(n: usize) {
    for _ in 0..n {
        next_tick().await;
    }
}

#[wasm_bindgen_test]
async fn leaving_asks_first_only_while_edits_could_not_be_stored() {
    let (container, state, id, mut lib) = editor();
    next_tick().await;
    assert!(
        !dispatch("beforeunload"),
        "nothing unsaved: leave without asking"
    );

    let (filled, error) = fill_storage();
    assert_eq!(error, Some(StoreError::Full));
    state.add_note("key-partners");
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
    container.remove();
    lib.trash(&id, 3_000).unwrap();
    lib.empty_trash(3_000).unwrap();
}

#[wasm_bindgen_test]
async fn hiding_the_page_writes_the_last_edit_at_once() {
    let (container, state, id, mut lib) = editor();
    next_tick().await;
    state.add_note("design");
    state
        .doc
        .canvas
        .update(|c| c.notes[0].text = "typed just before leaving".into());
    // Before autosave's pause is over.
    next_tick().await;
    dispatch("pagehide");
    let (record, _) = lib.load(&id, 0).unwrap();
    assert_eq!(record.canvas.notes[0].text, "typed just before leaving");
    container.remove();
    lib.trash(&id, 3_000).unwrap();
    lib.empty_trash(3_000).unwrap();
}

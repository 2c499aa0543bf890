//! Helpers shared by the browser tests: the document, a board mounted
//! for a canvas, and waiting for effects to run.

use leptos::prelude::*;
use lmc::browser::storage::{self, LocalStorage};
use lmc::core::canvas::model::Canvas;
use lmc::core::library::drafts::Library;
use lmc::core::library::store::{KeyValueStore, StoreError};
use lmc::ui::app::CanvasEditor;
use lmc::ui::editor::board::CanvasBoard;
use lmc::ui::library::autosave::start_autosave;
use lmc::ui::state::EditorState;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container in the document.
pub fn container() -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    container
}

/// Mounts `page` with the editor state of `canvas` into a fresh container.
fn mount_with<V: IntoView + 'static>(
    canvas: Canvas,
    page: impl FnOnce() -> V + 'static,
) -> (HtmlElement, EditorState) {
    let container = container();
    let state = EditorState::new(canvas);
    let handle = leptos::mount::mount_to(container.clone(), move || {
        state.provide();
        page()
    });
    handle.forget();
    (container, state)
}

/// Mounts the board for `canvas` into a fresh container and returns it.
pub fn mount_board(canvas: Canvas) -> (HtmlElement, EditorState) {
    mount_with(canvas, || view! { <CanvasBoard /> })
}

/// The whole editor for `canvas`, without autosave or a stored canvas.
pub fn mount_editor(canvas: Canvas) -> (HtmlElement, EditorState) {
    mount_with(canvas, || view! { <CanvasEditor /> })
}

/// Removes everything the app keeps in localStorage.
pub fn clear_library() {
    let mut store = LocalStorage::open().unwrap();
    for key in store.keys().unwrap() {
        if key.starts_with(lmc::core::library::drafts::PREFIX) {
            store.remove(&key).unwrap();
        }
    }
}

thread_local! {
    static BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Held by a test while it runs: wasm-bindgen-test polls async tests side
/// by side, and these share one document and one localStorage.
pub struct Serial;

impl Drop for Serial {
    fn drop(&mut self) {
        BUSY.with(|b| b.set(false));
    }
}

/// Waits until no other test holds [`Serial`]. A test that panicked never
/// lets go (wasm aborts, no drop), so after ten seconds the wait ends.
pub async fn serial() -> Serial {
    for _ in 0..500 {
        if !BUSY.with(|b| b.replace(true)) {
            return Serial;
        }
        next_tick().await;
    }
    Serial
}

pub async fn next_tick() {
    // Effects run after the current task; wait one macrotask for them.
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Fills localStorage until it refuses even 8 characters; returns the
/// keys written and the first error.
pub fn fill_storage() -> (Vec<String>, Option<StoreError>) {
    let mut size = 256 * 1024;
    let mut filled = Vec::new();
    let mut error = None;
    while size >= 8 {
        let key = format!("learning-model-canvas-test.filler.{}", filled.len());
        match storage::write(&key, &"x".repeat(size)) {
            Ok(()) => filled.push(key),
            Err(e) => {
                error.get_or_insert(e);
                size /= 2;
            }
        }
    }
    (filled, error)
}

pub fn unfill(filled: &[String]) {
    for key in filled {
        storage::remove(key).unwrap();
    }
}

/// The whole editor with autosave, on an empty canvas stored in this
/// browser's real localStorage (`bits` picks its id).
pub struct StoredEditor {
    pub container: HtmlElement,
    pub state: EditorState,
    pub id: String,
    /// The record as stored before any edit.
    pub raw: String,
    pub lib: Library<LocalStorage>,
}

pub fn mount_stored_editor(bits: u64) -> StoredEditor {
    let container = container();
    let mut lib = Library::new(LocalStorage::open().unwrap());
    let canvas = Canvas::default();
    let (id, raw) = lib.create(canvas.clone(), 1_000, bits).unwrap();
    let state = EditorState::new(Canvas::default());
    state.show_stored(id.clone(), canvas, raw.clone());
    let handle = leptos::mount::mount_to(container.clone(), move || {
        state.provide();
        start_autosave(state);
        view! { <CanvasEditor /> }
    });
    handle.forget();
    StoredEditor {
        container,
        state,
        id,
        raw,
        lib,
    }
}

impl StoredEditor {
    /// Removes the editor and the canvas it stored.
    pub fn remove(mut self) {
        self.container.remove();
        self.lib.trash(&self.id, 3_000).unwrap();
        self.lib.empty_trash(3_000).unwrap();
    }
}

//! Keeping the app's storage: asking the browser not to clear it when the
//! device runs short of space (`navigator.storage.persist()`), whether it
//! agreed, and how much of the site's local storage the app uses.

use crate::browser::storage::LocalStorage;
use crate::core::library::store::KeyValueStore;
use js_sys::{Function, Promise, Reflect};
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What browsers give one site's local storage, in UTF-16 code units (the
/// same in Chrome, Firefox and Safari).
pub const LOCAL_STORAGE_UNITS: usize = 5 * 1024 * 1024;

static ASKED: AtomicBool = AtomicBool::new(false);

fn storage_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    Reflect::get(&navigator, &JsValue::from_str("storage"))
        .ok()
        .filter(JsValue::is_object)
}

fn call(name: &str) -> Option<Promise> {
    let manager = storage_manager()?;
    let f = Reflect::get(&manager, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    f.call0(&manager).ok()?.dyn_into::<Promise>().ok()
}

/// Asks, once per page, that the storage be kept. Browsers answer without
/// asking the user (Chrome grants it to sites people use; Firefox may ask).
pub fn ask_to_keep_once() {
    if ASKED.swap(true, Ordering::Relaxed) {
        return;
    }
    if let Some(promise) = call("persist") {
        // The answer is read when My canvases shows it.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = JsFuture::from(promise).await;
        });
    }
}

/// Whether the browser agreed to keep the storage (`None`: it cannot say).
pub async fn is_kept() -> Option<bool> {
    JsFuture::from(call("persisted")?).await.ok()?.as_bool()
}

/// The UTF-16 code units every key and value of the site's local storage
/// takes (the app's and any other on the same origin: they share it).
pub fn units_used() -> Option<usize> {
    let store = LocalStorage::open().ok()?;
    let mut used = 0;
    for key in store.keys().ok()? {
        let value = store.get(&key).ok()?.unwrap_or_default();
        used += key.encode_utf16().count() + value.encode_utf16().count();
    }
    Some(used)
}

//! localStorage (and sessionStorage), with errors a person can act on.
//!
//! We talk to `web_sys::Storage` directly rather than through gloo-storage:
//! we need the DOMException name to tell a full quota from blocked storage,
//! and we must never panic when a browser refuses storage altogether.

use crate::core::library::store::{KeyValueStore, StoreError};
use wasm_bindgen::JsCast;
use web_sys::DomException;

/// Whether the guiding questions are shown (a preference, not canvas data).
pub const SHOW_QUESTIONS_KEY: &str = "learning-model-canvas.show-questions";
/// The canvas open in this tab (sessionStorage: each tab has its own).
pub const OPEN_CANVAS_KEY: &str = "learning-model-canvas.open";

fn classify(err: wasm_bindgen::JsValue) -> StoreError {
    match err.dyn_ref::<DomException>() {
        // Firefox used its own name for the same condition.
        Some(e) if e.name() == "QuotaExceededError" || e.name() == "NS_ERROR_DOM_QUOTA_REACHED" => {
            StoreError::Full
        }
        Some(e) if e.name() == "SecurityError" => StoreError::Unavailable,
        Some(e) => StoreError::Other(e.message()),
        None => StoreError::Other(format!("{err:?}")),
    }
}

/// The browser's localStorage as a [`KeyValueStore`].
pub struct LocalStorage(web_sys::Storage);

impl LocalStorage {
    pub fn open() -> Result<LocalStorage, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        window
            .local_storage()
            .map_err(classify)?
            .map(LocalStorage)
            .ok_or(StoreError::Unavailable)
    }
}

impl KeyValueStore for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get_item(key).map_err(classify)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set_item(key, value).map_err(classify)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.0.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.0.length().map_err(classify)?;
        let mut keys = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(k) = self.0.key(i).map_err(classify)? {
                keys.push(k);
            }
        }
        Ok(keys)
    }
}

pub fn read(key: &str) -> Result<Option<String>, StoreError> {
    LocalStorage::open()?.get(key)
}

pub fn write(key: &str, value: &str) -> Result<(), StoreError> {
    LocalStorage::open()?.set(key, value)
}

pub fn remove(key: &str) -> Result<(), StoreError> {
    LocalStorage::open()?.remove(key)
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The canvas this tab had open, so a reload reopens it.
pub fn open_canvas_in_tab() -> Option<String> {
    session()?.get_item(OPEN_CANVAS_KEY).ok().flatten()
}

pub fn remember_open_canvas(id: &str) {
    if let Some(s) = session() {
        // Only a convenience: without it a reload opens the newest canvas.
        let _ = s.set_item(OPEN_CANVAS_KEY, id);
    }
}

/// The drafts library on this browser's localStorage.
pub fn library() -> Result<crate::core::library::Library<LocalStorage>, StoreError> {
    LocalStorage::open().map(crate::core::library::Library::new)
}

/// The name the Share dialog puts in links ("Your name"), kept in this
/// browser only; empty until the user gives one.
const YOUR_NAME_KEY: &str = "learning-model-canvas.your-name";

pub fn your_name() -> String {
    read(YOUR_NAME_KEY).ok().flatten().unwrap_or_default()
}

/// Keeps the name, or forgets it when empty. Only a convenience: a failed
/// write costs the name next time, nothing else.
pub fn set_your_name(name: &str) {
    let _ = if name.trim().is_empty() {
        remove(YOUR_NAME_KEY)
    } else {
        write(YOUR_NAME_KEY, name)
    };
}

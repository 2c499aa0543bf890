//! localStorage, with errors a person can act on.
//!
//! We talk to `web_sys::Storage` directly rather than through gloo-storage:
//! we need the DOMException name to tell a full quota from blocked storage,
//! and we must never panic when a browser refuses storage altogether.

use std::fmt;
use wasm_bindgen::JsCast;
use web_sys::DomException;

/// Where the single draft of this version of the app lives.
pub const DRAFT_KEY: &str = "learning-model-canvas.draft";
/// Whether the guiding questions are shown (a preference, not canvas data).
pub const SHOW_QUESTIONS_KEY: &str = "learning-model-canvas.show-questions";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser gives no localStorage (blocked by settings or policy).
    Unavailable,
    /// The storage quota is used up.
    Full,
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => {
                write!(
                    f,
                    "this browser does not allow the app to store data (site storage is blocked)"
                )
            }
            StorageError::Full => write!(f, "this browser's storage for the app is full"),
            StorageError::Other(m) => write!(f, "the browser refused to store data ({m})"),
        }
    }
}

fn classify(err: wasm_bindgen::JsValue) -> StorageError {
    match err.dyn_ref::<DomException>() {
        // Firefox used its own name for the same condition.
        Some(e) if e.name() == "QuotaExceededError" || e.name() == "NS_ERROR_DOM_QUOTA_REACHED" => {
            StorageError::Full
        }
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Some(e) => StorageError::Other(e.message()),
        None => StorageError::Other(format!("{err:?}")),
    }
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    window
        .local_storage()
        .map_err(classify)?
        .ok_or(StorageError::Unavailable)
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(classify)
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(classify)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?.remove_item(key).map_err(classify)
}

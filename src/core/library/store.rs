//! The key-value store the drafts library sits on, as a small trait: the
//! browser implements it over localStorage, tests over [`MemoryStore`].

use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser gives no storage (blocked by settings or policy).
    Unavailable,
    /// The storage quota is used up.
    Full,
    /// A newer version of the app wrote what this write would replace: it
    /// is left alone until this page is reloaded (as the newer version).
    NewerApp,
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable => write!(
                f,
                "this browser does not allow the app to store data (site storage is blocked)"
            ),
            StoreError::Full => write!(f, "this browser's storage for the app is full"),
            StoreError::NewerApp => write!(
                f,
                "a newer version of the app has saved here since this page was opened, and \
                 this page leaves its work alone: reload the page to use the new version"
            ),
            StoreError::Other(m) => write!(f, "the browser refused to store data ({m})"),
        }
    }
}

pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// An in-memory store with an optional quota, counted like browsers do:
/// the length of keys and values in UTF-16 code units.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub items: BTreeMap<String, String>,
    pub quota: Option<usize>,
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

impl MemoryStore {
    pub fn used(&self) -> usize {
        self.items.iter().map(|(k, v)| units(k) + units(v)).sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.items.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            let old = self.items.get(key).map_or(0, |v| units(key) + units(v));
            if self.used() - old + units(key) + units(value) > quota {
                return Err(StoreError::Full);
            }
        }
        self.items.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.items.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.items.keys().cloned().collect())
    }
}

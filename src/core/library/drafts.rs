//! The drafts library: every canvas the user keeps in this browser.
//!
//! Layout in the key-value store (all keys share [`PREFIX`]):
//! - `index`: the list of canvases with what the list shows of each;
//! - `canvas.<id>`: one record per canvas ([`crate::core::format::record`]);
//! - `snapshots.<id>`: the snapshots of that canvas;
//! - `quarantine.<ms>.<what>`: a record that could not be read, moved aside
//!   byte for byte so nothing ever overwrites it.
//!
//! The records are the truth; the index is rebuilt from them when it is
//! missing or damaged, and reconciled with them whenever the list is read.

use crate::core::canvas::model::Canvas;
use crate::core::format::index::{decode_index, encode_index, Summary};
use crate::core::format::record::{decode_record, encode_record, Record};
use crate::core::library::store::{KeyValueStore, StoreError};
use std::collections::HashSet;

pub const PREFIX: &str = "learning-model-canvas.";
/// Where the first landing kept its single draft.
pub const OLD_DRAFT_KEY: &str = "learning-model-canvas.draft";
pub const INDEX_KEY: &str = "learning-model-canvas.index";
const CANVAS_PREFIX: &str = "learning-model-canvas.canvas.";
const SNAPSHOTS_PREFIX: &str = "learning-model-canvas.snapshots.";
pub(super) const QUARANTINE_PREFIX: &str = "learning-model-canvas.quarantine.";
/// The id the first landing's draft gets, fixed so that a migration cut
/// short and run again cannot make two copies.
pub const MIGRATED_ID: &str = "first-draft";

pub fn canvas_key(id: &str) -> String {
    format!("{CANVAS_PREFIX}{id}")
}

pub fn snapshots_key(id: &str) -> String {
    format!("{SNAPSHOTS_PREFIX}{id}")
}

/// The canvas id a storage key belongs to, if it is a canvas record.
pub fn canvas_id_of(key: &str) -> Option<&str> {
    key.strip_prefix(CANVAS_PREFIX)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No such record (deleted for good, maybe in another tab).
    Missing,
    /// The record could not be read; it was set aside. The text says why.
    Damaged(String),
    Store(StoreError),
}

impl From<StoreError> for LoadError {
    fn from(e: StoreError) -> Self {
        LoadError::Store(e)
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Missing => write!(f, "it is no longer stored in this browser"),
            LoadError::Damaged(reason) => write!(f, "{reason}"),
            LoadError::Store(e) => write!(f, "{e}"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The record changed since this page read it (another tab wrote it).
    Conflict,
    Store(StoreError),
}

impl From<StoreError> for SaveError {
    fn from(e: StoreError) -> Self {
        SaveError::Store(e)
    }
}

/// A stored text the app cannot read, kept for the user to download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damaged {
    pub key: String,
    pub raw: String,
    pub reason: String,
    /// When it was set aside; `None` if moving it failed and it is still
    /// under its own key.
    pub set_aside: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    /// Every canvas, the most recently edited first, trashed ones included.
    pub canvases: Vec<Summary>,
    pub damaged: Vec<Damaged>,
}

impl Listing {
    pub fn active(&self) -> impl Iterator<Item = &Summary> {
        self.canvases.iter().filter(|s| s.deleted.is_none())
    }

    pub fn trashed(&self) -> impl Iterator<Item = &Summary> {
        self.canvases.iter().filter(|s| s.deleted.is_some())
    }

    /// Canvases not in the trash whose title contains `filter`, ignoring case.
    pub fn filtered<'a>(&'a self, filter: &str) -> impl Iterator<Item = &'a Summary> + 'a {
        let needle = filter.trim().to_lowercase();
        self.active()
            .filter(move |s| needle.is_empty() || s.title.to_lowercase().contains(&needle))
    }
}

/// The index as read: its entries, and whether it may be written (not if
/// a damaged index could not be moved aside).
pub(super) struct Index {
    pub(super) entries: Vec<Summary>,
    pub(super) writable: bool,
}

pub struct Library<S> {
    pub store: S,
}

/// A short id from random bits, in base 36.
fn id_from(mut bits: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut id = String::new();
    for _ in 0..10 {
        id.push(DIGITS[(bits % 36) as usize] as char);
        bits /= 36;
    }
    id
}

impl<S: KeyValueStore> Library<S> {
    pub fn new(store: S) -> Self {
        Library { store }
    }

    /// Moves an unreadable text aside under a quarantine key. Returns false
    /// (and leaves it where it is) if the copy could not be written.
    pub(crate) fn quarantine(&mut self, key: &str, raw: &str, now: i64) -> bool {
        let what = key.strip_prefix(PREFIX).unwrap_or(key);
        let mut target = format!("{QUARANTINE_PREFIX}{now}.{what}");
        let mut n = 1;
        while matches!(self.store.get(&target), Ok(Some(_))) {
            n += 1;
            target = format!("{QUARANTINE_PREFIX}{now}.{what}.{n}");
        }
        if self.store.set(&target, raw).is_err() {
            return false;
        }
        self.store.remove(key).is_ok()
    }

    /// Brings the first landing's single draft into the library. A draft
    /// that cannot be read is set aside instead, and the reason returned so
    /// the user can be told. Safe to run at every start.
    pub fn migrate(&mut self, now: i64) -> Result<Option<String>, StoreError> {
        let Some(raw) = self.store.get(OLD_DRAFT_KEY)? else {
            return Ok(None);
        };
        match decode_record(&raw, now) {
            Ok(record) => {
                let key = canvas_key(MIGRATED_ID);
                if self.store.get(&key)?.is_none() {
                    self.store.set(&key, &encode_record(&record))?;
                }
                self.put_summary(Summary::of(MIGRATED_ID, &record), now)?;
                self.store.remove(OLD_DRAFT_KEY)?;
                Ok(None)
            }
            Err(e) => {
                self.quarantine(OLD_DRAFT_KEY, &raw, now);
                Ok(Some(e.to_string()))
            }
        }
    }

    pub(super) fn read_index(&mut self, now: i64) -> Result<Index, StoreError> {
        let Some(raw) = self.store.get(INDEX_KEY)? else {
            return Ok(Index {
                entries: Vec::new(),
                writable: true,
            });
        };
        match decode_index(&raw) {
            Ok(entries) => Ok(Index {
                entries,
                writable: true,
            }),
            // Rebuilt from the records by the caller.
            Err(_) => Ok(Index {
                entries: Vec::new(),
                writable: self.quarantine(INDEX_KEY, &raw, now),
            }),
        }
    }

    pub(super) fn write_index(&mut self, index: &Index) -> Result<(), StoreError> {
        if !index.writable {
            return Err(StoreError::Other(
                "the damaged list of canvases could not be set aside".into(),
            ));
        }
        self.store.set(INDEX_KEY, &encode_index(&index.entries))
    }

    /// Updates (or adds) one canvas in the index, keeping its trash state
    /// unless it was edited after being trashed.
    pub(super) fn put_summary(&mut self, mut summary: Summary, now: i64) -> Result<(), StoreError> {
        let mut index = self.read_index(now)?;
        match index.entries.iter_mut().find(|s| s.id == summary.id) {
            Some(entry) => {
                // An edit made after the delete (in another tab) takes the
                // canvas out of the trash, so emptying it cannot lose that edit.
                summary.deleted = entry.deleted.filter(|d| *d >= summary.edited);
                *entry = summary;
            }
            None => index.entries.push(summary),
        }
        self.write_index(&index)
    }

    /// Everything the list shows. Heals the index: records it lacks are
    /// added, entries without a record dropped, unreadable records set aside.
    pub fn listing(&mut self, now: i64) -> Result<Listing, StoreError> {
        let keys = self.store.keys()?;
        let mut index = self.read_index(now)?;
        let mut damaged = Vec::new();
        let record_ids: HashSet<&str> = keys.iter().filter_map(|k| canvas_id_of(k)).collect();
        let before = index.entries.len();
        index.entries.retain(|s| record_ids.contains(s.id.as_str()));
        let mut changed = index.entries.len() != before;
        let listed: HashSet<String> = index.entries.iter().map(|s| s.id.clone()).collect();
        for id in record_ids.iter().filter(|id| !listed.contains(**id)) {
            let key = canvas_key(id);
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            match decode_record(&raw, now) {
                Ok(record) => {
                    index.entries.push(Summary::of(id, &record));
                    changed = true;
                }
                Err(e) => {
                    if !self.quarantine(&key, &raw, now) {
                        damaged.push(Damaged {
                            key,
                            raw,
                            reason: e.to_string(),
                            set_aside: None,
                        });
                    }
                }
            }
        }
        if changed {
            // Best effort: the list is right in memory even if this fails.
            let _ = self.write_index(&index);
        }
        let mut canvases = index.entries;
        canvases.sort_by(|a, b| b.edited.cmp(&a.edited).then_with(|| a.id.cmp(&b.id)));
        damaged.extend(self.quarantined()?);
        Ok(Listing { canvases, damaged })
    }

    /// Opens a canvas: its record and the raw text it was read from. An
    /// unreadable record is set aside and dropped from the index.
    pub fn load(&mut self, id: &str, now: i64) -> Result<(Record, String), LoadError> {
        let key = canvas_key(id);
        let raw = self.store.get(&key)?.ok_or(LoadError::Missing)?;
        match decode_record(&raw, now) {
            Ok(record) => Ok((record, raw)),
            Err(e) => {
                if self.quarantine(&key, &raw, now) {
                    let _ = self.listing(now);
                }
                Err(LoadError::Damaged(e.to_string()))
            }
        }
    }

    fn new_id(&self, mut bits: u64) -> Result<String, StoreError> {
        loop {
            let id = id_from(bits);
            if self.store.get(&canvas_key(&id))?.is_none() {
                return Ok(id);
            }
            bits = bits
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
        }
    }

    /// Stores a new canvas; returns its id and the stored text.
    pub fn create(
        &mut self,
        canvas: Canvas,
        now: i64,
        random_bits: u64,
    ) -> Result<(String, String), StoreError> {
        let id = self.new_id(random_bits)?;
        match self.save(&id, &canvas, now, None) {
            Ok(raw) => Ok((id, raw)),
            Err(SaveError::Store(e)) => Err(e),
            Err(SaveError::Conflict) => {
                Err(StoreError::Other("the new canvas id was taken".into()))
            }
        }
    }

    /// Writes a canvas, unless its record changed since the caller read it
    /// as `expected` (`None`: it did not exist). Returns the stored text.
    pub fn save(
        &mut self,
        id: &str,
        canvas: &Canvas,
        now: i64,
        expected: Option<&str>,
    ) -> Result<String, SaveError> {
        let key = canvas_key(id);
        let current = self.store.get(&key)?;
        if current.as_deref() != expected {
            return Err(SaveError::Conflict);
        }
        let created = current
            .and_then(|raw| decode_record(&raw, now).ok())
            .map_or(now, |r| r.created);
        let record = Record {
            canvas: canvas.clone(),
            created,
            edited: now,
        };
        let raw = encode_record(&record);
        self.store.set(&key, &raw)?;
        // The record is saved; a stale index entry is healed by `listing`.
        let _ = self.put_summary(Summary::of(id, &record), now);
        Ok(raw)
    }

    /// Renames a canvas that is not open in this page.
    pub fn rename(&mut self, id: &str, title: &str, now: i64) -> Result<(), LoadError> {
        let (mut record, raw) = self.load(id, now)?;
        record.canvas.title = title.to_string();
        self.save(id, &record.canvas, now, Some(&raw))
            .map(drop)
            .map_err(|e| match e {
                SaveError::Conflict => LoadError::Missing,
                SaveError::Store(e) => LoadError::Store(e),
            })
    }

    /// Copies a canvas (not its snapshots) under a new id, "Copy of …".
    pub fn duplicate(&mut self, id: &str, now: i64, random_bits: u64) -> Result<String, LoadError> {
        let (mut record, _) = self.load(id, now)?;
        record.canvas.title = format!("Copy of {}", record.canvas.title);
        Ok(self.create(record.canvas, now, random_bits)?.0)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "drafts_tests.rs"]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "drafts_props.rs"]
mod props;

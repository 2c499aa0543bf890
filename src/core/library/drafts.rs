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
//! missing or damaged, and reconciled with them whenever the list is read
//! (`index_writes.rs`). What a newer version of the app wrote is never
//! moved or rewritten. The first landing's draft moves in by `migration.rs`.

use crate::core::canvas::model::Canvas;
use crate::core::format::index::Summary;
use crate::core::format::record::{decode_record, encode_record, FormatError, Record};
use crate::core::library::names::{distinct_title, Arrival};
use crate::core::library::store::{KeyValueStore, StoreError};

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
    /// A newer version of the app saved it; it stays as it is.
    Newer,
    Store(StoreError),
}

impl From<StoreError> for LoadError {
    fn from(e: StoreError) -> Self {
        LoadError::Store(e)
    }
}

impl From<FormatError> for LoadError {
    fn from(e: FormatError) -> Self {
        match e {
            FormatError::TooNew(..) => LoadError::Newer,
            other => LoadError::Damaged(other.to_string()),
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Missing => write!(f, "it is no longer stored in this browser"),
            LoadError::Damaged(reason) => write!(f, "{reason}"),
            LoadError::Newer => write!(
                f,
                "a newer version of the app saved it, and this page leaves it as it is: \
                 reload the page to open it"
            ),
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
    /// Canvases only a newer version of the app can read, by id: listed
    /// apart and left as they are.
    pub newer: Vec<String>,
    /// The list of canvases itself was written by a newer version: it is
    /// shown rebuilt from the records and never written by this page.
    pub newer_index: bool,
}

impl Listing {
    pub fn active(&self) -> impl Iterator<Item = &Summary> {
        self.canvases.iter().filter(|s| s.deleted.is_none())
    }

    pub fn trashed(&self) -> impl Iterator<Item = &Summary> {
        self.canvases.iter().filter(|s| s.deleted.is_some())
    }

    /// Whether a newer version of the app wrote a canvas or the index here.
    pub fn holds_newer(&self) -> bool {
        self.newer_index || !self.newer.is_empty()
    }

    /// Canvases not in the trash whose title contains `filter`, ignoring case.
    pub fn filtered<'a>(&'a self, filter: &str) -> impl Iterator<Item = &'a Summary> + 'a {
        let needle = filter.trim().to_lowercase();
        self.active()
            .filter(move |s| needle.is_empty() || s.title.to_lowercase().contains(&needle))
    }
}

/// The index as read: its entries, the stored text they were read from
/// (`None`: no index), and why it may not be written, if so (a newer
/// version wrote it, or a damaged one could not be moved aside).
pub(super) struct Index {
    pub(super) entries: Vec<Summary>,
    pub(super) read_from: Option<String>,
    pub(super) blocked: Option<StoreError>,
}

/// How often an index write starts over when another tab wrote the index
/// between this page's read and its write.
pub(super) const INDEX_RETRIES: usize = 8;

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

    /// Opens a canvas: its record and the raw text it was read from. An
    /// unreadable record is set aside and dropped from the index; one of a
    /// newer version is left where it is.
    pub fn load(&mut self, id: &str, now: i64) -> Result<(Record, String), LoadError> {
        let key = canvas_key(id);
        let raw = self.store.get(&key)?.ok_or(LoadError::Missing)?;
        match decode_record(&raw, now) {
            Ok(record) => Ok((record, raw)),
            Err(e @ FormatError::TooNew(..)) => Err(e.into()),
            Err(e) => {
                if self.quarantine(&key, &raw, now) {
                    let _ = self.listing(now);
                }
                Err(e.into())
            }
        }
    }

    pub(super) fn new_id(&self, mut bits: u64) -> Result<String, StoreError> {
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
        self.create_as(canvas, Arrival::Made, now, random_bits)
    }

    /// [`Library::create`], titled for how the canvas arrived.
    pub fn create_as(
        &mut self,
        canvas: Canvas,
        arrival: Arrival,
        now: i64,
        random_bits: u64,
    ) -> Result<(String, String), StoreError> {
        let (id, raw, record) = self.create_record_as(canvas, arrival, now, random_bits)?;
        // The record is saved; a missing index entry is healed by `listing`.
        let _ = self.put_summary(Summary::of(&id, &record));
        Ok((id, raw))
    }

    /// [`Library::create`] without the index update (see
    /// [`Library::save_record`]): the id, the stored text and the record.
    pub fn create_record(
        &mut self,
        canvas: Canvas,
        now: i64,
        random_bits: u64,
    ) -> Result<(String, String, Record), StoreError> {
        self.create_record_as(canvas, Arrival::Made, now, random_bits)
    }

    /// [`Library::create_record`], titled so that it does not look like a
    /// canvas already listed (see [`distinct_title`]).
    pub fn create_record_as(
        &mut self,
        mut canvas: Canvas,
        arrival: Arrival,
        now: i64,
        random_bits: u64,
    ) -> Result<(String, String, Record), StoreError> {
        if let Ok(listing) = self.listing(now) {
            let taken: Vec<&str> = listing.active().map(|s| s.title.as_str()).collect();
            canvas.title = distinct_title(&canvas.title, arrival, now, &taken);
        }
        let id = self.new_id(random_bits)?;
        match self.save_record(&id, &canvas, now, None) {
            Ok((raw, record)) => Ok((id, raw, record)),
            Err(SaveError::Store(e)) => Err(e),
            Err(SaveError::Conflict) => {
                Err(StoreError::Other("the new canvas id was taken".into()))
            }
        }
    }

    /// Writes a canvas, unless its record changed since the caller read it
    /// as `expected` (`None`: it did not exist). A change of its trash
    /// state alone (another tab trashed it) is no conflict: the edit takes
    /// it out of the trash. Returns the stored text.
    pub fn save(
        &mut self,
        id: &str,
        canvas: &Canvas,
        now: i64,
        expected: Option<&str>,
    ) -> Result<String, SaveError> {
        let (raw, record) = self.save_record(id, canvas, now, expected)?;
        // The record is saved; a stale index entry is healed by `listing`.
        let _ = self.put_summary(Summary::of(id, &record));
        Ok(raw)
    }

    /// [`Library::save`] without the index update, for callers that update
    /// the index apart (under a lock shared by the tabs).
    pub fn save_record(
        &mut self,
        id: &str,
        canvas: &Canvas,
        now: i64,
        expected: Option<&str>,
    ) -> Result<(String, Record), SaveError> {
        let key = canvas_key(id);
        let current = self.store.get(&key)?;
        let current_record = current.as_deref().map(|raw| decode_record(raw, now));
        if current.as_deref() != expected {
            let only_trash_changed = match (&current_record, expected) {
                (Some(Ok(theirs)), Some(mine)) => {
                    decode_record(mine, now).is_ok_and(|mine| mine.same_content(theirs))
                }
                _ => false,
            };
            if !only_trash_changed {
                return Err(SaveError::Conflict);
            }
        }
        if let Some(Err(FormatError::TooNew(..))) = current_record {
            return Err(SaveError::Store(StoreError::NewerApp));
        }
        let created = match current_record {
            Some(Ok(r)) => r.created,
            _ => now,
        };
        let record = Record {
            canvas: canvas.clone(),
            created,
            edited: now,
            trashed: None,
        };
        let raw = encode_record(&record);
        self.store.set(&key, &raw)?;
        Ok((raw, record))
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
        // A duplicate is a canvas of its own: its first share starts a lineage.
        record.canvas.lineage = None;
        Ok(self.create(record.canvas, now, random_bits)?.0)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "drafts_tests.rs"]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "drafts_props.rs"]
mod props;

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "faults_tests.rs"]
mod faults;

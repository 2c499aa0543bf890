//! "Back up all canvases": one file with every canvas of the library, its
//! snapshots and the trash; "Restore from backup" reads it into this
//! browser without overwriting anything.
//!
//! Backup, version 1: `{"version":1,"made":ms,"canvases":[{"id":…,
//! "record":{…},"snapshots":{…}}],"damaged":[{"key":…,"raw":"…"}]}`.
//! Each record and snapshot list is embedded exactly as stored (a record
//! of any version, trash date included), so a backup holds what the
//! library held, byte for byte; `snapshots` is left out when there are
//! none, `damaged` holds the texts set aside, as text.

use crate::core::format::document::{read_as, versioned, FormatError};
use crate::core::format::index::{decode_snapshots, Summary};
use crate::core::format::json::{self, none, Obj};
use crate::core::format::record::{decode_record, encode_record};
use crate::core::library::drafts::{
    canvas_id_of, canvas_key, snapshots_key, Library, PREFIX, QUARANTINE_PREFIX,
};
use crate::core::library::store::{KeyValueStore, StoreError};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

pub const BACKUP_VERSION: i64 = 1;

#[derive(Serialize, Deserialize)]
struct BackupJson {
    #[serde(default, skip_deserializing)]
    version: i64,
    made: i64,
    canvases: Vec<Obj<EntryJson>>,
    #[serde(default)]
    damaged: Vec<Obj<DamagedJson>>,
}

#[derive(Serialize, Deserialize)]
struct EntryJson {
    id: String,
    record: Box<RawValue>,
    #[serde(default, skip_serializing_if = "none")]
    snapshots: Option<Box<RawValue>>,
}

#[derive(Serialize, Deserialize)]
struct DamagedJson {
    key: String,
    raw: String,
}

/// What a restore did, for the message after it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Restored {
    /// Canvases added under their own id.
    pub added: usize,
    /// Canvases whose id holds other content here: added as copies.
    pub copies: usize,
    /// Canvases already here as they are in the backup.
    pub present: usize,
    /// Canvases only a newer version of the app can read: left out.
    pub newer: usize,
    /// Canvases the backup holds damaged: left out.
    pub unreadable: usize,
}

/// Where the time of the last backup is kept.
pub const LAST_BACKUP_KEY: &str = "learning-model-canvas.backed-up";

/// Whether some work is newer than the last backup (or was never backed
/// up): a canvas with notes, in the list or the trash, edited since.
pub fn needs_backup(listing: &crate::core::library::drafts::Listing, last: Option<i64>) -> bool {
    listing
        .canvases
        .iter()
        .any(|s| s.notes > 0 && last.is_none_or(|at| s.edited > at))
}

/// An id this app could have made (so it is safe as part of a key).
fn is_plain_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Raw JSON text as a value to embed; `None` if it is not JSON.
fn raw_json(text: &str) -> Option<Box<RawValue>> {
    RawValue::from_string(text.to_string()).ok()
}

impl<S: KeyValueStore> Library<S> {
    /// The backup of everything this library holds.
    pub fn backup(&mut self, now: i64) -> Result<String, StoreError> {
        let mut canvases = Vec::new();
        let mut damaged = Vec::new();
        let mut keys = self.store.keys()?;
        keys.sort();
        for key in &keys {
            let Some(id) = canvas_id_of(key) else {
                continue;
            };
            let Some(raw) = self.store.get(key)? else {
                continue;
            };
            let Some(record) = raw_json(&raw) else {
                damaged.push(Obj(DamagedJson {
                    key: key.clone(),
                    raw,
                }));
                continue;
            };
            let snapshots = self.store.get(&snapshots_key(id))?;
            canvases.push(Obj(EntryJson {
                id: id.to_string(),
                record,
                snapshots: snapshots.as_deref().and_then(raw_json),
            }));
        }
        for d in self.quarantined()? {
            damaged.push(Obj(DamagedJson {
                key: d.key,
                raw: d.raw,
            }));
        }
        Ok(json::write(&BackupJson {
            version: BACKUP_VERSION,
            made: now,
            canvases,
            damaged,
        }))
    }

    /// Adds what a backup holds to this library. Nothing here is ever
    /// overwritten: a canvas whose id holds other content comes back as a
    /// copy under a new id. Stops at the first failed write (storage
    /// full), keeping what was added so far.
    pub fn restore(
        &mut self,
        raw: &str,
        now: i64,
        random_bits: u64,
    ) -> Result<Restored, RestoreError> {
        versioned(raw, BACKUP_VERSION).map_err(RestoreError::Format)?;
        let Obj(backup) = read_as::<Obj<BackupJson>>(raw).map_err(RestoreError::Format)?;
        let mut done = Restored::default();
        for (n, Obj(entry)) in backup.canvases.into_iter().enumerate() {
            let record_raw = entry.record.get();
            let record = match decode_record(record_raw, now) {
                Ok(r) => r,
                Err(FormatError::TooNew(..)) => {
                    done.newer += 1;
                    continue;
                }
                Err(_) => {
                    done.unreadable += 1;
                    continue;
                }
            };
            let snapshots = entry
                .snapshots
                .as_ref()
                .map(|s| s.get().to_string())
                .filter(|s| decode_snapshots(s).is_ok());
            let key = canvas_key(&entry.id);
            let here = self
                .store
                .get(&key)
                .map_err(|e| RestoreError::Store(e, done.clone()))?;
            let (id, text, record) = match here.as_deref().map(|h| decode_record(h, now)) {
                None if is_plain_id(&entry.id) => {
                    done.added += 1;
                    (entry.id.clone(), record_raw.to_string(), record)
                }
                Some(Ok(h)) if h.same_content(&record) => {
                    done.present += 1;
                    continue;
                }
                _ => {
                    let id = self
                        .new_id(random_bits.wrapping_add(n as u64))
                        .map_err(|e| RestoreError::Store(e, done.clone()))?;
                    done.copies += 1;
                    let mut copy = record;
                    copy.canvas.title = format!("{} (from backup)", copy.canvas.title);
                    (id, encode_record(&copy), copy)
                }
            };
            let written = (|| {
                if let Some(s) = &snapshots {
                    self.store.set(&snapshots_key(&id), s)?;
                }
                self.store.set(&canvas_key(&id), &text)?;
                self.put_summary_at(Summary::of(&id, &record), now)
            })();
            if let Err(e) = written {
                return Err(RestoreError::Store(e, done));
            }
        }
        // Texts set aside come back set aside, for the user to download.
        for Obj(d) in backup.damaged {
            let key = if d.key.starts_with(QUARANTINE_PREFIX) {
                d.key
            } else {
                let what = d.key.strip_prefix(PREFIX).unwrap_or("unknown");
                format!("{QUARANTINE_PREFIX}{now}.{what}")
            };
            if matches!(self.store.get(&key), Ok(None)) {
                self.store
                    .set(&key, &d.raw)
                    .map_err(|e| RestoreError::Store(e, done.clone()))?;
            }
        }
        Ok(done)
    }
}

/// Why a restore stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreError {
    /// The file is not a backup this version reads.
    Format(FormatError),
    /// A write failed; what was restored before it stays.
    Store(StoreError, Restored),
}

impl std::fmt::Display for RestoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RestoreError::Format(FormatError::NoVersion | FormatError::NotJson(_)) => {
                write!(f, "this file is not a backup of Learning Model Canvas")
            }
            RestoreError::Format(e) => write!(f, "this backup cannot be read: {e}"),
            RestoreError::Store(e, done) => write!(
                f,
                "restoring stopped because {e}; {} canvases were restored before that",
                done.added + done.copies
            ),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "backup_tests.rs"]
mod tests;

//! The trash (a canvas moved there keeps its record until the trash is
//! emptied) and the quarantine (texts that could not be read, set aside
//! byte for byte until the user discards them).

use crate::core::format::index::{decode_index, decode_snapshots, Summary};
use crate::core::format::record::{decode_record, encode_record, FormatError};
use crate::core::library::drafts::{
    canvas_key, snapshots_key, Damaged, Library, PREFIX, QUARANTINE_PREFIX,
};
use crate::core::library::store::{KeyValueStore, StoreError};

impl<S: KeyValueStore> Library<S> {
    /// The texts set aside, newest first.
    pub(super) fn quarantined(&self) -> Result<Vec<Damaged>, StoreError> {
        let mut out = Vec::new();
        for key in self.store.keys()? {
            let Some(rest) = key.strip_prefix(QUARANTINE_PREFIX) else {
                continue;
            };
            let (when, what) = rest.split_once('.').unwrap_or((rest, ""));
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            let error = if what.starts_with("index") {
                decode_index(&raw).err()
            } else if what.starts_with("snapshots.") {
                decode_snapshots(&raw).err()
            } else {
                decode_record(&raw, 0).err()
            };
            out.push(Damaged {
                reason: error.map_or_else(
                    || "it could not be read when it was set aside".to_string(),
                    |e| e.to_string(),
                ),
                set_aside: when.parse().ok(),
                key,
                raw,
            });
        }
        out.sort_by_key(|d| std::cmp::Reverse(d.set_aside));
        Ok(out)
    }

    /// Removes a damaged text for good (the user's explicit choice).
    pub fn discard_damaged(&mut self, key: &str) -> Result<(), StoreError> {
        if key.starts_with(PREFIX) {
            self.store.remove(key)?;
        }
        Ok(())
    }

    /// Puts the trash state in the record (so it survives a rebuilt index),
    /// then in the index.
    fn set_trashed(&mut self, id: &str, trashed: Option<i64>, now: i64) -> Result<(), StoreError> {
        let key = canvas_key(id);
        let Some(raw) = self.store.get(&key)? else {
            return Err(StoreError::Other(
                "it is no longer stored in this browser".into(),
            ));
        };
        let mut record = match decode_record(&raw, now) {
            Ok(record) => record,
            Err(FormatError::TooNew(..)) => return Err(StoreError::NewerApp),
            Err(e) => {
                if self.quarantine(&key, &raw, now) {
                    let _ = self.listing(now);
                }
                return Err(StoreError::Other(format!(
                    "it could not be read ({e}); it is listed under “Damaged”"
                )));
            }
        };
        record.trashed = trashed;
        let written = encode_record(&record);
        if written != raw {
            self.store.set(&key, &written)?;
        }
        self.put_summary_at(Summary::of(id, &record), now)
    }

    /// Moves a canvas to the trash; its record stays until the trash is emptied.
    pub fn trash(&mut self, id: &str, now: i64) -> Result<(), StoreError> {
        self.set_trashed(id, Some(now), now)
    }

    /// Takes a canvas out of the trash.
    pub fn untrash(&mut self, id: &str, now: i64) -> Result<(), StoreError> {
        self.set_trashed(id, None, now)
    }

    /// Deletes every canvas in the trash for good, with its snapshots. A
    /// canvas edited after it was trashed (in another tab) is kept, and
    /// taken out of the trash; so is one that cannot be read.
    pub fn empty_trash(&mut self, now: i64) -> Result<(), StoreError> {
        self.update_index(now, |lib, entries| {
            let mut kept = Vec::with_capacity(entries.len());
            for mut entry in std::mem::take(entries) {
                let Some(deleted) = entry.deleted else {
                    kept.push(entry);
                    continue;
                };
                let key = canvas_key(&entry.id);
                let record = match lib.store.get(&key)? {
                    Some(raw) => decode_record(&raw, now).ok(),
                    // Already gone (emptied in another tab).
                    None => continue,
                };
                let trashed_at = record.as_ref().map(|r| r.trashed.unwrap_or(deleted));
                let untouched = record
                    .as_ref()
                    .zip(trashed_at)
                    .is_some_and(|(r, at)| r.edited <= at.min(deleted));
                if untouched {
                    lib.store.remove(&key)?;
                    lib.store.remove(&snapshots_key(&entry.id))?;
                } else {
                    if let Some(r) = &record {
                        entry = Summary::of(&entry.id, r);
                    }
                    kept.push(entry);
                }
            }
            *entries = kept;
            Ok(())
        })
    }
}

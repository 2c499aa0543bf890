//! The trash (a canvas moved there keeps its record until the trash is
//! emptied) and the quarantine (texts that could not be read, set aside
//! byte for byte until the user discards them).

use crate::core::format::index::{decode_index, decode_snapshots};
use crate::core::format::record::decode_record;
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

    fn set_deleted(&mut self, id: &str, deleted: Option<i64>, now: i64) -> Result<(), StoreError> {
        let mut index = self.read_index(now)?;
        if !index.entries.iter().any(|s| s.id == id) {
            // Its index entry may have been lost with a failed write: heal first.
            self.listing(now)?;
            index = self.read_index(now)?;
        }
        let entry = index
            .entries
            .iter_mut()
            .find(|s| s.id == id)
            .ok_or_else(|| StoreError::Other("the canvas is not in the list of canvases".into()))?;
        entry.deleted = deleted;
        self.write_index(&index)
    }

    /// Moves a canvas to the trash; its record stays until the trash is emptied.
    pub fn trash(&mut self, id: &str, now: i64) -> Result<(), StoreError> {
        self.set_deleted(id, Some(now), now)
    }

    /// Takes a canvas out of the trash.
    pub fn untrash(&mut self, id: &str, now: i64) -> Result<(), StoreError> {
        self.set_deleted(id, None, now)
    }

    /// Deletes every canvas in the trash for good, with its snapshots.
    pub fn empty_trash(&mut self, now: i64) -> Result<(), StoreError> {
        let mut index = self.read_index(now)?;
        for s in index.entries.iter().filter(|s| s.deleted.is_some()) {
            self.store.remove(&canvas_key(&s.id))?;
            self.store.remove(&snapshots_key(&s.id))?;
        }
        index.entries.retain(|s| s.deleted.is_none());
        self.write_index(&index)
    }
}

//! The index of canvases: read (a damaged one set aside, a newer one left
//! alone), changed by compare and set so another tab's write is never
//! lost, and healed from the records whenever the list is read.

use crate::core::format::index::{decode_index, encode_index, Summary};
use crate::core::format::record::{decode_record, FormatError};
use crate::core::library::drafts::{
    canvas_id_of, canvas_key, Damaged, Index, Library, Listing, INDEX_KEY, INDEX_RETRIES,
};
use crate::core::library::store::{KeyValueStore, StoreError};
use std::collections::HashSet;

impl<S: KeyValueStore> Library<S> {
    /// The index as stored now. A damaged one is set aside (and the list
    /// rebuilt from the records by the caller); a newer one is left alone.
    pub(super) fn read_index(&mut self, now: i64) -> Result<Index, StoreError> {
        let Some(raw) = self.store.get(INDEX_KEY)? else {
            return Ok(Index {
                entries: Vec::new(),
                read_from: None,
                blocked: None,
            });
        };
        match decode_index(&raw) {
            Ok(entries) => Ok(Index {
                entries,
                read_from: Some(raw),
                blocked: None,
            }),
            Err(FormatError::TooNew(..)) => Ok(Index {
                entries: Vec::new(),
                read_from: Some(raw),
                blocked: Some(StoreError::NewerApp),
            }),
            Err(_) => {
                let moved = self.quarantine(INDEX_KEY, &raw, now);
                Ok(Index {
                    entries: Vec::new(),
                    read_from: (!moved).then_some(raw),
                    blocked: (!moved).then(|| {
                        StoreError::Other(
                            "the damaged list of canvases could not be set aside".into(),
                        )
                    }),
                })
            }
        }
    }

    /// Writes `index` unless another tab wrote the index since it was read
    /// (compare and set). False when it changed meanwhile: nothing written.
    fn write_index_if_unchanged(&mut self, index: &Index) -> Result<bool, StoreError> {
        if let Some(e) = &index.blocked {
            return Err(e.clone());
        }
        if self.store.get(INDEX_KEY)? != index.read_from {
            return Ok(false);
        }
        self.store.set(INDEX_KEY, &encode_index(&index.entries))?;
        Ok(true)
    }

    /// Changes the index by `change`, applied to the index as stored right
    /// before the write, so another tab's update is never written over: if
    /// the index changed between the read and the write, it starts over.
    pub(super) fn update_index<T>(
        &mut self,
        now: i64,
        mut change: impl FnMut(&mut Self, &mut Vec<Summary>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        for _ in 0..INDEX_RETRIES {
            let mut index = self.read_index(now)?;
            if let Some(e) = index.blocked.take() {
                return Err(e);
            }
            let out = change(self, &mut index.entries)?;
            if self.write_index_if_unchanged(&index)? {
                return Ok(out);
            }
        }
        Err(StoreError::Other(
            "the list of canvases kept changing in another tab; try again".into(),
        ))
    }

    /// Updates (or adds) one canvas in the index. Its trash state is the
    /// record's: an edit made after a delete takes it out of the trash.
    pub fn put_summary(&mut self, summary: Summary) -> Result<(), StoreError> {
        let now = summary.edited;
        self.put_summary_at(summary, now)
    }

    /// [`Library::put_summary`], with `now` the time of the change.
    pub(super) fn put_summary_at(&mut self, summary: Summary, now: i64) -> Result<(), StoreError> {
        self.update_index(now, |_, entries| {
            match entries.iter_mut().find(|s| s.id == summary.id) {
                Some(entry) => *entry = summary.clone(),
                None => entries.push(summary.clone()),
            }
            Ok(())
        })
    }

    /// Everything the list shows. Heals the index: records it lacks are
    /// added, entries without a record dropped, unreadable records set
    /// aside. Records and an index of a newer version are left alone.
    pub fn listing(&mut self, now: i64) -> Result<Listing, StoreError> {
        let keys = self.store.keys()?;
        let mut index = self.read_index(now)?;
        let newer_index = index.blocked == Some(StoreError::NewerApp);
        let mut damaged = Vec::new();
        let mut newer = Vec::new();
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
                Err(FormatError::TooNew(..)) => newer.push(id.to_string()),
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
        if changed && index.blocked.is_none() {
            // Best effort, and only over the index as read: the list is
            // right in memory either way, and another tab's newer write wins.
            let _ = self.write_index_if_unchanged(&index);
        }
        let mut canvases = index.entries;
        canvases.sort_by(|a, b| b.edited.cmp(&a.edited).then_with(|| a.id.cmp(&b.id)));
        newer.sort();
        damaged.extend(self.quarantined()?);
        Ok(Listing {
            canvases,
            damaged,
            newer,
            newer_index,
        })
    }
}

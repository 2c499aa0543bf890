//! Bringing the first landing's single draft into the library.

use crate::core::format::index::Summary;
use crate::core::format::record::{decode_record, encode_record, FormatError};
use crate::core::library::drafts::{canvas_key, Library, MIGRATED_ID, OLD_DRAFT_KEY};
use crate::core::library::store::{KeyValueStore, StoreError};

impl<S: KeyValueStore> Library<S> {
    /// Brings the first landing's single draft into the library. The old
    /// key is removed only once its canvas is stored; if the canvas id it
    /// moves to already holds another canvas, it becomes a canvas of its
    /// own. An unreadable draft is set aside (a newer one is left alone).
    /// Returns what the user should be told, if anything. Safe to run at
    /// every start: a failed write leaves the old draft for the next one.
    pub fn migrate(&mut self, now: i64, random_bits: u64) -> Result<Option<String>, StoreError> {
        let Some(raw) = self.store.get(OLD_DRAFT_KEY)? else {
            return Ok(None);
        };
        let record = match decode_record(&raw, now) {
            Ok(record) => record,
            Err(FormatError::TooNew(..)) => {
                return Ok(Some(
                    "Your earlier canvas was saved by a newer version of the app, so this \
                     page leaves it as it is: reload the page to open it"
                        .into(),
                ))
            }
            Err(e) => {
                self.quarantine(OLD_DRAFT_KEY, &raw, now);
                return Ok(Some(format!(
                    "Your earlier canvas could not be opened: {e}. It was set aside \
                     unchanged; download it from My canvases, under “Damaged”"
                )));
            }
        };
        let target = canvas_key(MIGRATED_ID);
        let id = match self.store.get(&target)? {
            None => {
                self.store.set(&target, &encode_record(&record))?;
                MIGRATED_ID.to_string()
            }
            // A migration cut short after the write: it is stored already.
            Some(stored)
                if decode_record(&stored, now).is_ok_and(|r| r.canvas == record.canvas) =>
            {
                MIGRATED_ID.to_string()
            }
            Some(_) => self.create(record.canvas.clone(), now, random_bits)?.0,
        };
        // Only what reads back as the same canvas counts as stored.
        let stored = self.store.get(&canvas_key(&id))?;
        let kept = stored
            .and_then(|s| decode_record(&s, now).ok())
            .filter(|r| r.canvas == record.canvas);
        let Some(kept) = kept else {
            return Err(StoreError::Other(
                "the canvas did not read back as it was written".into(),
            ));
        };
        // The record is stored; a missing index entry is healed by `listing`.
        let _ = self.put_summary(Summary::of(&id, &kept));
        self.store.remove(OLD_DRAFT_KEY)?;
        Ok(None)
    }
}

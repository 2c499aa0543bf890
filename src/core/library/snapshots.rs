//! Snapshots of a canvas: labelled copies at one moment, kept beside its
//! record; restoring one first keeps the current canvas as a snapshot.

use crate::core::canvas::model::Canvas;
use crate::core::format::index::{decode_snapshots, encode_snapshots, Snapshot};
use crate::core::format::record::FormatError;
use crate::core::library::drafts::{snapshots_key, Library, LoadError};
use crate::core::library::store::KeyValueStore;

impl<S: KeyValueStore> Library<S> {
    /// The snapshots of a canvas, oldest first. An unreadable list is set
    /// aside (so the next call starts a new one) and reported once; one
    /// written by a newer version is left as it is, and so is refused.
    pub fn snapshots(&mut self, id: &str, now: i64) -> Result<Vec<Snapshot>, LoadError> {
        let key = snapshots_key(id);
        let Some(raw) = self.store.get(&key)? else {
            return Ok(Vec::new());
        };
        decode_snapshots(&raw).map_err(|e: FormatError| {
            if !matches!(e, FormatError::TooNew(..)) {
                self.quarantine(&key, &raw, now);
            }
            e.into()
        })
    }

    pub fn add_snapshot(
        &mut self,
        id: &str,
        label: &str,
        canvas: &Canvas,
        now: i64,
    ) -> Result<Vec<Snapshot>, LoadError> {
        let mut list = self.snapshots(id, now)?;
        // Snapshots are told apart by their time: keep it unique.
        let at = list.last().map_or(now, |last| now.max(last.at + 1));
        list.push(Snapshot {
            label: label.to_string(),
            at,
            canvas: canvas.clone(),
        });
        self.store
            .set(&snapshots_key(id), &encode_snapshots(&list))?;
        Ok(list)
    }

    /// Returns the canvas of snapshot `at` (its time) to put in the editor,
    /// after keeping `current` as a snapshot so the restore can be undone.
    pub fn restore_snapshot(
        &mut self,
        id: &str,
        at: i64,
        current: &Canvas,
        now: i64,
    ) -> Result<Canvas, LoadError> {
        let target = self
            .snapshots(id, now)?
            .into_iter()
            .find(|s| s.at == at)
            .ok_or(LoadError::Missing)?;
        let label = format!("Before restoring “{}”", target.label);
        self.add_snapshot(id, &label, current, now)?;
        // A snapshot is of this canvas: it keeps its lineage as it is now.
        let mut canvas = target.canvas;
        canvas.lineage = current.lineage.clone();
        Ok(canvas)
    }
}

//! Copies across browsers (issue 16): the version I shared, kept as a
//! snapshot ("Shared on 3 Dec 2026"), my canvas of a lineage, and the
//! version a returned copy and mine both started from.

use crate::core::canvas::lineage::{day_text, LineageId, VersionMark};
use crate::core::canvas::model::Canvas;
use crate::core::format::record::Record;
use crate::core::library::drafts::{Library, LoadError};
use crate::core::library::store::KeyValueStore;
use crate::core::share::version_mark;

/// The label of the snapshot kept when a canvas is shared.
pub fn shared_label(day: u32) -> String {
    format!("Shared on {}", day_text(day))
}

impl<S: KeyValueStore> Library<S> {
    /// Keeps `canvas` as shared on `day`, unless the newest snapshot
    /// already holds this very version.
    pub fn keep_shared_version(
        &mut self,
        id: &str,
        canvas: &Canvas,
        day: u32,
        now: i64,
    ) -> Result<(), LoadError> {
        let mark = version_mark(canvas);
        let list = self.snapshots(id, now)?;
        if list.last().is_some_and(|s| version_mark(&s.canvas) == mark) {
            return Ok(());
        }
        self.add_snapshot(id, &shared_label(day), canvas, now)
            .map(|_| ())
    }

    /// My canvas (not in the trash) of lineage `lineage`, the most recently
    /// edited if several: its id and record. Unreadable records are skipped.
    pub fn of_lineage(&mut self, lineage: LineageId, now: i64) -> Option<(String, Record)> {
        let listing = self.listing(now).ok()?;
        let ids: Vec<String> = listing.active().map(|s| s.id.clone()).collect();
        ids.into_iter()
            .filter_map(|id| self.load(&id, now).ok().map(|(r, _)| (id, r)))
            .filter(|(_, r)| r.canvas.lineage.as_ref().is_some_and(|l| l.id == lineage))
            .max_by_key(|(_, r)| r.edited)
    }

    /// My canvas (not in the trash) whose dot vote has round `round`: where
    /// a ballot sent from a phone belongs.
    pub fn of_vote_round(&mut self, round: u32, now: i64) -> Option<String> {
        let listing = self.listing(now).ok()?;
        let ids: Vec<String> = listing.active().map(|s| s.id.clone()).collect();
        ids.into_iter().find(|id| {
            self.load(id, now)
                .is_ok_and(|(r, _)| r.canvas.votes.as_ref().is_some_and(|v| v.round == round))
        })
    }

    /// The version both started from, if this library still has it: the
    /// version `made_from` names, or else the one my copy was made from,
    /// among canvas `id` as it is and its snapshots (newest first).
    pub fn common_version(
        &mut self,
        id: &str,
        mine: &Canvas,
        made_from: VersionMark,
        now: i64,
    ) -> Option<Canvas> {
        let mut versions = vec![mine.clone()];
        if let Ok(list) = self.snapshots(id, now) {
            versions.extend(list.into_iter().rev().map(|s| s.canvas));
        }
        let my_base = mine.lineage.as_ref().and_then(|l| l.base);
        let find = |mark: VersionMark| versions.iter().find(|c| version_mark(c) == mark).cloned();
        find(made_from).or_else(|| my_base.and_then(find))
    }

    /// When canvas `id` was last shared holding exactly `canvas`: the label
    /// of that snapshot ("Shared on …").
    pub fn shared_as(&mut self, id: &str, canvas: &Canvas, now: i64) -> Option<String> {
        let mark = version_mark(canvas);
        self.snapshots(id, now)
            .ok()?
            .into_iter()
            .rev()
            .find(|s| s.label.starts_with("Shared on ") && version_mark(&s.canvas) == mark)
            .map(|s| s.label)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::canvas::lineage::Lineage;
    use crate::core::library::store::MemoryStore;

    const NOW: i64 = 1_795_000_000_000;

    #[test]
    fn the_shared_version_is_kept_once_and_found_again() {
        let mut lib = Library::new(MemoryStore::default());
        let mut mine = Canvas {
            lineage: Some(Lineage {
                id: LineageId::new(42),
                base: None,
            }),
            ..Canvas::default()
        };
        let n = mine.add_note("design");
        mine.set_note_text(n, "Shared text");
        let (id, raw) = lib.create(mine.clone(), NOW, 1).unwrap();
        lib.keep_shared_version(&id, &mine, 20_790, NOW).unwrap();
        lib.keep_shared_version(&id, &mine, 20_791, NOW + 1)
            .unwrap();
        assert_eq!(lib.snapshots(&id, NOW).unwrap().len(), 1);
        assert_eq!(
            lib.shared_as(&id, &mine, NOW).as_deref(),
            Some("Shared on 3 Dec 2026")
        );
        let shared = mine.clone();
        mine.set_note_text(n, "Changed since");
        lib.save(&id, &mine, NOW + 2, Some(&raw)).unwrap();
        let (found, _) = lib.of_lineage(LineageId::new(42), NOW).unwrap();
        assert_eq!(found, id);
        assert!(lib.of_lineage(LineageId::new(43), NOW).is_none());
        let base = lib.common_version(&id, &mine, version_mark(&shared), NOW);
        // Snapshots keep no lineage: the canvas's own is the one that counts.
        assert_eq!(base.map(|c| c.notes), Some(shared.notes));
        assert_eq!(lib.common_version(&id, &mine, 7, NOW), None);
    }
}

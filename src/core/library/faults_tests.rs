//! The library against the faults of issue 15: another tab writing the
//! index between a read and a write, a newer version of the app on the
//! same origin, trash state after a lost index, and migrations that meet
//! an existing canvas or a full storage.

use super::tests::{canvas, library, NOW};
use super::*;
use crate::core::format::index::decode_snapshots;
use crate::core::library::store::MemoryStore;
use std::cell::{Cell, RefCell};

/// A store shared with "another tab", which writes `writes` right after
/// this page's `at`-th read of the index returned: between this page's
/// read and its write. (The moment between the last check and the write
/// itself can only be closed by a lock: the page takes a Web Lock.)
struct RacingStore {
    inner: RefCell<MemoryStore>,
    index_reads: Cell<usize>,
    at: usize,
    writes: Vec<(String, String)>,
}

impl KeyValueStore for RacingStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let value = self.inner.borrow().get(key);
        if key == INDEX_KEY {
            self.index_reads.set(self.index_reads.get() + 1);
            if self.index_reads.get() == self.at {
                let mut inner = self.inner.borrow_mut();
                for (k, v) in &self.writes {
                    inner.set(k, v)?;
                }
            }
        }
        value
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner.get_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.get_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.borrow().keys()
    }
}

#[test]
fn an_index_write_never_loses_another_tabs_update() {
    let mut lib = library();
    let (a, _) = lib.create(canvas("A", 1), NOW, 1).unwrap();
    let (b, _) = lib.create(canvas("B", 1), NOW, 2).unwrap();
    // What the other tab's rename of B writes.
    let mut other = Library::new(lib.store.clone());
    other.rename(&b, "B, renamed elsewhere", NOW + 1).unwrap();
    let writes = vec![
        (canvas_key(&b), other.store.items[&canvas_key(&b)].clone()),
        (INDEX_KEY.to_string(), other.store.items[INDEX_KEY].clone()),
    ];
    {
        let at = 1;
        let mut racing = Library::new(RacingStore {
            inner: RefCell::new(lib.store.clone()),
            index_reads: Cell::new(0),
            at,
            writes: writes.clone(),
        });
        racing.trash(&a, NOW + 2).unwrap();
        let listing = racing.listing(NOW + 3).unwrap();
        let title_of_b = listing
            .canvases
            .iter()
            .find(|s| s.id == b)
            .map(|s| s.title.as_str());
        assert_eq!(
            title_of_b,
            Some("B, renamed elsewhere"),
            "other write at read {at}"
        );
        assert_eq!(
            listing.trashed().map(|s| s.id.as_str()).collect::<Vec<_>>(),
            [a.as_str()]
        );
    }
}

#[test]
fn the_trash_survives_a_lost_index() {
    let mut lib = library();
    let (a, _) = lib.create(canvas("A", 1), NOW, 1).unwrap();
    lib.create(canvas("B", 1), NOW, 2).unwrap();
    lib.trash(&a, NOW + 1).unwrap();
    lib.store.remove(INDEX_KEY).unwrap();
    let listing = lib.listing(NOW + 2).unwrap();
    assert_eq!(
        listing.trashed().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        [a.as_str()]
    );
    assert_eq!(listing.active().count(), 1);
    // A record that is not in the trash is written as before (version 4).
    lib.untrash(&a, NOW + 3).unwrap();
    assert!(lib.store.items[&canvas_key(&a)].starts_with(r#"{"version":4,"#));
}

#[test]
fn emptying_the_trash_keeps_a_canvas_edited_after_it_was_trashed() {
    let mut lib = library();
    let (a, raw) = lib.create(canvas("A", 1), NOW, 1).unwrap();
    let (b, raw_b) = lib.create(canvas("B", 1), NOW, 2).unwrap();
    lib.trash(&a, NOW + 1).unwrap();
    lib.trash(&b, NOW + 1).unwrap();
    // Another tab still had A open and goes on typing: its save is no
    // conflict (only the trash state changed) and takes A out of the trash.
    lib.save(&a, &canvas("A, edited", 2), NOW + 2, Some(&raw))
        .unwrap();
    // B is edited too, but that tab's index write is lost.
    lib.save_record(&b, &canvas("B, edited", 2), NOW + 2, Some(&raw_b))
        .unwrap();
    assert_eq!(lib.listing(NOW + 3).unwrap().trashed().count(), 1);
    lib.empty_trash(NOW + 4).unwrap();
    for id in [&a, &b] {
        let (record, _) = lib.load(id, NOW).expect("kept");
        assert!(record.canvas.title.ends_with("edited"));
    }
    let listing = lib.listing(NOW + 5).unwrap();
    assert_eq!(
        (listing.active().count(), listing.trashed().count()),
        (2, 0)
    );
}

const NEWER_RECORD: &str = r#"{"version":99,"created":1,"edited":2,"canvas":{"title":"From the future","kind":"hologram"}}"#;

#[test]
fn a_canvas_saved_by_a_newer_version_is_left_exactly_as_it_is() {
    let mut lib = library();
    let (good, _) = lib.create(canvas("Good", 1), NOW, 1).unwrap();
    let (listed, raw) = lib.create(canvas("Listed", 1), NOW, 2).unwrap();
    lib.store.set(&canvas_key(&listed), NEWER_RECORD).unwrap();
    lib.store
        .set(&canvas_key("unlisted"), NEWER_RECORD)
        .unwrap();
    let before = lib.store.items.clone();
    assert_eq!(lib.load(&listed, NOW + 1), Err(LoadError::Newer));
    assert_eq!(lib.load("unlisted", NOW + 1), Err(LoadError::Newer));
    let listing = lib.listing(NOW + 2).unwrap();
    assert_eq!(listing.newer, ["unlisted"]);
    assert!(
        listing.damaged.is_empty(),
        "nothing newer is called damaged"
    );
    assert!(listing.canvases.iter().any(|s| s.id == good));
    // No write of this build replaces it.
    assert_eq!(
        lib.save(&listed, &canvas("Mine", 0), NOW + 3, Some(&raw)),
        Err(SaveError::Conflict)
    );
    assert_eq!(
        lib.save(&listed, &canvas("Mine", 0), NOW + 3, Some(NEWER_RECORD)),
        Err(SaveError::Store(StoreError::NewerApp))
    );
    assert_eq!(lib.trash(&listed, NOW + 4), Err(StoreError::NewerApp));
    lib.trash(&good, NOW + 4).unwrap();
    let mut index_entry_trashed = lib.store.items.clone();
    index_entry_trashed.retain(|k, _| k.contains("unlisted") || k.ends_with(&listed));
    let mut expected = before.clone();
    expected.retain(|k, _| k.contains("unlisted") || k.ends_with(&listed));
    assert_eq!(index_entry_trashed, expected);
}

#[test]
fn an_index_or_snapshot_list_of_a_newer_version_is_never_rewritten() {
    let mut lib = library();
    let (a, _) = lib.create(canvas("A", 1), NOW, 1).unwrap();
    let (b, _) = lib.create(canvas("B", 1), NOW, 2).unwrap();
    let newer_index = r#"{"version":7,"canvases":[],"folders":[]}"#;
    lib.store.set(INDEX_KEY, newer_index).unwrap();
    let listing = lib.listing(NOW + 1).unwrap();
    assert!(listing.newer_index);
    assert_eq!(listing.canvases.len(), 2, "shown from the records");
    assert_eq!(lib.trash(&a, NOW + 2), Err(StoreError::NewerApp));
    lib.empty_trash(NOW + 2).unwrap_err();
    // Editing a canvas still saves its record; the index stays theirs.
    let raw = lib.load(&b, NOW).unwrap().1;
    lib.save(&b, &canvas("B2", 1), NOW + 3, Some(&raw)).unwrap();
    assert_eq!(lib.store.items[INDEX_KEY], newer_index);
    assert!(lib.listing(NOW + 4).unwrap().damaged.is_empty());

    let newer_snapshots = r#"{"version":9,"snapshots":[],"albums":[]}"#;
    lib.store.set(&snapshots_key(&b), newer_snapshots).unwrap();
    assert_eq!(lib.snapshots(&b, NOW), Err(LoadError::Newer));
    assert_eq!(
        lib.add_snapshot(&b, "x", &canvas("B", 0), NOW),
        Err(LoadError::Newer)
    );
    assert_eq!(lib.store.items[&snapshots_key(&b)], newer_snapshots);
    assert!(decode_snapshots(newer_snapshots).is_err());
}

const OLD_DRAFT: &str = r#"{"version":1,"canvas":{"title":"First landing","kind":"lmc-nine","notes":[{"id":1,"block":"design","text":"kept"}]}}"#;

#[test]
fn a_migration_onto_a_taken_id_makes_a_canvas_of_its_own() {
    let mut lib = library();
    lib.save(MIGRATED_ID, &canvas("Already here", 2), NOW, None)
        .unwrap();
    lib.store.set(OLD_DRAFT_KEY, OLD_DRAFT).unwrap();
    assert_eq!(lib.migrate(NOW + 1, 5), Ok(None));
    assert_eq!(lib.store.get(OLD_DRAFT_KEY).unwrap(), None);
    let titles: Vec<String> = lib
        .listing(NOW + 2)
        .unwrap()
        .canvases
        .into_iter()
        .map(|s| s.title)
        .collect();
    assert_eq!(titles.len(), 2);
    assert!(titles.contains(&"Already here".to_string()));
    assert!(titles.contains(&"First landing".to_string()));
}

#[test]
fn a_migration_that_cannot_store_keeps_the_old_draft_and_the_rest_opens() {
    let mut lib = library();
    let (other, _) = lib.create(canvas("Other", 1), NOW, 1).unwrap();
    lib.store.set(OLD_DRAFT_KEY, OLD_DRAFT).unwrap();
    lib.store.quota = Some(lib.store.used() + 20);
    assert_eq!(lib.migrate(NOW + 1, 5), Err(StoreError::Full));
    assert_eq!(lib.store.items[OLD_DRAFT_KEY], OLD_DRAFT);
    assert!(lib.load(&other, NOW).is_ok());
    // With room again, the next start moves it.
    lib.store.quota = None;
    assert_eq!(lib.migrate(NOW + 2, 5), Ok(None));
    assert!(lib.load(MIGRATED_ID, NOW).is_ok());
}

#[test]
fn an_old_draft_of_a_newer_version_stays_where_it_is() {
    let mut lib = library();
    lib.store.set(OLD_DRAFT_KEY, NEWER_RECORD).unwrap();
    let said = lib.migrate(NOW, 5).unwrap().expect("told");
    assert!(said.contains("newer version"), "{said}");
    assert_eq!(lib.store.items[OLD_DRAFT_KEY], NEWER_RECORD);
    assert!(lib.listing(NOW).unwrap().damaged.is_empty());
}

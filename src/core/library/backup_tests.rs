//! Backups: everything comes back in a fresh browser, and a restore into
//! a library that has work of its own overwrites none of it.

use super::*;
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::model::Canvas;
use crate::core::library::drafts::{INDEX_KEY, PREFIX};
use crate::core::library::store::MemoryStore;
use std::collections::BTreeMap;

const NOW: i64 = 1_795_000_000_000;

fn canvas(title: &str, notes: usize) -> Canvas {
    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    c.title = title.into();
    for i in 0..notes {
        let id = c.add_note("design");
        c.set_note_text(id, &format!("note {i}"));
    }
    c
}

/// Every record and snapshot list, by key.
fn stored(lib: &Library<MemoryStore>) -> BTreeMap<String, String> {
    lib.store
        .items
        .iter()
        .filter(|(k, _)| k.contains(".canvas.") || k.contains(".snapshots."))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn full_library() -> (Library<MemoryStore>, String, String) {
    let mut lib = Library::new(MemoryStore::default());
    let (kept, _) = lib.create(canvas("Kept", 2), NOW, 1).unwrap();
    let (binned, _) = lib.create(canvas("Binned", 1), NOW, 2).unwrap();
    lib.add_snapshot(
        &kept,
        "Before the steering committee",
        &canvas("Kept", 1),
        NOW,
    )
    .unwrap();
    lib.trash(&binned, NOW + 1).unwrap();
    lib.store
        .set(&format!("{PREFIX}quarantine.5.canvas.zz"), "{cut sh")
        .unwrap();
    (lib, kept, binned)
}

#[test]
fn a_backup_brings_everything_back_in_a_fresh_browser() {
    let (mut lib, kept, binned) = full_library();
    let file = lib.backup(NOW + 2).unwrap();
    let mut fresh = Library::new(MemoryStore::default());
    let done = fresh.restore(&file, NOW + 3, 9).unwrap();
    assert_eq!((done.added, done.copies, done.present), (2, 0, 0));
    assert_eq!(stored(&fresh), stored(&lib), "byte for byte");
    let listing = fresh.listing(NOW + 4).unwrap();
    assert_eq!(
        listing.active().map(|s| s.id.clone()).collect::<Vec<_>>(),
        [kept]
    );
    assert_eq!(
        listing.trashed().map(|s| s.id.clone()).collect::<Vec<_>>(),
        [binned]
    );
    assert!(file.contains("{cut sh"), "damaged texts travel too");
    // Restoring again finds it all present.
    let again = fresh.restore(&file, NOW + 5, 9).unwrap();
    assert_eq!((again.added, again.copies, again.present), (0, 0, 2));
}

#[test]
fn a_restore_into_a_library_with_its_own_work_overwrites_nothing() {
    let (mut lib, kept, _) = full_library();
    let file = lib.backup(NOW + 2).unwrap();
    // The same canvas was edited here since the backup.
    let raw = lib.load(&kept, NOW).unwrap().1;
    lib.save(&kept, &canvas("Kept, edited since", 3), NOW + 3, Some(&raw))
        .unwrap();
    lib.create(canvas("Made later", 0), NOW + 4, 3).unwrap();
    let before = stored(&lib);
    let done = lib.restore(&file, NOW + 5, 11).unwrap();
    assert_eq!((done.added, done.copies, done.present), (0, 1, 1));
    for (key, value) in &before {
        assert_eq!(lib.store.items.get(key), Some(value), "{key} untouched");
    }
    let titles: Vec<String> = lib
        .listing(NOW + 6)
        .unwrap()
        .active()
        .map(|s| s.title.clone())
        .collect();
    assert!(
        titles.contains(&"Kept (from backup)".to_string()),
        "{titles:?}"
    );
    assert!(titles.contains(&"Kept, edited since".to_string()));
}

#[test]
fn a_wrong_or_newer_file_is_refused_and_changes_nothing() {
    let mut lib = Library::new(MemoryStore::default());
    lib.create(canvas("Mine", 1), NOW, 1).unwrap();
    let before = lib.store.items.clone();
    for (file, says) in [
        ("not json", "not a backup"),
        (r#"{"name":"package"}"#, "not a backup"),
        (r#"{"version":2,"made":1,"canvases":[]}"#, "newer version"),
        (r#"{"version":1,"made":1}"#, "canvases"),
    ] {
        let e = lib.restore(file, NOW, 1).unwrap_err().to_string();
        assert!(e.contains(says), "{file}: {e}");
    }
    assert_eq!(lib.store.items, before);
    // A record inside the backup that is newer or damaged is left out.
    let file = r#"{"version":1,"made":1,"canvases":[{"id":"n","record":{"version":99}},{"id":"d","record":{"version":4}}]}"#;
    let done = lib.restore(file, NOW, 1).unwrap();
    assert_eq!((done.newer, done.unreadable, done.added), (1, 1, 0));
    assert_eq!(lib.store.items, before);
}

#[test]
fn a_restore_that_runs_out_of_room_keeps_what_it_restored() {
    let (mut lib, _, _) = full_library();
    let file = lib.backup(NOW + 2).unwrap();
    let mut small = Library::new(MemoryStore::default());
    small.store.quota = Some(600);
    match small.restore(&file, NOW, 1) {
        Err(RestoreError::Store(StoreError::Full, _)) => {}
        other => panic!("expected a full store, got {other:?}"),
    }
    let listing = small.listing(NOW).unwrap();
    for s in &listing.canvases {
        assert!(small.load(&s.id, NOW).is_ok());
    }
    assert!(listing.canvases.len() < 2, "it stopped part way");
    // With room, restoring the same file again completes it.
    small.store.quota = None;
    small.restore(&file, NOW, 1).unwrap();
    assert_eq!(stored(&small), stored(&lib));
    assert!(small.store.items.contains_key(INDEX_KEY));
}

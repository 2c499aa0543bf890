//! The drafts library against an in-memory store: migration, healing,
//! quarantine, conflicts, a full quota, trash and snapshots.

use super::*;
use crate::core::canvas::kind::CanvasKind;
use crate::core::library::store::MemoryStore;

pub(super) const NOW: i64 = 1_795_000_000_000;
const V1_DRAFT: &str = r#"{"version":1,"canvas":{"title":"Acme L&D 2026","kind":"lmc-nine","notes":[{"id":1,"block":"key-partners","text":"IT service desk\nfor the LMS"},{"id":4,"block":"customer-segments","text":"Sales teams — EMEA"}]}}"#;

pub(super) fn library() -> Library<MemoryStore> {
    Library::new(MemoryStore::default())
}

pub(super) fn canvas(title: &str, notes: usize) -> Canvas {
    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    c.title = title.to_string();
    for i in 0..notes {
        let id = c.add_note("design");
        c.set_note_text(id, &format!("note {i}"));
    }
    c
}

fn quarantine_keys(lib: &Library<MemoryStore>) -> Vec<String> {
    lib.store
        .items
        .keys()
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .cloned()
        .collect()
}

#[test]
fn the_first_landings_draft_becomes_a_library_canvas() {
    let mut lib = library();
    lib.store.set(OLD_DRAFT_KEY, V1_DRAFT).unwrap();
    assert_eq!(lib.migrate(NOW, 7), Ok(None));
    assert_eq!(lib.store.get(OLD_DRAFT_KEY).unwrap(), None);
    let listing = lib.listing(NOW).unwrap();
    assert_eq!(listing.canvases.len(), 1);
    let s = &listing.canvases[0];
    assert_eq!(
        (s.id.as_str(), s.title.as_str(), s.notes),
        (MIGRATED_ID, "Acme L&D 2026", 2)
    );
    let (record, _) = lib.load(MIGRATED_ID, NOW).unwrap();
    assert_eq!(record.canvas.notes[1].text, "Sales teams — EMEA");
    // Running it again changes nothing.
    let before = lib.store.items.clone();
    lib.migrate(NOW + 1, 7).unwrap();
    assert_eq!(lib.store.items, before);
}

#[test]
fn a_migration_cut_short_does_not_make_a_second_copy() {
    let mut lib = library();
    lib.store.set(OLD_DRAFT_KEY, V1_DRAFT).unwrap();
    lib.migrate(NOW, 7).unwrap();
    // As if removing the old key had failed last time.
    lib.store.set(OLD_DRAFT_KEY, V1_DRAFT).unwrap();
    lib.migrate(NOW + 5, 7).unwrap();
    assert_eq!(lib.listing(NOW).unwrap().canvases.len(), 1);
    assert_eq!(lib.store.get(OLD_DRAFT_KEY).unwrap(), None);
}

#[test]
fn an_unreadable_old_draft_is_set_aside_byte_for_byte() {
    let mut lib = library();
    lib.store
        .set(OLD_DRAFT_KEY, "{\"version\":1,\"canv")
        .unwrap();
    let reason = lib.migrate(NOW, 7).unwrap().expect("the user is told why");
    assert!(reason.contains("not valid JSON"), "{reason}");
    let keys = quarantine_keys(&lib);
    assert_eq!(keys.len(), 1);
    assert_eq!(lib.store.items[&keys[0]], "{\"version\":1,\"canv");
    let listing = lib.listing(NOW).unwrap();
    assert!(listing.canvases.is_empty());
    assert_eq!(listing.damaged.len(), 1);
    assert_eq!(listing.damaged[0].set_aside, Some(NOW));
    assert!(listing.damaged[0].reason.contains("not valid JSON"));
    // The rest of the library works.
    lib.create(canvas("New", 0), NOW, 7).unwrap();
    assert_eq!(lib.listing(NOW).unwrap().canvases.len(), 1);
}

#[test]
fn the_list_is_newest_first_filters_by_title_and_keeps_the_trash_apart() {
    let mut lib = library();
    let (a, _) = lib.create(canvas("Acme 2026", 3), NOW, 1).unwrap();
    let (b, _) = lib.create(canvas("Acme 2027", 1), NOW + 10, 2).unwrap();
    let (c, _) = lib.create(canvas("Globex", 0), NOW + 5, 3).unwrap();
    lib.trash(&c, NOW + 20).unwrap();
    let listing = lib.listing(NOW + 30).unwrap();
    let active: Vec<&str> = listing.active().map(|s| s.id.as_str()).collect();
    assert_eq!(active, [b.as_str(), a.as_str()]);
    let found: Vec<&str> = listing
        .filtered(" aCME 2026")
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(found, ["Acme 2026"]);
    assert_eq!(listing.filtered("").count(), 2);
    let trashed: Vec<&str> = listing.trashed().map(|s| s.id.as_str()).collect();
    assert_eq!(trashed, [c.as_str()]);
    assert_eq!(
        listing.canvases.iter().find(|s| s.id == a).unwrap().notes,
        3
    );
}

#[test]
fn a_missing_or_damaged_index_is_rebuilt_from_the_records() {
    let mut lib = library();
    let (a, _) = lib.create(canvas("One", 1), NOW, 1).unwrap();
    let (b, _) = lib.create(canvas("Two", 2), NOW + 1, 2).unwrap();
    lib.store.remove(INDEX_KEY).unwrap();
    let ids: Vec<String> = lib
        .listing(NOW)
        .unwrap()
        .canvases
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(ids, [b.clone(), a.clone()]);
    assert!(
        lib.store.get(INDEX_KEY).unwrap().is_some(),
        "the index is written back"
    );

    lib.store.set(INDEX_KEY, "not json").unwrap();
    let listing = lib.listing(NOW + 2).unwrap();
    assert_eq!(listing.canvases.len(), 2);
    assert!(listing.damaged.iter().any(|d| d.raw == "not json"));
}

#[test]
fn index_entries_without_a_record_are_dropped() {
    let mut lib = library();
    let (a, _) = lib.create(canvas("One", 1), NOW, 1).unwrap();
    lib.store.remove(&canvas_key(&a)).unwrap();
    assert!(lib.listing(NOW).unwrap().canvases.is_empty());
    assert_eq!(lib.load(&a, NOW), Err(LoadError::Missing));
}

#[test]
fn a_damaged_record_is_set_aside_and_never_overwritten() {
    let mut lib = library();
    let (good, _) = lib.create(canvas("Good", 1), NOW, 1).unwrap();
    let (bad, _) = lib.create(canvas("Bad", 1), NOW, 2).unwrap();
    let damaged = r#"{"version":4,"canvas":{"title":"Cut short"}}"#;
    lib.store.set(&canvas_key(&bad), damaged).unwrap();
    match lib.load(&bad, NOW + 1) {
        Err(LoadError::Damaged(reason)) => assert!(reason.contains("missing"), "{reason}"),
        other => panic!("expected Damaged, got {other:?}"),
    }
    assert_eq!(lib.store.get(&canvas_key(&bad)).unwrap(), None);
    let listing = lib.listing(NOW + 2).unwrap();
    assert_eq!(listing.canvases.len(), 1);
    assert_eq!(listing.canvases[0].id, good);
    assert_eq!(listing.damaged.len(), 1);
    assert_eq!(listing.damaged[0].raw, damaged);
    // Saving under the same id starts afresh; the set-aside text stays.
    lib.save(&bad, &canvas("Again", 0), NOW + 3, None).unwrap();
    assert_eq!(lib.listing(NOW + 3).unwrap().damaged[0].raw, damaged);
    let key = listing.damaged[0].key.clone();
    lib.discard_damaged(&key).unwrap();
    assert!(lib.listing(NOW + 4).unwrap().damaged.is_empty());
}

#[test]
fn a_record_found_unreadable_while_listing_is_set_aside() {
    let mut lib = library();
    lib.store.set(&canvas_key("zz"), "garbage").unwrap();
    let listing = lib.listing(NOW).unwrap();
    assert!(listing.canvases.is_empty());
    assert_eq!(listing.damaged[0].raw, "garbage");
    assert_eq!(lib.store.get(&canvas_key("zz")).unwrap(), None);
}

#[test]
fn when_setting_aside_fails_the_damaged_text_stays_where_it_is() {
    let mut lib = library();
    lib.store.set(&canvas_key("zz"), "garbage").unwrap();
    lib.store.quota = Some(lib.store.used());
    let listing = lib.listing(NOW).unwrap();
    assert_eq!(listing.damaged.len(), 1);
    assert_eq!(listing.damaged[0].set_aside, None);
    assert_eq!(
        lib.store.get(&canvas_key("zz")).unwrap().as_deref(),
        Some("garbage")
    );
}

#[test]
fn a_save_over_a_record_changed_elsewhere_is_refused() {
    let mut lib = library();
    let (id, raw) = lib.create(canvas("Mine", 1), NOW, 1).unwrap();
    let theirs = lib
        .save(&id, &canvas("Theirs", 2), NOW + 1, Some(&raw))
        .unwrap();
    let before = lib.store.items.clone();
    assert_eq!(
        lib.save(&id, &canvas("Mine, edited", 3), NOW + 2, Some(&raw)),
        Err(SaveError::Conflict)
    );
    assert_eq!(lib.store.items, before);
    // Keeping mine as a copy leaves theirs in place.
    let (copy, _) = lib.create(canvas("Mine, edited", 3), NOW + 3, 9).unwrap();
    assert_eq!(lib.load(&id, NOW).unwrap().1, theirs);
    assert_eq!(lib.load(&copy, NOW).unwrap().0.canvas.notes.len(), 3);
    // A record deleted elsewhere is a conflict too, not a silent re-creation.
    lib.store.remove(&canvas_key(&id)).unwrap();
    assert_eq!(
        lib.save(&id, &canvas("x", 0), NOW, Some(&theirs)),
        Err(SaveError::Conflict)
    );
}

#[test]
fn a_full_store_refuses_the_save_and_keeps_what_was_stored() {
    let mut lib = library();
    let (id, raw) = lib.create(canvas("Kept", 2), NOW, 1).unwrap();
    lib.store.quota = Some(lib.store.used() + 10);
    let before = lib.store.items.clone();
    assert_eq!(
        lib.save(
            &id,
            &canvas("Much longer title than before", 40),
            NOW + 1,
            Some(&raw)
        ),
        Err(SaveError::Store(StoreError::Full))
    );
    assert_eq!(lib.store.items, before);
    assert_eq!(
        lib.create(canvas("New", 5), NOW, 2).map(drop),
        Err(StoreError::Full)
    );
    assert_eq!(lib.store.items, before);
}

#[test]
fn saving_keeps_the_creation_date_and_updates_the_summary() {
    let mut lib = library();
    let (id, raw) = lib.create(canvas("A", 0), NOW, 1).unwrap();
    lib.save(&id, &canvas("B", 4), NOW + 60_000, Some(&raw))
        .unwrap();
    let (record, _) = lib.load(&id, NOW).unwrap();
    assert_eq!((record.created, record.edited), (NOW, NOW + 60_000));
    let s = &lib.listing(NOW).unwrap().canvases[0];
    assert_eq!(
        (s.title.as_str(), s.notes, s.edited),
        ("B", 4, NOW + 60_000)
    );
}

#[test]
fn rename_duplicate_trash_untrash_and_empty_the_trash() {
    let mut lib = library();
    let (id, _) = lib.create(canvas("Plan", 2), NOW, 1).unwrap();
    lib.add_snapshot(&id, "v1", &canvas("Plan", 2), NOW)
        .unwrap();
    lib.rename(&id, "Plan 2027", NOW + 1).unwrap();
    let copy = lib.duplicate(&id, NOW + 2, 2).unwrap();
    assert_ne!(copy, id);
    let listing = lib.listing(NOW).unwrap();
    let titles: Vec<&str> = listing.active().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Copy of Plan 2027", "Plan 2027"]);

    lib.trash(&id, NOW + 3).unwrap();
    assert_eq!(lib.listing(NOW).unwrap().trashed().count(), 1);
    lib.untrash(&id, NOW + 4).unwrap();
    assert_eq!(lib.listing(NOW).unwrap().trashed().count(), 0);
    // A save after the delete (another tab still editing) takes it out of
    // the trash, so emptying the trash cannot lose that edit.
    lib.trash(&id, NOW + 5).unwrap();
    let raw = lib.load(&id, NOW).unwrap().1;
    lib.save(&id, &canvas("Plan 2027", 3), NOW + 6, Some(&raw))
        .unwrap();
    assert_eq!(lib.listing(NOW).unwrap().trashed().count(), 0);
    lib.trash(&id, NOW + 7).unwrap();

    lib.empty_trash(NOW + 7).unwrap();
    assert_eq!(lib.store.get(&canvas_key(&id)).unwrap(), None);
    assert_eq!(lib.store.get(&snapshots_key(&id)).unwrap(), None);
    let listing = lib.listing(NOW).unwrap();
    assert_eq!(listing.canvases.len(), 1);
    assert_eq!(listing.canvases[0].id, copy);
}

#[test]
fn restoring_a_snapshot_keeps_the_current_state_as_a_snapshot() {
    let mut lib = library();
    let (id, _) = lib.create(canvas("Plan", 1), NOW, 1).unwrap();
    let list = lib
        .add_snapshot(&id, "Before Q3 steering committee", &canvas("Plan", 1), NOW)
        .unwrap();
    let at = list[0].at;
    let current = canvas("Plan", 5);
    let restored = lib.restore_snapshot(&id, at, &current, NOW + 1).unwrap();
    assert_eq!(restored, canvas("Plan", 1));
    let list = lib.snapshots(&id, NOW).unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(
        list[1].label,
        "Before restoring “Before Q3 steering committee”"
    );
    assert_eq!(list[1].canvas, current);
    assert_eq!(
        lib.restore_snapshot(&id, 12345, &current, NOW),
        Err(LoadError::Missing)
    );
    // Two snapshots in the same millisecond still have distinct times.
    let list = lib.add_snapshot(&id, "again", &current, NOW).unwrap();
    assert!(list.windows(2).all(|w| w[0].at < w[1].at));
}

#[test]
fn unreadable_snapshots_are_set_aside_and_a_new_list_starts() {
    let mut lib = library();
    let (id, _) = lib.create(canvas("Plan", 1), NOW, 1).unwrap();
    lib.store.set(&snapshots_key(&id), "[oops").unwrap();
    assert!(matches!(
        lib.snapshots(&id, NOW),
        Err(LoadError::Damaged(_))
    ));
    assert_eq!(lib.snapshots(&id, NOW), Ok(vec![]));
    assert!(lib
        .listing(NOW)
        .unwrap()
        .damaged
        .iter()
        .any(|d| d.raw == "[oops"));
}

#[test]
fn ids_are_unique_even_when_random_bits_repeat() {
    let mut lib = library();
    let (a, _) = lib.create(canvas("A", 0), NOW, 42).unwrap();
    let (b, _) = lib.create(canvas("B", 0), NOW, 42).unwrap();
    assert_ne!(a, b);
    assert!(a.chars().all(|c| c.is_ascii_alphanumeric()));
}

//! The drafts library under any sequence of operations, any storage quota
//! and damaged records: no saved canvas is ever lost.

use super::tests::{canvas, library, NOW};
use super::*;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Create(u8),
    Save(usize, u8),
    Trash(usize),
    Untrash(usize),
    EmptyTrash,
    Snapshot(usize),
    Corrupt(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0u8..20).prop_map(Op::Create),
        (0usize..8, 0u8..30).prop_map(|(i, n)| Op::Save(i, n)),
        (0usize..8).prop_map(Op::Trash),
        (0usize..8).prop_map(Op::Untrash),
        Just(Op::EmptyTrash),
        (0usize..8).prop_map(Op::Snapshot),
        (0usize..8).prop_map(Op::Corrupt),
    ]
}

proptest! {
    /// Whatever happens, under any quota: a canvas whose save succeeded
    /// reads back exactly, until the user empties it from the trash.
    #[test]
    fn a_saved_canvas_is_never_lost(ops in prop::collection::vec(op(), 1..40), quota in 500usize..20_000) {
        let mut lib = library();
        lib.store.quota = Some(quota);
        // id -> (canvas, raw as last written, trashed)
        let mut model: Vec<(String, Canvas, String, bool)> = Vec::new();
        let mut corrupted: Vec<String> = Vec::new();
        for (step, op) in ops.into_iter().enumerate() {
            let now = NOW + step as i64;
            match op {
                Op::Create(n) => {
                    let c = canvas(&format!("c{step}"), n.into());
                    if let Ok((id, raw)) = lib.create(c.clone(), now, step as u64) {
                        model.push((id, c, raw, false));
                    }
                }
                Op::Save(i, n) if i < model.len() => {
                    let c = canvas("edited", n.into());
                    let (id, _, raw, _) = &model[i];
                    match lib.save(id, &c, now, Some(raw)) {
                        Ok(new_raw) => {
                            model[i].1 = c;
                            model[i].2 = new_raw;
                            // A save after a delete takes it out of the trash
                            // (if the index could be written).
                            let listing = lib.listing(now).unwrap();
                            model[i].3 = listing.trashed().any(|s| s.id == model[i].0);
                        }
                        Err(SaveError::Store(_)) => {}
                        Err(SaveError::Conflict) => prop_assert!(corrupted.contains(id)),
                    }
                }
                Op::Trash(i) | Op::Untrash(i) if i < model.len() => {
                    let id = model[i].0.clone();
                    let _ = if matches!(op, Op::Trash(_)) {
                        lib.trash(&id, now)
                    } else {
                        lib.untrash(&id, now)
                    };
                    // The trash state is in the record (and, if it could be
                    // written, the index): whatever failed, the model follows
                    // what is stored.
                    model[i].2 = lib.store.get(&canvas_key(&id)).unwrap().unwrap();
                    model[i].3 = lib.listing(now).unwrap().trashed().any(|s| s.id == id);
                }
                Op::EmptyTrash => {
                    let index_before = lib.store.get(INDEX_KEY).unwrap();
                    if lib.empty_trash(now).is_ok() {
                        model.retain(|m| !m.3);
                    } else {
                        // Nothing is removed before the index allows it... but
                        // records may already be gone: the index then drops them.
                        prop_assert_eq!(lib.store.get(INDEX_KEY).unwrap(), index_before);
                        model.retain(|m| !m.3 || lib.store.get(&canvas_key(&m.0)).unwrap().is_some());
                    }
                }
                Op::Snapshot(i) if i < model.len() => {
                    let _ = lib.add_snapshot(&model[i].0, "s", &model[i].1, now);
                }
                Op::Corrupt(i) if i < model.len() => {
                    let id = model[i].0.clone();
                    if lib.store.set(&canvas_key(&id), "{damaged").is_ok() {
                        corrupted.push(id.clone());
                        model.remove(i);
                    }
                }
                _ => {}
            }
        }
        for (id, c, raw, _) in &model {
            let (record, stored) = lib.load(id, NOW).expect("a saved canvas is still there");
            prop_assert_eq!(&record.canvas, c);
            prop_assert_eq!(&stored, raw);
        }
        let listing = lib.listing(NOW).unwrap();
        for (id, _, _, trashed) in &model {
            let entry = listing.canvases.iter().find(|s| &s.id == id);
            prop_assert!(entry.is_some(), "{} is listed", id);
            prop_assert_eq!(entry.unwrap().deleted.is_some(), *trashed);
        }
    }
}

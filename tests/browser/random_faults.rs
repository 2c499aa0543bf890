//! A randomized run over the real localStorage (issue 15): two pages'
//! libraries take turns at edits, new canvases, renames, trash, restore,
//! emptying the trash, snapshots, reloads and outside damage, while the
//! storage refuses writes at random (a full quota, a thrown error). After
//! every step, each canvas ever saved can still be found: in the list, in
//! the trash, or as a damaged item with its raw text; unless the trash was
//! emptied while it was in it.
//!
//! The two pages are two library handles in one page: they share the
//! storage as two tabs do, and know nothing of each other's state.

use crate::support::clear_library;
use lmc::browser::storage::LocalStorage;
use lmc::core::canvas::model::Canvas;
use lmc::core::library::drafts::{canvas_key, Library, SaveError};
use lmc::core::library::store::{KeyValueStore, StoreError};
use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use wasm_bindgen_test::*;

/// A seeded xorshift: the same run every time, and a failure names its seed.
#[derive(Clone)]
struct Dice(Rc<Cell<u64>>);

impl Dice {
    fn roll(&self, n: u64) -> u64 {
        let mut x = self.0.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0.set(x);
        x % n
    }
}

/// localStorage that refuses one write in `1/odds`, as full or throwing.
struct FaultyStore {
    inner: LocalStorage,
    dice: Dice,
    odds: u64,
}

impl FaultyStore {
    fn fault(&self) -> Result<(), StoreError> {
        match self.dice.roll(self.odds * 2) {
            0 => Err(StoreError::Full),
            1 => Err(StoreError::Other("thrown by the test".into())),
            _ => Ok(()),
        }
    }
}

impl KeyValueStore for FaultyStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.fault()?;
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.fault()?;
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
}

/// One tab: its library and the records as it last read or wrote them.
struct Page {
    lib: Library<FaultyStore>,
    synced: HashMap<String, String>,
}

fn page(dice: &Dice) -> Page {
    Page {
        lib: Library::new(FaultyStore {
            inner: LocalStorage::open().unwrap(),
            dice: dice.clone(),
            odds: 6,
        }),
        synced: HashMap::new(),
    }
}

fn canvas(title: String, notes: u64) -> Canvas {
    let mut c = Canvas {
        title,
        ..Canvas::default()
    };
    for i in 0..notes {
        let id = c.add_note("design");
        c.set_note_text(id, &format!("note {i}"));
    }
    c
}

/// Every canvas saved is still findable (see the module's doc).
fn check_found(seed: u64, step: usize, saved: &HashMap<String, String>, emptied: &HashSet<String>) {
    let mut lib = Library::new(LocalStorage::open().unwrap());
    let listing = lib.listing(9_000_000).unwrap();
    for (id, raw) in saved {
        if emptied.contains(id) {
            continue;
        }
        let listed = listing.canvases.iter().any(|s| &s.id == id);
        let stored = lib.store.get(&canvas_key(id)).unwrap();
        let as_damaged = listing.damaged.iter().any(|d| &d.raw == raw);
        assert!(
            (listed && stored.is_some()) || as_damaged,
            "seed {seed}, step {step}: {id} is lost (listed {listed}, stored {}, damaged {})",
            stored.is_some(),
            listing.damaged.len()
        );
    }
}

fn run(seed: u64, steps: usize) {
    clear_library();
    let dice = Dice(Rc::new(Cell::new(seed)));
    let mut pages = [page(&dice), page(&dice)];
    // id -> the raw text last written with success (the user's last word).
    let mut saved: HashMap<String, String> = HashMap::new();
    let mut emptied: HashSet<String> = HashSet::new();
    for step in 0..steps {
        let now = 1_000_000 + step as i64 * 10;
        let p = dice.roll(2) as usize;
        let ids: Vec<String> = saved.keys().cloned().collect();
        let pick = (!ids.is_empty()).then(|| ids[dice.roll(ids.len() as u64) as usize].clone());
        let page = &mut pages[p];
        match (dice.roll(9), pick) {
            (0, _) | (_, None) => {
                if let Ok((id, raw)) = page.lib.create(
                    canvas(format!("c{step}"), dice.roll(4)),
                    now,
                    dice.roll(u64::MAX),
                ) {
                    page.synced.insert(id.clone(), raw.clone());
                    saved.insert(id, raw);
                }
            }
            (1 | 2, Some(id)) => {
                let edit = canvas(format!("edited {step}"), dice.roll(6));
                let expected = page.synced.get(&id).cloned();
                match page.lib.save(&id, &edit, now, expected.as_deref()) {
                    Ok(raw) => {
                        page.synced.insert(id.clone(), raw.clone());
                        saved.insert(id, raw);
                    }
                    // As the conflict alert's "Keep mine as a copy".
                    Err(SaveError::Conflict) => {
                        if let Ok((copy, raw)) = page.lib.create(edit, now, dice.roll(u64::MAX)) {
                            page.synced.insert(copy.clone(), raw.clone());
                            saved.insert(copy, raw);
                        }
                    }
                    Err(SaveError::Store(_)) => {}
                }
            }
            (3, Some(id)) => {
                let _ = page.lib.rename(&id, &format!("renamed {step}"), now);
            }
            (4, Some(id)) => {
                let _ = page.lib.trash(&id, now);
            }
            (5, Some(id)) => {
                let _ = page.lib.untrash(&id, now);
            }
            (6, _) => {
                let trashed: Vec<String> = page
                    .lib
                    .listing(now)
                    .map(|l| l.trashed().map(|s| s.id.clone()).collect())
                    .unwrap_or_default();
                let _ = page.lib.empty_trash(now);
                for id in trashed {
                    if page.lib.store.get(&canvas_key(&id)).unwrap().is_none() {
                        emptied.insert(id);
                    }
                }
            }
            (7, Some(id)) => {
                if let Some(c) = page.lib.load(&id, now).ok().map(|(r, _)| r.canvas) {
                    let _ = page.lib.add_snapshot(&id, "s", &c, now);
                }
            }
            (_, Some(id)) => {
                if dice.roll(4) == 0 {
                    // Damage from outside the app: the raw text must be found.
                    let mut raw = LocalStorage::open().unwrap();
                    if raw.get(&canvas_key(&id)).unwrap().is_some() {
                        let damaged = format!("{{\"version\":4,\"cut\":{step}");
                        raw.set(&canvas_key(&id), &damaged).unwrap();
                        saved.insert(id, damaged);
                    }
                } else {
                    // A reload: the page forgets what it had read.
                    page.synced.clear();
                    for s in page
                        .lib
                        .listing(now)
                        .map(|l| l.canvases)
                        .unwrap_or_default()
                    {
                        if let Ok((_, raw)) = page.lib.load(&s.id, now) {
                            page.synced.insert(s.id, raw);
                        }
                    }
                }
            }
        }
        // What the library renames or trashes is the user's last word too.
        for (id, raw) in saved.iter_mut() {
            if let Ok(Some(now_raw)) = LocalStorage::open().unwrap().get(&canvas_key(id)) {
                *raw = now_raw;
            }
        }
        check_found(seed, step, &saved, &emptied);
    }
    clear_library();
}

#[wasm_bindgen_test]
async fn every_canvas_ever_saved_can_still_be_found_after_random_faults() {
    let _serial = crate::support::serial().await;
    for seed in [0x9e37_79b9_7f4a_7c15, 0xdead_beef_cafe_f00d, 42] {
        run(seed, 150);
    }
}

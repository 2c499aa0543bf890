//! Copies saved from share links. The library remembers which link each
//! copy came from (by the fingerprint of its canvas), so opening the same
//! link again offers the copy already made instead of silently making a
//! second one.
//!
//! Stored under `shared-copies`: `{"version":1,"copies":[{"link":"<fingerprint>","id":"<canvas id>"}]}`.
//! It is only a memory aid: if it cannot be read or written, copies are
//! still saved, and an unreadable one is set aside like any other record.

use crate::core::canvas::model::Canvas;
use crate::core::format::document::{read_as, versioned, FormatError};
use crate::core::format::index::{decode_index, Summary};
use crate::core::format::json::{self, Obj};
use crate::core::format::record::decode_record;
use crate::core::library::drafts::{canvas_key, Library, INDEX_KEY};
use crate::core::library::store::{KeyValueStore, StoreError};
use serde::{Deserialize, Serialize};

pub const SHARED_COPIES_KEY: &str = "learning-model-canvas.shared-copies";
const SHARED_COPIES_VERSION: i64 = 1;

/// One copy: the link's fingerprint and the canvas saved from it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyOfLink {
    pub link: String,
    pub id: String,
}

#[derive(Serialize, Deserialize)]
struct CopiesJson {
    #[serde(default, skip_deserializing)]
    version: i64,
    copies: Vec<Obj<CopyOfLink>>,
}

pub fn encode_copies(copies: &[CopyOfLink]) -> String {
    json::write(&CopiesJson {
        version: SHARED_COPIES_VERSION,
        copies: copies.iter().cloned().map(Obj).collect(),
    })
}

pub fn decode_copies(raw: &str) -> Result<Vec<CopyOfLink>, FormatError> {
    versioned(raw, SHARED_COPIES_VERSION)?;
    let Obj(list) = read_as::<Obj<CopiesJson>>(raw)?;
    Ok(list.copies.into_iter().map(|Obj(c)| c).collect())
}

impl<S: KeyValueStore> Library<S> {
    /// The newest copy saved from a link with this fingerprint that is still
    /// in My canvases (not deleted, not in the trash). Only reads.
    pub fn copy_of_link(&self, fingerprint: &str, now: i64) -> Option<Summary> {
        let copies = decode_copies(&self.store.get(SHARED_COPIES_KEY).ok()??).ok()?;
        let trashed: Vec<String> = self
            .store
            .get(INDEX_KEY)
            .ok()
            .flatten()
            .and_then(|raw| decode_index(&raw).ok())
            .map(|index| {
                index
                    .into_iter()
                    .filter(|s| s.deleted.is_some())
                    .map(|s| s.id)
                    .collect()
            })
            .unwrap_or_default();
        copies
            .iter()
            .rev()
            .filter(|c| c.link == fingerprint && !trashed.contains(&c.id))
            .find_map(|c| {
                let raw = self.store.get(&canvas_key(&c.id)).ok()??;
                let record = decode_record(&raw, now).ok()?;
                Some(Summary::of(&c.id, &record))
            })
    }

    /// Saves a link's canvas as a new canvas in My canvases and remembers
    /// which link it came from. Returns its id and stored text, like
    /// [`Library::create`]; never touches any other canvas.
    pub fn save_copy_of_link(
        &mut self,
        canvas: Canvas,
        fingerprint: &str,
        now: i64,
        random_bits: u64,
    ) -> Result<(String, String), StoreError> {
        let (id, raw) = self.create_as(
            canvas,
            crate::core::library::names::Arrival::FromLink,
            now,
            random_bits,
        )?;
        let mut copies = match self.store.get(SHARED_COPIES_KEY) {
            Ok(None) => Vec::new(),
            Ok(Some(old)) => match decode_copies(&old) {
                Ok(copies) => copies,
                // A newer version's list is left as it is (only the hint is lost).
                Err(FormatError::TooNew(..)) => return Ok((id, raw)),
                // Unreadable: set it aside unchanged, start a new list.
                Err(_) if self.quarantine(SHARED_COPIES_KEY, &old, now) => Vec::new(),
                Err(_) => return Ok((id, raw)),
            },
            Err(_) => return Ok((id, raw)),
        };
        // Forget copies that are gone for good, so the list stays short.
        copies.retain(|c| matches!(self.store.get(&canvas_key(&c.id)), Ok(Some(_))));
        copies.push(CopyOfLink {
            link: fingerprint.to_string(),
            id: id.clone(),
        });
        // The copy is saved; failing to remember its link only costs the hint.
        let _ = self.store.set(SHARED_COPIES_KEY, &encode_copies(&copies));
        Ok((id, raw))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::canvas::kind::CanvasKind;
    use crate::core::library::store::MemoryStore;

    const NOW: i64 = 1_795_000_000_000;

    fn shared() -> Canvas {
        let mut c = Canvas::new(CanvasKind::LearningModelFive);
        c.title = "Their canvas".into();
        let id = c.add_note("customers");
        c.set_note_text(id, "Plant managers");
        c
    }

    #[test]
    fn a_saved_copy_is_found_again_by_its_link() {
        let mut lib = Library::new(MemoryStore::default());
        let (mine, _) = lib.create(Canvas::default(), NOW, 1).unwrap();
        assert_eq!(lib.copy_of_link("abc", NOW), None);
        let (id, raw) = lib.save_copy_of_link(shared(), "abc", NOW + 1, 2).unwrap();
        assert_ne!(id, mine);
        assert_eq!(lib.load(&id, NOW).unwrap().0.canvas, shared());
        assert_eq!(lib.store.get(&canvas_key(&id)).unwrap(), Some(raw));
        let found = lib.copy_of_link("abc", NOW + 2).unwrap();
        assert_eq!((found.id, found.title), (id, "Their canvas".to_string()));
        assert_eq!(lib.copy_of_link("other", NOW), None);
        // my own canvas is untouched
        assert_eq!(lib.load(&mine, NOW).unwrap().0.canvas, Canvas::default());
    }

    #[test]
    fn a_copy_in_the_trash_or_gone_no_longer_counts() {
        let mut lib = Library::new(MemoryStore::default());
        let (id, _) = lib.save_copy_of_link(shared(), "abc", NOW, 2).unwrap();
        lib.trash(&id, NOW + 1).unwrap();
        assert_eq!(lib.copy_of_link("abc", NOW + 2), None);
        lib.untrash(&id, NOW + 3).unwrap();
        assert!(lib.copy_of_link("abc", NOW + 4).is_some());
        lib.trash(&id, NOW + 5).unwrap();
        lib.empty_trash(NOW + 6).unwrap();
        assert_eq!(lib.copy_of_link("abc", NOW + 7), None);
        // the next copy drops the entry of the one gone for good
        let (second, _) = lib.save_copy_of_link(shared(), "abc", NOW + 8, 3).unwrap();
        let raw = lib.store.get(SHARED_COPIES_KEY).unwrap().unwrap();
        let ids: Vec<String> = decode_copies(&raw)
            .unwrap()
            .into_iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(ids, [second]);
    }

    #[test]
    fn an_unreadable_list_is_set_aside_and_the_copy_still_saved() {
        let mut lib = Library::new(MemoryStore::default());
        lib.store.set(SHARED_COPIES_KEY, "{not json").unwrap();
        assert_eq!(lib.copy_of_link("abc", NOW), None);
        let (id, _) = lib.save_copy_of_link(shared(), "abc", NOW, 2).unwrap();
        assert!(lib.load(&id, NOW).is_ok());
        assert_eq!(lib.copy_of_link("abc", NOW).map(|s| s.id), Some(id));
        let aside: Vec<&String> = lib
            .store
            .items
            .iter()
            .filter(|(_, v)| v.as_str() == "{not json")
            .map(|(k, _)| k)
            .collect();
        assert_eq!(aside.len(), 1, "the unreadable list is kept byte for byte");
    }

    #[test]
    fn a_full_storage_saves_nothing_and_changes_nothing() {
        let mut lib = Library::new(MemoryStore::default());
        let (mine, _) = lib.create(Canvas::default(), NOW, 1).unwrap();
        let before = lib.store.items.clone();
        lib.store.quota = Some(lib.store.used());
        assert_eq!(
            lib.save_copy_of_link(shared(), "abc", NOW, 2),
            Err(StoreError::Full)
        );
        assert_eq!(lib.store.items, before);
        assert!(lib.load(&mine, NOW).is_ok());
    }

    #[test]
    fn a_newer_versions_list_is_left_as_it_is() {
        let mut lib = Library::new(MemoryStore::default());
        let newer = r#"{"version":2,"copies":[],"pinned":[]}"#;
        lib.store.set(SHARED_COPIES_KEY, newer).unwrap();
        lib.save_copy_of_link(shared(), "f1", 1, 1).unwrap();
        assert_eq!(
            lib.store.get(SHARED_COPIES_KEY).unwrap().as_deref(),
            Some(newer)
        );
        assert!(lib.listing(2).unwrap().damaged.is_empty());
    }

    #[test]
    fn the_list_format_round_trips_and_refuses_a_newer_version() {
        let copies = vec![CopyOfLink {
            link: "0123456789abcdef".into(),
            id: "k3j4h5g6f7".into(),
        }];
        assert_eq!(decode_copies(&encode_copies(&copies)), Ok(copies));
        assert!(matches!(
            decode_copies(r#"{"version":2,"copies":[]}"#),
            Err(FormatError::TooNew(2, 1))
        ));
    }
}

//! Stored work that cannot be opened is said, never hidden (issue 15): a
//! damaged canvas this tab had open, one a newer version of the app saved,
//! an old draft that cannot be moved for lack of room; and index writes
//! wait for the lock another tab holds.

use crate::support::{clear_library, fill_storage, mount_editor, next_tick, unfill};
use leptos::prelude::*;
use lmc::browser::locks::INDEX_LOCK;
use lmc::browser::storage::LocalStorage;
use lmc::core::canvas::model::Canvas;
use lmc::core::library::drafts::{canvas_key, Library, INDEX_KEY, OLD_DRAFT_KEY};
use lmc::core::library::store::KeyValueStore;
use lmc::ui::library::actions::{delete_canvas, open_or_explain, start};
use wasm_bindgen_test::*;

fn lib() -> Library<LocalStorage> {
    Library::new(LocalStorage::open().unwrap())
}

fn titled(title: &str) -> Canvas {
    Canvas {
        title: title.into(),
        ..Canvas::default()
    }
}

fn alerts(container: &web_sys::HtmlElement) -> Vec<String> {
    let found = container.query_selector_all("[role=alert]").unwrap();
    (0..found.length())
        .filter_map(|i| found.item(i).and_then(|n| n.text_content()))
        .collect()
}

fn stored(key: &str) -> Option<String> {
    lib().store.get(key).unwrap()
}

#[wasm_bindgen_test]
async fn a_damaged_canvas_this_tab_had_open_is_said_and_stays_said() {
    let _serial = crate::support::serial().await;
    clear_library();
    let (kept, _) = lib().create(titled("Kept"), 1_000, 901).unwrap();
    let (broken, _) = lib().create(titled("Broken"), 2_000, 902).unwrap();
    lib()
        .store
        .set(&canvas_key(&broken), "{\"version\":4,\"canv")
        .unwrap();
    let (container, state) = mount_editor(Canvas::default());
    start(state, Some(broken.clone()));
    next_tick().await;
    let said = alerts(&container);
    assert!(
        said.iter()
            .any(|a| a.contains("this tab had open could not be opened")),
        "{said:?}"
    );
    assert_eq!(
        state.doc.canvas_id.get_untracked().as_deref(),
        Some(kept.as_str())
    );
    // Opening it again from the list says so too, and the first alert stays.
    open_or_explain(state, &kept);
    next_tick().await;
    assert!(alerts(&container)
        .iter()
        .any(|a| a.contains("this tab had open")));
    let listing = lib().listing(3_000).unwrap();
    assert_eq!(listing.damaged.len(), 1, "listed under Damaged");
    assert_eq!(listing.damaged[0].raw, "{\"version\":4,\"canv");
    container.remove();
    clear_library();
}

const NEWER: &str =
    r#"{"version":99,"created":1,"edited":2,"canvas":{"title":"Tomorrow's canvas"}}"#;

#[wasm_bindgen_test]
async fn a_canvas_saved_by_a_newer_version_offers_a_reload_and_is_left_alone() {
    let _serial = crate::support::serial().await;
    clear_library();
    let (mine, _) = lib().create(titled("Mine"), 1_000, 903).unwrap();
    let (theirs, _) = lib().create(titled("Theirs"), 2_000, 904).unwrap();
    lib().store.set(&canvas_key(&theirs), NEWER).unwrap();
    let (container, state) = mount_editor(Canvas::default());
    start(state, Some(mine.clone()));
    open_or_explain(state, &theirs);
    next_tick().await;
    let said = alerts(&container);
    assert!(
        said.iter().any(|a| a.contains("newer version of the app")),
        "{said:?}"
    );
    let reload = container.query_selector(".alert button").unwrap().unwrap();
    assert_eq!(reload.text_content().as_deref(), Some("Reload"));
    assert_eq!(stored(&canvas_key(&theirs)).as_deref(), Some(NEWER));
    assert_eq!(
        state.doc.canvas_id.get_untracked().as_deref(),
        Some(mine.as_str())
    );
    assert!(lib().listing(3_000).unwrap().damaged.is_empty());
    container.remove();
    clear_library();
}

#[wasm_bindgen_test]
async fn an_old_draft_that_finds_no_room_stays_and_the_editor_still_opens() {
    let _serial = crate::support::serial().await;
    clear_library();
    let (other, _) = lib().create(titled("Other"), 1_000, 905).unwrap();
    let draft = r#"{"version":1,"canvas":{"title":"First landing","kind":"lmc-nine","notes":[{"id":1,"block":"design","text":"kept"}]}}"#;
    lib().store.set(OLD_DRAFT_KEY, draft).unwrap();
    let (filled, _) = fill_storage();
    let (container, state) = mount_editor(Canvas::default());
    start(state, None);
    next_tick().await;
    let said = alerts(&container);
    unfill(&filled);
    assert!(
        said.iter()
            .any(|a| a.contains("could not be moved into My canvases")),
        "{said:?}"
    );
    assert_eq!(stored(OLD_DRAFT_KEY).as_deref(), Some(draft));
    assert_eq!(
        state.doc.canvas_id.get_untracked().as_deref(),
        Some(other.as_str())
    );
    container.remove();
    clear_library();
}

#[wasm_bindgen_test]
async fn a_trash_waits_for_the_index_lock_another_tab_holds() {
    let _serial = crate::support::serial().await;
    clear_library();
    let (a, _) = lib().create(titled("A"), 1_000, 906).unwrap();
    let (container, state) = mount_editor(Canvas::default());
    // Another tab holds the lock until it is released below.
    js_sys::eval(&format!(
        "navigator.locks.request('{INDEX_LOCK}', () => new Promise(r => {{ window.lmcRelease = r; }}))"
    ))
    .unwrap();
    // Until the browser grants it.
    for _ in 0..100 {
        if js_sys::eval("typeof window.lmcRelease === 'function'")
            .unwrap()
            .as_bool()
            == Some(true)
        {
            break;
        }
        next_tick().await;
    }
    let before = stored(INDEX_KEY);
    delete_canvas(state, &a, "A", |e| panic!("{e}"));
    next_tick().await;
    assert_eq!(
        stored(INDEX_KEY),
        before,
        "nothing written while the lock is held"
    );
    js_sys::eval("window.lmcRelease()").unwrap();
    next_tick().await;
    let listing = lib().listing(2_000).unwrap();
    assert_eq!(
        listing.trashed().map(|s| s.id.clone()).collect::<Vec<_>>(),
        [a]
    );
    container.remove();
    clear_library();
}

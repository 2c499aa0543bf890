//! Browser tests (wasm-bindgen-test in headless Chromium): the localStorage
//! adapter and the drafts library against real storage (a full quota
//! included), and the components in a real DOM.
use leptos::prelude::*;
use lmc::browser::storage::{self, LocalStorage};
use lmc::core::canvas::kind::CanvasKind;
use lmc::core::canvas::model::Canvas;
use lmc::core::library::drafts::{canvas_key, Library, SaveError, INDEX_KEY};
use lmc::core::library::store::{KeyValueStore, StoreError};
use lmc::ui::state::EditorState;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlTextAreaElement};

use crate::support::{document, fill_storage, mount_board, mount_stored_editor, next_tick, unfill};

const TEST_KEY: &str = "learning-model-canvas.test";

#[wasm_bindgen_test]
fn storage_round_trips_and_removes() {
    storage::write(TEST_KEY, "héllo\nwörld").unwrap();
    assert_eq!(
        storage::read(TEST_KEY).unwrap().as_deref(),
        Some("héllo\nwörld")
    );
    storage::remove(TEST_KEY).unwrap();
    assert_eq!(storage::read(TEST_KEY).unwrap(), None);
}

/// Fills localStorage to the last few bytes with filler keys; returns them
/// (to remove afterwards) and the error the browser gave when it was full.
#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_full_and_keeps_what_was_stored() {
    storage::write(TEST_KEY, "kept").unwrap();
    let (filled, error) = fill_storage();
    unfill(&filled);
    assert_eq!(error, Some(StoreError::Full), "storage never filled up");
    assert_eq!(storage::read(TEST_KEY).unwrap().as_deref(), Some("kept"));
    storage::remove(TEST_KEY).unwrap();
}

#[wasm_bindgen_test]
fn the_library_works_on_real_local_storage() {
    let mut lib = Library::new(LocalStorage::open().unwrap());
    let mut canvas = Canvas {
        title: "Browser test canvas".into(),
        ..Canvas::default()
    };
    let (id, raw) = lib.create(canvas.clone(), 1_000, 99).unwrap();
    assert!(lib.store.keys().unwrap().contains(&canvas_key(&id)));
    let listing = lib.listing(2_000).unwrap();
    assert!(listing
        .active()
        .any(|s| s.id == id && s.title == "Browser test canvas"));
    canvas.add_note("design");
    let raw2 = lib.save(&id, &canvas, 3_000, Some(&raw)).unwrap();
    assert_eq!(
        lib.save(&id, &canvas, 4_000, Some(&raw)),
        Err(SaveError::Conflict)
    );
    assert_eq!(lib.load(&id, 0).unwrap().1, raw2);
    lib.trash(&id, 5_000).unwrap();
    lib.empty_trash(6_000).unwrap();
    assert_eq!(lib.store.get(&canvas_key(&id)).unwrap(), None);
}

#[wasm_bindgen_test]
fn a_full_storage_refuses_a_library_save_and_loses_nothing() {
    let mut lib = Library::new(LocalStorage::open().unwrap());
    let (id, raw) = lib.create(Canvas::default(), 1_000, 7).unwrap();
    let index_before = storage::read(INDEX_KEY).unwrap();
    let (filled, error) = fill_storage();
    assert_eq!(error, Some(StoreError::Full));
    let mut bigger = Canvas::default();
    for _ in 0..10 {
        let n = bigger.add_note("design");
        bigger.set_note_text(n, "a note that does not fit");
    }
    let result = lib.save(&id, &bigger, 2_000, Some(&raw));
    unfill(&filled);
    assert!(
        matches!(result, Err(SaveError::Store(StoreError::Full))),
        "the save is refused"
    );
    assert!(
        lib.load(&id, 0).unwrap().1 == raw,
        "the stored canvas is intact"
    );
    assert_eq!(storage::read(INDEX_KEY).unwrap(), index_before);
    lib.trash(&id, 3_000).unwrap();
    lib.empty_trash(3_000).unwrap();
}

#[wasm_bindgen_test]
async fn when_storage_is_full_the_editor_keeps_the_edit_and_says_so() {
    let _serial = crate::support::serial().await;
    let editor = mount_stored_editor(5);
    let (container, state, id, raw) = (
        editor.container.clone(),
        editor.state,
        editor.id.clone(),
        editor.raw.clone(),
    );
    let mut lib = Library::new(LocalStorage::open().unwrap());
    next_tick().await;

    let (filled, error) = fill_storage();
    assert_eq!(error, Some(StoreError::Full));
    state.add_note("key-partners").unwrap();
    state
        .doc
        .canvas
        .update(|c| c.notes[0].text = "kept in memory".into());
    for _ in 0..30 {
        next_tick().await;
    }
    let alert = container
        .query_selector("[role=alert]")
        .unwrap()
        .map(|a| a.text_content().unwrap());
    let stored = lib.load(&id, 0).map(|(_, r)| r);
    unfill(&filled);
    let alert = alert.expect("an alert about the failed save");
    assert!(alert.contains("not saved"), "{alert}");
    assert!(alert.contains("full"), "{alert}");
    assert!(alert.contains("Download this canvas"), "{alert}");
    assert_eq!(stored, Ok(raw), "the stored canvas is untouched");
    assert_eq!(
        state.doc.canvas.with_untracked(|c| c.notes[0].text.clone()),
        "kept in memory"
    );
    let status = container.query_selector(".save-status").unwrap().unwrap();
    assert_eq!(status.text_content().unwrap(), "Not saved");
    // With room again, the next edit saves.
    state
        .doc
        .canvas
        .update(|c| c.notes[0].text = "kept in memory, saved".into());
    for _ in 0..30 {
        next_tick().await;
    }
    assert!(container.query_selector("[role=alert]").unwrap().is_none());
    let (record, _) = lib.load(&id, 0).unwrap();
    assert_eq!(record.canvas.notes[0].text, "kept in memory, saved");
    editor.remove();
}

fn by_label<T: JsCast>(root: &HtmlElement, label: &str) -> Vec<T> {
    let list = root
        .query_selector_all(&format!("[aria-label=\"{label}\"]"))
        .unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

#[wasm_bindgen_test]
async fn the_board_shows_nine_labelled_blocks_with_questions() {
    let _serial = crate::support::serial().await;
    let (root, _) = mount_board(Canvas::default());
    let regions = root.query_selector_all("section[aria-labelledby]").unwrap();
    assert_eq!(regions.length(), 9);
    let heading = document().get_element_by_id("block-key-partners").unwrap();
    assert_eq!(heading.text_content().unwrap(), "Key Partners");
    let kp = document().get_element_by_id("key-partners-block").unwrap();
    assert_eq!(
        kp.get_attribute("aria-labelledby").unwrap(),
        "block-key-partners"
    );
    // An empty block offers its questions as a prompt.
    assert_eq!(
        kp.query_selector_all(".questions.prompt li")
            .unwrap()
            .length(),
        3
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn adding_a_note_focuses_it_and_typing_updates_the_model() {
    let _serial = crate::support::serial().await;
    let (root, state) = mount_board(Canvas::default());
    let add: Vec<HtmlElement> = by_label(&root, "Add note to Key Partners");
    assert_eq!(add.len(), 1);
    add[0].click();
    next_tick().await;
    let notes: Vec<HtmlTextAreaElement> = by_label(&root, "Note in Key Partners");
    assert_eq!(notes.len(), 1);
    let active = document().active_element().unwrap();
    assert!(
        active.is_same_node(Some(&notes[0])),
        "the new note has focus"
    );

    notes[0].set_value("IT service desk");
    notes[0]
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    let stored = state.doc.canvas.with_untracked(|c| c.notes[0].clone());
    assert_eq!(stored.block, "key-partners");
    assert_eq!(stored.text, "IT service desk");

    let delete: Vec<HtmlElement> = by_label(&root, "Delete note");
    delete[0].click();
    next_tick().await;
    assert!(state.doc.canvas.with_untracked(|c| c.notes.is_empty()));
    assert!(by_label::<HtmlElement>(&root, "Note in Key Partners").is_empty());
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_kind_keeps_notes_aside_and_brings_them_back() {
    let _serial = crate::support::serial().await;
    let mut canvas = Canvas::default();
    let id = canvas.add_note("value-proposition");
    canvas.set_note_text(id, "Faster onboarding");
    let (root, state) = mount_board(canvas);
    state
        .doc
        .canvas
        .update(|c| c.kind = CanvasKind::LearningModelFive);
    next_tick().await;
    assert_eq!(
        root.query_selector_all(".board section").unwrap().length(),
        5
    );
    let stray: Vec<HtmlTextAreaElement> = by_label(&root, "Note in Value Proposition");
    assert_eq!(stray.len(), 1);
    assert_eq!(stray[0].value(), "Faster onboarding");
    assert!(root.query_selector(".stray-notes").unwrap().is_some());

    state
        .doc
        .canvas
        .update(|c| c.kind = CanvasKind::LearningModelNine);
    next_tick().await;
    assert!(root.query_selector(".stray-notes").unwrap().is_none());
    let back = document()
        .get_element_by_id("value-proposition-block")
        .unwrap();
    assert_eq!(back.query_selector_all("textarea").unwrap().length(), 1);
    root.remove();
}

/// The address adapter in a real page: a link's fragment is read back
/// whole, and taking it off leaves no `#` and no history step.
#[wasm_bindgen_test]
fn a_share_fragment_round_trips_through_the_address() {
    use lmc::browser::location::{clear_fragment, current_fragment, link_with_fragment};
    use lmc::core::share;
    use lmc::ui::navigation::SharedLink;

    let mut canvas = Canvas::new(CanvasKind::LearningModelFive);
    canvas.title = "Über-Canvas «test»".into();
    let id = canvas.add_note("customers");
    canvas.set_note_text(id, "Pflegekräfte\nnurses");
    let fragment = share::encode(&canvas).unwrap();
    let link = link_with_fragment(&fragment);
    assert!(link.ends_with(&format!("#{fragment}")), "{link}");
    assert_eq!(link.matches('#').count(), 1);

    let history = web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .length()
        .unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&fragment)
        .unwrap();
    assert_eq!(current_fragment(), fragment);
    let opened = SharedLink::from_fragment(&current_fragment()).expect("a canvas link");
    assert_eq!(opened.canvas, Ok(canvas.clone()));
    assert_eq!(opened.fingerprint, share::fingerprint(&canvas));

    // Rejoined from a wrapped e-mail: the browser keeps the space as %20.
    let spaced = format!("{} {}", &fragment[..20], &fragment[20..]);
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&spaced)
        .unwrap();
    assert!(web_sys::window()
        .unwrap()
        .location()
        .hash()
        .unwrap()
        .contains("%20"));
    assert_eq!(share::decode(&current_fragment()), Ok(canvas.clone()));

    clear_fragment();
    assert_eq!(current_fragment(), "");
    assert!(!web_sys::window()
        .unwrap()
        .location()
        .href()
        .unwrap()
        .contains('#'));
    assert_eq!(
        web_sys::window()
            .unwrap()
            .history()
            .unwrap()
            .length()
            .unwrap(),
        history + 2,
        "setting the hash twice added two steps; clearing it added none"
    );
    assert_eq!(SharedLink::from_fragment(""), None);
}

/// The Share dialog on a real DOM: the link in a read-only "Share link"
/// box that opens as this canvas, and its length.
#[wasm_bindgen_test]
async fn the_share_dialog_shows_a_link_that_opens_as_this_canvas() {
    let _serial = crate::support::serial().await;
    use lmc::core::share;
    use lmc::ui::sharing::share_dialog::ShareDialog;

    let mut canvas = Canvas {
        title: "Dialog test".into(),
        ..Canvas::default()
    };
    let id = canvas.add_note("delivery");
    canvas.set_note_text(id, "Webinars every Tuesday");
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let state = EditorState::new(canvas.clone());
    let handle = leptos::mount::mount_to(container.clone(), move || {
        state.provide();
        view! { <ShareDialog /> }
    });
    next_tick().await;
    let dialog = container
        .query_selector("dialog[open]")
        .unwrap()
        .expect("an open dialog");
    let heading = dialog.get_attribute("aria-labelledby").unwrap();
    assert_eq!(
        document()
            .get_element_by_id(&heading)
            .unwrap()
            .text_content()
            .unwrap(),
        "Share"
    );
    let area: HtmlTextAreaElement = container
        .query_selector("#share-link")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(area.read_only());
    let label = container
        .query_selector("label[for=share-link]")
        .unwrap()
        .unwrap();
    assert_eq!(label.text_content().unwrap(), "Share link");
    let link = area.value();
    let fragment = link.split_once('#').unwrap().1;
    let mut expected = canvas;
    expected.notes[0].id = 1;
    // Sharing gave the canvas a lineage, which the link carries (format 5).
    let (mut opened, envelope) = share::open(fragment).expect("the link opens");
    assert!(fragment.starts_with("c5."), "{fragment}");
    assert_eq!(envelope.map(|e| e.by), Some(None), "no name unless given");
    assert!(opened.lineage.take().is_some());
    assert_eq!(opened, expected);
    let length = container.query_selector(".share-length").unwrap().unwrap();
    assert_eq!(
        length.text_content().unwrap(),
        format!("{} characters", link.chars().count())
    );
    drop(handle);
    container.remove();
}

//! Limits met where things are added (issue 15): the control says why and
//! the canvas stays as it was. And the backup part of My canvases: the
//! reminder while work was never backed up, gone after a backup.

use crate::support::{clear_library, container, mount_board, next_tick};
use leptos::prelude::*;
use lmc::browser::storage::LocalStorage;
use lmc::core::canvas::model::{Canvas, Note, NoteId};
use lmc::core::library::backup::LAST_BACKUP_KEY;
use lmc::core::library::drafts::Library;
use lmc::core::library::store::KeyValueStore;
use lmc::core::share::limits::{canvas_bytes, MAX_NOTES, MAX_PAYLOAD_BYTES};
use lmc::ui::library::backup::BackupSection;
use lmc::ui::library::listing::{ListError, ListingMemo};
use lmc::ui::state::Saving;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlTextAreaElement};

fn first<T: JsCast>(root: &HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn a_full_canvas_refuses_another_note_at_the_button() {
    let _serial = crate::support::serial().await;
    let canvas = Canvas {
        notes: (1..=MAX_NOTES as NoteId)
            .map(|i| Note::new(i, "design", ""))
            .collect(),
        ..Canvas::default()
    };
    let (root, state) = mount_board(canvas);
    next_tick().await;
    let add: HtmlElement = first(&root, "[aria-label=\"Add note to Key Partners\"]");
    add.click();
    next_tick().await;
    assert_eq!(
        state.doc.canvas.with_untracked(|c| c.notes.len()),
        MAX_NOTES
    );
    let said: HtmlElement = first(&root, ".limit-note[role=alert]");
    assert!(said.text_content().unwrap().contains("5000 notes"));
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_past_what_a_link_can_carry_is_refused_at_the_note() {
    let _serial = crate::support::serial().await;
    let mut canvas = Canvas::default();
    let id = canvas.add_note("design");
    let room = MAX_PAYLOAD_BYTES - canvas_bytes(&canvas);
    canvas.set_note_text(id, &"a".repeat(room));
    assert_eq!(canvas_bytes(&canvas), MAX_PAYLOAD_BYTES);
    let (root, state) = mount_board(canvas);
    next_tick().await;
    let note: HtmlTextAreaElement = first(&root, "[aria-label=\"Note in Design\"]");
    note.set_value(&"a".repeat(room + 1));
    note.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    next_tick().await;
    assert_eq!(
        state.doc.canvas.with_untracked(|c| c.notes[0].text.len()),
        room
    );
    assert_eq!(note.value().len(), room, "the field shows what is kept");
    let said: HtmlElement = first(&root, ".limit-note[role=alert]");
    assert!(said.text_content().unwrap().contains("as much text"));
    // Shortening is always allowed, and clears the message.
    note.set_value("short");
    note.dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    next_tick().await;
    assert_eq!(
        state.doc.canvas.with_untracked(|c| c.notes[0].text.clone()),
        "short"
    );
    assert!(root.query_selector(".limit-note").unwrap().is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn my_canvases_reminds_of_work_never_backed_up_until_a_backup() {
    let _serial = crate::support::serial().await;
    clear_library();
    let mut lib = Library::new(LocalStorage::open().unwrap());
    let mut c = Canvas::default();
    let id = c.add_note("design");
    c.set_note_text(id, "Onboarding for field engineers");
    lib.create(c, 1_000, 907).unwrap();
    let container = container();
    let handle = leptos::mount::mount_to(container.clone(), move || {
        let saving = Saving::default();
        provide_context(saving);
        provide_context(ListError(RwSignal::new(None)));
        let listing: ListingMemo = Memo::new(move |_| {
            saving.track_library();
            Library::new(LocalStorage::open().unwrap()).listing(2_000)
        });
        view! { <BackupSection listing /> }
    });
    handle.forget();
    next_tick().await;
    let text = container.text_content().unwrap();
    assert!(text.contains("never been backed up"), "{text}");
    assert!(text.contains("MB"), "the storage used is shown: {text}");
    let back_up: HtmlElement = first(&container, ".backup-actions button");
    assert_eq!(
        back_up.text_content().as_deref(),
        Some("Back up all canvases")
    );
    back_up.click();
    next_tick().await;
    assert!(lib.store.get(LAST_BACKUP_KEY).unwrap().is_some());
    assert!(!container
        .text_content()
        .unwrap()
        .contains("never been backed up"));
    container.remove();
    clear_library();
}

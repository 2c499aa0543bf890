//! End-to-end tests of editing beyond typing: undo and redo (buttons and
//! keyboard), with typing undone a word at a time; find, focus, themes and
//! shortcuts (moving notes: `moving.rs`).
use crate::support::App;
use fantoccini::key::Key;
use serde_json::json;

fn notes_in(block: &str) -> String {
    format!(
        "return [...document.querySelectorAll('[aria-label=\"Note in {block}\"]')].map(n => n.value)"
    )
}

/// Whether the toolbar button `name` is enabled.
fn enabled(name: &str) -> String {
    format!(
        "return [...document.querySelectorAll('.toolbar button')].find(b => b.textContent === '{name}').disabled === false"
    )
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn undo_and_redo_walk_back_and_forth_through_changes() {
    let app = App::open().await;
    app.fresh_start().await;
    assert_eq!(
        app.js(&enabled("Undo")).await,
        json!(false),
        "nothing to undo yet"
    );

    let note = app.add_note("Design", "Agile sprints").await;
    app.eventually(&notes_in("Design"), json!(["Agile sprints"]))
        .await;
    app.eventually(&enabled("Undo"), json!(true)).await;

    // Typing comes back a word at a time, then the note itself goes.
    app.click_button("Undo").await;
    app.eventually(&notes_in("Design"), json!(["Agile "])).await;
    app.click_button("Undo").await;
    app.eventually(&notes_in("Design"), json!([""])).await;
    app.click_button("Undo").await;
    app.eventually(&notes_in("Design"), json!([])).await;
    assert_eq!(app.js(&enabled("Undo")).await, json!(false));

    // Redo, from the keyboard: Ctrl+Shift+Z three times.
    let body = app.wait_for("body").await;
    for _ in 0..3 {
        body.send_keys(&format!("{}{}z{}", Key::Control, Key::Shift, Key::Null))
            .await
            .expect("Ctrl+Shift+Z");
    }
    app.eventually(&notes_in("Design"), json!(["Agile sprints"]))
        .await;
    assert_eq!(app.js(&enabled("Redo")).await, json!(false));

    // Ctrl+Z inside the note undoes the canvas's step, not the browser's.
    drop(note);
    let note = app.by_name("Note in Design").await;
    note.send_keys(&format!("{}z{}", Key::Control, Key::Null))
        .await
        .expect("Ctrl+Z");
    app.eventually(&notes_in("Design"), json!(["Agile "])).await;

    // A delete is undone too, and what is shown is what is saved.
    app.add_note("Key Partners", "IT").await;
    app.client
        .find(fantoccini::Locator::Css("#key-partners-block .note-delete"))
        .await
        .expect("the delete button")
        .click()
        .await
        .expect("delete");
    app.eventually(&notes_in("Key Partners"), json!([])).await;
    app.click_button("Undo").await;
    app.eventually(&notes_in("Key Partners"), json!(["IT"]))
        .await;
    app.wait_saved().await;
    app.reload().await;
    assert_eq!(app.js(&notes_in("Key Partners")).await, json!(["IT"]));
    assert_eq!(app.js(&notes_in("Design")).await, json!(["Agile "]));
    assert_eq!(
        app.js(&enabled("Undo")).await,
        json!(false),
        "a reload starts a new history"
    );
    app.close().await;
}

/// The notes on the page that a person can see, by their text.
const VISIBLE_NOTES: &str = "return [...document.querySelectorAll('.note-text')].filter(n => n.offsetParent !== null).map(n => n.value)";

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn find_notes_keeps_and_marks_the_matching_notes_across_blocks() {
    let app = App::open().await;
    app.fresh_start().await;
    app.add_note("Customer Segments", "Sales managers").await;
    app.add_note("Key Partners", "IT for the LMS").await;
    app.add_note("Business Outcomes", "More sales per rep")
        .await;
    let find = app.by_name("Find notes").await;
    find.send_keys("SALES").await.expect("type the search");
    app.eventually(
        VISIBLE_NOTES,
        json!(["Sales managers", "More sales per rep"]),
    )
    .await;
    assert_eq!(
        app.js("return document.querySelector('.find-count').textContent")
            .await,
        json!("2 of 3 notes match")
    );
    assert_eq!(
        app.js("return document.querySelectorAll('.note.found').length")
            .await,
        json!(2)
    );
    app.screenshot("find-notes").await;
    // Escape in the box shows every note again.
    find.send_keys(&Key::Escape.to_string())
        .await
        .expect("Escape");
    app.eventually(
        "return document.querySelectorAll('.note-text').length === 3 && document.querySelectorAll('.note.not-found').length",
        json!(0),
    )
    .await;
    // Adding a note while searching ends the search, so the new note shows.
    find.send_keys("IT").await.expect("search again");
    app.eventually(VISIBLE_NOTES, json!(["IT for the LMS"]))
        .await;
    app.add_note("Design", "Coaching").await;
    app.eventually(
        "return document.querySelectorAll('.note-text').length === 4 && document.querySelectorAll('.note.not-found').length",
        json!(0),
    )
    .await;
    app.close().await;
}

/// The titles of the blocks a person can see.
const VISIBLE_BLOCKS: &str = "return [...document.querySelectorAll('.board .block')].filter(b => b.offsetParent !== null).map(b => b.querySelector('h2').textContent)";

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn focus_block_fills_the_canvas_and_escape_brings_the_canvas_back() {
    let app = App::open().await;
    app.fresh_start().await;
    app.by_name("Focus block Key Partners")
        .await
        .click()
        .await
        .expect("Focus");
    app.eventually(VISIBLE_BLOCKS, json!(["Key Partners"]))
        .await;
    assert_eq!(
        app.js(
            "const b = document.querySelector('#key-partners-block').getBoundingClientRect(); \
                const board = document.querySelector('.board').getBoundingClientRect(); \
                return b.width > board.width * 0.95"
        )
        .await,
        json!(true),
        "the block fills the canvas's width"
    );
    assert_eq!(
        app.active_label().await.as_deref(),
        Some("Back to the whole canvas from Key Partners")
    );
    // Typing works as ever; Escape leaves the note, then the note, then the focus.
    let note = app.add_note("Key Partners", "IT for the LMS").await;
    app.screenshot("focus-block").await;
    note.send_keys(&Key::Escape.to_string())
        .await
        .expect("Escape");
    // The note is selected, then the block's "Add note": still focused.
    for _ in 0..2 {
        assert_eq!(app.js(VISIBLE_BLOCKS).await, json!(["Key Partners"]));
        let focused = app.client.active_element().await.expect("focus");
        focused
            .send_keys(&Key::Escape.to_string())
            .await
            .expect("Escape");
    }
    app.eventually(
        "return [...document.querySelectorAll('.board .block')].filter(b => b.offsetParent !== null).length",
        json!(9),
    )
    .await;
    assert_eq!(
        app.active_label().await.as_deref(),
        Some("Focus block Key Partners")
    );
    app.close().await;
}

const TEXTS: [&str; 12] = [
    ".brand",
    ".canvas-title",
    ".block-header h2",
    ".block-description",
    ".questions li",
    ".add-note",
    ".note-text",
    ".save-status",
    ".toolbar .menu-button",
    ".focus-block",
    ".find-notes input",
    ".canvas-kind",
];

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn both_themes_meet_wcag_aa_contrast_and_the_choice_is_kept() {
    let app = App::open().await;
    app.fresh_start().await;
    app.add_note("Design", "Agile sprints").await;
    assert_eq!(
        app.js("return document.documentElement.getAttribute('data-theme')")
            .await,
        json!(null),
        "the system's choice by default"
    );
    for theme in ["dark", "light"] {
        app.choose_theme(theme).await;
        app.assert_contrast_aa(theme, &TEXTS).await;
        app.screenshot(&format!("theme-{theme}")).await;
    }
    // The choice is kept for the next visit.
    app.choose_theme("dark").await;
    app.reload().await;
    assert_eq!(
        app.js("return document.documentElement.getAttribute('data-theme')")
            .await,
        json!("dark")
    );
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn shortcuts_add_select_delete_and_list_themselves() {
    let app = App::open().await;
    app.fresh_start().await;
    // N on a block's button adds a note there, ready for typing.
    app.js("document.querySelector('[aria-label=\"Add note to Design\"]').focus(); return null")
        .await;
    let button = app.client.active_element().await.expect("focus");
    button.send_keys("n").await.expect("N");
    app.eventually(
        "return document.activeElement.getAttribute('aria-label')",
        json!("Note in Design"),
    )
    .await;
    let note = app.client.active_element().await.expect("the new note");
    note.send_keys("Coaching circles").await.expect("type");
    note.send_keys(&Key::Escape.to_string())
        .await
        .expect("Escape");
    assert_eq!(
        app.active_label().await.as_deref(),
        Some("Note in Design: Coaching circles")
    );
    // Delete removes the selected note; Ctrl+Z brings it back.
    let selected = app.client.active_element().await.expect("the note");
    selected
        .send_keys(&Key::Delete.to_string())
        .await
        .expect("Delete");
    app.eventually(&notes_in("Design"), json!([])).await;
    assert_eq!(
        app.active_label().await.as_deref(),
        Some("Add note to Design")
    );
    let button = app.client.active_element().await.expect("focus");
    button
        .send_keys(&format!("{}z{}", Key::Control, Key::Null))
        .await
        .expect("Ctrl+Z");
    app.eventually(&notes_in("Design"), json!(["Coaching circles"]))
        .await;
    // "?" lists every shortcut; Escape closes the list.
    let button = app.client.active_element().await.expect("focus");
    button.send_keys("?").await.expect("?");
    app.wait_for("dialog[open] table.shortcuts").await;
    assert_eq!(
        app.js("const d = document.querySelector('dialog[open]'); return document.getElementById(d.getAttribute('aria-labelledby')).textContent")
            .await,
        json!("Keyboard shortcuts")
    );
    assert_eq!(
        app.js("return document.querySelectorAll('dialog[open] tbody tr').length")
            .await,
        json!(9)
    );
    app.screenshot("keyboard-shortcuts").await;
    let in_dialog = app
        .client
        .active_element()
        .await
        .expect("focus in the dialog");
    in_dialog
        .send_keys(&Key::Escape.to_string())
        .await
        .expect("Escape");
    app.eventually(
        "return document.querySelectorAll('dialog[open]').length",
        json!(0),
    )
    .await;
    // The View menu's "Keyboard shortcuts" opens the same list.
    app.menu_choose("View", "Keyboard shortcuts").await;
    app.wait_for("dialog[open] table.shortcuts").await;
    app.click_in_dialog("Close").await;
    // Typing "n" into a note is just a letter.
    assert_eq!(
        app.js(&notes_in("Design")).await,
        json!(["Coaching circles"])
    );
    app.close().await;
}

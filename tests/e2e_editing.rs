//! End-to-end tests of editing beyond typing: undo and redo (buttons and
//! keyboard), with typing undone a word at a time.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use fantoccini::key::Key;
use serde_json::json;
use support::App;

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
    app.js("localStorage.clear(); sessionStorage.clear(); return null")
        .await;
    app.reload().await;
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

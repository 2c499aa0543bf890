//! End-to-end tests of the editor as a canvas: a one-row header with its
//! menus, the selected note's tools (by click, keyboard and touch), a page
//! that fits, "Fit to screen", the first-visit line and the question a
//! change of kind asks. Screenshots at 1280×800, 1920×1080 and 390×844.
use crate::support::App;
use fantoccini::key::Key;
use serde_json::json;

const FIELD_SERVICE: &str = "field-service-performance-support";

/// Height of the header, and whether every shown item of it sits on one row.
const HEADER_ROW: &str = r#"
const h = document.querySelector('.app-header');
const items = [...h.querySelectorAll('.canvas-title, .canvas-kind, .history-buttons, .save-status, .find-notes, .header-menus, .phone-menu, .share-button')]
  .filter(e => e.checkVisibility());
const mids = items.map(e => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; });
return [Math.round(h.getBoundingClientRect().height), Math.max(...mids) - Math.min(...mids) < 8, items.length];
"#;

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn the_header_is_one_row_and_the_field_service_template_fits_a_full_hd_screen() {
    let app = App::open().await;
    app.fresh_start().await;
    app.use_template(FIELD_SERVICE).await;
    assert_eq!(
        app.js("return document.querySelectorAll('.board li.note').length")
            .await,
        json!(29)
    );
    app.set_viewport(1280, 800).await;
    let row = app.js(HEADER_ROW).await;
    assert!(row[0].as_u64().unwrap() <= 56, "header height {row}");
    assert_eq!(row[1], json!(true), "one row: {row}");
    assert_eq!(
        row[2],
        json!(7),
        "title, kind, undo/redo, status, find, menus, share"
    );
    app.screenshot("editor-1280").await;

    // The header stays at the top while the canvas scrolls.
    app.js("window.scrollTo(0, 400); return null").await;
    assert_eq!(
        app.js(
            "return Math.round(document.querySelector('.app-header').getBoundingClientRect().top)"
        )
        .await,
        json!(0)
    );
    app.js("window.scrollTo(0, 0); return null").await;

    // At 1920×1080 the whole 29-note canvas shows without scrolling.
    app.set_viewport(1920, 1080).await;
    app.js("document.querySelector('.toast-region button')?.click(); return null")
        .await;
    app.eventually(
        "return document.scrollingElement.scrollHeight <= window.innerHeight",
        json!(true),
    )
    .await;
    app.screenshot("editor-1920").await;

    // On a phone: the title, Share and one menu.
    app.set_viewport(390, 844).await;
    let row = app.js(HEADER_ROW).await;
    assert_eq!(row[1], json!(true), "one row on a phone: {row}");
    assert_eq!(row[2], json!(4), "title, status, menu, share: {row}");
    app.screenshot("editor-390").await;
    app.open_phone_menu().await;
    app.screenshot("editor-390-menu").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn fit_to_screen_scales_the_canvas_to_the_window_and_is_remembered() {
    let app = App::open().await;
    app.fresh_start().await;
    app.use_template(FIELD_SERVICE).await;
    app.set_viewport(1280, 800).await;
    let bottom = "return document.querySelector('.board').getBoundingClientRect().bottom <= window.innerHeight";
    assert_eq!(app.js(bottom).await, json!(false), "too tall before");
    app.menu_choose("View", "Fit to screen").await;
    app.eventually(bottom, json!(true)).await;
    app.screenshot("fit-1280").await;
    app.reload().await;
    app.eventually(bottom, json!(true)).await;
    app.menu_choose("View", "Fit to screen").await;
    app.eventually(bottom, json!(false)).await;
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn header_menus_follow_the_menu_button_pattern() {
    let app = App::open().await;
    app.fresh_start().await;
    let button = app.wait_for(".header-menus #menu-button-check").await;
    assert_eq!(
        button.attr("aria-expanded").await.unwrap().as_deref(),
        Some("false")
    );
    button
        .send_keys(&Key::Down.to_string())
        .await
        .expect("ArrowDown");
    app.eventually(
        "return [document.activeElement.getAttribute('role'), document.activeElement.textContent]",
        json!(["menuitem", "Thread check"]),
    )
    .await;
    assert_eq!(
        button.attr("aria-expanded").await.unwrap().as_deref(),
        Some("true")
    );
    let active = app.client.active_element().await.expect("an item");
    active
        .send_keys(&Key::Up.to_string())
        .await
        .expect("ArrowUp");
    assert_eq!(
        app.js("return document.activeElement.textContent").await,
        json!("Investment worksheet"),
        "wraps to the last item"
    );
    let active = app.client.active_element().await.expect("an item");
    active
        .send_keys(&Key::Escape.to_string())
        .await
        .expect("Escape");
    assert_eq!(app.active_label().await, None);
    assert_eq!(
        app.js("return document.activeElement.id").await,
        json!("menu-button-check"),
        "Escape gives focus back to the button"
    );
    assert_eq!(
        button.attr("aria-expanded").await.unwrap().as_deref(),
        Some("false")
    );
    // Enter on an item chooses it.
    button
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("Enter");
    let active = app.client.active_element().await.expect("an item");
    active
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("choose");
    app.wait_for("dialog[open] .thread-intro").await;
    app.click_in_dialog("Close").await;
    app.close().await;
}

/// The names of the selected note's tools, in order.
const TOOLS: &str = "return [...document.querySelectorAll('li.note.selected .note-tools [aria-label]')].map(e => e.getAttribute('aria-label'))";

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn a_note_shows_its_tools_only_while_selected_by_click_keyboard_or_touch() {
    let app = App::open().await;
    app.fresh_start().await;
    app.add_note("Key Partners", "IT").await;
    app.add_note("Design", "Coaching circles").await;
    // Typing in the new note: it is selected, its tools beside it.
    assert_eq!(
        app.js(TOOLS).await,
        json!(["Move note", "Note colour", "Link to…", "Delete note"])
    );
    // Leaving the notes: no tools anywhere, only text.
    app.by_name("Canvas title")
        .await
        .click()
        .await
        .expect("the title");
    app.eventually(
        "return document.querySelectorAll('.note-tools, li.note select, li.note button').length",
        json!(0),
    )
    .await;

    // By click: the partner's tools, with its side.
    app.by_name("Note in Key Partners")
        .await
        .click()
        .await
        .expect("click");
    app.eventually(
        TOOLS,
        json!([
            "Move note",
            "Note colour",
            "Partner side",
            "Link to…",
            "Delete note"
        ]),
    )
    .await;
    app.screenshot("note-selected").await;
    let side = app
        .wait_for("li.note.selected [aria-label='Partner side']")
        .await;
    side.select_by_value("internal").await.expect("internal");
    app.eventually(
        "return document.querySelector('#key-partners-block li.note').getAttribute('aria-label')",
        json!("Note in Key Partners, Internal: IT"),
    )
    .await;

    // By keyboard: Escape selects the note itself, Tab reaches its tools.
    let design = app.by_name("Note in Design").await;
    design.click().await.expect("into the design note");
    design
        .send_keys(&Key::Escape.to_string())
        .await
        .expect("Escape");
    assert_eq!(
        app.active_label().await.as_deref(),
        Some("Note in Design: Coaching circles")
    );
    assert_eq!(
        app.js(TOOLS).await,
        json!(["Move note", "Note colour", "Link to…", "Delete note"])
    );
    // Tab goes on into the note's text, then to its first tool.
    for _ in 0..2 {
        let here = app.client.active_element().await.expect("focus");
        here.send_keys(&Key::Tab.to_string()).await.expect("Tab");
    }
    app.eventually(
        "return document.activeElement.closest('.note-tools') !== null",
        json!(true),
    )
    .await;
    let colour = app
        .wait_for("li.note.selected [aria-label='Note colour']")
        .await;
    app.choose(&colour, "red").await;
    app.eventually(
        "return document.querySelector('#design-block li.note').dataset.colour",
        json!("red"),
    )
    .await;
    // Delete note, from the keyboard, is one undoable step.
    app.wait_for("li.note.selected [aria-label='Delete note']")
        .await
        .send_keys(&Key::Enter.to_string())
        .await
        .expect("Delete note");
    app.eventually(
        "return document.querySelectorAll('#design-block li.note').length",
        json!(0),
    )
    .await;
    app.click_button("Undo").await;
    app.eventually(
        "return document.querySelectorAll('#design-block li.note').length",
        json!(1),
    )
    .await;

    // By touch: a tap selects the note and shows its tools.
    {
        use fantoccini::actions::{InputSource, PointerAction, TouchActions, MOUSE_BUTTON_LEFT};
        let target = app.by_name("Note in Key Partners").await;
        let tap = TouchActions::new("finger".into())
            .then(PointerAction::MoveToElement {
                element: target,
                duration: None,
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            })
            .then(PointerAction::Up {
                button: MOUSE_BUTTON_LEFT,
            });
        app.client.perform_actions(tap).await.expect("a tap");
        app.client.release_actions().await.expect("release");
    }
    app.eventually(
        "return document.querySelector('li.note.selected')?.getAttribute('aria-label')",
        json!("Note in Key Partners, Internal: IT"),
    )
    .await;
    app.eventually(
        "return document.querySelectorAll('.note-tools').length",
        json!(1),
    )
    .await;
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn the_first_visit_line_offers_two_starts_and_never_comes_back() {
    let app = App::open().await;
    app.fresh_start().await;
    let line = "return document.querySelectorAll('.first-visit').length";
    assert_eq!(app.js(line).await, json!(1));
    // "Start from a worked example" opens the gallery; the line is gone for good.
    app.click_button("Start from a worked example").await;
    app.wait_for("dialog[open] .template-card").await;
    app.click_in_dialog("Close").await;
    assert_eq!(app.js(line).await, json!(0));
    app.reload().await;
    assert_eq!(app.js(line).await, json!(0));

    // A first note ends it as well, even without a dismissal.
    app.fresh_start().await;
    assert_eq!(app.js(line).await, json!(1));
    app.add_note("Design", "Job aids").await;
    app.eventually(line, json!(0)).await;
    app.wait_saved().await;
    app.reload().await;
    assert_eq!(app.js(line).await, json!(0));

    // "Start blank" puts the cursor where a canvas starts.
    app.fresh_start().await;
    app.click_button("Start blank").await;
    assert_eq!(
        app.active_label().await.as_deref(),
        Some("Add note to Customer Segments")
    );
    assert_eq!(app.js(line).await, json!(0));
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn changing_the_kind_of_a_canvas_with_notes_asks_first() {
    let app = App::open().await;
    app.fresh_start().await;
    app.add_note("Design", "Job aids").await;
    app.add_note("Key Partners", "IT").await;
    let kind = app.by_name("Canvas kind").await;
    kind.select_by_value("lean").await.expect("Lean Canvas");
    let dialog = app.wait_for("dialog[open]").await;
    let text = dialog.text().await.expect("the question");
    assert!(text.contains("Change the canvas kind?"), "{text}");
    assert!(
        text.contains("2 notes (Design, Key Partners) have no block in the Lean Canvas"),
        "{text}"
    );
    assert!(text.contains("Notes from other canvas kinds"), "{text}");
    app.click_in_dialog("Keep the Learning Model Canvas (9 blocks)")
        .await;
    assert_eq!(
        app.js("return [document.querySelector('.board').dataset.kind, document.querySelector('.canvas-kind').value]")
            .await,
        json!(["lmc-nine", "lmc-nine"])
    );
    kind.select_by_value("lean")
        .await
        .expect("Lean Canvas again");
    app.click_in_dialog("Change to Lean Canvas").await;
    app.eventually(
        "return document.querySelector('.board').dataset.kind",
        json!("lean"),
    )
    .await;
    assert_eq!(
        app.js(
            "return [...document.querySelectorAll('.stray-notes .note-text')].map(t => t.value)"
        )
        .await,
        json!(["Job aids", "IT"])
    );
    app.close().await;
}

//! End-to-end test of moving notes: by the keyboard (Alt+Arrow), the
//! "Move note" menu, a mouse and a finger dragging the grip, with the drop
//! indicator on the way.
use crate::support::App;
use fantoccini::key::Key;
use serde_json::json;

/// Drags the grip of note `note` (its id) to `dy` pixels below the centre
/// of `target` (a CSS selector), with a mouse or a finger, and returns the
/// drop indicators shown on the way (as "selector-ish" strings).
async fn drag(app: &App, note: u32, target: &str, dy: f64, touch: bool) -> Vec<String> {
    use fantoccini::actions::{
        InputSource, MouseActions, PointerAction, TouchActions, MOUSE_BUTTON_LEFT,
    };
    use std::time::Duration;
    // The grip is among the tools of the selected note: select it first.
    select(app, note).await;
    let grip = app
        .wait_for(&format!("[data-note='{note}'] .drag-handle"))
        .await;
    let to = app.wait_for(target).await;
    // Records every drop indicator that appears while the drag goes on.
    app.js(
        "window.__shown = []; \
         window.__watch = new MutationObserver(ms => ms.forEach(m => { \
           const el = m.target, c = el.classList; \
           ['drop-before', 'drop-after', 'drop-into'].forEach(k => { if (c.contains(k)) \
             window.__shown.push((el.dataset.note ? 'note ' + el.dataset.note : el.id) + ' ' + k); }); })); \
         window.__watch.observe(document.body, { attributes: true, attributeFilter: ['class'], subtree: true }); \
         return null",
    )
    .await;
    let steps = vec![
        PointerAction::MoveToElement {
            element: grip,
            duration: None,
            x: 0.0,
            y: 0.0,
        },
        PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        },
        PointerAction::MoveBy {
            duration: Some(Duration::from_millis(100)),
            x: 5.0,
            y: 5.0,
        },
        PointerAction::MoveToElement {
            element: to.clone(),
            duration: Some(Duration::from_millis(200)),
            x: 0.0,
            y: dy,
        },
        PointerAction::MoveToElement {
            element: to,
            duration: Some(Duration::from_millis(50)),
            x: 1.0,
            y: dy,
        },
        PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        },
    ];
    let result = if touch {
        let mut seq = TouchActions::new("finger".into());
        for s in steps {
            seq = seq.then(s);
        }
        app.client.perform_actions(seq).await
    } else {
        let mut seq = MouseActions::new("mouse".into());
        for s in steps {
            seq = seq.then(s);
        }
        app.client.perform_actions(seq).await
    };
    result.expect("the drag");
    app.client.release_actions().await.expect("release");
    let shown = app
        .js("window.__watch.disconnect(); return [...new Set(window.__shown)]")
        .await;
    serde_json::from_value(shown).expect("indicator names")
}

/// Selects note `note` (its id) by clicking its text.
async fn select(app: &App, note: u32) {
    app.wait_for(&format!("[data-note='{note}'] .note-text"))
        .await
        .click()
        .await
        .expect("select the note");
}

/// The value of each note's text box in `block`, top to bottom.
fn order_in(block: &str) -> String {
    format!("return [...document.querySelectorAll('#{block}-block .note-text')].map(n => n.value)")
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn notes_move_by_keyboard_menu_mouse_and_finger() {
    let app = App::open().await;
    app.fresh_start().await;
    for t in ["a", "b", "c"] {
        app.add_note("Design", t).await;
    }
    // Alt+Arrow Up twice on the selected note "c": it climbs to the top.
    let note = app.client.active_element().await.expect("note c");
    note.send_keys(&Key::Escape.to_string())
        .await
        .expect("select it");
    for _ in 0..2 {
        let selected = app.client.active_element().await.expect("the note");
        selected
            .send_keys(&format!("{}{}{}", Key::Alt, Key::Up, Key::Null))
            .await
            .expect("Alt+Up");
        app.eventually(
            "return document.activeElement.getAttribute('aria-label')",
            json!("Note in Design: c"),
        )
        .await;
    }
    app.eventually(&order_in("design"), json!(["c", "a", "b"]))
        .await;

    // "Move note" sends it to another block, where it stays selected.
    let menu = app
        .client
        .find(fantoccini::Locator::Css(
            "[data-note='3'] select[aria-label='Move note']",
        ))
        .await
        .expect("the Move note menu of c");
    app.choose(&menu, "delivery").await;
    app.eventually(&order_in("delivery"), json!(["c"])).await;
    app.eventually(&order_in("design"), json!(["a", "b"])).await;
    assert_eq!(
        app.active_label().await.as_deref(),
        Some("Note in Delivery: c")
    );

    // The mouse: "a" dropped on the lower half of "b" goes after it.
    let shown = drag(&app, 1, "[data-note='2']", 10.0, false).await;
    assert!(
        shown.contains(&"note 2 drop-after".to_string()),
        "{shown:?}"
    );
    app.eventually(&order_in("design"), json!(["b", "a"])).await;
    // A finger: "b" dropped on the empty Key Partners block moves there.
    let shown = drag(&app, 2, "#key-partners-block", 60.0, true).await;
    assert!(
        shown.contains(&"key-partners-block drop-into".to_string()),
        "{shown:?}"
    );
    app.eventually(&order_in("key-partners"), json!(["b"]))
        .await;
    app.eventually(&order_in("design"), json!(["a"])).await;
    assert_eq!(
        app.js("return document.querySelectorAll('.drop-before, .drop-after, .drop-into, .dragging').length").await,
        json!(0),
        "no indicator is left behind"
    );
    // Escape during a drag calls it off: nothing moves, no indicator stays.
    {
        use fantoccini::actions::{
            Actions, InputSource, KeyAction, KeyActions, MouseActions, PointerAction,
            MOUSE_BUTTON_LEFT,
        };
        use std::time::Duration;
        select(&app, 1).await;
        let grip = app.wait_for("[data-note='1'] .drag-handle").await;
        let to = app.wait_for("#key-partners-block").await;
        let tick = Duration::from_millis(100);
        let mouse = MouseActions::new("mouse".into())
            .then(PointerAction::MoveToElement {
                element: grip,
                duration: None,
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            })
            .then(PointerAction::MoveToElement {
                element: to,
                duration: Some(tick),
                x: 0.0,
                y: 40.0,
            })
            .pause(tick)
            .pause(tick)
            .pause(tick)
            .then(PointerAction::Up {
                button: MOUSE_BUTTON_LEFT,
            });
        let keys = KeyActions::new("keys".into())
            .pause(tick)
            .pause(tick)
            .pause(tick)
            .then(KeyAction::Down {
                value: Key::Escape.into(),
            })
            .then(KeyAction::Up {
                value: Key::Escape.into(),
            })
            .pause(tick)
            .pause(tick);
        app.client
            .perform_actions(Actions::from(mouse).and(keys))
            .await
            .expect("a drag called off");
        app.client.release_actions().await.expect("release");
        assert_eq!(app.js(&order_in("key-partners")).await, json!(["b"]));
        assert_eq!(app.js(&order_in("design")).await, json!(["a"]));
        assert_eq!(
            app.js("return document.querySelectorAll('.drop-before, .drop-after, .drop-into, .dragging').length").await,
            json!(0)
        );
    }
    // How the indicator looks (set by hand here: a drag cannot be paused
    // for a screenshot).
    app.js("document.querySelector('[data-note=\"1\"]').classList.add('drop-before'); return null")
        .await;
    app.screenshot("drop-indicator").await;
    app.js(
        "document.querySelector('[data-note=\"1\"]').classList.remove('drop-before'); return null",
    )
    .await;
    // A move is undone like any change.
    app.click_button("Undo").await;
    app.eventually(&order_in("design"), json!(["b", "a"])).await;
    app.wait_saved().await;
    app.reload().await;
    assert_eq!(app.js(&order_in("design")).await, json!(["b", "a"]));
    assert_eq!(app.js(&order_in("delivery")).await, json!(["c"]));
    app.close().await;
}

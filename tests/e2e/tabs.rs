//! End-to-end test of two tabs on the same browser storage: each sees the
//! other's canvases, and neither ever overwrites the other's edits.
use crate::library::{note_values, with_storage};
use crate::support::App;
use serde_json::json;
use std::time::Duration;

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn two_tabs_see_each_others_canvases_and_never_overwrite_each_other() {
    let app = App::open().await;
    with_storage(&app, &[]).await;
    app.set_title("Shared plan").await;
    app.add_note("Design", "base").await;
    app.wait_saved().await;
    // A second page of the app, opened from the first (as "open in new tab").
    let first = app.client.window().await.unwrap();
    app.js("window.tab2 = window.open(location.href, 'tab2'); return null")
        .await;
    let second = loop {
        let all = app.client.windows().await.unwrap();
        if let Some(h) = all.into_iter().find(|h| *h != first) {
            break h;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    app.switch_to(second.clone()).await;
    app.wait_for(".board").await;
    // The second page opens the same canvas and lists it.
    assert_eq!(app.canvas_title().await, "Shared plan");
    app.open_my_canvases().await;
    assert_eq!(app.listed_titles().await, ["Shared plan"]);

    // A canvas created in the first page shows up in the second's open list.
    app.switch_to(first.clone()).await;
    app.open_my_canvases().await;
    app.click_in_dialog("New canvas").await;
    app.set_title("Made in tab one").await;
    app.wait_saved().await;
    app.switch_to(second.clone()).await;
    app.eventually(
        "return [...document.querySelectorAll('dialog[open] .open-canvas')].map(b => b.textContent).sort()",
        json!(["Made in tab one", "Shared plan"]),
    )
    .await;
    app.click_in_dialog("Shared plan").await;
    app.switch_to(first.clone()).await;
    app.open_my_canvases().await;
    app.click_in_dialog("Shared plan").await;
    app.eventually(&note_values("Design"), json!(["base"]))
        .await;

    // Both pages edit the same note in the same moment (the first page can
    // reach the second, which it opened, so the two edits truly overlap).
    app.js(
        "const edit = (doc, Ev, text) => { const n = doc.querySelector('[aria-label=\"Note in Design\"]'); \
         n.value = text; n.dispatchEvent(new Ev('input', { bubbles: true })); }; \
         edit(document, Event, 'from tab one'); edit(window.tab2.document, window.tab2.Event, 'from tab two'); return null",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(2000)).await;
    let conflict = "return [...document.querySelectorAll('[role=alert]')].some(a => a.textContent.includes('changed in another tab'))";
    let first_told = app.js(conflict).await == json!(true);
    app.switch_to(second.clone()).await;
    let second_told = app.js(conflict).await == json!(true);
    assert!(
        first_told ^ second_told,
        "exactly one page is told (first {first_told}, second {second_told})"
    );
    let (told, other, mine, theirs) = if first_told {
        (
            first.clone(),
            second.clone(),
            "from tab one",
            "from tab two",
        )
    } else {
        (
            second.clone(),
            first.clone(),
            "from tab two",
            "from tab one",
        )
    };
    app.switch_to(told).await;
    // The told page still shows its own edit, unsaved.
    assert_eq!(app.js(&note_values("Design")).await, json!([mine]));
    app.screenshot("two-tabs-conflict").await;
    app.click_button("Keep mine as a copy").await;
    app.wait_saved().await;
    assert_eq!(app.js(&note_values("Design")).await, json!([mine]));
    assert_eq!(app.canvas_title().await, "Shared plan (my copy)");
    app.open_my_canvases().await;
    let mut titles = app.listed_titles().await;
    titles.sort();
    assert_eq!(
        titles,
        ["Made in tab one", "Shared plan", "Shared plan (my copy)"]
    );
    // The other page's version is intact under the original canvas.
    app.switch_to(other).await;
    assert_eq!(app.js(&note_values("Design")).await, json!([theirs]));
    app.reload().await;
    assert_eq!(app.js(&note_values("Design")).await, json!([theirs]));
    app.close().await;
}

//! End-to-end tests of what only this canvas offers: the learning model and
//! its hints, threads between blocks ("Link to…", the highlighted thread,
//! "Thread check"), and partner sides and segment roles.
use crate::support::App;
use serde_json::json;

const HINTS: &str = "return [...document.querySelectorAll('aside.hint')].map(h => h.closest('section').id + ': ' + h.querySelector('p').textContent)";

/// Each note's link count as it shows at rest ("2 links"), or "Link to…"
/// for a note without links.
const LINK_COUNTS: &str = "return [...document.querySelectorAll('li.note')].map(n => n.querySelector('.note-links')?.textContent ?? 'Link to…')";

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn the_learning_model_gives_hints_that_go_when_met_or_dismissed() {
    let app = App::open().await;
    app.fresh_start().await;
    assert_eq!(app.js(HINTS).await, json!([]));
    app.by_name("Learning model we aim for")
        .await
        .select_by_value("performance-support")
        .await
        .expect("choose a model");
    app.by_name("Learning model today")
        .await
        .select_by_value("innovation")
        .await
        .expect("choose a model");
    app.eventually(
        "return [...document.querySelectorAll('aside.hint')].map(h => h.closest('section').id)",
        json!(["design-block", "key-partners-block"]),
    )
    .await;
    let hints = app.js(HINTS).await;
    assert!(
        hints[1].as_str().unwrap_or("").contains("IT partner"),
        "{hints}"
    );
    app.screenshot("hints").await;

    // Met: an IT partner in Key Partners.
    app.add_note("Key Partners", "IT service desk").await;
    app.eventually(
        "return [...document.querySelectorAll('aside.hint')].map(h => h.closest('section').id)",
        json!(["design-block"]),
    )
    .await;
    // Dismissed, and still dismissed after a reload.
    app.click_button("Dismiss hint").await;
    app.eventually(HINTS, json!([])).await;
    app.wait_saved().await;
    app.reload().await;
    assert_eq!(app.js(HINTS).await, json!([]));
    assert_eq!(
        app.by_name("Learning model we aim for")
            .await
            .prop("value")
            .await
            .expect("value"),
        Some("performance-support".into())
    );
    app.close().await;
}

/// The texts of the notes in the selected note's thread.
const THREAD: &str =
    "return [...document.querySelectorAll('li.note.in-thread textarea')].map(t => t.value)";

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn notes_link_into_a_thread_that_lights_up_and_the_check_lists_what_is_missing() {
    let app = App::open().await;
    app.fresh_start().await;
    app.add_note("Customer Segments", "New managers").await;
    app.add_note("Value Proposition", "Ready to lead in 90 days")
        .await;
    app.add_note("Business Outcomes", "Engagement +10 points")
        .await;
    app.add_note("Design", "Cohort programme").await;

    // The check lists each broken thread in words.
    app.click_button("Thread check").await;
    let problems = "return [...document.querySelectorAll('dialog[open] .thread-problem')].map(b => b.textContent)";
    app.eventually(
        problems,
        json!([
            "No value proposition serves “New managers” (Customer Segments).",
            "No Business Outcome measures “Ready to lead in 90 days” (Value Proposition).",
            "“Cohort programme” (Design) is linked to nothing: which channel, value or outcome does it serve?"
        ]),
    )
    .await;
    app.screenshot("thread-check").await;
    // An item takes me to its note.
    app.click_in_dialog("No value proposition serves “New managers” (Customer Segments).")
        .await;
    app.eventually(
        "return document.activeElement.getAttribute('aria-label')",
        json!("Note in Customer Segments: New managers"),
    )
    .await;

    // Link the value proposition to the segment and to the outcome.
    // Blocks come in filling order: segments, outcomes, value, …, design.
    app.note_tool(2, "Link to…")
        .await
        .click()
        .await
        .expect("Link to… on the value note");
    app.wait_for("dialog[open] .link-choice").await;
    for label in ["New managers", "Engagement +10 points"] {
        app.js(&format!(
            "[...document.querySelectorAll('dialog[open] .link-choice')].find(l => l.textContent === '{label}').querySelector('input').click(); return null"
        ))
        .await;
    }
    app.screenshot("link-to").await;
    app.click_in_dialog("Close").await;

    // The value note now says "2 links"; focusing the segment lights up its thread.
    assert_eq!(
        app.js(LINK_COUNTS).await,
        json!(["1 link", "1 link", "2 links", "Link to…"])
    );
    app.by_name("Note in Customer Segments")
        .await
        .click()
        .await
        .expect("focus the segment");
    app.eventually(
        THREAD,
        json!([
            "New managers",
            "Engagement +10 points",
            "Ready to lead in 90 days"
        ]),
    )
    .await;
    app.screenshot("thread-lit").await;

    // Only the design note is left unlinked.
    app.click_button("Thread check").await;
    app.eventually(
        problems,
        json!(["“Cohort programme” (Design) is linked to nothing: which channel, value or outcome does it serve?"]),
    )
    .await;
    app.click_in_dialog("Close").await;

    // Deleting a note drops its links; Undo brings both back.
    app.note_tool(2, "Delete note")
        .await
        .click()
        .await
        .expect("delete the value note");
    app.eventually(LINK_COUNTS, json!(["Link to…", "Link to…", "Link to…"]))
        .await;
    app.click_button("Undo").await;
    app.eventually(
        LINK_COUNTS,
        json!(["1 link", "1 link", "2 links", "Link to…"]),
    )
    .await;
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn partners_are_internal_or_external_and_segments_carry_roles() {
    let app = App::open().await;
    app.fresh_start().await;
    app.add_note("Key Partners", "IT").await;
    app.add_note("Key Partners", "Content vendor").await;
    app.note_tool(0, "Partner side")
        .await
        .select_by_value("internal")
        .await
        .expect("internal");
    app.note_tool(1, "Partner side")
        .await
        .select_by_value("external")
        .await
        .expect("external");
    let labels =
        "return [...document.querySelectorAll('li.note')].map(n => n.getAttribute('aria-label'))";
    app.eventually(
        labels,
        json!([
            "Note in Key Partners, Internal: IT",
            "Note in Key Partners, External: Content vendor"
        ]),
    )
    .await;
    // The block's filter shows one side only.
    app.by_name("Show partners")
        .await
        .select_by_value("external")
        .await
        .expect("filter");
    app.eventually(
        "return [...document.querySelectorAll('li.note')].filter(n => n.offsetParent !== null).map(n => n.querySelector('textarea').value)",
        json!(["Content vendor"]),
    )
    .await;
    app.by_name("Show partners")
        .await
        .select_by_value("")
        .await
        .expect("all");

    app.add_note("Customer Segments", "Sales").await;
    app.by_name("Roles")
        .await
        .click()
        .await
        .expect("open Roles");
    for role in ["Sponsor", "Payer"] {
        app.js(&format!(
            "[...document.querySelectorAll('details[open] label')].find(l => l.textContent === '{role}').querySelector('input').click(); return null"
        ))
        .await;
    }
    app.eventually(
        "return document.querySelector('#customer-segments-block li.note').getAttribute('aria-label')",
        json!("Note in Customer Segments, Sponsor · Payer: Sales"),
    )
    .await;
    app.screenshot("partners-and-roles").await;
    app.wait_saved().await;
    app.reload().await;
    app.eventually(
        labels,
        json!([
            "Note in Customer Segments, Sponsor · Payer: Sales",
            "Note in Key Partners, Internal: IT",
            "Note in Key Partners, External: Content vendor"
        ]),
    )
    .await;

    // A share link carries the marks (format 5, as format 3 did) and the shared view shows them.
    let link = app.share_link().await;
    assert!(link.contains("#c5."), "{link}");
    app.click_in_dialog("Close").await;
    app.load_fresh(&link).await;
    app.wait_for(".shared-banner").await;
    assert_eq!(
        app.js("return [...document.querySelectorAll('.note-static .note-tag')].map(t => t.textContent)")
            .await,
        json!(["Sponsor · Payer", "Internal", "External"])
    );
    app.close().await;
}

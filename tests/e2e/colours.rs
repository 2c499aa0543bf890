//! End-to-end tests of note colours: the "Note colour" menu, the tag in
//! text, the renamable legend, undo, what is kept after a reload, what a
//! share link carries, and contrast of every colour in both themes.
use crate::support::App;
use fantoccini::key::Key;
use serde_json::json;

/// The tag of each note in `block`, or null for a plain note.
fn tags_in(block: &str) -> String {
    format!(
        "return [...document.querySelectorAll('[aria-label=\"Note in {block}\"]')].map(t => {{ \
           const id = (t.getAttribute('aria-describedby') || '').split(' ').find(i => i.startsWith('note-labels-')); \
           return id ? document.getElementById(id).textContent : null; }})"
    )
}

async fn colour_note(app: &App, index: usize, colour: &str) {
    let menu = app.note_tool(index, "Note colour").await;
    app.choose(&menu, colour).await;
}

/// Selects the label's text and types over it, as a person would.
async fn rename(app: &App, colour: &str, label: &str) {
    let input = app.by_name(&format!("Meaning of {colour} notes")).await;
    input
        .send_keys(&format!("{}a{}{label}", Key::Control, Key::Null))
        .await
        .expect("type the label");
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn a_coloured_note_shows_its_meaning_in_text_and_the_legend_renames_it() {
    let app = App::open().await;
    app.fresh_start().await;
    app.add_note("Design", "Pilot with Sales").await;
    app.add_note("Design", "Budget approved").await;
    assert_eq!(app.js(&tags_in("Design")).await, json!([null, null]));

    colour_note(&app, 0, "red").await;
    colour_note(&app, 1, "green").await;
    app.eventually(&tags_in("Design"), json!(["Risk", "Decision"]))
        .await;
    assert_eq!(
        app.js("return [...document.querySelectorAll('li.note')].map(n => [n.dataset.colour, n.getAttribute('aria-label')])")
            .await,
        json!([
            ["red", "Note in Design, Risk: Pilot with Sales"],
            ["green", "Note in Design, Decision: Budget approved"]
        ])
    );

    // Renaming a colour renames every note's tag and the menu's choice.
    rename(&app, "red", "Blocker").await;
    app.eventually(&tags_in("Design"), json!(["Blocker", "Decision"]))
        .await;
    let menu = app.note_tool(0, "Note colour").await;
    app.js("document.querySelector('.note-colour').focus(); return null")
        .await;
    drop(menu);
    assert_eq!(
        app.js("return document.querySelector('.note-colour option[value=red]').textContent")
            .await,
        json!("Blocker (red)")
    );
    app.screenshot("colours-light").await;

    // Undo takes the rename back (one word, one step), then a colour.
    app.click_button("Undo").await;
    app.eventually(&tags_in("Design"), json!(["Risk", "Decision"]))
        .await;
    app.click_button("Undo").await;
    app.eventually(&tags_in("Design"), json!(["Risk", null]))
        .await;
    app.note_tool(1, "Note colour").await;
    assert_eq!(
        app.js("return document.querySelector('.note-colour').value")
            .await,
        json!(""),
        "the menu shows the note is plain again"
    );
    for _ in 0..2 {
        app.click_button("Redo").await;
    }
    app.eventually(&tags_in("Design"), json!(["Blocker", "Decision"]))
        .await;

    // Kept after a reload.
    app.wait_saved().await;
    app.reload().await;
    app.eventually(&tags_in("Design"), json!(["Blocker", "Decision"]))
        .await;
    assert_eq!(
        app.by_name("Meaning of red notes")
            .await
            .prop("value")
            .await
            .expect("value"),
        Some("Blocker".into())
    );

    // A share link carries colours and the legend (format 5 carries them as format 2 did).
    let link = app.share_link().await;
    assert!(link.contains("#c5."), "{link}");
    app.click_in_dialog("Close").await;
    app.load_fresh(&link).await;
    app.wait_for(".shared-banner").await;
    assert_eq!(
        app.js("return [...document.querySelectorAll('.note-static')].map(n => [n.dataset.colour, n.textContent])")
            .await,
        json!([
            ["red", "BlockerPilot with Sales"],
            ["green", "DecisionBudget approved"]
        ])
    );
    assert_eq!(
        app.js(
            "return [...document.querySelectorAll('.colour-legend li')].map(n => n.textContent)"
        )
        .await,
        json!(["Blocker", "Decision"]),
        "the shared legend lists the colours in use"
    );
    app.screenshot("colours-shared").await;
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn every_colour_meets_wcag_aa_contrast_in_both_themes() {
    const COLOURS: [&str; 6] = ["yellow", "blue", "violet", "red", "green", "orange"];
    let app = App::open().await;
    app.fresh_start().await;
    for (i, colour) in COLOURS.iter().enumerate() {
        app.add_note("Key Partners", &format!("A {colour} note"))
            .await;
        colour_note(&app, i, colour).await;
    }
    let mut texts = Vec::new();
    for colour in COLOURS {
        texts.push(format!("li.note[data-colour={colour}] .note-text"));
        texts.push(format!("li.note[data-colour={colour}] .note-tag"));
        texts.push(format!(".legend-entry[data-colour={colour}] input"));
    }
    let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
    for theme in ["light", "dark"] {
        app.choose_theme(theme).await;
        app.assert_contrast_aa(theme, &texts).await;
        app.screenshot(&format!("colours-{theme}-all")).await;
    }
    app.close().await;
}

//! End-to-end test of working together without a server (issue 16), with
//! two browser profiles (two Chromiums, each with its own storage): the
//! author shares a canvas, the CFO saves a copy, edits it and shares it
//! back while the author edits the same note; the author's browser sees
//! its own canvas come back, compares it three-way, merges part of it and
//! undoes the merge; without the shared version it compares two-way. A
//! link of a canvas the browser does not have offers no merge.
use crate::support::App;
use fantoccini::Locator;
use serde_json::json;

/// Types `more` at the end of the first note of `block`.
async fn append_to_note(app: &App, block: &str, more: &str) {
    let note = app
        .client
        .find(Locator::Css(&format!(
            "textarea[aria-label^=\"Note in {block}\"]"
        )))
        .await
        .expect("the note");
    note.click().await.expect("focus the note");
    note.send_keys(more).await.expect("type in the note");
}

async fn notes(app: &App) -> serde_json::Value {
    app.js("return [...document.querySelectorAll('.board textarea[aria-label^=\"Note in\"]')].map(n => n.value).sort()")
        .await
}

/// The changes the merge panel lists, in its words.
async fn listed_changes(app: &App) -> serde_json::Value {
    app.js("return [...document.querySelectorAll('.merge-changes li p')].map(p => p.textContent)")
        .await
}

/// "Merge the chosen changes", then back in the editor.
async fn merge_chosen(app: &App) {
    app.client
        .find(Locator::XPath(
            "//button[starts-with(normalize-space(), 'Merge the chosen changes')]",
        ))
        .await
        .expect("the merge button")
        .click()
        .await
        .expect("click");
    app.wait_for(".canvas-title").await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn a_copy_shared_back_is_compared_three_way_merged_in_part_and_undone() {
    let author = App::open().await;
    author.fresh_start().await;
    author.set_title("Round trip").await;
    author.add_note("Design", "Needs analysis").await;
    author.add_note("Delivery", "LMS").await;
    author.wait_saved().await;
    let _ = author.share_link().await;
    let name = author.wait_for("dialog[open] input#share-your-name").await;
    name.send_keys("Ana").await.expect("type a name");
    let link = author
        .wait_for("dialog[open] textarea#share-link")
        .await
        .prop("value")
        .await
        .expect("the link")
        .unwrap_or_default();
    author.click_in_dialog("Close").await;
    author.wait_saved().await;
    let fragment = link.split_once('#').expect("a fragment").1.to_string();
    assert!(fragment.starts_with("c5."), "{fragment}");

    // The CFO, in another browser: the link says who shared it.
    let cfo = App::open().await;
    cfo.fresh_start().await;
    cfo.load_fresh(&format!("{}/#{fragment}", cfo.server.origin))
        .await;
    let badge = cfo.text_of(".shared-badge").await;
    assert!(badge.starts_with("Shared by Ana on "), "{badge}");
    // A link of a canvas this browser does not have offers no merge.
    assert_eq!(
        cfo.js("return document.querySelectorAll('.my-version').length")
            .await,
        json!(0)
    );
    cfo.click_button("Save a copy").await;
    cfo.wait_for(".canvas-title").await;
    append_to_note(&cfo, "Design", " with the CFO").await;
    cfo.add_note("Cost Structure", "Budget line").await;
    cfo.wait_saved().await;
    let back = cfo.share_link().await;
    cfo.click_in_dialog("Close").await;
    cfo.wait_saved().await;
    let back_fragment = back.split_once('#').expect("a fragment").1.to_string();

    // Meanwhile the author changed the same note, offline.
    append_to_note(&author, "Design", " v2").await;
    author.wait_saved().await;

    // The author opens the CFO's link: a version of my canvas, changed.
    author
        .load_fresh(&format!("{}/#{back_fragment}", author.server.origin))
        .await;
    let said = author.text_of(".my-version").await;
    assert!(
        said.contains("A version of your canvas “Round trip”, changed since you shared it"),
        "{said}"
    );
    author.screenshot("returned-copy").await;
    author.click_button("Merge into mine").await;
    let changes = listed_changes(&author).await;
    assert_eq!(
        changes,
        json!([
            "You both changed this note: yours is “Needs analysis v2” (Design), theirs is “Needs analysis with the CFO” (Design).",
            "They added “Budget line” (Cost Structure)."
        ])
    );
    author.screenshot("merge-panel").await;
    // Take the added note; keep my version of the conflict.
    author
        .client
        .find(Locator::XPath(
            "//li[contains(., 'Budget line')]//label[normalize-space()='Take this change']",
        ))
        .await
        .expect("the change's checkbox")
        .click()
        .await
        .expect("take");
    merge_chosen(&author).await;
    author
        .eventually(
            "return [...document.querySelectorAll('.board textarea[aria-label^=\"Note in\"]')].map(n => n.value).sort().join('|')",
            json!("Budget line|LMS|Needs analysis v2"),
        )
        .await;
    // One undo takes the whole merge back.
    author.click_button("Undo").await;
    assert_eq!(notes(&author).await, json!(["LMS", "Needs analysis v2"]));
    author.wait_saved().await;

    // Two-way: without the shared version (its snapshot deleted), their
    // version is compared with mine as it is now.
    author
        .js("Object.keys(localStorage).filter(k => k.includes('snapshots')).forEach(k => localStorage.removeItem(k)); return null")
        .await;
    author
        .load_fresh(&format!("{}/#{back_fragment}", author.server.origin))
        .await;
    author.wait_for(".my-version").await;
    author.click_button("Compare with mine").await;
    let panel = author.text_of(".merge-panel").await;
    assert!(panel.contains("no longer in this browser"), "{panel}");
    assert!(
        panel.contains("They added “Budget line” (Cost Structure)."),
        "{panel}"
    );
    assert_eq!(
        author
            .js("return document.querySelectorAll('.merge-panel input').length")
            .await,
        json!(0),
        "comparing offers no choices"
    );

    // A file of my canvas opens the same way: here my own record, with one
    // note changed, as a file someone sent back.
    let record = author
        .js("const k = Object.keys(localStorage).find(k => k.startsWith('learning-model-canvas.canvas.')); \
             return localStorage.getItem(k).replace('LMS', 'LMS and coaching')")
        .await;
    author
        .load_fresh(&format!("{}/", author.server.origin))
        .await;
    author.wait_for(".canvas-title").await;
    import(&author, record.as_str().expect("the record"), "copy").await;
    let said = author.text_of(".my-version").await;
    assert!(
        said.contains("A version of your canvas “Round trip”"),
        "{said}"
    );
    author.click_button("Compare with mine").await;
    let panel = author.text_of(".merge-panel").await;
    assert!(
        panel.contains("This note differs: yours is “LMS” (Delivery), theirs is “LMS and coaching” (Delivery)."),
        "{panel}"
    );
    cfo.close().await;
    author.close().await;
}

/// Words that do not compress away, so the link is too long for a text
/// message and the Share dialog offers the file.
fn long_text() -> String {
    let mut x: u32 = 7;
    (0..600)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            format!("{:x}", x >> 8)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Opens Share, then "Where this link fits", and downloads the canvas with
/// "Send as a file": its text.
async fn send_as_file(app: &App) -> String {
    app.catch_downloads().await;
    let _ = app.share_link().await;
    app.wait_for("dialog[open] details.link-fit summary")
        .await
        .click()
        .await
        .expect("open where the link fits");
    // Scrolled to the middle, as a person would, clear of any toast.
    app.js("[...document.querySelectorAll('dialog[open] button')].find(b => b.textContent === 'Send as a file').scrollIntoView({block: 'center'}); return null")
        .await;
    app.download_in_dialog("Send as a file").await;
    let (name, text) = app.last_download().await;
    assert!(name.ends_with(".json"), "{name}");
    app.click_in_dialog("Close").await;
    text
}

async fn import(app: &App, text: &str, name: &str) {
    let path = std::env::temp_dir().join(format!("lmc-{name}-{}.json", std::process::id()));
    std::fs::write(&path, text).expect("write the file");
    app.client
        .find(Locator::Id("import-file"))
        .await
        .expect("the file input")
        .send_keys(&path.display().to_string())
        .await
        .expect("choose the file");
    // The page has read it once it shows a canvas or a copy.
    app.wait_for(".canvas-title, .my-version").await;
    let _ = std::fs::remove_file(&path);
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn a_file_sent_from_the_share_dialog_comes_back_and_is_merged() {
    let author = App::open().await;
    author.fresh_start().await;
    author.set_title("File trip").await;
    author.add_note("Design", "Needs analysis").await;
    author.add_note("Delivery", &long_text()).await;
    author.wait_saved().await;
    let sent = send_as_file(&author).await;
    assert!(
        sent.contains(r#""version":6"#) && sent.contains(r#""shared":"#),
        "{sent}"
    );

    // The CFO imports the file, changes a note and sends a file back.
    let cfo = App::open().await;
    cfo.fresh_start().await;
    import(&cfo, &sent, "sent").await;
    cfo.eventually(
        "return document.querySelector('[aria-label=\"Canvas title\"]').value",
        json!("File trip"),
    )
    .await;
    append_to_note(&cfo, "Design", " with the CFO").await;
    cfo.wait_saved().await;
    let back = send_as_file(&cfo).await;
    cfo.close().await;

    author.wait_for(".canvas-title").await;
    import(&author, &back, "back").await;
    let said = author.text_of(".my-version").await;
    assert!(
        said.contains("A version of your canvas “File trip”, changed since you shared it"),
        "{said}"
    );
    author.click_button("Merge into mine").await;
    let changes = listed_changes(&author).await;
    assert_eq!(
        changes,
        json!([
            "They changed “Needs analysis” (Design) to “Needs analysis with the CFO” (Design)."
        ])
    );
    author.click_button("Take all").await;
    merge_chosen(&author).await;
    author
        .eventually(
            "return [...document.querySelectorAll('.board textarea[aria-label^=\"Note in Design\"]')].map(n => n.value)",
            json!(["Needs analysis with the CFO"]),
        )
        .await;
    // The merge went into my canvas: still one canvas in My canvases.
    author.wait_saved().await;
    author.open_my_canvases().await;
    assert_eq!(author.listed_titles().await, ["File trip"]);
    author.close().await;
}

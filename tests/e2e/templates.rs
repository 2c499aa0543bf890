//! End-to-end tests of templates: the gallery (blank canvases and worked
//! examples), "Use template" making a new draft, a deep link to a template,
//! and an unknown or broken template saying why while the rest still work.
use crate::support::{copy_dir, dist_dir, App};
use serde_json::json;
use std::path::PathBuf;

const CARDS: &str = "return [...document.querySelectorAll('dialog[open] .template-card h3')].map(h => h.textContent)";

/// Clicks "Use template" on the card named `name`.
fn use_template(name: &str) -> String {
    format!(
        "[...document.querySelectorAll('dialog[open] .template-card')].find(c => c.querySelector('h3').textContent === '{name}').querySelector('button').click(); return null"
    )
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn the_gallery_offers_blanks_and_examples_and_use_template_makes_a_new_draft() {
    let app = App::open().await;
    app.fresh_start().await;
    app.wait_saved().await;
    app.click_button("Templates").await;
    app.eventually(
        "return document.querySelectorAll('dialog[open] .template-card').length > 8",
        json!(true),
    )
    .await;
    let cards = app.js(CARDS).await;
    let names: Vec<&str> = cards
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(names[0], "Blank: Learning Model Canvas (9 blocks)");
    assert_eq!(names.len(), 4 + 5, "{names:?}");
    app.screenshot("templates").await;
    let example = names[4].to_string();

    let before = app.js("return localStorage.length").await;
    app.js(&use_template(&example)).await;
    app.eventually(
        "return document.querySelectorAll('dialog[open]').length",
        json!(0),
    )
    .await;
    app.eventually(
        "return document.querySelectorAll('li.note').length > 10",
        json!(true),
    )
    .await;
    app.wait_saved().await;
    app.js("window.scrollTo(0, 0); document.activeElement.blur(); document.querySelector('.toast .dismiss')?.click(); return null")
        .await;
    app.screenshot("from-template").await;
    assert_ne!(app.js("return localStorage.length").await, before);
    app.open_my_canvases().await;
    assert_eq!(
        app.listed_titles().await.len(),
        2,
        "a new draft beside the first"
    );
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn a_deep_link_opens_a_template_and_an_unknown_one_says_so() {
    let app = App::open().await;
    app.fresh_start().await;
    let first: String = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates/index.json"),
    )
    .ok()
    .and_then(|raw| serde_json::from_str::<serde_json::Value>(&raw).ok())
    .and_then(|v| v["templates"][0].as_str().map(str::to_string))
    .expect("a first template in the index");
    let origin = app.server.origin.clone();
    app.client.goto("about:blank").await.expect("blank");
    app.client
        .goto(&format!("{origin}/#/template/{first}"))
        .await
        .expect("deep link");
    app.wait_for(".shared-banner h1").await;
    assert_eq!(
        app.js("return document.querySelector('.shared-badge').textContent")
            .await,
        json!("Template · read-only")
    );
    assert!(
        app.js("return document.querySelectorAll('.note-static').length")
            .await
            .as_u64()
            .unwrap_or(0)
            > 10
    );
    app.screenshot("template-page").await;
    app.click_button("Use template").await;
    app.eventually(
        "return document.querySelectorAll('li.note').length > 10",
        json!(true),
    )
    .await;

    app.client.goto("about:blank").await.expect("blank");
    app.client
        .goto(&format!("{origin}/#/template/no-such-template"))
        .await
        .expect("deep link");
    app.eventually(
        "return document.querySelector('[role=alert]')?.textContent ?? ''",
        json!(
            "The template “no-such-template” cannot be opened: there is no such file on the site."
        ),
    )
    .await;
    // A path is never a template name: nothing else on the site is fetched.
    app.client.goto("about:blank").await.expect("blank");
    app.client
        .goto(&format!("{origin}/#/template/..%2Findex"))
        .await
        .expect("deep link");
    app.eventually(
        "return document.querySelector('[role=alert]')?.textContent ?? ''",
        json!("The template “../index” cannot be opened: this is not a template name (lower-case letters, digits and dashes)."),
    )
    .await;
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn a_broken_template_file_is_named_and_the_gallery_lists_the_good_ones() {
    // A copy of the site with one broken template added to the index.
    let site = std::env::temp_dir().join(format!("lmc-site-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&site);
    copy_dir(&dist_dir(), &site);
    let index_path = site.join("templates/index.json");
    let mut index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&index_path).expect("index")).expect("json");
    index["templates"]
        .as_array_mut()
        .expect("a list")
        .push(json!("broken-one"));
    std::fs::write(&index_path, index.to_string()).expect("write index");
    std::fs::write(
        site.join("templates/broken-one.json"),
        r#"{"version":1,"name":"Broken","description":"x","canvas":{"title":"T","kind":"swot","notes":[]}}"#,
    )
    .expect("write the broken template");

    let app = App::open_site(site.clone(), "/").await;
    app.fresh_start().await;
    app.click_button("Templates").await;
    app.eventually(
        "return document.querySelector('dialog[open] [role=alert]')?.textContent ?? ''",
        json!("Some templates could not be opened:“broken-one”: it is damaged (canvas.kind: unknown canvas kind \"swot\")"),
    )
    .await;
    assert_eq!(
        app.js("return document.querySelectorAll('dialog[open] .template-card').length")
            .await,
        json!(9),
        "the four blanks and the five good examples"
    );
    app.close().await;
    let _ = std::fs::remove_dir_all(&site);
}

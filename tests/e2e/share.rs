//! End-to-end tests of share links: the "Share" dialog, a link opened
//! read-only, "Save a copy" (and the same link opened twice), broken links,
//! and the warning for links too long for chat apps. Throughout, my drafts
//! are compared byte for byte: no link changes them by being opened.
use crate::support::App;
use fantoccini::Locator;
use serde_json::json;

/// Every key and value of localStorage, sorted: what my drafts are.
const STORAGE: &str =
    "return JSON.stringify(Object.keys(localStorage).sort().map(k => [k, localStorage.getItem(k)]))";

async fn buttons(app: &App) -> Vec<String> {
    let v = app
        .js("return [...document.querySelectorAll('button')].map(b => b.textContent.trim())")
        .await;
    serde_json::from_value(v).expect("button names")
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn a_shared_canvas_opens_read_only_and_saves_as_a_copy_once() {
    let app = App::open().await;
    app.fresh_start().await;
    app.set_title("Acme share test").await;
    app.add_note("Customer Segments", "Sales managers — EMEA")
        .await;
    app.add_note("Key Partners", "IT for the LMS\nsecond line <b>bold?</b>")
        .await;
    app.wait_saved().await;

    // The dialog: named "Share", the link, its length, "Copy link".
    let link = app.share_link().await;
    let origin = &app.server.origin;
    assert!(link.starts_with(&format!("{origin}/#c5.")), "{link}");
    assert_eq!(
        app.js("const d = document.querySelector('dialog[open]'); return document.getElementById(d.getAttribute('aria-labelledby')).textContent")
            .await,
        json!("Share")
    );
    assert_eq!(
        app.text_of("dialog[open] .share-length").await,
        format!("{} characters", link.len())
    );
    assert!(
        link.len() < 400,
        "a two-note canvas makes a short link: {}",
        link.len()
    );
    assert_eq!(
        app.js("return document.querySelectorAll('.share-warning').length")
            .await,
        json!(0)
    );
    app.click_in_dialog("Copy link").await;
    app.eventually(
        "return document.querySelector('dialog[open] .copy-status').textContent",
        json!("Copied"),
    )
    .await;
    app.screenshot("share-dialog").await;
    app.click_in_dialog("Close").await;
    // Sharing gave the canvas its lineage and kept the shared version.
    app.wait_saved().await;
    let mine = app.js(STORAGE).await;

    // Pasted into the address bar of the same tab: only the fragment changes.
    app.client.goto(&link).await.expect("open the link");
    app.wait_for(".shared-banner").await;
    assert_eq!(app.text_of(".shared-banner h1").await, "Acme share test");
    assert!(app.text_of(".shared-badge").await.contains("read-only"));
    let notes = app
        .js("return [...document.querySelectorAll('.note-static')].map(n => n.textContent)")
        .await;
    assert_eq!(
        notes,
        json!([
            "Sales managers — EMEA",
            "IT for the LMS\nsecond line <b>bold?</b>"
        ])
    );
    assert_eq!(
        app.js("return document.querySelectorAll('textarea, input, b').length")
            .await,
        json!(0),
        "nothing to edit, and user text is never HTML"
    );
    assert_eq!(app.js(STORAGE).await, mine, "opening a link wrote nothing");
    app.screenshot("shared-view").await;
    // On a phone the blocks stack, Customer Segments first, as in the editor.
    app.client
        .set_window_size(400, 900)
        .await
        .expect("narrow window");
    assert_eq!(
        app.js("const b = [...document.querySelectorAll('.board .block h2')]; \
                return b.map(h => h.getBoundingClientRect().top).every((t, i, a) => i === 0 || t > a[i - 1]) \
                  && b[0].textContent")
            .await,
        json!("Customer Segments")
    );
    app.screenshot("shared-view-phone").await;
    app.client
        .set_window_size(1440, 900)
        .await
        .expect("wide window");

    // A fresh load of the link: the same, still nothing written.
    app.load_fresh(&link).await;
    app.wait_for(".shared-banner").await;
    // It is my own canvas's link: it says so, and a copy is a separate one.
    assert!(app
        .text_of(".my-version")
        .await
        .contains("This is your own link of “Acme share test”"));
    assert!(buttons(&app)
        .await
        .contains(&"Save as a separate copy".to_string()));
    assert_eq!(app.js(STORAGE).await, mine);

    // "Save as a separate copy": a new draft beside mine, opened in the editor.
    app.click_button("Save as a separate copy").await;
    app.wait_for(".canvas-title").await;
    app.eventually("return location.hash", json!("")).await;
    // The copy is told apart from mine by where it came from.
    let copy_title = app.canvas_title().await;
    assert!(
        copy_title.starts_with("Acme share test (from link, "),
        "{copy_title}"
    );
    app.wait_saved().await;
    app.open_my_canvases().await;
    assert_eq!(
        app.listed_titles().await,
        [copy_title.clone(), "Acme share test".to_string()]
    );
    // Edit my own canvas afterwards, so the copy is not the newest one.
    app.js("[...document.querySelectorAll('dialog[open] .open-canvas')][1].click(); return null")
        .await;
    app.eventually(
        "return document.querySelectorAll('dialog[open]').length",
        json!(0),
    )
    .await;
    app.add_note("Value Proposition", "Edited after the copy")
        .await;
    app.wait_saved().await;
    let with_copy = app.js(STORAGE).await;

    // The same link again: the copy is offered, no second one made silently.
    app.load_fresh(&link).await;
    app.wait_for(".earlier-copy").await;
    assert!(app
        .text_of(".earlier-copy")
        .await
        .contains("You saved a copy of this canvas before"));
    let names = buttons(&app).await;
    assert!(names.contains(&"Open my copy".to_string()), "{names:?}");
    assert!(
        names.contains(&"Save another copy".to_string()),
        "{names:?}"
    );
    assert!(!names.contains(&"Save a copy".to_string()), "{names:?}");
    assert_eq!(app.js(STORAGE).await, with_copy);
    app.screenshot("shared-view-copy-exists").await;
    app.click_button("Open my copy").await;
    app.wait_for(".canvas-title").await;
    assert_eq!(app.canvas_title().await, copy_title);
    assert_eq!(
        app.js(
            "return document.querySelectorAll('[aria-label=\"Note in Value Proposition\"]').length"
        )
        .await,
        json!(0),
        "the copy opened, not my canvas edited later"
    );
    app.open_my_canvases().await;
    assert_eq!(app.listed_titles().await.len(), 2);
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn a_broken_link_says_what_is_wrong_and_changes_nothing() {
    let app = App::open().await;
    app.fresh_start().await;
    app.set_title("Mine, untouched").await;
    app.add_note("Design", "Agile sprints").await;
    app.wait_saved().await;
    let link = app.share_link().await;
    // Sharing gave the canvas its lineage: stored before the comparison.
    app.click_in_dialog("Close").await;
    app.wait_saved().await;
    let mine = app.js(STORAGE).await;
    let cut = &link[..link.len() - 25];
    let changed = {
        let at = link.len() - 30;
        let swap = if &link[at..at + 1] == "A" { "B" } else { "A" };
        format!("{}{swap}{}", &link[..at], &link[at + 1..])
    };
    let newer = link.replacen("#c5.", "#c9.", 1);
    for (url, says) in [
        (
            cut,
            "This link is incomplete: ask the sender for the whole link",
        ),
        (changed.as_str(), "changed or damaged on the way"),
        (
            newer.as_str(),
            "made by a newer version of Learning Model Canvas",
        ),
    ] {
        app.load_fresh(url).await;
        let alert = app.text_of(".broken-link [role=alert]").await;
        assert!(alert.contains(says), "{url}: {alert}");
        assert_eq!(app.js(STORAGE).await, mine, "{url} wrote to storage");
    }
    app.screenshot("broken-link").await;
    // The way back: my canvases, untouched, and the address without the link.
    app.click_button("My canvases").await;
    app.wait_for("dialog[open] .canvas-list").await;
    assert_eq!(app.listed_titles().await, ["Mine, untouched"]);
    assert_eq!(app.js("return location.hash").await, json!(""));
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn a_link_too_long_for_chat_apps_comes_with_a_warning_and_a_file() {
    let app = App::open().await;
    app.fresh_start().await;
    // Forty notes of words that do not repeat: a link that compresses badly.
    let mut seed: u64 = 7;
    let notes: Vec<serde_json::Value> = (1..=40)
        .map(|id| {
            let text: String = (0..12)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    format!("w{:x} ", seed >> 40)
                })
                .collect();
            json!({"id": id, "block": "design", "text": text})
        })
        .collect();
    let draft =
        json!({"version": 1, "canvas": {"title": "Long one", "kind": "lmc-nine", "notes": notes}});
    app.js(&format!(
        "localStorage.clear(); sessionStorage.clear(); \
         localStorage.setItem('learning-model-canvas.draft', {}); return null",
        json!(draft.to_string())
    ))
    .await;
    app.reload().await;
    let link = app.share_link().await;
    assert!(link.len() > 2000, "{}", link.len());
    let warning = app.text_of("dialog[open] .share-warning").await;
    assert!(
        warning.contains("Outlook") && warning.contains("as a file"),
        "{warning}"
    );
    app.client
        .find(Locator::XPath(
            "//dialog[@open]//div[@class='share-warning']//button[normalize-space()='Download as a file']",
        ))
        .await
        .expect("the file offered beside the warning");
    app.screenshot("share-dialog-long").await;
    app.close().await;
}

/// The QR code as drawn on the page, read back as a phone would: the SVG
/// path's unit rows turned into pixels, decoded by rqrr.
pub(crate) fn read_qr(view_box: &str, path: &str, scale: usize) -> Option<String> {
    let side: usize = view_box.split(' ').nth(2)?.parse().ok()?;
    let mut dark = vec![false; side * side];
    for part in path.split('M').filter(|p| !p.is_empty()) {
        // "x yhNv1h-Nz"
        let (xy, rest) = part.split_once('h')?;
        let (x, y) = xy.split_once(' ')?;
        let (x, y): (usize, usize) = (x.parse().ok()?, y.parse().ok()?);
        let run: usize = rest.split('v').next()?.parse().ok()?;
        for dx in 0..run {
            *dark.get_mut(y * side + x + dx)? = true;
        }
    }
    let px = side * scale;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
        if dark[(y / scale) * side + x / scale] {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    grids.first()?.decode().ok().map(|(_, text)| text)
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn the_share_dialog_shows_a_qr_code_that_reads_back_as_the_link() {
    let app = App::open().await;
    app.fresh_start().await;
    app.set_title("Acme L&D 2026").await;
    app.add_note("Design", "Blended programmes").await;
    app.wait_saved().await;
    let link = app.share_link().await;
    let qr = app
        .wait_for("dialog[open] svg[role=img][aria-label='QR code of the share link']")
        .await;
    let view_box = qr.attr("viewBox").await.unwrap().unwrap_or_default();
    let path = app
        .js("return document.querySelector('dialog[open] .share-qr path').getAttribute('d')")
        .await;
    assert_eq!(
        read_qr(&view_box, path.as_str().unwrap_or_default(), 4).as_deref(),
        Some(link.as_str()),
        "the code holds the link"
    );
    assert!(app
        .js("return [...document.querySelectorAll('dialog[open] button')].some(b => b.textContent === 'Download QR code')")
        .await
        .as_bool()
        .unwrap_or(false));
    app.screenshot("share-qr").await;
    app.close().await;
}

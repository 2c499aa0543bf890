//! End-to-end tests of "Export" (JSON, Markdown, SVG, PNG, Print on one
//! landscape page) and "Import" (a file chosen or dropped; wrong, damaged
//! and huge files refused with a message, nothing changed).
use crate::support::App;
use fantoccini::wd::{PrintConfiguration, PrintOrientation};
use serde_json::json;

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn every_export_holds_the_canvas_and_json_imports_back() {
    let app = App::open().await;
    app.fresh_start().await;
    app.set_title("Acme <L&D> 2027").await;
    app.add_note("Design", "Cohort *programme*").await;
    app.add_note("Delivery", "Live sessions").await;
    app.add_note("Delivery", "~250 managers -> L&D coaching")
        .await;
    app.wait_saved().await;
    app.catch_downloads().await;
    app.click_button("Export").await;

    app.download_in_dialog("Export JSON").await;
    let (name, json_text) = app.last_download().await;
    assert_eq!(name, "acme-l-d-2027.json");
    assert!(json_text.starts_with(r#"{"version":4,"#), "{json_text}");

    app.download_in_dialog("Export Markdown").await;
    let (name, md) = app.last_download().await;
    assert_eq!(name, "acme-l-d-2027.md");
    assert!(md.starts_with("# Acme \\<L&D> 2027\n"), "{md}");
    // Plain text reads the same rendered and as text: nothing escaped needlessly.
    assert!(md.contains("\n- ~250 managers -> L&D coaching\n"), "{md}");
    assert!(
        md.contains("## Design\n\n- Cohort \\*programme\\*\n"),
        "{md}"
    );

    app.download_in_dialog("Export SVG").await;
    let (name, svg) = app.last_download().await;
    assert_eq!(name, "acme-l-d-2027.svg");
    assert!(svg.starts_with("<svg xmlns"), "{svg}");
    assert!(svg.contains("Acme &lt;L&amp;D&gt; 2027") && svg.contains(">Live sessions</text>"));
    std::fs::write(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots/export.svg"),
        &svg,
    )
    .expect("keep the SVG");

    app.download_in_dialog("Export PNG").await;
    let png = app
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; const d = window.__downloads.at(-1); fetch(d[1]).then(r => r.arrayBuffer()).then(b => { const a = new Uint8Array(b); done([d[0], Array.from(a.slice(1, 4)).map(c => String.fromCharCode(c)).join(''), a.length]); });",
            vec![],
        )
        .await
        .expect("read the picture");
    assert_eq!(png[0], json!("acme-l-d-2027.png"));
    assert_eq!(png[1], json!("PNG"), "a PNG file");
    assert!(png[2].as_u64().unwrap_or(0) > 20_000, "{png}");
    app.screenshot("export").await;
    app.click_in_dialog("Close").await;

    // The JSON file imports as a new draft, the same canvas.
    let dir = std::env::temp_dir().join(format!("lmc-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("acme.json");
    std::fs::write(&file, &json_text).expect("write the export");
    let input = app.wait_for("input[type=file]").await;
    input
        .send_keys(file.to_str().expect("a path"))
        .await
        .expect("choose the file");
    // Its title is in use here: the copy says where it came from.
    app.eventually(
        "return (document.querySelector('.toast')?.textContent ?? '').startsWith('Imported “Acme <L&D> 2027 (imported, ')",
        json!(true),
    )
    .await;
    app.wait_saved().await;
    app.open_my_canvases().await;
    let titles = app.listed_titles().await;
    assert_eq!(titles.len(), 2);
    assert!(
        titles.contains(&"Acme <L&D> 2027".to_string())
            && titles
                .iter()
                .any(|t| t.starts_with("Acme <L&D> 2027 (imported, ")),
        "{titles:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn wrong_damaged_and_huge_files_are_refused_and_change_nothing() {
    let app = App::open().await;
    app.fresh_start().await;
    app.add_note("Design", "Mine").await;
    app.wait_saved().await;
    let storage = "return JSON.stringify(Object.keys(localStorage).sort().map(k => [k, localStorage.getItem(k)]))";
    let mine = app.js(storage).await;
    let dir = std::env::temp_dir().join(format!("lmc-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    // Each refusal is its own alert, kept until dismissed: read the newest.
    let alert = "const a = document.querySelectorAll('.canvas-page [role=alert] p'); return a.length ? a[a.length - 1].textContent : ''";
    for (name, content, says) in [
        ("notes.txt", "just some text".to_string(), "it is not JSON"),
        ("package.json", r#"{"name":"x"}"#.to_string(), "not made by Learning Model Canvas"),
        (
            "damaged.json",
            r#"{"version":4,"created":1,"edited":1,"canvas":{"title":"T","kind":"lmc-nine","notes":[{"id":1,"block":"design","text":"a","colour":"teal"}]}}"#.to_string(),
            "damaged",
        ),
        ("huge.json", " ".repeat(17 * 1024 * 1024), "larger than any canvas"),
    ] {
        let file = dir.join(name);
        std::fs::write(&file, content).expect("write the file");
        app.wait_for("input[type=file]")
            .await
            .send_keys(file.to_str().expect("a path"))
            .await
            .expect("choose the file");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let text = app.js(alert).await;
            if text.as_str().unwrap_or("").contains(says) {
                break;
            }
            assert!(std::time::Instant::now() < deadline, "{name}: {text}");
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(app.js(storage).await, mine, "{name} changed nothing");
    }
    app.screenshot("import-refused").await;

    // A file dropped onto the page imports the same way.
    app.js(r#"const f = new File(['{"version":1,"canvas":{"title":"Dropped","kind":"lean","notes":[]}}'], 'dropped.json', {type: 'application/json'});
        const dt = new DataTransfer(); dt.items.add(f);
        document.body.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
        document.body.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
        return null"#)
        .await;
    app.eventually(
        "return document.querySelector('.canvas-title').value",
        json!("Dropped"),
    )
    .await;
    let _ = std::fs::remove_dir_all(&dir);
    app.close().await;
}

/// The page as the browser prints it: landscape, unscaled, as a PDF.
async fn print_to_pdf(app: &App) -> Vec<u8> {
    app.client
        .print(
            PrintConfiguration::builder()
                .orientation(PrintOrientation::Landscape)
                .shrink_to_fit(false)
                .build()
                .expect("a print configuration"),
        )
        .await
        .expect("print to PDF")
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn print_fits_a_full_canvas_on_one_landscape_page() {
    let app = App::open().await;
    app.fresh_start().await;
    for i in 0..12 {
        app.add_note(
            "Design",
            &format!("Design choice number {i} with a few more words"),
        )
        .await;
    }
    app.wait_saved().await;
    // "Print" fits the canvas to the page, then asks the browser to print.
    app.js("window.__printed = 0; window.print = () => { window.__printed += 1; }; return null")
        .await;
    app.click_button("Export").await;
    app.click_in_dialog("Print").await;
    app.eventually("return window.__printed", json!(1)).await;
    let pdf = print_to_pdf(&app).await;
    let count = |needle: &[u8]| pdf.windows(needle.len()).filter(|w| *w == needle).count();
    let pages = count(b"/Type /Page") - count(b"/Type /Pages");
    assert_eq!(pages, 1, "the canvas fits one page");
    std::fs::write(
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots/print.pdf"),
        &pdf,
    )
    .expect("keep the PDF");
    app.close().await;
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn the_printout_holds_the_title_date_models_and_legend_as_text_and_no_form_control() {
    let app = App::open().await;
    app.fresh_start().await;
    app.use_template("field-service-performance-support").await;
    app.wait_saved().await;
    app.js("window.__printed = 0; window.print = () => { window.__printed += 1; }; return null")
        .await;
    app.menu_choose("Canvas", "Print").await;
    app.eventually("return window.__printed", json!(1)).await;
    // Laid out so that, scaled to the page, it fills at least 90 % of its width.
    let filled = app
        .js("const s = getComputedStyle(document.documentElement); \
             return parseFloat(s.getPropertyValue('--print-width')) * parseFloat(s.getPropertyValue('--print-zoom')) / 994")
        .await;
    assert!(
        filled.as_f64().unwrap_or(0.0) >= 0.9,
        "fills {filled} of the width"
    );
    let pdf = print_to_pdf(&app).await;
    let count = |needle: &[u8]| pdf.windows(needle.len()).filter(|w| *w == needle).count();
    assert_eq!(
        count(b"/Type /Page") - count(b"/Type /Pages"),
        1,
        "one page"
    );
    assert_eq!(count(b"/AcroForm") + count(b"/Widget"), 0, "no form field");
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("folder");
    let file = dir.join("print-template.pdf");
    std::fs::write(&file, &pdf).expect("keep the PDF");
    let text = std::process::Command::new("pdftotext")
        .args(["-layout", file.to_str().expect("a path"), "-"])
        .output()
        .expect("pdftotext (scripts/setup.sh installs poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout).to_string();
    for expected in [
        "Field Operations Learning",
        "Printed ",
        "Learning model:",
        "Performance Support",
        "Legend",
        "Decision",
        "Key Partners",
        "Field Systems IT",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from the printout:\n{text}"
        );
    }
    for control in ["Add note", "Focus", "Canvas ▾", "Not chosen", "Type a note"] {
        assert!(!text.contains(control), "{control:?} is on paper:\n{text}");
    }
    app.close().await;
}

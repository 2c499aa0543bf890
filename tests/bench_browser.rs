//! Browser benchmark: 200 drafts of 50 notes in real localStorage, in the
//! release build in headless Chromium. It prints how long the list takes to
//! open and to filter; it asserts only that the list is complete, not times
//! (the machine is shared and noisy). Run by `scripts/bench.sh`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "e2e/support/mod.rs"]
mod support;

#[path = "../benches/sample.rs"]
mod sample;

use lmc::core::library::drafts::Library;
use lmc::core::library::store::MemoryStore;
use sample::{realistic_canvas, CANVASES, NOTES};
use serde_json::json;
use support::App;

/// Runs `action` in the page, then waits (watching DOM mutations) until
/// `count_css` matches `expected` elements and the next frame is painted.
/// Returns [ms until the DOM was complete, ms until the frame after].
const MEASURE: &str = r#"
const [action, countCss, expected, done] = [arguments[0], arguments[1], arguments[2], arguments[arguments.length - 1]];
const t0 = performance.now();
const check = () => document.querySelectorAll(countCss).length === expected;
const finish = () => { const t1 = performance.now(); requestAnimationFrame(() => setTimeout(() => done([t1 - t0, performance.now() - t0]), 0)); };
const obs = new MutationObserver(() => { if (check()) { obs.disconnect(); finish(); } });
obs.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['open'] });
new Function(action)();
if (check()) { obs.disconnect(); finish(); }
"#;

async fn measure(app: &App, action: &str, count_css: &str, expected: usize) -> (f64, f64) {
    let v = app
        .client
        .execute_async(
            MEASURE,
            vec![json!(action), json!(count_css), json!(expected)],
        )
        .await
        .expect("measure script");
    (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
}

#[tokio::test]
#[ignore = "a benchmark: run scripts/bench.sh"]
async fn bench_my_canvases_with_200_drafts_of_50_notes() {
    let mut lib = Library::new(MemoryStore::default());
    for i in 0..CANVASES {
        lib.create(
            realistic_canvas(i),
            1_795_000_000_000 + i as i64,
            i as u64 * 7919,
        )
        .expect("create");
    }
    let app = App::open().await;
    app.fill_storage(&lib.store.items).await;
    let start = std::time::Instant::now();
    app.reload().await;
    let reload = start.elapsed();

    println!(
        "My canvases with {CANVASES} drafts x {NOTES} notes (release build, headless Chromium):"
    );
    println!(
        "  page reload until the canvas shows: {:.0} ms (seen from the test driver)",
        reload.as_secs_f64() * 1000.0
    );
    let mut opens = Vec::new();
    let mut filters = Vec::new();
    for _ in 0..5 {
        // "My canvases" is an item of the header's Canvas menu: the menu is
        // opened first, and the time runs from the item's click.
        app.js("document.querySelector('.header-menus #menu-button-canvas').click(); return null")
            .await;
        app.wait_for("#menu-canvas [role^=menuitem]").await;
        let open = measure(
            &app,
            "[...document.querySelectorAll('#menu-canvas [role^=menuitem]')].find(b => b.textContent.trim().startsWith('My canvases')).click()",
            "dialog[open] .canvas-item",
            CANVASES,
        )
        .await;
        let filter = measure(
            &app,
            "const f = document.querySelector('dialog[open] input[type=search]'); f.value = 'client 19'; f.dispatchEvent(new Event('input', { bubbles: true }))",
            "dialog[open] .canvas-item",
            10,
        )
        .await;
        let clear = measure(
            &app,
            "const f = document.querySelector('dialog[open] input[type=search]'); f.value = ''; f.dispatchEvent(new Event('input', { bubbles: true }))",
            "dialog[open] .canvas-item",
            CANVASES,
        )
        .await;
        app.js("document.querySelector('dialog[open] .close').click(); return null")
            .await;
        app.eventually(
            "return document.querySelector('dialog') === null",
            json!(true),
        )
        .await;
        opens.push(open);
        filters.push((filter, clear));
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    println!(
        "  open \"My canvases\" (200 rows):      {:.1} ms to DOM, {:.1} ms to next frame (median of 5)",
        median(opens.iter().map(|o| o.0).collect()),
        median(opens.iter().map(|o| o.1).collect())
    );
    println!(
        "  filter to 10 rows:                  {:.1} ms to DOM, {:.1} ms to next frame",
        median(filters.iter().map(|f| f.0 .0).collect()),
        median(filters.iter().map(|f| f.0 .1).collect())
    );
    println!(
        "  clear the filter (back to 200):     {:.1} ms to DOM, {:.1} ms to next frame",
        median(filters.iter().map(|f| f.1 .0).collect()),
        median(filters.iter().map(|f| f.1 .1).collect())
    );
    let used = app
        .js("let n = 0; for (let i = 0; i < localStorage.length; i++) { const k = localStorage.key(i); n += k.length + localStorage.getItem(k).length; } return n")
        .await;
    println!("  localStorage used: {used} UTF-16 units");
    app.close().await;
}

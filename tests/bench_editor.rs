//! Browser benchmark of the editor (release build, headless Chromium), in
//! one run so the figures compare: a bare textarea page, then the editor
//! with an empty canvas and with 40 and 500 notes. It prints, per canvas,
//! the DOM nodes and event listeners per note, the time to the canvas
//! painted (median of 7 loads), a keystroke in a note from keydown to the
//! task after the next frame (median of 31) beside the bare textarea's,
//! and the longest autosave task after typing stops; then the ratios the
//! targets are set in. It asserts only that every note is on the page,
//! not times (the machine is shared and noisy). Run by `scripts/bench.sh`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "e2e/support/mod.rs"]
mod support;

use lmc::core::canvas::colour::PALETTE;
use lmc::core::canvas::kind::CanvasKind;
use lmc::core::canvas::model::Canvas;
use lmc::core::library::drafts::Library;
use lmc::core::library::store::MemoryStore;
use serde_json::json;
use support::{copy_dir, dist_dir, App};

fn canvas_of(notes: usize) -> Canvas {
    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    c.title = format!("Workshop wall, {notes} notes");
    let blocks = CanvasKind::LearningModelNine.def().blocks;
    for n in 0..notes {
        let id = c.add_note(blocks[n % blocks.len()].id);
        c.set_note_text(
            id,
            &format!("Idea {n}: coaching circles for new managers, €{n}00"),
        );
        // Half the notes coloured, as after a workshop's sorting.
        c.set_note_colour(id, (n % 2 == 0).then(|| PALETTE[n / 2 % PALETTE.len()]));
        // Some linked to the note before, as threads are.
        if n % 5 == 1 {
            c.links.push((id - 1, id));
        }
    }
    c.legend.set_label(PALETTE[3], "Blocker");
    c
}

/// Counts every listener added to each node, before the app's script runs
/// (a plain script runs before the module loader), so the benchmark can
/// sum them over a note's nodes.
const COUNT_LISTENERS: &str = r#"(() => {
  const counts = new WeakMap();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    counts.set(this, (counts.get(this) || 0) + 1);
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    const n = counts.get(this);
    if (n) counts.set(this, n - 1);
    return remove.call(this, type, fn, options);
  };
  window.__perNote = () => {
    const notes = [...document.querySelectorAll('li.note')];
    let nodes = 0, listeners = 0;
    for (const li of notes) {
      const walk = document.createTreeWalker(li, NodeFilter.SHOW_ALL);
      for (let n = walk.currentNode; n; n = walk.nextNode()) {
        nodes += 1;
        listeners += counts.get(n) || 0;
      }
    }
    return [notes.length, nodes, listeners];
  };
})();
"#;

/// Types 31 letters into the middle element matching `arguments[0]`, one
/// keydown/input/keyup at a time, each at the start of a frame, and returns
/// per keystroke the ms from keydown to the task after that frame (its
/// handlers, the effects they queue, then style, layout and paint), and of
/// that the handlers' and the effects' share.
const KEYSTROKES: &str = r#"
const done = arguments[arguments.length - 1];
const all = document.querySelectorAll(arguments[0]);
const el = all[Math.floor(all.length / 2)];
el.focus();
const keystroke = () => new Promise(r => requestAnimationFrame(() => {
  const t0 = performance.now();
  el.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
  el.value = el.value + 'x';
  el.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));
  el.dispatchEvent(new KeyboardEvent('keyup', { key: 'x', bubbles: true }));
  const t1 = performance.now();
  let t2 = t1;
  // After the effects the handlers queued (microtasks queued before this one).
  queueMicrotask(() => { t2 = performance.now(); });
  setTimeout(() => r([performance.now() - t0, t1 - t0, t2 - t1]), 0);
}));
(async () => {
  const out = [];
  for (let i = 0; i < 31; i++) {
    out.push(await keystroke());
    await new Promise(r => setTimeout(r, 30));
  }
  done(out);
})();
"#;

/// For `arguments[0]` ms, the longest the page's main thread was busy
/// between two turns of a message loop: after typing stops, that is the
/// longest task the autosave makes (whatever the build).
const LONGEST_TASK: &str = r#"
const done = arguments[arguments.length - 1];
const until = performance.now() + arguments[0];
const channel = new MessageChannel();
let last = performance.now(), longest = 0;
channel.port1.onmessage = () => {
  const now = performance.now();
  longest = Math.max(longest, now - last);
  last = now;
  if (now < until) channel.port2.postMessage(0); else done(longest);
};
channel.port2.postMessage(0);
"#;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn numbers(v: &serde_json::Value) -> Vec<f64> {
    v.as_array()
        .expect("numbers")
        .iter()
        .filter_map(serde_json::Value::as_f64)
        .collect()
}

/// The longest task (ms) of the next 2.5 s.
async fn longest_task(app: &App) -> f64 {
    app.client
        .execute_async(LONGEST_TASK, vec![json!(2500)])
        .await
        .expect("watch the main thread")
        .as_f64()
        .unwrap_or(0.0)
}

/// Medians of (the whole keystroke, its handlers, its effects), in ms.
async fn keystrokes(app: &App, selector: &str) -> [f64; 3] {
    let runs = app
        .client
        .execute_async(KEYSTROKES, vec![json!(selector)])
        .await
        .expect("keystrokes");
    let runs = runs.as_array().expect("keystrokes");
    let part = |i: usize| median(runs.iter().filter_map(|k| k[i].as_f64()).collect());
    [part(0), part(1), part(2)]
}

/// The release build with the listener counter and a bare textarea page.
fn site() -> std::path::PathBuf {
    let root = std::env::temp_dir().join(format!("lmc-bench-editor-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(&dist_dir(), &root);
    std::fs::write(root.join("count-listeners.js"), COUNT_LISTENERS).expect("counter");
    let index = std::fs::read_to_string(root.join("index.html")).expect("index.html");
    let mut extra = String::from("<script src=\"count-listeners.js\"></script>");
    // LMC_BENCH_CSS: a style sheet to try on the build without rebuilding it.
    if let Ok(css) = std::env::var("LMC_BENCH_CSS") {
        std::fs::write(root.join("bench-extra.css"), css).expect("extra styles");
        extra.push_str("<link rel=\"stylesheet\" href=\"bench-extra.css\">");
    }
    let index = index.replacen("<title>", &format!("{extra}<title>"), 1);
    std::fs::write(root.join("index.html"), index).expect("index.html");
    std::fs::write(
        root.join("bare.html"),
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bare</title></head>\
         <body><textarea class=\"bare\" aria-label=\"Bare\"></textarea></body></html>",
    )
    .expect("bare page");
    root
}

#[tokio::test]
#[ignore = "a benchmark: run scripts/bench.sh"]
async fn bench_the_editor_empty_and_with_40_and_500_notes() {
    let app = App::open_site(site(), "/").await;
    println!("The editor (release build, headless Chromium, one run):");

    app.client
        .goto(&format!("{}/bare.html", app.server.origin))
        .await
        .expect("bare page");
    let bare = keystrokes(&app, "textarea.bare").await[0];
    let idle = longest_task(&app).await;
    println!(
        "  bare textarea: keystroke {bare:.2} ms (keydown to the task after its frame, median of 31); \
         longest gap of an idle page in 2.5 s {idle:.1} ms (the floor of that measure)"
    );
    app.goto("/").await;

    let mut open = Vec::new();
    let mut keys = Vec::new();
    for notes in [0, 40, 500] {
        let mut lib = Library::new(MemoryStore::default());
        lib.create(canvas_of(notes), 1_795_000_000_000, 7919)
            .expect("create");
        let mut items = lib.store.items.clone();
        // Not a first visit: the welcome line stays away.
        items.insert("learning-model-canvas.welcomed".into(), "1".into());
        app.fill_storage(&items).await;
        let mut painted = Vec::new();
        for _ in 0..7 {
            app.reload().await;
            app.eventually(
                "return performance.getEntriesByName('lmc-painted').length",
                json!(1),
            )
            .await;
            let v = app
                .js("return performance.getEntriesByName('lmc-painted')[0].startTime")
                .await;
            painted.push(v.as_f64().expect("a time"));
        }
        let per_note = app.js("return window.__perNote()").await;
        assert_eq!(per_note[0], json!(notes), "every note is on the page");
        let painted = median(painted);
        open.push(painted);
        print!("  {notes} notes: canvas painted {painted:.0} ms after navigation (median of 7)");
        if notes > 0 {
            let (n, nodes, listeners) = (
                notes as f64,
                per_note[1].as_f64().unwrap_or(0.0),
                per_note[2].as_f64().unwrap_or(0.0),
            );
            let [key, handlers, effects] = keystrokes(&app, ".note-text").await;
            keys.push(key);
            // Typing stopped: the save runs once the pause and the idle time pass.
            let longest = longest_task(&app).await;
            let saves = numbers(
                &app.js("return performance.getEntriesByName('lmc-save').map(e => e.duration)")
                    .await,
            );
            let save = saves.iter().copied().fold(0.0, f64::max);
            println!(
                "; {:.1} DOM nodes and {:.2} listeners per note; keystroke {key:.2} ms ({handlers:.2} handlers, {effects:.2} effects, the rest style, layout and paint); \
                 after typing stops, the longest task {longest:.1} ms (the save itself {save:.1} ms)",
                nodes / n,
                listeners / n,
            );
        } else {
            println!();
        }
    }
    println!("  ratios (targets in brackets):");
    println!(
        "    open, 40 notes / empty:  {:.2} (<= 1.15)",
        open[1] / open[0]
    );
    println!(
        "    open, 500 notes / empty: {:.2} (<= 2)",
        open[2] / open[0]
    );
    println!(
        "    keystroke, 40 notes / bare textarea:  {:.2} (<= 1.3)",
        keys[0] / bare
    );
    println!(
        "    keystroke, 500 notes / bare textarea: {:.2} (<= 1.5)",
        keys[1] / bare
    );
    app.close().await;
}

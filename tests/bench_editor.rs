//! Browser benchmark of the editor: a canvas of 40 and of 500 notes in the
//! release build in headless Chromium. It prints how long the page takes to
//! open (performance marks set by the app) and how long a keystroke in a
//! note takes (input event to DOM and effects done, and to the next frame).
//! It asserts only that every note is on the page, not times (the machine
//! is shared and noisy). Run by `scripts/bench.sh`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use lmc::core::colour::PALETTE;
use lmc::core::kind::CanvasKind;
use lmc::core::library::Library;
use lmc::core::model::Canvas;
use lmc::core::store::MemoryStore;
use serde_json::json;
use support::App;

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
    }
    c.legend.set_label(PALETTE[3], "Blocker");
    c
}

/// Types 21 letters into the middle note, one input event at a time, and
/// returns per keystroke [ms until the handler and the effects it queued
/// are done, ms until the next frame is painted, ms of that frame's own
/// work (from its animation-frame callback to after its paint)].
const KEYSTROKES: &str = r#"
const done = arguments[arguments.length - 1];
const notes = document.querySelectorAll('.note-text');
const el = notes[Math.floor(notes.length / 2)];
el.focus();
const afterTasks = () => new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
const nextFrame = () => new Promise(r => requestAnimationFrame(() => { const raf = performance.now(); setTimeout(() => r(raf), 0); }));
(async () => {
  const out = [];
  for (let i = 0; i < 21; i++) {
    await nextFrame();
    const t0 = performance.now();
    el.value = el.value + 'x';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    await afterTasks();
    const t1 = performance.now();
    const raf = await nextFrame();
    const t2 = performance.now();
    out.push([t1 - t0, t2 - t0, t2 - raf]);
  }
  done(out);
})();
"#;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[tokio::test]
#[ignore = "a benchmark: run scripts/bench.sh"]
async fn bench_the_editor_with_40_and_500_notes() {
    let app = App::open().await;
    println!("The editor (release build, headless Chromium):");
    for notes in [40, 500] {
        let mut lib = Library::new(MemoryStore::default());
        lib.create(canvas_of(notes), 1_795_000_000_000, 7919)
            .expect("create");
        app.fill_storage(&lib.store.items).await;
        let mut opens = Vec::new();
        for _ in 0..5 {
            app.reload().await;
            app.eventually(
                "return performance.getEntriesByName('lmc-painted').length",
                json!(1),
            )
            .await;
            assert_eq!(
                app.js("return document.querySelectorAll('.note-text').length")
                    .await,
                json!(notes)
            );
            let v = app
                .js("return [performance.getEntriesByName('lmc-mounted')[0].startTime, performance.getEntriesByName('lmc-painted')[0].startTime]")
                .await;
            opens.push((v[0].as_f64().unwrap(), v[1].as_f64().unwrap()));
        }
        let keys = app
            .client
            .execute_async(KEYSTROKES, vec![])
            .await
            .expect("keystrokes");
        let keys: Vec<(f64, f64, f64)> = keys
            .as_array()
            .expect("timings")
            .iter()
            .map(|k| {
                (
                    k[0].as_f64().unwrap(),
                    k[1].as_f64().unwrap(),
                    k[2].as_f64().unwrap(),
                )
            })
            .collect();
        let worst = keys.iter().map(|k| k.0).fold(0.0, f64::max);
        println!("  {notes} notes:");
        println!(
            "    open (navigation start to page built / painted): {:.0} ms / {:.0} ms (median of 5)",
            median(opens.iter().map(|o| o.0).collect()),
            median(opens.iter().map(|o| o.1).collect())
        );
        println!(
            "    keystroke in a note, input event to DOM and effects done: {:.2} ms median, {:.2} ms worst of 21",
            median(keys.iter().map(|k| k.0).collect()),
            worst,
        );
        println!(
            "    the frame after it: style, layout and paint {:.1} ms median; painted {:.1} ms after the input (waiting for the frame included)",
            median(keys.iter().map(|k| k.2).collect()),
            median(keys.iter().map(|k| k.1).collect())
        );
    }
    app.close().await;
}

//! A randomized run across two real pages of the app (issue 15): notes
//! typed, new canvases, renames, deletes and their Undo, reloads and
//! switches between the pages, while each page's localStorage refuses one
//! write in six at random (a full quota or a thrown error). After every
//! step, each note text that ever reached storage is still there: in a
//! canvas (listed or in the trash) or in a text set aside as damaged.
use crate::support::App;
use serde_json::json;
use std::collections::BTreeSet;
use std::time::Duration;

/// Makes this page's storage refuse app writes at random (seeded).
const FAULTS: &str = "if (!window.__faulty) { window.__faulty = true; let seed = arguments[0]; \
    const set = Storage.prototype.setItem; \
    Storage.prototype.setItem = function (k, v) { \
      seed = (seed * 1103515245 + 12345) % 2147483648; \
      if (k.startsWith('learning-model-canvas.') && seed % 6 === 0) \
        throw new DOMException('refused by the test', seed % 12 === 0 ? 'QuotaExceededError' : 'UnknownError'); \
      return set.call(this, k, v); }; } return null";

/// Every note text of the form r<step> found in stored canvases or set-aside texts.
const FOUND: &str = "const out = new Set(); for (const k of Object.keys(localStorage)) { \
    if (k.includes('.canvas.') || k.includes('.quarantine.')) \
      for (const m of (localStorage.getItem(k) || '').matchAll(/r[0-9]+x/g)) out.add(m[0]); } \
    return [...out]";

const TYPE_NOTE: &str = "document.querySelectorAll('dialog[open]').forEach(d => d.close()); \
    const add = document.querySelector('[aria-label=\"Add note to Design\"]'); if (!add) return null; add.click(); \
    const notes = document.querySelectorAll('[aria-label=\"Note in Design\"]'); const n = notes[notes.length - 1]; \
    if (n) { n.value = arguments[0]; n.dispatchEvent(new Event('input', { bubbles: true })); } return null";

const RENAME: &str = "document.querySelectorAll('dialog[open]').forEach(d => d.close()); \
    const t = document.querySelector('[aria-label=\"Canvas title\"]'); \
    t.value = arguments[0]; t.dispatchEvent(new Event('input', { bubbles: true })); return null";

const DELETE_OPEN: &str = "const item = [...document.querySelectorAll('dialog[open] .canvas-item')] \
    .find(li => li.querySelector('.badge')); \
    if (item) [...item.querySelectorAll('button')].find(b => b.textContent === 'Delete')?.click(); return null";

const UNDO: &str = "[...document.querySelectorAll('.toast button')].find(b => b.textContent === 'Undo')?.click(); return null";

struct Dice(u64);

impl Dice {
    fn roll(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

async fn found(app: &App) -> BTreeSet<String> {
    serde_json::from_value(app.js(FOUND).await).unwrap_or_default()
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn every_note_ever_stored_survives_random_work_in_two_pages_with_faults() {
    let app = App::open().await;
    app.fresh_start().await;
    let first = app.client.window().await.expect("a window");
    app.js("window.open(location.href, 'tab2'); return null")
        .await;
    let second = loop {
        let all = app.client.windows().await.expect("windows");
        if let Some(h) = all.into_iter().find(|h| *h != first) {
            break h;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let tabs = [first, second];
    let mut dice = Dice(0x2545_f491_4f6c_dd1d);
    let mut here = 0;
    for tab in &tabs {
        app.switch_to(tab.clone()).await;
        app.wait_for(".board").await;
        app.client
            .execute(FAULTS, vec![json!(dice.roll(1 << 30))])
            .await
            .expect("faults");
    }
    app.switch_to(tabs[0].clone()).await;
    let mut ever: BTreeSet<String> = BTreeSet::new();
    for step in 0..40 {
        match dice.roll(10) {
            0..=3 => {
                app.client
                    .execute(TYPE_NOTE, vec![json!(format!("r{step}x"))])
                    .await
                    .expect("type a note");
            }
            4 => {
                app.client
                    .execute(RENAME, vec![json!(format!("Plan {step}"))])
                    .await
                    .expect("rename");
            }
            5 => {
                app.js("document.querySelectorAll('dialog[open]').forEach(d => d.close()); return null")
                    .await;
                app.open_my_canvases().await;
                app.click_in_dialog("New canvas").await;
            }
            6 => {
                app.js("document.querySelectorAll('dialog[open]').forEach(d => d.close()); return null")
                    .await;
                app.open_my_canvases().await;
                app.js(DELETE_OPEN).await;
                tokio::time::sleep(Duration::from_millis(300)).await;
                if dice.roll(2) == 0 {
                    app.js(UNDO).await;
                }
            }
            7 => {
                app.reload().await;
                app.client
                    .execute(FAULTS, vec![json!(dice.roll(1 << 30))])
                    .await
                    .expect("faults");
            }
            _ => {
                here = 1 - here;
                app.switch_to(tabs[here].clone()).await;
            }
        }
        // Past the autosave's pause, then a look at what is stored.
        tokio::time::sleep(Duration::from_millis(700)).await;
        let now = found(&app).await;
        let lost: Vec<&String> = ever.difference(&now).collect();
        assert!(
            lost.is_empty(),
            "step {step}: stored once, now lost: {lost:?}"
        );
        ever.extend(now);
    }
    assert!(ever.len() >= 5, "the run stored work: {ever:?}");
    app.screenshot("random-tabs").await;
    app.close().await;
}

//! The end-to-end harness: our own static server, our own chromedriver, and
//! a headless Chromium session driven through fantoccini.
#![allow(dead_code)]

pub mod downloads;
pub mod editor;
pub mod static_server;

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use static_server::StaticServer;
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const CHROME_ARGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1440,1000",
];

/// The release build the tests run against (built by scripts/test.sh).
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("LMC_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no release build at {}: run `trunk build --release` first (scripts/test.sh does)",
        dir.display()
    );
    dir
}

/// Copies a folder (a release build, to serve it changed or elsewhere).
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("make the copy");
    for entry in std::fs::read_dir(from).expect("read the folder") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy a file");
        }
    }
}

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

/// A browser session on the app, with its own server and driver.
pub struct App {
    pub client: Client,
    pub server: StaticServer,
    _driver: Driver,
}

/// The contrast ratio (WCAG 2) of each element's text against the first
/// opaque background behind it.
const CONTRASTS: &str = r#"
const lum = c => {
  const [r, g, b] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const behind = el => {
  for (; el; el = el.parentElement) {
    const c = getComputedStyle(el).backgroundColor, a = c.match(/[\d.]+/g);
    if (a.length < 4 || Number(a[3]) > 0.5) return c;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
};
return arguments[0].map(s => {
  const el = document.querySelector(s);
  const f = lum(getComputedStyle(el).color), b = lum(behind(el));
  return [s, Math.round((Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05) * 100) / 100];
});
"#;

impl App {
    /// The app in a browser set to American English (numbers and money are
    /// formatted for the locale, and the tests read them).
    pub async fn open() -> App {
        App::open_in("en-US").await
    }

    /// The app in a browser set to the language `lang` ("de-DE").
    pub async fn open_in(lang: &str) -> App {
        App::launch(dist_dir(), lang, "/").await
    }

    /// The site in `root` (a changed copy of the release build) instead,
    /// opened at `path` ("/", or "/lmc/" for a copy under a sub-path).
    pub async fn open_site(root: PathBuf, path: &str) -> App {
        App::launch(root, "en-US", path).await
    }

    async fn launch(root: PathBuf, lang: &str, path: &str) -> App {
        let server = StaticServer::start(root);
        let port = free_port();
        let driver_path = std::env::var("CHROMEDRIVER").unwrap_or("/usr/bin/chromedriver".into());
        let child = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {driver_path}: {e}"));
        let driver = Driver(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut caps = serde_json::Map::new();
        caps.insert("goog:chromeOptions".into(), {
            let mut args: Vec<String> = CHROME_ARGS.iter().map(|a| a.to_string()).collect();
            // The page formats numbers for the reader's languages
            // (navigator.languages), which these set.
            args.push(format!("--lang={lang}"));
            args.push(format!("--accept-lang={lang}"));
            serde_json::json!({
                "binary": "/usr/bin/chromium",
                "args": args,
                "prefs": { "intl.accept_languages": lang },
            })
        });
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .expect("a chromedriver session");
        let app = App {
            client,
            server,
            _driver: driver,
        };
        app.goto(path).await;
        app
    }

    pub async fn goto(&self, path: &str) {
        let url = format!("{}{}", self.server.origin, path);
        self.client.goto(&url).await.expect("navigate");
        self.wait_for("section[aria-labelledby]").await;
    }

    pub async fn reload(&self) {
        self.client.refresh().await.expect("reload");
        self.wait_for("section[aria-labelledby]").await;
    }

    /// The text of the element `css` names, once it is there.
    pub async fn text_of(&self, css: &str) -> String {
        self.wait_for(css)
            .await
            .text()
            .await
            .unwrap_or_else(|e| panic!("text of {css}: {e}"))
    }

    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} never appeared: {e}"))
    }

    /// The one element whose accessible name (aria-label) is `name`.
    pub async fn by_name(&self, name: &str) -> Element {
        self.wait_for(&format!("[aria-label=\"{name}\"]")).await
    }

    pub async fn all_by_name(&self, name: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(&format!("[aria-label=\"{name}\"]")))
            .await
            .expect("query")
    }

    /// Clicks "Add note to <block>" and types `text` into the new note,
    /// which has the focus.
    pub async fn add_note(&self, block: &str, text: &str) -> Element {
        self.by_name(&format!("Add note to {block}"))
            .await
            .click()
            .await
            .expect("click Add note");
        let note = self.client.active_element().await.expect("a focused note");
        note.send_keys(text).await.expect("type in the note");
        note
    }

    pub async fn set_title(&self, title: &str) {
        let input = self.by_name("Canvas title").await;
        input.clear().await.expect("clear the title");
        input.send_keys(title).await.expect("type the title");
    }

    /// Clicks the button with visible text `text` inside the open dialog.
    pub async fn click_in_dialog(&self, text: &str) {
        self.client
            .find(Locator::XPath(&format!(
                "//dialog[@open]//button[normalize-space()='{text}']"
            )))
            .await
            .unwrap_or_else(|e| panic!("no button {text:?} in the dialog: {e}"))
            .click()
            .await
            .expect("click");
    }

    /// Opens "My canvases" and waits for its list.
    pub async fn open_my_canvases(&self) {
        self.click_button("My canvases").await;
        self.wait_for("dialog[open] .canvas-list").await;
    }

    /// The titles in the "My canvases" list, top to bottom.
    pub async fn listed_titles(&self) -> Vec<String> {
        let v = self
            .js("return [...document.querySelectorAll('dialog[open] .open-canvas')].map(b => b.textContent)")
            .await;
        serde_json::from_value(v).expect("a list of titles")
    }

    /// The value of the "Canvas title" box.
    pub async fn canvas_title(&self) -> String {
        self.by_name("Canvas title")
            .await
            .prop("value")
            .await
            .expect("the title's value")
            .unwrap_or_default()
    }

    pub async fn switch_to(&self, tab: fantoccini::wd::WindowHandle) {
        self.client.switch_to_window(tab).await.expect("switch tab");
    }

    pub async fn active_label(&self) -> Option<String> {
        let el = self.client.active_element().await.ok()?;
        el.attr("aria-label").await.ok().flatten()
    }

    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Opens "Share" and returns the link in its "Share link" box.
    pub async fn share_link(&self) -> String {
        self.click_button("Share").await;
        self.wait_for("dialog[open] textarea#share-link")
            .await
            .prop("value")
            .await
            .expect("the link")
            .unwrap_or_default()
    }

    /// Loads `url` as a new page (not only a change of fragment).
    pub async fn load_fresh(&self, url: &str) {
        self.client.goto("about:blank").await.expect("blank page");
        self.client.goto(url).await.expect("open the link");
    }

    /// Chooses `value` in a menu as a person would: the menu takes the focus
    /// first.
    pub async fn choose(&self, menu: &Element, value: &str) {
        let arg = serde_json::to_value(menu).expect("an element reference");
        self.client
            .execute("arguments[0].focus(); return null", vec![arg])
            .await
            .expect("focus the menu");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match menu.clone().select_by_value(value).await {
                Ok(()) => return,
                Err(e) => assert!(Instant::now() < deadline, "choose {value:?}: {e}"),
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Polls `script` until it returns `expected`, failing after 10 s.
    pub async fn eventually(&self, script: &str, expected: serde_json::Value) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let got = self.js(script).await;
            if got == expected {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{script}\n gave {got}, expected {expected}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Empties this browser's storage and reloads: a first visit.
    pub async fn fresh_start(&self) {
        self.js("localStorage.clear(); sessionStorage.clear(); return null")
            .await;
        self.reload().await;
    }

    /// Replaces this browser's storage with exactly `items` (no reload).
    pub async fn fill_storage(&self, items: &std::collections::BTreeMap<String, String>) {
        let items: serde_json::Map<String, serde_json::Value> = items
            .iter()
            .map(|(k, v)| (k.clone(), serde_json::json!(v)))
            .collect();
        self.client
            .execute(
                "localStorage.clear(); sessionStorage.clear(); for (const [k, v] of Object.entries(arguments[0])) localStorage.setItem(k, v); return null",
                vec![serde_json::Value::Object(items)],
            )
            .await
            .expect("fill storage");
    }

    pub async fn wait_saved(&self) {
        self.eventually(
            "return document.querySelector('.save-status').textContent",
            "Saved".into(),
        )
        .await;
    }

    /// Asserts WCAG AA (4.5:1) for the text of the first element matching
    /// each selector, and prints the ratios.
    pub async fn assert_contrast_aa(&self, theme: &str, selectors: &[&str]) {
        let ratios = self
            .client
            .execute(CONTRASTS, vec![serde_json::json!(selectors)])
            .await
            .expect("contrast ratios");
        let ratios: Vec<(String, f64)> =
            serde_json::from_value(ratios).expect("pairs of selector and ratio");
        assert_eq!(ratios.len(), selectors.len());
        println!("{theme}: {ratios:?}");
        for (text, ratio) in ratios {
            assert!(ratio >= 4.5, "{theme}: {text} has contrast {ratio}");
        }
    }

    pub async fn screenshot(&self, name: &str) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}

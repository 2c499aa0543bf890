//! axe-core (npm, installed by scripts/setup.sh) in the running editor: no
//! violation of WCAG 2.2 A/AA or of best practice on the editor with a
//! canvas, each header menu open, a selected note with its tools, and every
//! dialog, in the light and the dark theme.
use crate::support::App;
use serde_json::json;
use std::path::PathBuf;

/// The axe-core script the setup installed.
fn axe_source() -> String {
    let tools = std::env::var_os("LMC_TOOLS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").expect("HOME"))
                .join(".cache/learning-model-canvas-tools")
        });
    let path = tools.join("node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "no axe-core at {}: run scripts/setup.sh ({e})",
            path.display()
        )
    })
}

const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
}).then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' (' + n.failureSummary.replace(/\s+/g, ' ') + ')').join(' | ')}`)),
        e => done([`axe failed: ${e}`]));
"#;

struct Axe<'a> {
    app: &'a App,
    source: String,
    found: Vec<String>,
}

impl Axe<'_> {
    /// Checks the page as it is now; `what` names the state in the report.
    async fn check(&mut self, what: &str) {
        let loaded = self
            .app
            .js("return typeof window.axe !== 'undefined'")
            .await;
        if loaded != json!(true) {
            self.app
                .client
                .execute(&format!("{};\nreturn null", self.source), vec![])
                .await
                .expect("load axe-core");
        }
        let violations = self
            .app
            .client
            .execute_async(RUN_AXE, vec![])
            .await
            .expect("run axe");
        let violations: Vec<String> = serde_json::from_value(violations).expect("a list");
        println!("{what}: {} violation(s)", violations.len());
        self.found
            .extend(violations.into_iter().map(|v| format!("{what}: {v}")));
    }
}

/// Dialogs opened from the header menus: (menu, item).
const DIALOGS: [(&str, &str); 11] = [
    ("Canvas", "My canvases"),
    ("Canvas", "Combine canvases"),
    ("Canvas", "Templates"),
    ("Canvas", "Snapshots"),
    ("Canvas", "Export"),
    ("Check", "Thread check"),
    ("Check", "Scorecard"),
    ("Check", "Investment worksheet"),
    ("View", "Keyboard shortcuts"),
    ("View", "Timer"),
    ("View", "Dot vote"),
];

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn axe_finds_no_violation_in_the_editor_its_menus_tools_and_dialogs_in_both_themes() {
    let app = App::open().await;
    app.fresh_start().await;
    let mut axe = Axe {
        app: &app,
        source: axe_source(),
        found: Vec::new(),
    };
    // The first visit, before any note.
    axe.check("first visit").await;
    app.use_template("field-service-performance-support").await;
    for theme in ["light", "dark"] {
        app.choose_theme(theme).await;
        // The page load put axe on the old page: it is loaded again as needed.
        axe.check(&format!("{theme}: editor")).await;
        for menu in ["canvas", "check", "view"] {
            app.client
                .find(fantoccini::Locator::Css(&format!(
                    ".header-menus #menu-button-{menu}"
                )))
                .await
                .expect("menu button")
                .click()
                .await
                .expect("open the menu");
            app.wait_for(&format!("#menu-{menu}:not([hidden])")).await;
            axe.check(&format!("{theme}: {menu} menu open")).await;
            app.js("document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })); return null")
                .await;
        }
        // A selected note with its tools: a Key Partners note has them all.
        app.wait_for("#key-partners-block .note-text")
            .await
            .click()
            .await
            .expect("select a partner");
        app.wait_for("li.note.selected .note-tools").await;
        axe.check(&format!("{theme}: selected note with its tools"))
            .await;
        app.js("document.querySelector('li.note.selected .link-note').click(); return null")
            .await;
        app.wait_for("dialog[open]").await;
        axe.check(&format!("{theme}: Link to… dialog")).await;
        app.click_in_dialog("Close").await;
        for (menu, item) in DIALOGS {
            app.menu_choose(menu, item).await;
            app.wait_for("dialog[open]").await;
            // Give a dialog that loads (templates) a moment.
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            axe.check(&format!("{theme}: {item} dialog")).await;
            app.click_in_dialog("Close").await;
        }
        app.click_button("Share").await;
        app.wait_for("dialog[open] textarea#share-link").await;
        axe.check(&format!("{theme}: Share dialog")).await;
        app.click_in_dialog("Close").await;
        app.by_name("Canvas kind")
            .await
            .select_by_value("lean")
            .await
            .expect("another kind");
        app.wait_for("dialog[open]").await;
        axe.check(&format!("{theme}: change of kind")).await;
        app.click_in_dialog("Keep the Learning Model Canvas (9 blocks)")
            .await;
        // Present mode, with a vote running (its dot buttons on the notes).
        app.menu_choose("View", "Dot vote").await;
        if app
            .js("return document.querySelector('dialog[open] #vote-dots') !== null")
            .await
            == serde_json::json!(true)
        {
            app.click_in_dialog("Start the vote").await;
        }
        app.click_in_dialog("Vote now").await;
        app.wait_for("section.vote-bar").await;
        app.js("Element.prototype.requestFullscreen = function () { return Promise.reject(new Error('refused')); }; return null").await;
        app.menu_choose("View", "Present").await;
        app.wait_for("section.present-bar").await;
        axe.check(&format!("{theme}: presenting, voting")).await;
        app.click_button("Stop presenting").await;
        app.click_button("Done voting").await;
    }
    // The phone's header and its one menu.
    app.set_viewport(390, 844).await;
    app.open_phone_menu().await;
    axe.check("phone: menu open").await;
    let found = std::mem::take(&mut axe.found);
    assert!(found.is_empty(), "axe found:\n{}", found.join("\n"));
    app.close().await;
}

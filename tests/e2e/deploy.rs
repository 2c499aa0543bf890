//! End-to-end tests of deployment: the release build served under a
//! sub-path, asking for nothing but its own files, with its
//! Content-Security-Policy in force; and working offline after a first visit.
use crate::support::{copy_dir, dist_dir, App};
use serde_json::json;
use std::sync::atomic::Ordering;

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn under_a_sub_path_the_app_asks_only_for_its_own_files() {
    let site = std::env::temp_dir().join(format!("lmc-subpath-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&site);
    copy_dir(&dist_dir(), &site.join("lmc"));
    let app = App::open_site(site.clone(), "/lmc/").await;
    app.fresh_start().await;

    // A full session: notes, a template, the worksheet, share and export.
    app.add_note("Design", "Cohort programme").await;
    app.click_button("Templates").await;
    app.eventually(
        "return document.querySelectorAll('dialog[open] .template-card').length",
        json!(9),
    )
    .await;
    app.click_in_dialog("Close").await;
    app.click_button("Investment worksheet").await;
    app.click_in_dialog("Start with the usual lines").await;
    app.click_in_dialog("Close").await;
    app.click_button("Share").await;
    app.click_in_dialog("Close").await;
    app.click_button("Export").await;
    app.click_in_dialog("Close").await;
    app.wait_saved().await;

    let origin = app.server.origin.clone();
    let resources = app
        .js("return performance.getEntriesByType('resource').map(e => e.name)")
        .await;
    for url in resources.as_array().expect("a list") {
        let url = url.as_str().unwrap_or_default();
        assert!(
            url.starts_with(&format!("{origin}/lmc/")),
            "a request elsewhere: {url}"
        );
    }
    let requests = app.server.requests.lock().expect("the log").clone();
    assert!(
        requests.iter().any(|r| r.starts_with("/lmc/templates/")),
        "{requests:?}"
    );
    for path in &requests {
        assert!(path.starts_with("/lmc/"), "outside the sub-path: {path}");
        let file = site.join(
            path.trim_start_matches('/')
                .split(['?', '#'])
                .next()
                .unwrap_or(""),
        );
        assert!(
            path.ends_with('/') || file.is_file(),
            "not one of the app's files: {path}"
        );
    }

    // The policy is in force: an inline script someone slips into the page
    // does not run (the app's own loader, by its hash, did).
    app.js("window.__inline = 'blocked'; const s = document.createElement('script'); s.textContent = \"window.__inline = 'ran'\"; document.head.appendChild(s); return null")
        .await;
    assert_eq!(app.js("return window.__inline").await, json!("blocked"));
    assert!(app
        .js("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content")
        .await
        .as_str()
        .unwrap_or("")
        .contains("'sha256-"));
    app.close().await;
    let _ = std::fs::remove_dir_all(&site);
}

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn after_a_first_visit_the_app_works_offline() {
    let app = App::open().await;
    app.fresh_start().await;
    app.add_note("Design", "Written before the network went")
        .await;
    app.wait_saved().await;
    // The service worker has kept the app and the templates.
    app.eventually(
        "return navigator.serviceWorker.controller !== null || (location.reload(), false)",
        json!(true),
    )
    .await;
    app.wait_for("section[aria-labelledby]").await;
    let cached = "const done = arguments[arguments.length - 1]; caches.keys().then(names => names.length ? caches.open(names[0]).then(c => c.keys()) : []).then(k => done(k.map(r => new URL(r.url).pathname)));";
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let kept = app
            .client
            .execute_async(cached, vec![])
            .await
            .expect("the cache");
        let kept: Vec<String> = serde_json::from_value(kept).unwrap_or_default();
        if kept.iter().any(|p| p.ends_with(".wasm"))
            && kept.iter().any(|p| p.contains("/templates/"))
        {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "not cached: {kept:?}");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }

    // Cut the network and reload: the canvas is back.
    app.server.offline.store(true, Ordering::SeqCst);
    app.reload().await;
    app.eventually(
        "return [...document.querySelectorAll('[aria-label=\"Note in Design\"]')].map(n => n.value)",
        json!(["Written before the network went"]),
    )
    .await;
    app.click_button("Templates").await;
    app.eventually(
        "return document.querySelectorAll('dialog[open] .template-card').length",
        json!(9),
    )
    .await;
    app.screenshot("offline").await;
    app.server.offline.store(false, Ordering::SeqCst);
    app.close().await;
}

/// Installs the service worker again (a new script address makes the
/// browser install it) and waits until that worker is active or given up.
const REINSTALL: &str = r#"
const [tag, done] = [arguments[0], arguments[arguments.length - 1]];
navigator.serviceWorker.register('sw.js?install=' + tag).then((reg) => {
  const w = reg.installing || reg.waiting;
  if (!w) return done('none');
  const settled = () => w.state === 'activated' || w.state === 'redundant';
  if (settled()) return done(w.state);
  w.addEventListener('statechange', () => settled() && done(w.state));
}, (e) => done('refused: ' + e));
"#;

/// Every cache's name, and the status of the page each one keeps.
const CACHES: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const out = {};
  for (const name of await caches.keys()) {
    const page = await (await caches.open(name)).match(new URL('./', location.href).href);
    out[name] = page ? page.status : null;
  }
  done(out);
})();
"#;

#[tokio::test]
#[ignore = "needs the release dist and Chromium: run scripts/test.sh"]
async fn the_service_worker_keeps_to_its_own_caches_and_never_keeps_an_error_page() {
    let app = App::open().await;
    app.eventually(
        "return navigator.serviceWorker.controller !== null || (location.reload(), false)",
        json!(true),
    )
    .await;
    app.wait_for("section[aria-labelledby]").await;
    // Another app on this origin keeps a cache; so does an older build of this one.
    let setup = "const done = arguments[arguments.length - 1]; (async () => { const scope = (await navigator.serviceWorker.ready).scope; await (await caches.open('another-app-v1')).put('/another-app/', new Response('theirs')); await caches.open(`lmc:${scope}:an-older-build`); done(null); })();";
    app.client
        .execute_async(setup, vec![])
        .await
        .expect("setup");

    // A new install while the host answers the page with an error: it is
    // given up, and the page kept from before stays.
    app.server.page_fails.store(true, Ordering::SeqCst);
    let state = app
        .client
        .execute_async(REINSTALL, vec![json!("while-failing")])
        .await
        .expect("reinstall");
    app.server.page_fails.store(false, Ordering::SeqCst);
    assert_eq!(state, json!("redundant"));
    let caches = app
        .client
        .execute_async(CACHES, vec![])
        .await
        .expect("caches");
    let kept: Vec<_> = caches
        .as_object()
        .expect("cache names")
        .iter()
        .filter(|(name, _)| name.starts_with("lmc:") && !name.ends_with(":an-older-build"))
        .map(|(_, status)| status.clone())
        .collect();
    assert_eq!(kept, [json!(200)], "{caches}");

    // Installed while the host is well, it clears its own older cache only.
    let state = app
        .client
        .execute_async(REINSTALL, vec![json!("well")])
        .await
        .expect("reinstall");
    assert_eq!(state, json!("activated"));
    let caches = app
        .client
        .execute_async(CACHES, vec![])
        .await
        .expect("caches");
    let names: Vec<&String> = caches.as_object().expect("cache names").keys().collect();
    assert!(names.iter().any(|n| *n == "another-app-v1"), "{caches}");
    assert!(
        !names.iter().any(|n| n.ends_with(":an-older-build")),
        "{caches}"
    );
    assert_eq!(
        names.iter().filter(|n| n.starts_with("lmc:")).count(),
        1,
        "{caches}"
    );
    app.close().await;
}

#[test]
#[ignore = "needs the release dist: run scripts/test.sh"]
fn the_build_ships_header_files_that_forbid_framing() {
    // Netlify and Cloudflare Pages read `_headers`, Apache `.htaccess`.
    for file in ["_headers", ".htaccess"] {
        let text = std::fs::read_to_string(dist_dir().join(file))
            .unwrap_or_else(|e| panic!("{file} is not in the build: {e}"));
        assert!(text.contains("frame-ancestors 'none'"), "{file}: {text}");
        assert!(text.contains("nosniff"), "{file}: {text}");
    }
}

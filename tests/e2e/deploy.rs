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

use lmc::browser::timing::mark;

fn main() {
    // The wasm is loaded and started (the benchmarks split load from build).
    mark("lmc-start");
    remove_loading_shell();
    leptos::mount::mount_to_body(lmc::ui::app::App);
    // Performance marks for the editor benchmark (tests/bench_editor.rs):
    // the page is built, then painted.
    mark("lmc-mounted");
    leptos::prelude::request_animation_frame(|| mark("lmc-painted"));
    register_service_worker();
}

/// The static page `index.html` shows while the wasm loads.
fn remove_loading_shell() {
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app-shell"))
    {
        shell.remove();
    }
}

/// Offline after the first visit (static/sw.js). Where the browser has no
/// service workers (an insecure address, a private mode), the app simply
/// needs the network.
fn register_service_worker() {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false) {
        let _ = navigator.service_worker().register("sw.js");
    }
}

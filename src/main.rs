fn main() {
    leptos::mount::mount_to_body(lmc::ui::app::App);
    // Performance marks for the editor benchmark (tests/bench_editor.rs):
    // the page is built, then painted.
    mark("lmc-mounted");
    leptos::prelude::request_animation_frame(|| mark("lmc-painted"));
}

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

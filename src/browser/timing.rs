//! Performance marks and measures the benchmarks read (`tests/bench_*`),
//! and running work when the browser is idle.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn performance() -> Option<web_sys::Performance> {
    web_sys::window()?.performance()
}

/// Sets the performance mark `name`.
pub fn mark(name: &str) {
    if let Some(p) = performance() {
        let _ = p.mark(name);
    }
}

/// Runs `work`, recorded as the performance measure `name`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let start = format!("{name}-start");
    mark(&start);
    let result = work();
    if let Some(p) = performance() {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    result
}

/// Runs `work` once the browser is idle (within a second at most), or on
/// the next task where there is no `requestIdleCallback` (Safari).
pub fn when_idle(work: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return work();
    };
    let callback = Closure::once_into_js(work);
    let idle = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let scheduled = match idle {
        Some(request) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &1000.into());
            request.call2(&window, &callback, &options).is_ok()
        }
        None => false,
    };
    if !scheduled {
        let _ = window.set_timeout_with_callback(callback.unchecked_ref());
    }
}

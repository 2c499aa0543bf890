//! The Web Locks API: one lock shared by every tab of the app's origin, so
//! that two tabs never write the list of canvases at the same moment.
//! Where a browser has no Web Locks, the work runs at once (the library
//! still re-reads the index before writing it: compare and set).

use js_sys::{Function, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The lock every index write of the library takes.
pub const INDEX_LOCK: &str = "learning-model-canvas.index";

fn lock_manager() -> Option<JsValue> {
    let navigator = web_sys::window()?.navigator();
    Reflect::get(&navigator, &JsValue::from_str("locks"))
        .ok()
        .filter(|l| l.is_object())
}

/// Runs `work` while holding the lock `name`: later, once every other
/// tab's holder has let go, or at once without Web Locks. `work` runs
/// exactly once, even when the browser refuses the lock.
pub fn with_lock(name: &str, work: impl FnOnce() + 'static) {
    let work = Rc::new(RefCell::new(Some(work)));
    let run = {
        let work = work.clone();
        move || {
            let job = work.borrow_mut().take();
            if let Some(job) = job {
                job();
            }
        }
    };
    let Some(locks) = lock_manager() else {
        return run();
    };
    let request = Reflect::get(&locks, &JsValue::from_str("request"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok());
    let Some(request) = request else {
        return run();
    };
    let granted = {
        let run = run.clone();
        Closure::once_into_js(move |_lock: JsValue| {
            run();
            JsValue::UNDEFINED
        })
    };
    match request.call2(&locks, &JsValue::from_str(name), &granted) {
        Ok(promise) => {
            // A refused lock (an opaque origin, say) must not drop the work.
            if let Ok(promise) = promise.dyn_into::<Promise>() {
                let refused = Closure::once_into_js(move |_e: JsValue| run());
                if let Ok(catch) = Reflect::get(&promise, &JsValue::from_str("catch"))
                    .and_then(|f| f.dyn_into::<Function>())
                {
                    let _ = catch.call1(&promise, &refused);
                }
            }
        }
        Err(_) => run(),
    }
}

/// [`with_lock`] on the library's index lock.
pub fn with_index_lock(work: impl FnOnce() + 'static) {
    with_lock(INDEX_LOCK, work);
}

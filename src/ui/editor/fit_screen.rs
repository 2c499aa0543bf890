//! "Fit to screen" (View menu): the canvas scaled down to the window, so
//! the whole model is seen at once on a laptop or a projector. The choice
//! is remembered in this browser.

use crate::browser::storage;
use crate::core::canvas::model::CanvasStoreFields;
use crate::ui::state::EditorState;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const FIT_KEY: &str = "learning-model-canvas.fit";
/// Below this the notes are too small to read: the page scrolls instead.
const SMALLEST: f64 = 0.45;

#[derive(Clone, Copy)]
pub struct FitToScreen(RwSignal<bool>);

impl FitToScreen {
    pub fn stored() -> FitToScreen {
        let on = storage::read(FIT_KEY).ok().flatten().as_deref() == Some("1");
        FitToScreen(RwSignal::new(on))
    }

    pub fn on(&self) -> Signal<bool> {
        self.0.into()
    }

    pub fn set(&self, on: bool) {
        // A preference only: if it cannot be stored, it still applies now.
        let _ = storage::write(FIT_KEY, if on { "1" } else { "0" });
        self.0.set(on);
    }
}

fn board() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .query_selector(".board")
        .ok()??
        .dyn_into()
        .ok()
}

/// Scales the board to what the window has left below its top edge.
fn fit(on: bool) {
    let Some(board) = board() else { return };
    let style = board.style();
    let _ = style.remove_property("zoom");
    if !on {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let number =
        |v: Result<wasm_bindgen::JsValue, _>| v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0);
    let (win_w, win_h) = (number(window.inner_width()), number(window.inner_height()));
    let rect = board.get_bounding_client_rect();
    let top = rect.top() + window.scroll_y().unwrap_or(0.0);
    let (w, h) = (
        f64::from(board.scroll_width()),
        f64::from(board.scroll_height()),
    );
    if w <= 0.0 || h <= 0.0 {
        return;
    }
    let zoom = ((win_h - top - 12.0) / h).min((win_w - 16.0) / w).min(1.0);
    if zoom < 1.0 {
        let permille = (zoom.max(SMALLEST) * 1000.0) as u32;
        let value = format!("{}.{:03}", permille / 1000, permille % 1000);
        let _ = style.set_property("zoom", &value);
    }
}

/// Keeps the board fitted while the choice is on: when it is switched,
/// the window resizes, notes come or go, or the kind changes.
pub fn keep_fitted(state: EditorState, choice: FitToScreen) {
    let count = Memo::new(move |_| state.doc.canvas.notes().with(Vec::len));
    let kind = state.doc.canvas.kind();
    Effect::new(move |_| {
        let on = choice.0.get();
        count.track();
        kind.track();
        state.view.focused_block.track();
        state.view.show_questions.track();
        // After the page has laid out the change.
        request_animation_frame(move || fit(on));
    });
    let resize = window_event_listener(ev::resize, move |_| fit(choice.0.get_untracked()));
    on_cleanup(move || resize.remove());
}

//! The message at a control whose addition would take the canvas past
//! what it may hold ([`crate::core::share::limits`]): the addition is not
//! made, and the control says why until the next try succeeds.

use crate::core::share::limits::Limit;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct LimitNote(RwSignal<Option<Limit>>);

impl Default for LimitNote {
    fn default() -> Self {
        LimitNote(RwSignal::new(None))
    }
}

impl LimitNote {
    /// Shows (or clears) the message for `result`; true if it is `Ok`.
    pub fn show(&self, result: Result<(), Limit>) -> bool {
        let limit = result.err();
        if self.0.get_untracked() != limit {
            self.0.set(limit);
        }
        limit.is_none()
    }

    pub fn view(self) -> impl IntoView {
        move || {
            self.0.get().map(|limit| {
                view! { <span class="field-error limit-note" role="alert">{limit.to_string()} "."</span> }
            })
        }
    }
}

/// Puts back the text a refused input event had already changed.
pub fn undo_input(target: &web_sys::HtmlElement, previous: &str) {
    use wasm_bindgen::JsCast;
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(previous);
    } else if let Some(area) = target.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(previous);
    }
}

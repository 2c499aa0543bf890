//! "Focus block": one block enlarged to fill the canvas for a deep
//! discussion; its button or Escape brings the whole canvas back.

use crate::core::canvas::kind::BlockDef;
use crate::ui::state::{EditorState, Panel, ViewState};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Puts keyboard focus on the Focus button of `block`, so a keyboard user
/// stays where they were when the layout changes under them.
fn focus_button_of(block: &str) {
    let button = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("#{block}-block .focus-block"))
                .ok()
                .flatten()
        })
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(b) = button {
        let _ = b.focus();
    }
}

/// The button in a block's header.
#[component]
pub fn FocusBlockButton(def: &'static BlockDef) -> impl IntoView {
    let state = EditorState::expect();
    let focused = move || state.view.focused_block.get() == Some(def.id);
    let toggle = move |_| {
        state
            .view
            .focused_block
            .set(if focused() { None } else { Some(def.id) });
        focus_button_of(def.id);
    };
    view! {
        <button
            type="button"
            class="focus-block"
            aria-pressed=move || focused().to_string()
            aria-label=move || {
                if focused() {
                    format!("Back to the whole canvas from {}", def.title)
                } else {
                    format!("Focus block {}", def.title)
                }
            }
            on:click=toggle
        >
            {move || if focused() { "Back to canvas" } else { "Focus" }}
        </button>
    }
}

/// Escape leaves the focused block, unless something nearer used it
/// (a note hands focus back to its block with Escape first).
pub fn listen_for_escape(view: ViewState) {
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.key() != "Escape" || e.default_prevented() || view.panel.get_untracked() != Panel::None
        {
            return;
        }
        if let Some(block) = view.focused_block.get_untracked() {
            e.prevent_default();
            view.focused_block.set(None);
            focus_button_of(block);
        }
    });
    on_cleanup(move || handle.remove());
}

//! The first-visit line: what the canvas is for, and two ways to start
//! (blank, or from a worked example). Once dismissed, or once the first
//! note exists, it never shows again in this browser.

use crate::browser::storage;
use crate::core::canvas::model::CanvasStoreFields;
use crate::ui::state::{Document, Panel, ViewState};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const WELCOMED_KEY: &str = "learning-model-canvas.welcomed";

fn remember() {
    // A preference only: if it cannot be stored, the line may come back.
    let _ = storage::write(WELCOMED_KEY, "1");
}

/// Puts the cursor on the first block's "Add note" (the filling order's first).
fn focus_first_add_note() {
    let button = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".board .add-note").ok().flatten())
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(b) = button {
        let _ = b.focus();
    }
}

#[component]
pub fn FirstVisit() -> impl IntoView {
    let doc = expect_context::<Document>();
    let view = expect_context::<ViewState>();
    let welcomed = RwSignal::new(storage::read(WELCOMED_KEY).ok().flatten().is_some());
    let has_notes = Memo::new(move |_| doc.canvas.notes().with(|n| !n.is_empty()));
    Effect::new(move |_| {
        if has_notes.get() && !welcomed.get_untracked() {
            remember();
            welcomed.set(true);
        }
    });
    let dismiss = move || {
        remember();
        welcomed.set(true);
    };
    move || {
        (!welcomed.get() && !has_notes.get()).then(|| {
            view! {
                <section class="first-visit" aria-label="Getting started">
                    <p>
                        "Sketch on one page how your L&D department creates value: who it serves, \
                         what it offers, how it delivers, what it costs and returns."
                    </p>
                    <button
                        type="button"
                        on:click=move |_| {
                            dismiss();
                            focus_first_add_note();
                        }
                    >
                        "Start blank"
                    </button>
                    <button
                        type="button"
                        class="primary"
                        aria-haspopup="dialog"
                        on:click=move |_| {
                            dismiss();
                            view.panel.set(Panel::Templates);
                        }
                    >
                        "Start from a worked example"
                    </button>
                    <button type="button" class="first-visit-close" aria-label="Dismiss getting started" on:click=move |_| dismiss()>
                        "×"
                    </button>
                </section>
            }
        })
    }
}

//! A modal dialog over the canvas (the browser's own `<dialog>`: it keeps
//! focus inside, closes on Escape and gives focus back when it closes).

use crate::ui::state::{Panel, ViewState};
use crate::ui::widgets::toast::ToastBar;
use leptos::html::Dialog;
use leptos::prelude::*;

#[component]
pub fn ModalDialog(
    /// The dialog's name, shown as its heading.
    title: &'static str,
    children: Children,
) -> impl IntoView {
    let view = expect_context::<ViewState>();
    let dialog = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let heading_id = format!("dialog-{}", title.to_lowercase().replace(' ', "-"));
    let labelled_by = heading_id.clone();
    let panel_name = heading_id.clone();
    view! {
        <dialog
            class="panel"
            data-panel=panel_name
            node_ref=dialog
            aria-labelledby=labelled_by
            on:close=move |_| view.panel.set(Panel::None)
        >
            <div class="panel-head">
                <h2 id=heading_id>{title}</h2>
                <button type="button" class="close" on:click=close>"Close"</button>
            </div>
            {children()}
            // The page behind a modal dialog is inert: messages show in here.
            <ToastBar />
        </dialog>
    }
}

/// Closes whichever dialog is open (it hands focus back as it closes).
pub fn close_dialogs() {
    if let Some(d) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("dialog[open]").ok().flatten())
    {
        if let Ok(d) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlDialogElement>(d) {
            d.close();
        }
    }
}

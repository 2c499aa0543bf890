//! A button for something that cannot be undone: the first press asks,
//! the second (on the confirming button) does it.

use leptos::prelude::*;

#[component]
pub fn ConfirmButton(
    label: &'static str,
    /// The question shown after the first press, e.g. "Delete 3 canvases for good?".
    question: Signal<String>,
    confirm_label: &'static str,
    on_confirm: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let on_confirm = std::sync::Arc::new(on_confirm);
    move || {
        let on_confirm = on_confirm.clone();
        if asking.get() {
            // The asking button is gone: move focus to the confirming one.
            let confirm = NodeRef::<leptos::html::Button>::new();
            Effect::new(move |_| {
                if let Some(b) = confirm.get() {
                    let _ = b.focus();
                }
            });
            view! {
                <span class="confirm" role="group" aria-label=label>
                    <span>{question.get()}</span>
                    <button
                        type="button"
                        class="danger"
                        node_ref=confirm
                        on:click=move |_| {
                            asking.set(false);
                            on_confirm();
                        }
                    >
                        {confirm_label}
                    </button>
                    <button type="button" on:click=move |_| asking.set(false)>"Cancel"</button>
                </span>
            }
            .into_any()
        } else {
            view! { <button type="button" on:click=move |_| asking.set(true)>{label}</button> }
                .into_any()
        }
    }
}

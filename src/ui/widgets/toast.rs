//! A short message at the bottom of the page; after a delete it carries an
//! "Undo" that stays for 15 seconds.

use crate::ui::library::actions::undo_delete;
use crate::ui::state::EditorState;
use leptos::prelude::*;
use std::time::Duration;

const SHOWN_FOR: Duration = Duration::from_secs(15);

#[component]
pub fn ToastBar() -> impl IntoView {
    let state = EditorState::expect();
    Effect::new(move |_| {
        if let Some(serial) = state.view.toast.with(|t| t.as_ref().map(|t| t.serial)) {
            set_timeout(
                move || {
                    if state
                        .view
                        .toast
                        .with_untracked(|t| t.as_ref().map(|t| t.serial))
                        == Some(serial)
                    {
                        state.view.toast.set(None);
                    }
                },
                SHOWN_FOR,
            );
        }
    });
    view! {
        <div class="toast-region" role="status" aria-live="polite">
            {move || {
                state.view.toast.get().map(|toast| {
                    let undo = toast.undo_trash.map(|id| {
                        let on_undo = move |_| undo_delete(state, &id);
                        view! { <button type="button" on:click=on_undo>"Undo"</button> }
                    });
                    view! {
                        <div class="toast">
                            <span>{toast.message}</span>
                            {undo}
                            <button type="button" class="dismiss" aria-label="Dismiss message" on:click=move |_| state.view.toast.set(None)>"×"</button>
                        </div>
                    }
                })
            }}
        </div>
    }
}

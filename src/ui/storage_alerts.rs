//! Alerts about storage: an unreadable stored draft, and a failed save.
//! Both keep everything the user has and offer a way out.

use crate::browser::download::{download_text, file_name_for};
use crate::core::storage_format::encode_draft;
use crate::ui::state::{EditorState, SaveStatus};
use leptos::prelude::*;

#[component]
pub fn StorageAlerts(save_now: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    view! {
        <UnreadableDraftAlert save_now />
        <SaveFailedAlert />
    }
}

#[component]
fn UnreadableDraftAlert(save_now: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let download = move |_| {
        if let Some(d) = state.unreadable.get_untracked() {
            let _ = download_text("unreadable-canvas-draft.txt", "text/plain", &d.raw);
        }
    };
    let replace = move |_| {
        state.unreadable.set(None);
        save_now();
    };
    move || {
        state.unreadable.get().map(|d| {
            view! {
                <div class="alert" role="alert">
                    <p>
                        <strong>"Your saved canvas could not be opened: "</strong>
                        {d.reason}
                        "."
                    </p>
                    <p>
                        "It is still stored in this browser, unchanged. Until you decide, "
                        "the canvas below is not saved, so the stored one is never overwritten."
                    </p>
                    <div class="alert-actions">
                        <button type="button" on:click=download>"Download the unreadable draft"</button>
                        <button type="button" on:click=replace>"Replace it with this canvas"</button>
                    </div>
                </div>
            }
        })
    }
}

#[component]
fn SaveFailedAlert() -> impl IntoView {
    let state = expect_context::<EditorState>();
    let export = move |_| {
        let (name, raw) = state
            .canvas
            .with_untracked(|c| (file_name_for(&c.title, "json"), encode_draft(c)));
        let _ = download_text(&name, "application/json", &raw);
    };
    move || match state.save_status.get() {
        SaveStatus::Failed(reason) => Some(view! {
            <div class="alert" role="alert">
                <p>
                    <strong>"Your latest changes are not saved: "</strong>
                    {reason}
                    "."
                </p>
                <p>
                    "They stay on this page while it is open. Download the canvas as a file to keep it, "
                    "and free some space by clearing other sites' data in the browser settings; "
                    "saving resumes with your next edit."
                </p>
                <div class="alert-actions">
                    <button type="button" on:click=export>"Download this canvas"</button>
                </div>
            </div>
        }),
        _ => None,
    }
}

//! Alerts about storage: an unreadable stored draft, a draft changed by
//! someone else, and a failed save. All keep what the user has and offer a
//! way out.

use crate::browser::download::{download_text, file_name_for};
use crate::browser::storage::{self, DRAFT_KEY};
use crate::core::storage_format::encode_draft;
use crate::ui::state::{EditorState, SaveStatus};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The alert's buttons remove the alert; keep keyboard focus on the page.
fn focus_title() {
    let title = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".canvas-title").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(t) = title {
        let _ = t.focus();
    }
}

/// Offers the current canvas as a JSON file (the storage format).
fn download_canvas(state: EditorState) {
    let (name, raw) = state
        .canvas
        .with_untracked(|c| (file_name_for(&c.title, "json"), encode_draft(c)));
    if download_text(&name, "application/json", &raw).is_err() {
        state
            .save_error
            .set(Some("the browser did not start the download either".into()));
    }
}

#[component]
pub fn StorageAlerts(save_now: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    view! {
        <UnreadableDraftAlert save_now />
        <ConflictAlert save_now />
        <SaveFailedAlert />
    }
}

#[component]
fn UnreadableDraftAlert(save_now: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let download = move |_| {
        if let Some(d) = state.unreadable.get_untracked() {
            if download_text("unreadable-canvas-draft.txt", "text/plain", &d.raw).is_err() {
                state
                    .save_error
                    .set(Some("the download did not start".into()));
            }
        }
    };
    let replace = move |_| {
        // Replacing is the user's explicit choice: adopt what is stored now.
        state
            .last_synced
            .set_value(state.unreadable.get_untracked().map(|d| d.raw));
        state.unreadable.set(None);
        save_now();
        focus_title();
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
fn ConflictAlert(save_now: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let keep_mine = move |_| {
        state
            .last_synced
            .set_value(storage::read(DRAFT_KEY).ok().flatten());
        state.save_status.set(SaveStatus::Saving);
        save_now();
        focus_title();
    };
    let open_theirs = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    move || {
        (state.save_status.get() == SaveStatus::Conflict).then(|| {
            view! {
                <div class="alert" role="alert">
                    <p>
                        <strong>"This canvas was changed somewhere else: "</strong>
                        "in another tab or window, or by another version of the app."
                    </p>
                    <p>
                        "Your changes on this page are not saved, so neither version is lost. "
                        "Download yours to keep a copy, then choose which one to keep."
                    </p>
                    <div class="alert-actions">
                        <button type="button" on:click=move |_| download_canvas(state)>"Download this canvas"</button>
                        <button type="button" on:click=keep_mine>"Keep this version"</button>
                        <button type="button" on:click=open_theirs>"Open the other version"</button>
                    </div>
                </div>
            }
        })
    }
}

#[component]
fn SaveFailedAlert() -> impl IntoView {
    let state = expect_context::<EditorState>();
    move || {
        state.save_error.get().map(|reason| {
            view! {
                <div class="alert" role="alert">
                    <p>
                        <strong>"Your latest changes are not saved: "</strong>
                        {reason}
                        "."
                    </p>
                    <p>
                        "They stay on this page while it is open. Download the canvas as a file to keep it, "
                        "and free some space by clearing other sites' data in the browser settings; "
                        "saving is tried again with your next edit."
                    </p>
                    <div class="alert-actions">
                        <button type="button" on:click=move |_| download_canvas(state)>"Download this canvas"</button>
                    </div>
                </div>
            }
        })
    }
}

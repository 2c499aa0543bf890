//! Alerts about storage: a canvas changed in another tab, a failed save, a
//! stored canvas that could not be opened. All keep what the user has and
//! offer a way out.

use crate::browser::clock::now;
use crate::browser::download::{download_text, file_name_for};
use crate::core::canvas::lineage::Envelope;
use crate::core::canvas::model::Canvas;
use crate::core::format::record::{encode_record, encode_shared_file, Record};
use crate::ui::library::actions::{explain_load_error, open_canvas, save_mine_as_copy};
use crate::ui::state::EditorState;
use crate::ui::state::SaveStatus;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The alert's buttons remove the alert; keep keyboard focus on the page.
pub fn focus_title() {
    let title = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".canvas-title").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(t) = title {
        let _ = t.focus();
    }
}

/// Offers a canvas as a JSON file (the stored record format), with who
/// shared it when `shared` says; false if the browser did not start the
/// download.
pub fn download_canvas_file_as(canvas: &Canvas, shared: Option<&Envelope>) -> bool {
    let t = now();
    let record = Record {
        canvas: canvas.clone(),
        created: t,
        edited: t,
        trashed: None,
    };
    let raw = match shared {
        Some(envelope) => encode_shared_file(&record, envelope),
        None => encode_record(&record),
    };
    download_text(
        &file_name_for(&canvas.title, "json"),
        "application/json",
        &raw,
    )
    .is_ok()
}

/// Offers a canvas as a JSON file; false if the download did not start.
pub fn download_canvas_file(canvas: &Canvas) -> bool {
    download_canvas_file_as(canvas, None)
}

/// Offers the editor's canvas as a JSON file.
pub fn download_canvas(state: EditorState) {
    if !state.doc.canvas.with_untracked(download_canvas_file) {
        state.view.tell("The browser did not start the download");
    }
}

#[component]
pub fn StorageAlerts() -> impl IntoView {
    view! {
        <NewerAppAlert />
        <NoticeAlerts />
        <ConflictAlert />
        <SaveFailedAlert />
    }
}

/// Each notice is its own alert, kept until its "Dismiss".
#[component]
fn NoticeAlerts() -> impl IntoView {
    let state = EditorState::expect();
    view! {
        <For
            each=move || state.view.notices.get()
            key=|n| n.serial
            children=move |n| {
                let serial = n.serial;
                view! {
                    <div class="alert" role="alert">
                        <p>{n.text} "."</p>
                        <div class="alert-actions">
                            <button type="button" on:click=move |_| state.view.dismiss(serial)>"Dismiss"</button>
                        </div>
                    </div>
                }
            }
        />
    }
}

/// A newer version of the app saved something this page left alone.
#[component]
fn NewerAppAlert() -> impl IntoView {
    let state = EditorState::expect();
    move || {
        state.view.newer_app.get().then(|| {
            view! {
                <div class="alert" role="alert">
                    <p>
                        <strong>"A newer version of the app has saved work in this browser. "</strong>
                        "This page runs an older version, so it leaves that work exactly as it is. "
                        "Reload to use the new version."
                    </p>
                    <div class="alert-actions">
                        <button type="button" on:click=move |_| reload_page()>"Reload"</button>
                    </div>
                </div>
            }
        })
    }
}

/// Reloads the page (the service worker then serves the newest build).
pub fn reload_page() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

#[component]
fn ConflictAlert() -> impl IntoView {
    let state = EditorState::expect();
    let keep_copy = move |_| {
        if let Err(e) = save_mine_as_copy(state) {
            state.view.tell(format!(
                "Your version could not be kept as a copy ({e}): download it to keep it"
            ));
        }
        focus_title();
    };
    let open_theirs = move |_| {
        // Only drop this page's edits if the other version can be opened.
        if let Some(id) = state.doc.canvas_id.get_untracked() {
            if let Err(e) = open_canvas(state, &id) {
                explain_load_error(state, &e);
                state.view.tell(format!(
                    "The other version cannot be opened ({e}), so your version stays here: keep it as a copy or download it"
                ));
            }
        }
        focus_title();
    };
    move || {
        (state.saving.status() == SaveStatus::Conflict).then(|| {
            view! {
                <div class="alert" role="alert">
                    <p>
                        <strong>"This canvas was changed in another tab or window. "</strong>
                        "Your changes here are not saved, so neither version is lost."
                    </p>
                    <p>
                        "Keep yours as a separate copy in My canvases, or open the other version "
                        "(your changes on this page are then dropped)."
                    </p>
                    <div class="alert-actions">
                        <button type="button" on:click=keep_copy>"Keep mine as a copy"</button>
                        <button type="button" on:click=open_theirs>"Open the other version"</button>
                        <button type="button" on:click=move |_| download_canvas(state)>"Download this canvas"</button>
                    </div>
                </div>
            }
        })
    }
}

#[component]
fn SaveFailedAlert() -> impl IntoView {
    let state = EditorState::expect();
    // Only a new reason renders the alert again, not every save.
    let reason = Memo::new(move |_| match state.saving.status() {
        SaveStatus::Failed(reason) => Some(reason),
        _ => None,
    });
    move || {
        reason.get().map(|reason| {
            view! {
                <div class="alert" role="alert">
                    <p>
                        <strong>"Your latest changes are not saved: "</strong>
                        {reason}
                        "."
                    </p>
                    <p>
                        "They stay on this page while it is open, and nothing stored before is lost. "
                        "Download the canvas as a file to keep it, and make room: empty the trash "
                        "in My canvases or delete canvases you no longer need. Saving is tried "
                        "again with your next edit."
                    </p>
                    <div class="alert-actions">
                        <button type="button" on:click=move |_| download_canvas(state)>"Download this canvas"</button>
                    </div>
                </div>
            }
        })
    }
}

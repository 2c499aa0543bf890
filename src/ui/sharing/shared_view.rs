//! The page a share link opens: someone else's canvas, read-only, with
//! "Save a copy" and the way back to my canvases; or, for a broken link,
//! what is wrong with it. Nothing here writes to my drafts except an
//! explicit "Save a copy".

use crate::browser::clock::{now, random_bits};
use crate::browser::storage::library;
use crate::core::canvas::model::Canvas;
use crate::core::format::index::Summary;
use crate::core::share::link::ShareError;
use crate::ui::editor::print_view::PrintDate;
use crate::ui::library::actions::display_title;
use crate::ui::library::storage_alerts::download_canvas_file;
use crate::ui::library::time::time_ago;
use crate::ui::navigation::{Navigation, SharedLink};
use crate::ui::sharing::readonly::ReadOnlyBoard;
use crate::ui::state::{EditorState, Panel};
use leptos::prelude::*;

/// "this link is …" becomes "This link is …".
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[component]
pub fn SharedPage() -> impl IntoView {
    let nav = expect_context::<Navigation>();
    move || match nav.shared.get() {
        Some(SharedLink {
            canvas: Ok(canvas),
            fingerprint,
        }) => view! { <SharedCanvasPage canvas fingerprint /> }.into_any(),
        Some(SharedLink {
            canvas: Err(error), ..
        }) => view! { <BrokenLinkPage error /> }.into_any(),
        None => ().into_any(),
    }
}

/// The way back to my own canvases, with the list of them open.
#[component]
fn MyCanvasesButton() -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let state = EditorState::expect();
    view! {
        <button type="button" class="panel-button" on:click=move |_| nav.show_editor(state, Panel::MyCanvases, None)>
            "My canvases"
        </button>
    }
}

#[component]
fn BrokenLinkPage(error: ShareError) -> impl IntoView {
    view! {
        <header class="app-header">
            <p class="brand">"Learning Model Canvas"</p>
        </header>
        <main class="broken-link">
            <h1>"This link cannot be opened"</h1>
            <p class="alert" role="alert">{sentence(&error.to_string())} "."</p>
            <p>"Nothing was changed: your own canvases are as you left them."</p>
            <MyCanvasesButton />
        </main>
    }
}

/// Saves the link's canvas as a new draft and opens it in the editor.
fn save_copy(canvas: &Canvas, fingerprint: &str, problem: RwSignal<Option<String>>) {
    let nav = expect_context::<Navigation>();
    let state = EditorState::expect();
    let saved = library().and_then(|mut lib| {
        lib.save_copy_of_link(canvas.clone(), fingerprint, now(), random_bits())
    });
    match saved {
        Ok((id, _)) => {
            nav.show_editor(state, Panel::None, Some(&id));
            state.saving.library_changed();
            state.view.show_toast(
                format!(
                    "“{}” is now in My canvases: this copy is yours to change.",
                    display_title(&canvas.title)
                ),
                None,
            );
        }
        Err(e) => problem.set(Some(format!(
            "The copy could not be saved: {e}. Nothing was changed. Download the canvas as a \
             file to keep it"
        ))),
    }
}

#[component]
fn SharedCanvasPage(canvas: Canvas, fingerprint: String) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let state = EditorState::expect();
    // Only reads: a link never changes my drafts by being opened.
    let earlier: Option<Summary> = library()
        .ok()
        .and_then(|lib| lib.copy_of_link(&fingerprint, now()));
    let problem = RwSignal::new(None::<String>);
    let title = display_title(&canvas.title).to_string();
    let for_save = canvas.clone();
    let save = move |_| save_copy(&for_save, &fingerprint, problem);
    let for_file = canvas.clone();
    let download = move |_| {
        if !download_canvas_file(&for_file) {
            problem.set(Some("The browser did not start the download".into()));
        }
    };
    let earlier_view = earlier.as_ref().map(|copy| {
        let id = copy.id.clone();
        let open = move |_| nav.show_editor(state, Panel::None, Some(&id));
        view! {
            <div class="earlier-copy" role="status">
                <p>
                    "You saved a copy of this canvas before: “" {display_title(&copy.title).to_string()}
                    "”, edited " {time_ago(copy.edited)} "."
                </p>
                <button type="button" class="primary" on:click=open>"Open my copy"</button>
            </div>
        }
    });
    let save_label = if earlier.is_some() {
        "Save another copy"
    } else {
        "Save a copy"
    };
    view! {
        <header class="app-header">
            <p class="brand">"Learning Model Canvas"</p>
            <div class="toolbar">
                <MyCanvasesButton />
                <button type="button" class:primary=earlier.is_none() on:click=save>{save_label}</button>
                <button type="button" on:click=download>"Download as a file"</button>
            </div>
        </header>
        <main class="canvas-page shared-page">
            <section class="shared-banner" aria-labelledby="shared-title">
                <p class="shared-badge">"Shared with you · read-only"</p>
                <h1 id="shared-title">{title}</h1>
                <PrintDate />
                <p>
                    "Someone shared this canvas with you as a link. You are looking at their "
                    "version: it is not in My canvases, and nothing here changes your own "
                    "canvases. To work on it, save a copy."
                </p>
                {earlier_view}
                {move || problem.get().map(|p| view! { <p class="alert" role="alert">{p} "."</p> })}
            </section>
            <ReadOnlyBoard canvas />
        </main>
    }
}

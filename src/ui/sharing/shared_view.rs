//! The page a share link opens: someone else's canvas, read-only, with
//! "Save a copy" and the way back to my canvases; or, for a broken link,
//! what is wrong with it. Nothing here writes to my drafts except an
//! explicit "Save a copy".

use crate::browser::clock::{now, random_bits};
use crate::browser::storage::library;
use crate::core::canvas::lineage::{day_text, Envelope};
use crate::core::canvas::model::Canvas;
use crate::core::format::index::Summary;
use crate::core::share::link::ShareError;
use crate::core::share::version_mark;
use crate::ui::editor::print_view::PrintDate;
use crate::ui::library::actions::display_title;
use crate::ui::library::storage_alerts::download_canvas_file;
use crate::ui::library::time::time_ago;
use crate::ui::navigation::{Navigation, SharedLink};
use crate::ui::sharing::merge_panel::{MergeInput, MergePanel};
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
            envelope,
        }) => view! { <SharedCanvasPage canvas fingerprint envelope /> }.into_any(),
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
fn SharedCanvasPage(
    canvas: Canvas,
    fingerprint: String,
    envelope: Option<Envelope>,
) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let state = EditorState::expect();
    // Only reads: a link never changes my drafts by being opened.
    let earlier: Option<Summary> = library()
        .ok()
        .and_then(|lib| lib.copy_of_link(&fingerprint, now()));
    let problem = RwSignal::new(None::<String>);
    let title = display_title(&canvas.title).to_string();
    // Read once: the comparison and the copy's lineage both depend on it.
    let mine = envelope.as_ref().and_then(|e| my_version(&canvas, e));
    let is_mine = mine.is_some();
    let mut for_save = canvas.clone();
    if is_mine {
        // A separate copy of my own canvas starts a lineage of its own.
        for_save.lineage = None;
    }
    let save = move |_| save_copy(&for_save, &fingerprint, problem);
    let for_file = canvas.clone();
    let download = move |_| {
        if !download_canvas_file(&for_file) {
            problem.set(Some("The browser did not start the download".into()));
        }
    };
    let shared_line = match &envelope {
        Some(Envelope {
            by: Some(by), day, ..
        }) => format!("Shared by {by} on {}", day_text(*day)),
        Some(e) => format!("Shared on {}", day_text(e.day)),
        None => "Shared with you".to_string(),
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
    let save_label = if is_mine && earlier.is_none() {
        "Save as a separate copy"
    } else {
        save_label
    };
    let intro = if is_mine {
        "This canvas is a version of one in your My canvases. You are looking at that version: \
         nothing here changes your canvas until you merge."
    } else {
        "Someone shared this canvas with you as a link. You are looking at their version: it is \
         not in My canvases, and nothing here changes your own canvases. To work on it, save a copy."
    };
    let mine_view = mine.map(|m| view! { <MyVersion mine=m /> });
    view! {
        <header class="app-header">
            <p class="brand">"Learning Model Canvas"</p>
            <div class="toolbar">
                <MyCanvasesButton />
                <button type="button" class:primary=earlier.is_none() && !is_mine on:click=save>{save_label}</button>
                <button type="button" on:click=download>"Download as a file"</button>
            </div>
        </header>
        <main class="canvas-page shared-page">
            <section class="shared-banner" aria-labelledby="shared-title">
                <p class="shared-badge">{shared_line} " · read-only"</p>
                <h1 id="shared-title">{title}</h1>
                <PrintDate />
                <p>{intro}</p>
                {earlier_view}
                {mine_view}
                {move || problem.get().map(|p| view! { <p class="alert" role="alert">{p} "."</p> })}
            </section>
            <ReadOnlyBoard canvas />
        </main>
    }
}

/// My canvas of the link's lineage, if I have one: what to compare with.
fn my_version(theirs: &Canvas, envelope: &Envelope) -> Option<MyCopy> {
    let mut lib = library().ok()?;
    let t = now();
    let (id, record) = lib.of_lineage(envelope.lineage, t)?;
    let mine = record.canvas;
    let base = lib.common_version(&id, &mine, envelope.made_from, t);
    let shared_as = lib.shared_as(&id, theirs, t);
    let from = match &envelope.by {
        Some(by) => format!("the version {by} shared on {}", day_text(envelope.day)),
        None => format!("the version shared on {}", day_text(envelope.day)),
    };
    Some(MyCopy {
        unchanged: version_mark(theirs) == version_mark(&mine),
        shared_as,
        input: MergeInput {
            id,
            mine,
            theirs: theirs.clone(),
            base,
            from,
        },
    })
}

#[derive(Clone)]
struct MyCopy {
    input: MergeInput,
    /// Their version is exactly mine as it is now.
    unchanged: bool,
    /// "Shared on …" when their version is one I shared myself.
    shared_as: Option<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum Showing {
    Nothing,
    Comparison,
    Merge,
}

/// "A version of your canvas …", with Compare, Merge and Open.
#[component]
fn MyVersion(mine: MyCopy) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let state = EditorState::expect();
    let showing = RwSignal::new(Showing::Nothing);
    let title = display_title(&mine.input.mine.title).to_string();
    let id = mine.input.id.clone();
    let open = move |_| nav.show_editor(state, Panel::None, Some(&id));
    let said = match (&mine.shared_as, mine.unchanged) {
        (Some(label), _) => format!(
            "This is your own link of “{title}”: {} it held exactly this.",
            label.replacen("Shared on", "when you shared it on", 1)
        ),
        (None, true) => format!("This is your canvas “{title}”, exactly as you have it."),
        (None, false) => match mine.input.base.as_ref() {
            Some(_) => format!(
                "A version of your canvas “{title}”, changed since you shared it. Compare it with yours, or merge what they changed."
            ),
            None => format!(
                "A version of your canvas “{title}”, with changes. Compare it with yours, or merge what they changed."
            ),
        },
    };
    let differs = !mine.unchanged;
    let input = StoredValue::new(mine.input);
    view! {
        <div class="my-version" role="status">
            <p>{said}</p>
            <div class="my-version-actions">
                <button type="button" class:primary=!differs on:click=open>"Open my canvas"</button>
                {differs.then(|| view! {
                    <button type="button" on:click=move |_| showing.set(Showing::Comparison)>"Compare with mine"</button>
                    <button type="button" class="primary" on:click=move |_| showing.set(Showing::Merge)>"Merge into mine"</button>
                })}
            </div>
        </div>
        {move || match showing.get() {
            Showing::Nothing => ().into_any(),
            Showing::Comparison => view! { <MergePanel input=input.get_value() choosing=false /> }.into_any(),
            Showing::Merge => view! { <MergePanel input=input.get_value() choosing=true /> }.into_any(),
        }}
    }
}

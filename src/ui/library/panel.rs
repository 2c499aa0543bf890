//! "My canvases": every canvas kept in this browser, newest first, with a
//! filter, "New canvas", the trash and anything that could not be read.

use crate::browser::clock::now;
use crate::browser::storage::library;
use crate::core::canvas::kind::CanvasKind;
use crate::core::library::drafts::Listing;
use crate::ui::library::actions::new_canvas;
use crate::ui::library::backup::BackupSection;
use crate::ui::library::item::CanvasItem;
use crate::ui::library::listing::{ListError, ListingMemo};
use crate::ui::library::storage_alerts::reload_page;
use crate::ui::library::trash::{DamagedSection, TrashSection};
use crate::ui::state::{EditorState, Panel};
use crate::ui::widgets::dialog::{close_dialogs, ModalDialog};
use leptos::prelude::*;

#[component]
pub fn MyCanvasesDialog() -> impl IntoView {
    let state = EditorState::expect();
    let listing: ListingMemo = Memo::new(move |_| {
        state.saving.track_library();
        library().and_then(|mut lib| lib.listing(now()))
    });
    // Errors of the actions in this dialog (the page behind it is inert).
    let error = RwSignal::new(None::<String>);
    provide_context(ListError(error));
    view! {
        <ModalDialog title="My canvases">
            <NewCanvasForm />
            {move || error.get().map(|e| view! { <p class="alert" role="alert">{e}</p> })}
            <NewerVersionNote listing />
            {move || match listing.get() {
                Err(e) => view! {
                    <p class="alert" role="alert">
                        "The canvases stored in this browser cannot be read: " {e.to_string()} "."
                    </p>
                }
                .into_any(),
                Ok(_) => view! { <CanvasList listing /> }.into_any(),
            }}
            <TrashSection listing />
            <DamagedSection listing />
            <BackupSection listing />
        </ModalDialog>
    }
}

/// What a newer version of the app wrote, which this page leaves alone.
fn newer_text(l: &Listing) -> Option<String> {
    let canvases = match l.newer.len() {
        0 => String::new(),
        1 => "One canvas was saved by a newer version of the app: it is kept as it is, \
              and not listed here. "
            .to_string(),
        n => format!(
            "{n} canvases were saved by a newer version of the app: they are kept as they \
             are, and not listed here. "
        ),
    };
    let index = if l.newer_index {
        "A newer version of the app keeps this list now, so this page shows it but does not \
         change it. "
    } else {
        ""
    };
    l.holds_newer()
        .then(|| format!("{index}{canvases}Reload the page to use the new version."))
}

#[component]
fn NewerVersionNote(listing: ListingMemo) -> impl IntoView {
    move || {
        listing
            .with(|l| l.as_ref().ok().and_then(newer_text))
            .map(|text| {
                view! {
                    <div class="alert" role="alert">
                        <p>{text}</p>
                        <div class="alert-actions">
                            <button type="button" on:click=move |_| reload_page()>"Reload"</button>
                        </div>
                    </div>
                }
            })
    }
}

#[component]
fn NewCanvasForm() -> impl IntoView {
    let state = EditorState::expect();
    let kind = RwSignal::new(CanvasKind::LearningModelNine);
    let create = move |_| {
        new_canvas(state, kind.get_untracked());
        close_dialogs();
    };
    let options = CanvasKind::ALL
        .into_iter()
        .map(|k| view! { <option value=k.id()>{k.name()}</option> })
        .collect_view();
    view! {
        <div class="new-canvas">
            <select
                aria-label="Kind of the new canvas"
                on:change:target=move |ev| {
                    if let Some(k) = CanvasKind::from_id(&ev.target().value()) {
                        kind.set(k);
                    }
                }
            >
                {options}
            </select>
            <button type="button" class="primary" on:click=create>"New canvas"</button>
            <button type="button" aria-haspopup="dialog" on:click=move |_| state.view.panel.set(Panel::Combine)>
                "Combine canvases"
            </button>
        </div>
    }
}

#[component]
fn CanvasList(listing: ListingMemo) -> impl IntoView {
    let filter = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        listing.with(|l| match l {
            Ok(l) => l.filtered(&filter.get()).cloned().collect::<Vec<_>>(),
            Err(_) => Vec::new(),
        })
    });
    let total = move || listing.with(|l| l.as_ref().map_or(0, |l| l.active().count()));
    let summary = move || {
        let n = shown.with(Vec::len);
        let f = filter.get();
        match (n, f.trim().is_empty()) {
            (0, false) => format!("No canvas has “{}” in its title.", f.trim()),
            (n, false) => format!("{n} of {} canvases", total()),
            (1, true) => "1 canvas".to_string(),
            (n, true) => format!("{n} canvases"),
        }
    };
    view! {
        <input
            type="search"
            class="filter"
            aria-label="Filter by title"
            placeholder="Filter by title"
            prop:value=move || filter.get()
            on:input:target=move |ev| filter.set(ev.target().value())
        />
        <p class="list-count" aria-live="polite">{summary}</p>
        <ul class="canvas-list" aria-label="Canvases">
            <For
                each=move || shown.get()
                key=|s| (s.id.clone(), s.title.clone(), s.edited, s.notes, s.kind)
                children=|summary| view! { <CanvasItem summary /> }
            />
        </ul>
    }
}

//! The bar above the canvas: My canvases, title, kind, questions toggle, Undo/Redo,
//! Snapshots, Share and save status.

use crate::browser::storage::{self, SHOW_QUESTIONS_KEY};
use crate::core::kind::CanvasKind;
use crate::core::model::CanvasStoreFields;
use crate::ui::export_import::ImportButton;
use crate::ui::find_notes::FindNotes;
use crate::ui::state::{EditorState, Panel, SaveStatus};
use crate::ui::theme::ThemePicker;
use crate::ui::undo::UndoRedoButtons;
use leptos::prelude::*;

#[component]
pub fn Toolbar() -> impl IntoView {
    view! {
        <div class="toolbar">
            <PanelButton panel=Panel::MyCanvases label="My canvases" />
            <PanelButton panel=Panel::Templates label="Templates" />
            <TitleInput />
            <KindPicker />
            <QuestionsToggle />
            <UndoRedoButtons />
            <FindNotes />
            <PanelButton panel=Panel::ThreadCheck label="Thread check" />
            <PanelButton panel=Panel::Scorecard label="Scorecard" />
            <PanelButton panel=Panel::Snapshots label="Snapshots" />
            <PanelButton panel=Panel::Share label="Share" />
            <PanelButton panel=Panel::Export label="Export" />
            <ImportButton />
            <ThemePicker />
            <PanelButton panel=Panel::Shortcuts label="?" name="Keyboard shortcuts" />
            <SaveIndicator />
        </div>
    }
}

/// Opens one of the dialogs over the canvas. `name` is the accessible name
/// when the visible label is only a sign ("?").
#[component]
fn PanelButton(
    panel: Panel,
    label: &'static str,
    #[prop(optional)] name: Option<&'static str>,
) -> impl IntoView {
    let state = expect_context::<EditorState>();
    view! {
        <button
            type="button"
            class="panel-button"
            aria-haspopup="dialog"
            aria-label=name
            title=name
            on:click=move |_| state.panel.set(panel)
        >
            {label}
        </button>
    }
}

#[component]
fn TitleInput() -> impl IntoView {
    let title = expect_context::<EditorState>().canvas.title();
    view! {
        <input
            class="canvas-title"
            type="text"
            aria-label="Canvas title"
            placeholder="Name this canvas"
            maxlength="200"
            prop:value=move || title.get()
            on:input:target=move |ev| title.set(ev.target().value())
        />
    }
}

#[component]
fn KindPicker() -> impl IntoView {
    let kind = expect_context::<EditorState>().canvas.kind();
    let options = CanvasKind::ALL
        .into_iter()
        .map(|k| {
            view! {
                <option value=k.id() selected=move || kind.get() == k>
                    {k.name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <select
            class="canvas-kind"
            aria-label="Canvas kind"
            on:change:target=move |ev| {
                if let Some(k) = CanvasKind::from_id(&ev.target().value()) {
                    kind.set(k);
                }
            }
        >
            {options}
        </select>
    }
}

#[component]
fn QuestionsToggle() -> impl IntoView {
    let show = expect_context::<EditorState>().show_questions;
    let toggle = move |_| {
        let now = !show.get_untracked();
        show.set(now);
        // A preference only: if it cannot be stored, the toggle still works.
        let _ = storage::write(SHOW_QUESTIONS_KEY, if now { "1" } else { "0" });
    };
    view! {
        <button type="button" class="toggle-questions" aria-pressed=move || show.get().to_string() on:click=toggle>
            {move || if show.get() { "Hide guiding questions" } else { "Show guiding questions" }}
        </button>
    }
}

#[component]
fn SaveIndicator() -> impl IntoView {
    let status = expect_context::<EditorState>().save_status;
    let label = move || match status.get() {
        SaveStatus::Saved => "Saved",
        SaveStatus::Saving => "Saving…",
        SaveStatus::Failed | SaveStatus::Conflict => "Not saved",
    };
    view! {
        <p class="save-status" role="status" data-status=label>
            {label}
        </p>
    }
}

//! The editor's header, one row: the canvas title and kind, Undo/Redo, the
//! save status, Find, the "Canvas", "Check" and "View" menus and Share (the
//! app's name is the page's heading, for screen readers). On a phone the
//! three menus fold into one.

use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::model::CanvasStoreFields;
use crate::ui::editor::find_notes::FindNotes;
use crate::ui::editor::fit_screen::FitToScreen;
use crate::ui::editor::kind_picker::KindPicker;
use crate::ui::editor::limit_note::{undo_input, LimitNote};
use crate::ui::editor::print_view::Printing;
use crate::ui::editor::theme::{Theme, ThemeChoice};
use crate::ui::editor::undo::UndoRedoButtons;
use crate::ui::library::actions::new_canvas;
use crate::ui::sharing::export_import::{choose_import_file, print_page, ImportFileInput};
use crate::ui::state::{Document, EditorState, Panel, SaveStatus, Saving};
use crate::ui::widgets::menu::{Mark, MenuButton, MenuChoice, MenuGroup, MenuItem};
use crate::ui::workshop::present::start_presenting;
use crate::ui::workshop::timer::HeaderTimer;
use leptos::prelude::*;

#[component]
pub fn Toolbar() -> impl IntoView {
    let state = EditorState::expect();
    view! {
        <h1 class="brand visually-hidden">"Learning Model Canvas"</h1>
        <div class="toolbar">
            <TitleInput />
            <KindPicker />
            <UndoRedoButtons />
            <SaveIndicator />
            <HeaderTimer />
            <FindNotes />
            <div class="header-menus">
                <MenuButton label="Canvas"><CanvasItems /></MenuButton>
                <MenuButton label="Check"><CheckItems /></MenuButton>
                <MenuButton label="View"><ViewItems /></MenuButton>
            </div>
            <MenuButton label="Menu" class="phone-menu">
                <MenuGroup label="Canvas"><CanvasItems /></MenuGroup>
                <MenuGroup label="Check"><CheckItems /></MenuGroup>
                <MenuGroup label="View"><ViewItems /></MenuGroup>
            </MenuButton>
            <button
                type="button"
                class="primary share-button"
                aria-haspopup="dialog"
                on:click=move |_| state.view.panel.set(Panel::Share)
            >
                "Share"
            </button>
            <ImportFileInput />
        </div>
    }
}

fn open(panel: Panel) -> impl Fn() + 'static {
    let state = EditorState::expect();
    move || state.view.panel.set(panel)
}

/// "Canvas": what to do with canvases as a whole.
#[component]
fn CanvasItems() -> impl IntoView {
    let state = EditorState::expect();
    let printing = use_context::<Printing>();
    view! {
        <MenuItem label="New canvas" on_choose=move || new_canvas(state, CanvasKind::LearningModelNine) />
        <MenuItem label="My canvases" dialog=true on_choose=open(Panel::MyCanvases) />
        <MenuItem label="Combine canvases" dialog=true on_choose=open(Panel::Combine) />
        <MenuItem label="Templates" dialog=true on_choose=open(Panel::Templates) />
        <MenuItem label="Snapshots" dialog=true on_choose=open(Panel::Snapshots) />
        <MenuItem label="Import" on_choose=choose_import_file />
        <MenuItem label="Export" dialog=true on_choose=open(Panel::Export) />
        <MenuItem label="Print" on_choose=move || print_page(printing) />
    }
}

/// "Check": what looks at the canvas as a whole.
#[component]
fn CheckItems() -> impl IntoView {
    view! {
        <MenuItem label="Thread check" dialog=true on_choose=open(Panel::ThreadCheck) />
        <MenuItem label="Scorecard" dialog=true on_choose=open(Panel::Scorecard) />
        <MenuItem label="Investment worksheet" dialog=true on_choose=open(Panel::Worksheet) />
    }
}

/// "View": how the canvas shows, for this browser only.
#[component]
fn ViewItems() -> impl IntoView {
    let state = EditorState::expect();
    let show = state.view.show_questions;
    let fit = expect_context::<FitToScreen>();
    let theme = expect_context::<ThemeChoice>();
    let radio = move |t: Theme| Signal::derive(move || theme.get() == t);
    view! {
        <MenuItem label="Present" on_choose=move || start_presenting(state) />
        <MenuItem label="Timer" dialog=true on_choose=open(Panel::Timer) />
        <MenuItem label="Dot vote" dialog=true on_choose=open(Panel::Vote) />
        <MenuChoice
            label="Show guiding questions"
            mark=Mark::Check
            checked=show.into()
            on_choose=move |on| state.view.set_show_questions(on)
        />
        <MenuChoice label="Fit to screen" mark=Mark::Check checked=fit.on() on_choose=move |on| fit.set(on) />
        <div role="group" aria-label="Theme" class="menu-group">
            <MenuChoice label="Theme as the system" mark=Mark::Radio checked=radio(Theme::System) on_choose=move |_| theme.set(Theme::System) />
            <MenuChoice label="Light theme" mark=Mark::Radio checked=radio(Theme::Light) on_choose=move |_| theme.set(Theme::Light) />
            <MenuChoice label="Dark theme" mark=Mark::Radio checked=radio(Theme::Dark) on_choose=move |_| theme.set(Theme::Dark) />
        </div>
        <MenuItem label="Keyboard shortcuts" dialog=true on_choose=open(Panel::Shortcuts) />
    }
}

/// The title grows with its text up to the room the header has; a longer
/// one ends in an ellipsis, with the whole title on hover.
#[component]
fn TitleInput() -> impl IntoView {
    let doc = expect_context::<Document>();
    let title = doc.canvas.title();
    let full = LimitNote::default();
    view! {
        <input
            class="canvas-title"
            type="text"
            aria-label="Canvas title"
            placeholder="Name this canvas"
            maxlength="200"
            title=move || title.get()
            prop:value=move || title.get()
            on:input:target=move |ev| {
                let new = ev.target().value();
                if full.show(doc.text_may_grow(title.with_untracked(String::len), new.len())) {
                    title.set(new);
                } else {
                    undo_input(&ev.target().into(), &title.get_untracked());
                }
            }
        />
        {full.view()}
    }
}

#[component]
fn SaveIndicator() -> impl IntoView {
    let saving = expect_context::<Saving>();
    let label = move || match saving.status() {
        SaveStatus::Saved => "Saved",
        SaveStatus::Saving => "Saving…",
        SaveStatus::Failed(_) | SaveStatus::Conflict => "Not saved",
    };
    view! {
        <p class="save-status" role="status" data-status=label>
            {label}
        </p>
    }
}

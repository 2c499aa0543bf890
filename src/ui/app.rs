//! The app shell: provides the editor state, decides between my own
//! canvases and a shared link, and lays out the page.

use crate::browser::storage::{self, SHOW_QUESTIONS_KEY};
use crate::core::canvas::model::{Canvas, CanvasStoreFields};
use crate::core::share::vote_links::is_ballot;
use crate::ui::editor::board::CanvasBoard;
use crate::ui::editor::first_visit::FirstVisit;
use crate::ui::editor::fit_screen::{keep_fitted, FitToScreen};
use crate::ui::editor::header::Toolbar;
use crate::ui::editor::kind_picker::ChangeKindDialog;
use crate::ui::editor::learning_model::LearningModelBar;
use crate::ui::editor::legend::ColourLegend;
use crate::ui::editor::print_view::{PrintView, Printing};
use crate::ui::editor::shortcuts::{listen_for_shortcuts, ShortcutsDialog};
use crate::ui::editor::theme::ThemeChoice;
use crate::ui::library::actions::display_title;
use crate::ui::library::combine::CombineDialog;
use crate::ui::library::panel::MyCanvasesDialog;
use crate::ui::library::snapshots::SnapshotsDialog;
use crate::ui::library::storage_alerts::StorageAlerts;
use crate::ui::library::templates::{TemplatePage, TemplatesDialog};
use crate::ui::navigation::Navigation;
use crate::ui::sharing::export_import::{listen_for_dropped_files, listen_for_print, ExportDialog};
use crate::ui::sharing::share_dialog::ShareDialog;
use crate::ui::sharing::shared_view::SharedPage;
use crate::ui::state::{EditorState, Panel};
use crate::ui::tools::scorecard::ScorecardDialog;
use crate::ui::tools::threads::{LinkNoteDialog, ThreadCheckDialog};
use crate::ui::tools::worksheet::WorksheetDialog;
use crate::ui::widgets::toast::ToastBar;
use crate::ui::workshop::phone_ballots::receive_ballot;
use crate::ui::workshop::phone_vote::PhoneVotePage;
use crate::ui::workshop::present::{mark_the_page, PresentBar};
use crate::ui::workshop::timer::{TimerAnnouncement, TimerState};
use crate::ui::workshop::timer_dialog::TimerDialog;
use crate::ui::workshop::vote_dialog::VoteDialog;
use crate::ui::workshop::voting::{provide_voting, VoteBar};
use leptos::ev;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    provide_context(ThemeChoice::start());
    let state = EditorState::new(Canvas::default());
    if let Ok(Some(pref)) = storage::read(SHOW_QUESTIONS_KEY) {
        state.view.show_questions.set(pref != "0");
    }
    state.provide();
    let nav = Navigation::from_address();
    provide_context(nav);
    // A link is only looked at: my drafts are opened (and maybe migrated)
    // when I go to my own canvases, not before.
    if nav.shared.with_untracked(Option::is_none)
        && nav.template.with_untracked(Option::is_none)
        && nav.phone_vote.with_untracked(Option::is_none)
    {
        // Measured for the benchmarks: opening the canvas apart from building the page.
        crate::browser::timing::measured("lmc-open", || nav.start_editor(state, None));
        // Votes sent back from a phone, opened here.
        let fragment = crate::browser::location::current_fragment();
        if is_ballot(&fragment) {
            // Once autosave has taken in the canvas as opened, so the
            // ballot is an edit it saves.
            set_timeout(
                move || receive_ballot(state, &fragment),
                std::time::Duration::ZERO,
            );
        }
    }
    let address = window_event_listener(ev::hashchange, move |_| nav.follow_address(state));
    // Any page prints on one landscape page: the editor, a link, a template.
    let printing = Printing::new();
    provide_context(printing);
    listen_for_print(Some(printing));
    on_cleanup(move || address.remove());

    let showing_link = Memo::new(move |_| nav.shared.with(Option::is_some));
    let showing_template = Memo::new(move |_| nav.template.get());
    let showing_vote = Memo::new(move |_| nav.phone_vote.with(Option::is_some));
    let title = state.doc.canvas.title();
    Effect::new(move |_| {
        let t = nav.shared.with(|link| match link {
            Some(link) => match &link.canvas {
                Ok(c) => format!("{} (shared, read-only)", display_title(&c.title)),
                Err(_) => "Link cannot be opened".to_string(),
            },
            None => display_title(&title.get()).to_string(),
        });
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{t} · Learning Model Canvas"));
        }
    });
    move || {
        if showing_link.get() {
            view! { <SharedPage /> <ToastBar /> }.into_any()
        } else if showing_vote.get() {
            let invitation = nav
                .phone_vote
                .get_untracked()
                .unwrap_or(Err(crate::core::share::link::ShareError::NotALink));
            view! { <PhoneVotePage invitation /> }.into_any()
        } else if let Some(id) = showing_template.get() {
            view! { <TemplatePage id /> <ToastBar /> }.into_any()
        } else {
            view! { <CanvasEditor /> }.into_any()
        }
    }
}

/// The editor page, given an [`EditorState`] in context.
#[component]
pub fn CanvasEditor() -> impl IntoView {
    let state = EditorState::expect();
    listen_for_shortcuts(state);
    listen_for_dropped_files(state);
    // The app provides the theme for every page; an editor mounted alone
    // (in the browser tests) takes the stored one.
    if use_context::<ThemeChoice>().is_none() {
        provide_context(ThemeChoice::start());
    }
    let printing = use_context::<Printing>().unwrap_or_else(|| {
        let p = Printing::new();
        provide_context(p);
        p
    });
    let fit = FitToScreen::stored();
    provide_context(fit);
    TimerState::provide();
    provide_voting();
    mark_the_page(state);
    keep_fitted(state, fit);
    view! {
        <header class="app-header">
            <Toolbar />
        </header>
        <main class="canvas-page" class:printing=move || printing.is_on()>
            <StorageAlerts />
            <FirstVisit />
            <PresentBar />
            <VoteBar />
            <TimerAnnouncement />
            <div class="canvas-strip">
                <LearningModelBar />
                <ColourLegend />
            </div>
            <CanvasBoard />
            <PrintView />
        </main>
        {move || match state.view.panel.get() {
            Panel::MyCanvases => view! { <MyCanvasesDialog /> }.into_any(),
            Panel::Combine => view! { <CombineDialog /> }.into_any(),
            Panel::Timer => view! { <TimerDialog /> }.into_any(),
            Panel::Vote => view! { <VoteDialog /> }.into_any(),
            Panel::Snapshots => view! { <SnapshotsDialog /> }.into_any(),
            Panel::Share => view! { <ShareDialog /> }.into_any(),
            Panel::Shortcuts => view! { <ShortcutsDialog /> }.into_any(),
            Panel::LinkNote(from) => view! { <LinkNoteDialog from /> }.into_any(),
            Panel::ThreadCheck => view! { <ThreadCheckDialog /> }.into_any(),
            Panel::Worksheet => view! { <WorksheetDialog /> }.into_any(),
            Panel::Scorecard => view! { <ScorecardDialog /> }.into_any(),
            Panel::Templates => view! { <TemplatesDialog /> }.into_any(),
            Panel::Export => view! { <ExportDialog /> }.into_any(),
            Panel::ChangeKind(to) => view! { <ChangeKindDialog to /> }.into_any(),
            Panel::None => ().into_any(),
        }}
        {move || (state.view.panel.get() == Panel::None).then(|| view! { <ToastBar /> })}
    }
}

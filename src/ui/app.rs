//! The app shell: opens the library, provides the editor state and lays
//! out the page.

use crate::browser::storage::{self, open_canvas_in_tab, SHOW_QUESTIONS_KEY};
use crate::core::model::{Canvas, CanvasStoreFields};
use crate::ui::autosave::start_autosave;
use crate::ui::canvas_board::CanvasBoard;
use crate::ui::library_actions::{display_title, start};
use crate::ui::library_panel::MyCanvasesDialog;
use crate::ui::snapshots_panel::SnapshotsDialog;
use crate::ui::state::{EditorState, Panel};
use crate::ui::storage_alerts::StorageAlerts;
use crate::ui::toast::ToastBar;
use crate::ui::toolbar::Toolbar;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let state = EditorState::new(Canvas::default());
    if let Ok(Some(pref)) = storage::read(SHOW_QUESTIONS_KEY) {
        state.show_questions.set(pref != "0");
    }
    start(state, open_canvas_in_tab());
    provide_context(state);
    start_autosave(state);
    let title = state.canvas.title();
    Effect::new(move |_| {
        let t = title.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{} · Learning Model Canvas", display_title(&t)));
        }
    });
    view! { <CanvasEditor /> }
}

/// The editor page, given an [`EditorState`] in context.
#[component]
pub fn CanvasEditor() -> impl IntoView {
    let state = expect_context::<EditorState>();
    view! {
        <header class="app-header">
            <p class="brand">"Learning Model Canvas"</p>
            <Toolbar />
        </header>
        <main class="canvas-page">
            <StorageAlerts />
            <CanvasBoard />
        </main>
        {move || match state.panel.get() {
            Panel::MyCanvases => view! { <MyCanvasesDialog /> }.into_any(),
            Panel::Snapshots => view! { <SnapshotsDialog /> }.into_any(),
            Panel::None => ().into_any(),
        }}
        {move || (state.panel.get() == Panel::None).then(|| view! { <ToastBar /> })}
    }
}

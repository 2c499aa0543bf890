//! The app shell: loads the stored draft, provides the editor state and
//! lays out the page.

use crate::browser::storage::{self, DRAFT_KEY, SHOW_QUESTIONS_KEY};
use crate::core::model::{Canvas, CanvasStoreFields};
use crate::core::storage_format::{load_draft, DraftLoad};
use crate::ui::autosave::start_autosave;
use crate::ui::canvas_board::CanvasBoard;
use crate::ui::state::{EditorState, SaveStatus, UnreadableDraft};
use crate::ui::storage_alerts::StorageAlerts;
use crate::ui::toolbar::Toolbar;
use leptos::prelude::*;

/// Reads the stored draft into a fresh editor state. Nothing is written here.
fn initial_state() -> EditorState {
    let stored = storage::read(DRAFT_KEY);
    let synced = stored.clone().ok().flatten();
    let (canvas, unreadable, failure) = match stored {
        Err(e) => (Canvas::default(), None, Some(e.to_string())),
        Ok(stored) => match load_draft(stored) {
            DraftLoad::Fresh => (Canvas::default(), None, None),
            DraftLoad::Loaded(c) => (c, None, None),
            DraftLoad::Unreadable { raw, error } => (
                Canvas::default(),
                Some(UnreadableDraft {
                    raw,
                    reason: error.to_string(),
                }),
                None,
            ),
        },
    };
    let state = EditorState::new(canvas);
    state.last_synced.set_value(synced);
    if unreadable.is_some() {
        state.save_status.set(SaveStatus::Paused);
    }
    state.unreadable.set(unreadable);
    if let Some(reason) = failure {
        state.save_error.set(Some(reason));
        state.save_status.set(SaveStatus::Failed);
    }
    if let Ok(Some(pref)) = storage::read(SHOW_QUESTIONS_KEY) {
        state.show_questions.set(pref != "0");
    }
    state
}

#[component]
pub fn App() -> impl IntoView {
    let state = initial_state();
    provide_context(state);
    let save_now = start_autosave(state);
    let title = state.canvas.title();
    Effect::new(move |_| {
        let t = title.get();
        let name = if t.trim().is_empty() {
            "Untitled canvas"
        } else {
            t.trim()
        };
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{name} · Learning Model Canvas"));
        }
    });
    view! { <CanvasEditor save_now /> }
}

/// The editor page, given an [`EditorState`] in context.
#[component]
pub fn CanvasEditor(save_now: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    view! {
        <header class="app-header">
            <p class="brand">"Learning Model Canvas"</p>
            <Toolbar />
        </header>
        <main class="canvas-page">
            <StorageAlerts save_now />
            <CanvasBoard />
        </main>
    }
}

//! "Present": the canvas fills the screen, one block large (its notes, its
//! guiding questions) and the others small beside it, stepping through the
//! kind's present order. Arrow keys, PageUp/PageDown (what presentation
//! clickers send), Space and the buttons step; a digit jumps; Escape
//! leaves. The notes stay editable, with undo.

use crate::browser::fullscreen;
use crate::core::canvas::model::CanvasStoreFields;
use crate::core::canvas::votes::ranking;
use crate::core::workshop::present::{block_at, jump, step};
use crate::ui::state::{EditorState, Panel};
use crate::ui::workshop::timer::{TimerControls, TimerState};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Starts presenting at the first block, in full screen where allowed.
pub fn start_presenting(state: EditorState) {
    state.view.focused_block.set(None);
    state.view.presenting.set(Some(0));
    fullscreen::enter();
}

pub fn stop_presenting(state: EditorState) {
    state.view.presenting.set(None);
    fullscreen::leave();
}

/// Whether a key pressed in `target` is typing (a note, a field), which
/// arrows, Space and digits must keep doing.
fn is_typing(target: Option<web_sys::EventTarget>) -> bool {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    matches!(el.tag_name().as_str(), "TEXTAREA" | "SELECT")
        || (el.tag_name() == "INPUT"
            && !matches!(
                el.get_attribute("type").as_deref(),
                Some("checkbox" | "radio" | "button")
            ))
        || el.has_attribute("contenteditable")
}

/// Moves to step `to`, with the time-box starting over for it.
fn go_to(state: EditorState, timer: TimerState, to: usize) {
    if state.view.presenting.get_untracked() != Some(to) {
        state.view.presenting.set(Some(to));
        timer.next_discussion();
    }
}

fn listen_for_keys(state: EditorState, timer: TimerState) {
    let kind = state.doc.canvas.kind();
    let keys = window_event_listener(ev::keydown, move |e| {
        let Some(at) = state.view.presenting.get_untracked() else {
            return;
        };
        if e.default_prevented() || state.view.panel.get_untracked() != Panel::None {
            return;
        }
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let key = e.key();
        let typing = is_typing(e.target());
        // Space on a button presses it, as everywhere.
        let on_button = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "BUTTON" | "A" | "SUMMARY" | "INPUT")
            });
        let kind = kind.get_untracked();
        let to = match key.as_str() {
            // Clickers send these; they step even from inside a note.
            "PageDown" => Some(step(kind, at, 1)),
            "PageUp" => Some(step(kind, at, -1)),
            _ if typing => None,
            " " if on_button => None,
            "ArrowRight" | "ArrowDown" | " " => Some(step(kind, at, 1)),
            "ArrowLeft" | "ArrowUp" => Some(step(kind, at, -1)),
            "Escape" => {
                e.prevent_default();
                stop_presenting(state);
                return;
            }
            digit => jump(kind, digit),
        };
        if let Some(to) = to {
            e.prevent_default();
            go_to(state, timer, to);
        }
    });
    // Leaving full screen (the browser's own Escape) leaves presenting.
    let screen = window_event_listener_untyped("fullscreenchange", move |_| {
        if !fullscreen::is_on() && state.view.presenting.get_untracked().is_some() {
            state.view.presenting.set(None);
        }
    });
    on_cleanup(move || {
        keys.remove();
        screen.remove();
    });
}

/// The bar above the board while presenting: where we are, the block's
/// questions, stepping, the timer and the way out.
#[component]
pub fn PresentBar() -> impl IntoView {
    let state = EditorState::expect();
    let timer = TimerState::expect();
    listen_for_keys(state, timer);
    let kind = state.doc.canvas.kind();
    let count = move || kind.get().def().present_order.len();
    let at = move || state.view.presenting.get().unwrap_or(0);
    let block = move || block_at(kind.get(), at());
    let title = move || block().map_or("", |b| b.title);
    let questions = move || {
        block().map(|b| {
            b.questions
                .iter()
                .map(|q| view! { <li>{*q}</li> })
                .collect_view()
        })
    };
    // With a vote, the block's notes with most dots.
    let top_voted = move || {
        let block = block()?;
        state.doc.canvas.with(|c| {
            let top: Vec<String> = ranking(c, Some(block.id))
                .into_iter()
                .take(3)
                .filter_map(|r| {
                    let n = c.notes.iter().find(|n| n.id == r.note)?;
                    let dots = if r.dots == 1 { "dot" } else { "dots" };
                    Some(format!("{}. {} ({} {dots})", r.rank, n.text.trim(), r.dots))
                })
                .collect();
            (!top.is_empty()).then(|| {
                let items = top.into_iter().map(|t| view! { <li>{t}</li> }).collect_view();
                view! { <ul class="present-votes" aria-label="Most dots in this block">{items}</ul> }
            })
        })
    };
    view! {
        {move || state.view.presenting.get().is_some().then(|| view! {
            <section class="present-bar" aria-label="Presenting">
                <div class="present-where">
                    <p class="present-step" aria-live="polite">
                        {move || format!("Block {} of {}: ", at() + 1, count())}
                        <span class="visually-hidden">{title}</span>
                    </p>
                    <h2 class="present-title">{title}</h2>
                    <ul class="present-questions" aria-label="Guiding questions">{questions}</ul>
                    {top_voted}
                </div>
                <div class="present-steps">
                    <button type="button" aria-label="Previous block" disabled=move || at() == 0
                        on:click=move |_| go_to(state, timer, step(kind.get_untracked(), at(), -1))>"← Previous"</button>
                    <button type="button" class="primary" aria-label="Next block" disabled=move || { at() + 1 >= count() }
                        on:click=move |_| go_to(state, timer, step(kind.get_untracked(), at(), 1))>"Next →"</button>
                    <button type="button" on:click=move |_| stop_presenting(state)>"Stop presenting"</button>
                </div>
                <TimerControls large=true />
            </section>
        })}
    }
}

/// Keeps the page's root marked while presenting, so the stylesheet can
/// put the chrome away (an effect: it syncs with the DOM outside the app).
pub fn mark_the_page(state: EditorState) {
    Effect::new(move |_| {
        let on = state.view.presenting.get().is_some();
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.class_list().toggle_with_force("presenting", on);
        }
    });
}

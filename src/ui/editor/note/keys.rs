//! The notes' keys and focus, handled once for the whole canvas (events
//! bubble up from every note): selecting the focused note, Escape, Enter,
//! Delete and Alt+Arrow on a note, and focusing a note asked for by an
//! action (a new note, a move, a thread check item).

use crate::core::canvas::model::NoteId;
use crate::ui::editor::note::moving::shift_with_keys;
use crate::ui::state::{EditorState, ViewState};
use leptos::ev;
use leptos::prelude::*;
use std::cell::Cell;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Moves focus to the "Add note" button of the block holding `from`, so
/// keyboard users stay in the block after leaving or deleting a note.
pub fn focus_block_add_button(from: &HtmlElement) {
    let button = from
        .closest("section")
        .ok()
        .flatten()
        .and_then(|s| s.query_selector(".add-note").ok().flatten())
        .and_then(|b| b.dyn_into::<HtmlElement>().ok());
    match button {
        Some(b) => {
            let _ = b.focus();
        }
        None => {
            let _ = from.blur();
        }
    }
}

fn element(target: Option<web_sys::EventTarget>) -> Option<Element> {
    target?.dyn_into::<Element>().ok()
}

/// The note an element is in, and its id.
fn note_of(el: &Element) -> Option<(HtmlElement, NoteId)> {
    let li = el.closest("li.note[data-note]").ok()??;
    let id = li.get_attribute("data-note")?.parse().ok()?;
    Some((li.dyn_into::<HtmlElement>().ok()?, id))
}

fn text_box_of(li: &HtmlElement) -> Option<HtmlElement> {
    li.query_selector(".note-text")
        .ok()??
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Keys in a note: in its text, Escape selects the note itself; on the
/// note, Enter edits it, Delete removes it and Escape goes on to the
/// block's "Add note"; Alt+Arrow Up/Down moves it anywhere in the note.
pub fn on_note_keydown(state: EditorState, ev: &web_sys::KeyboardEvent) {
    let Some(target) = element(ev.target()) else {
        return;
    };
    let Some((li, id)) = note_of(&target) else {
        return;
    };
    if shift_with_keys(state, id, ev) {
        ev.prevent_default();
        return;
    }
    let on_note = target == *li.as_ref();
    if !on_note {
        // In the text or the tools, Escape steps back to the note.
        if ev.key() == "Escape" && !ev.default_prevented() {
            ev.prevent_default();
            let _ = li.focus();
        }
        return;
    }
    if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            if let Some(text) = text_box_of(&li) {
                let _ = text.focus();
            }
        }
        "Delete" | "Backspace" => {
            ev.prevent_default();
            focus_block_add_button(&li);
            state.doc.delete_note(id);
        }
        "Escape" => {
            ev.prevent_default();
            focus_block_add_button(&li);
        }
        _ => {}
    }
}

/// Focus arriving in a note (its text, the note, its tools) selects it.
pub fn on_note_focusin(view: ViewState, ev: &web_sys::FocusEvent) {
    // A dot placed is a vote, not an edit: no tools open under the pointer.
    let target = element(ev.target());
    if target
        .as_ref()
        .is_some_and(|el| el.class_list().contains("dot-button"))
    {
        return;
    }
    let id = target.and_then(|el| note_of(&el)).map(|(_, id)| id);
    if id.is_some() && view.selected_note.get_untracked() != id {
        view.selected_note.set(id);
    }
}

thread_local! {
    /// A mouse button, pen or finger is down (between pointerdown and up).
    static PRESSED: Cell<bool> = const { Cell::new(false) };
}

/// Focus leaving the notes altogether ends the selection; focus going to
/// another note selects that one instead (its focusin does). While a press
/// goes on, the selection (and the tools under the note) stays until the
/// press has ended and its click has landed: the page must not move under
/// the pointer between the press and the release.
pub fn on_note_focusout(state: EditorState, ev: &web_sys::FocusEvent) {
    let to_note = element(ev.related_target()).and_then(|el| note_of(&el));
    if to_note.is_none() && !PRESSED.with(Cell::get) {
        end_selection_unless_in_note(state.view);
    }
}

fn end_selection_unless_in_note(view: ViewState) {
    let in_note = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .and_then(|el| note_of(&el))
        .is_some();
    if !in_note && view.selected_note.get_untracked().is_some() {
        view.selected_note.set(None);
    }
}

/// Follows presses, so a selection ends only after the press that ended it.
fn watch_presses(state: EditorState) {
    let down = window_event_listener(ev::pointerdown, |_| PRESSED.with(|p| p.set(true)));
    let released = move || {
        PRESSED.with(|p| p.set(false));
        // After the click that the release makes.
        set_timeout(
            move || end_selection_unless_in_note(state.view),
            Duration::ZERO,
        );
    };
    let up = window_event_listener(ev::pointerup, move |_| released());
    let cancel = window_event_listener(ev::pointercancel, move |_| released());
    on_cleanup(move || {
        down.remove();
        up.remove();
        cancel.remove();
    });
}

fn note_element(id: NoteId) -> Option<HtmlElement> {
    web_sys::window()?
        .document()?
        .query_selector(&format!("li.note[data-note='{id}']"))
        .ok()??
        .dyn_into::<HtmlElement>()
        .ok()
}

/// Focuses a note (or its text) once it is on the page: at once if it is
/// there, else as soon as the update that adds it has run (it runs as a
/// microtask too, before the next key reaches the page), at the latest
/// after the next frame.
fn focus_note(id: NoteId, text: bool, tries: u32) {
    let focused = note_element(id)
        .and_then(|li| if text { text_box_of(&li) } else { Some(li) })
        .is_some_and(|t| t.focus().is_ok());
    if focused || tries == 0 {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    if tries == 1 {
        // The last try, once the next frame has rendered.
        request_animation_frame(move || focus_note(id, text, 0));
        return;
    }
    let retry =
        wasm_bindgen::closure::Closure::once_into_js(move || focus_note(id, text, tries - 1));
    window.queue_microtask(retry.unchecked_ref());
}

/// Carries out the editor's focus and select requests (one watcher for all
/// notes, not one per note), and ends selections after presses.
pub fn watch_focus_requests(state: EditorState) {
    watch_presses(state);
    Effect::new(move |_| {
        if let Some(id) = state.view.focus_request.get() {
            state.view.focus_request.set(None);
            focus_note(id, true, 8);
        }
    });
    Effect::new(move |_| {
        if let Some(id) = state.view.select_request.get() {
            state.view.select_request.set(None);
            focus_note(id, false, 8);
        }
    });
}

//! Keyboard shortcuts of the editor, and the "Keyboard shortcuts" dialog
//! that lists them all ("?" opens it).

use crate::ui::state::{EditorState, Panel};
use crate::ui::widgets::dialog::ModalDialog;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// (keys, what they do), as the dialog lists them.
pub const SHORTCUTS: [(&str, &str); 9] = [
    ("N", "Add a note to the block that has the focus"),
    ("Enter", "Edit the selected note"),
    (
        "Escape",
        "Leave the note's text (the note stays selected), then the note",
    ),
    ("Delete", "Remove the selected note (Undo brings it back)"),
    ("Ctrl+Z / ⌘Z", "Undo"),
    ("Ctrl+Shift+Z / ⌘⇧Z, Ctrl+Y", "Redo"),
    (
        "Escape",
        "Leave a focused block: the whole canvas shows again",
    ),
    ("Tab / Shift+Tab", "Go through the blocks in filling order"),
    ("?", "Show this list"),
];

/// Whether the key went to a place where it types text.
fn typing_into(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        })
}

/// The block (its id) that holds the keyboard focus, if any.
fn focused_block() -> Option<String> {
    let active = web_sys::window()?.document()?.active_element()?;
    let section = active.closest("section.block").ok()??;
    section.id().strip_suffix("-block").map(str::to_string)
}

/// Listens for N and "?" while the editor shows (removed with it).
pub fn listen_for_shortcuts(state: EditorState) {
    let handle = window_event_listener(ev::keydown, move |e| {
        if e.default_prevented()
            || e.ctrl_key()
            || e.meta_key()
            || e.alt_key()
            || state.view.panel.get_untracked() != Panel::None
            || typing_into(e.target())
        {
            return;
        }
        match e.key().as_str() {
            "n" | "N" => {
                if let Some(block) = focused_block() {
                    e.prevent_default();
                    if let Err(full) = state.add_note(&block) {
                        state.view.show_toast(format!("{full}."), None);
                    }
                }
            }
            "?" => {
                e.prevent_default();
                state.view.panel.set(Panel::Shortcuts);
            }
            _ => {}
        }
    });
    on_cleanup(move || handle.remove());
}

#[component]
pub fn ShortcutsDialog() -> impl IntoView {
    let rows = SHORTCUTS
        .iter()
        .map(|(keys, what)| {
            view! {
                <tr>
                    <th scope="row"><kbd>{*keys}</kbd></th>
                    <td>{*what}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ModalDialog title="Keyboard shortcuts">
            <table class="shortcuts">
                <thead>
                    <tr>
                        <th scope="col">"Keys"</th>
                        <th scope="col">"What they do"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </ModalDialog>
    }
}

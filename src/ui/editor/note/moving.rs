//! Moving a note from the keyboard: the "Move note" menu (to another block)
//! and Alt+Arrow Up/Down (within its block). The drag and drop of
//! `note_drag` ends in the same [`move_to`].

use crate::core::canvas::model::{move_note, shift_note, CanvasStoreFields, NoteId};
use crate::ui::state::EditorState;
use leptos::prelude::*;

/// Moves note `id` into `block` before the note now at `index` of that
/// block (`None`: at its end), and selects it where it lands.
pub fn move_to(state: EditorState, id: NoteId, block: &str, index: Option<usize>) {
    if move_note(&mut state.doc.canvas.notes().write(), id, block, index) {
        state.view.select_request.set(Some(id));
    }
}

/// Alt+Arrow Up / Down: one place up or down within the block. Returns
/// whether the key was one of those (so the caller stops its default).
pub fn shift_with_keys(state: EditorState, id: NoteId, ev: &web_sys::KeyboardEvent) -> bool {
    if !ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
        return false;
    }
    let delta = match ev.key().as_str() {
        "ArrowUp" => -1,
        "ArrowDown" => 1,
        _ => return false,
    };
    if shift_note(&mut state.doc.canvas.notes().write(), id, delta) {
        state.view.select_request.set(Some(id));
    }
    true
}

/// "Move note": the blocks of the canvas's kind, other than the note's own
/// (only the selected note has the menu, so it is built when selected).
#[component]
pub fn MoveNoteMenu(id: NoteId, block: String) -> impl IntoView {
    let state = EditorState::expect();
    let kind = state.doc.canvas.kind();
    let options = move || {
        kind.get()
            .def()
            .blocks_in_filling_order()
            .filter(|b| b.id != block)
            .map(|b| view! { <option value=b.id>{format!("To {}", b.title)}</option> })
            .collect_view()
    };
    view! {
        <select
            class="note-move"
            aria-label="Move note"
            title="Move note to another block"
            on:change:target=move |ev| {
                let to = ev.target().value();
                if !to.is_empty() {
                    move_to(state, id, &to, None);
                }
            }
        >
            <option value="" selected>"Move…"</option>
            {options}
        </select>
    }
}

//! One note: a multi-line textbox and its delete button. Escape leaves the
//! text and selects the note itself: Enter edits it again, Delete removes it
//! (undoable), a second Escape goes on to the block's "Add note" button.

use crate::core::colour::NoteColour;
use crate::core::model::{Note, NoteStoreFields};
use crate::ui::find_notes::matches;
use crate::ui::note_colour::NoteColourMenu;
use crate::ui::note_drag::DragHandle;
use crate::ui::note_marks::{labels_id, labels_of, PartnerSideMenu, RolesMenu};
use crate::ui::note_move::{shift_with_keys, MoveNoteMenu};
use crate::ui::state::EditorState;
use crate::ui::threads::LinkButton;
use leptos::html::{Li, Textarea};
use leptos::prelude::*;
use reactive_stores::Field;
use wasm_bindgen::JsCast;

/// Moves focus to the "Add note" button of the block holding `from`, so
/// keyboard users stay in the block after leaving or deleting a note.
fn focus_block_add_button(from: &web_sys::HtmlElement) {
    let button = from
        .closest("section")
        .ok()
        .flatten()
        .and_then(|s| s.query_selector(".add-note").ok().flatten())
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
    match button {
        Some(b) => {
            let _ = b.focus();
        }
        None => {
            let _ = from.blur();
        }
    }
}

#[component]
pub fn NoteEditor(#[prop(into)] note: Field<Note>, block_title: &'static str) -> impl IntoView {
    let state = expect_context::<EditorState>();
    let id = note.id().get_untracked();
    let text = note.text();
    let colour = note.colour();
    let block = note.block().get_untracked();
    // The colour's meaning and the marks in text: colour is never the only cue.
    let labels = Memo::new(move |_| labels_of(state, note).join(" · "));
    let filtered_out = {
        let is_partner = block == "key-partners";
        move || {
            is_partner
                && state
                    .partner_filter
                    .get()
                    .is_some_and(|side| note.partner().get() != Some(side))
        }
    };
    let marks_menu = match block.as_str() {
        "key-partners" => Some(view! { <PartnerSideMenu note /> }.into_any()),
        "customer-segments" => Some(view! { <RolesMenu note /> }.into_any()),
        _ => None,
    };
    let textarea = NodeRef::<Textarea>::new();
    let item = NodeRef::<Li>::new();
    // Per note, so typing in one note re-checks only that note.
    let found = Memo::new(move |_| {
        let q = state.find.get();
        (!q.trim().is_empty()).then(|| text.with(|t| matches(t, &q)))
    });

    // Select the note after a move put it in its new place.
    Effect::new(move |_| {
        if state.select_request.get() == Some(id) {
            if let Some(li) = item.get() {
                let _ = li.focus();
                state.select_request.set(None);
            }
        }
    });

    // Focus the note when it was just added (Enter on "Add note").
    Effect::new(move |_| {
        if state.focus_request.get() == Some(id) {
            if let Some(el) = textarea.get() {
                let _ = el.focus();
                state.focus_request.set(None);
            }
        }
    });

    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if shift_with_keys(state, id, &ev) {
            ev.prevent_default();
        } else if ev.key() == "Escape" {
            if let Some(li) = item.get_untracked() {
                ev.prevent_default();
                let _ = li.focus();
            }
        }
    };
    // Keys for the selected note (not those typed into its text).
    let on_item_keydown = move |ev: web_sys::KeyboardEvent| {
        // Events bubble up from the text box too: those are typing.
        let on_item = ev
            .target()
            .zip(item.get_untracked())
            .is_some_and(|(t, li)| t == wasm_bindgen::JsValue::from(li).into());
        if !on_item {
            return;
        }
        if shift_with_keys(state, id, &ev) {
            ev.prevent_default();
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        match ev.key().as_str() {
            "Enter" => {
                ev.prevent_default();
                if let Some(el) = textarea.get_untracked() {
                    let _ = el.focus();
                }
            }
            "Delete" | "Backspace" => {
                ev.prevent_default();
                if let Some(li) = item.get_untracked() {
                    focus_block_add_button(&li);
                }
                state.delete_note(id);
            }
            "Escape" => {
                if let Some(li) = item.get_untracked() {
                    ev.prevent_default();
                    focus_block_add_button(&li);
                }
            }
            _ => {}
        }
    };
    let on_delete = move |_| {
        if let Some(el) = textarea.get_untracked() {
            focus_block_add_button(&el);
        }
        state.delete_note(id);
    };

    view! {
        <li
            node_ref=item
            tabindex="-1"
            data-note=id.to_string()
            aria-label=move || match labels.get().as_str() {
                "" => format!("Note in {block_title}: {}", text.get()),
                l => format!("Note in {block_title}, {l}: {}", text.get()),
            }
            on:keydown=on_item_keydown
            class="note"
            class:labelled=move || !labels.with(String::is_empty)
            class:filtered-out=filtered_out
            data-colour=move || colour.get().map(NoteColour::id)
            class:found=move || found.get() == Some(true)
            class:not-found=move || found.get() == Some(false)
            class:in-thread=move || state.thread.with(|t| t.contains(&id))
            on:focusin=move |_| {
                if state.selected_note.get_untracked() != Some(id) {
                    state.selected_note.set(Some(id));
                }
            }
            on:focusout=move |ev: web_sys::FocusEvent| {
                // Focus going to another note selects that one instead.
                let to_note = ev
                    .related_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|el| el.closest("li.note").ok().flatten());
                if to_note.is_none() {
                    state.selected_note.set(None);
                }
            }
        >
            {move || {
                let l = labels.get();
                (!l.is_empty()).then(|| view! { <span class="note-tag" id=labels_id(id)>{l}</span> })
            }}
            <textarea
                node_ref=textarea
                class="note-text"
                rows="2"
                aria-label=format!("Note in {block_title}")
                aria-describedby=move || (!labels.with(String::is_empty)).then(|| labels_id(id))
                placeholder="Type a note…"
                prop:value=move || text.get()
                on:input:target=move |ev| text.set(ev.target().value())
                on:keydown=on_keydown
            ></textarea>
            <button type="button" class="note-delete" aria-label="Delete note" title="Delete note" on:click=on_delete>
                "×"
            </button>
            <div class="note-tools">
                <DragHandle id />
                <MoveNoteMenu id block=note.block().get_untracked() />
                <NoteColourMenu note />
                {marks_menu}
                <LinkButton id />
            </div>
        </li>
    }
}

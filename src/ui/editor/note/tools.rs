//! The selected note's tools, in one small group beside it: drag grip,
//! "Move note", "Note colour", "Partner side" or "Roles" where the block
//! has them, "Link to…" and "Delete note". Only the selected note has
//! them, so a canvas of hundreds of notes carries one set.

use crate::core::canvas::model::{Note, NoteStoreFields};
use crate::ui::editor::note::colour::NoteColourMenu;
use crate::ui::editor::note::drag::DragHandle;
use crate::ui::editor::note::keys::focus_block_add_button;
use crate::ui::editor::note::marks::{PartnerSideMenu, RolesMenu};
use crate::ui::editor::note::moving::MoveNoteMenu;
use crate::ui::state::Document;
use crate::ui::tools::threads::LinkButton;
use leptos::prelude::*;
use reactive_stores::Field;
use wasm_bindgen::JsCast;

#[component]
pub fn NoteTools(#[prop(into)] note: Field<Note>) -> impl IntoView {
    let doc = expect_context::<Document>();
    let id = note.id().get_untracked();
    let block = note.block().get_untracked();
    let marks_menu = match block.as_str() {
        "key-partners" => Some(view! { <PartnerSideMenu note /> }.into_any()),
        "customer-segments" => Some(view! { <RolesMenu note /> }.into_any()),
        _ => None,
    };
    let on_delete = move |ev: web_sys::MouseEvent| {
        if let Some(el) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        {
            focus_block_add_button(&el);
        }
        doc.delete_note(id);
    };
    view! {
        <div class="note-tools" role="group" aria-label="Tools for this note">
            <DragHandle id />
            <MoveNoteMenu id block=block.clone() />
            <NoteColourMenu note />
            {marks_menu}
            <LinkButton id />
            <button type="button" class="note-delete" aria-label="Delete note" title="Delete note" on:click=on_delete>
                "×"
            </button>
        </div>
    }
}

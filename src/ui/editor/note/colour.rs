//! Colouring a note: the "Note colour" menu (the note says in text what
//! its colour means: see [`super::marks::labels_of`]).

use crate::core::canvas::colour::{NoteColour, PALETTE};
use crate::core::canvas::model::{CanvasStoreFields, Note, NoteStoreFields};
use crate::ui::state::Document;
use leptos::html::Select;
use leptos::prelude::*;
use reactive_stores::Field;

/// "Note colour": no colour, or one of the palette, each named by its
/// meaning on this canvas ("Risk (red)").
#[component]
pub fn NoteColourMenu(#[prop(into)] note: Field<Note>) -> impl IntoView {
    let doc = expect_context::<Document>();
    let legend = doc.canvas.legend();
    let colour = note.colour();
    let select = NodeRef::<Select>::new();
    // An undo or another tab can change the colour, and renaming a colour
    // rebuilds the options: show the colour again after either.
    Effect::new(move |_| {
        legend.track();
        let value = colour.get().map_or("", NoteColour::id);
        if let Some(s) = select.get() {
            s.set_value(value);
        }
    });
    let options = move || {
        let current = colour.get_untracked();
        legend.with(|legend| {
            PALETTE
                .into_iter()
                .map(|c| {
                    let text = format!("{} ({})", legend.tag(c), c.name().to_lowercase());
                    view! { <option value=c.id() selected=current == Some(c)>{text}</option> }
                })
                .collect_view()
        })
    };
    view! {
        <select
            node_ref=select
            class="note-colour"
            aria-label="Note colour"
            title="Note colour"
            data-colour=move || colour.get().map(NoteColour::id)
            on:change:target=move |ev| colour.set(NoteColour::from_id(&ev.target().value()))
        >
            <option value="">"No colour"</option>
            {options}
        </select>
    }
}

//! A canvas shown read-only, laid out like the editor's board: for a canvas
//! someone shared. Notes are plain text (never HTML), with their line breaks.

use crate::core::kind::{block_title, BlockDef};
use crate::core::model::Canvas;
use crate::ui::canvas_block::block_style;
use leptos::prelude::*;

fn note_list<'a>(notes: impl Iterator<Item = &'a str>) -> impl IntoView {
    let items = notes
        .map(|text| view! { <li class="note note-static">{text.to_string()}</li> })
        .collect_view();
    view! { <ul class="notes">{items}</ul> }
}

fn block_view(canvas: &Canvas, def: &'static BlockDef) -> impl IntoView {
    let heading_id = format!("shared-block-{}", def.id);
    let labelled_by = heading_id.clone();
    let notes: Vec<&str> = canvas.notes_in(def.id).map(|n| n.text.as_str()).collect();
    let body = if notes.is_empty() {
        view! { <p class="empty-block">"No notes"</p> }.into_any()
    } else {
        note_list(notes.into_iter()).into_any()
    };
    view! {
        <section class="block" id=format!("{}-block", def.id) aria-labelledby=labelled_by style=block_style(def)>
            <header class="block-header">
                <h2 id=heading_id>{def.title}</h2>
                <p class="block-description">{def.description}</p>
            </header>
            {body}
        </section>
    }
}

#[component]
pub fn ReadOnlyBoard(canvas: Canvas) -> impl IntoView {
    let def = canvas.kind.def();
    let style = format!("--cols:{};--rows:{}", def.columns, def.rows);
    let blocks = def
        .blocks_in_filling_order()
        .map(|b| block_view(&canvas, b))
        .collect_view();
    let strays: Vec<(&str, &str)> = canvas
        .stray_notes()
        .map(|n| (block_title(&n.block), n.text.as_str()))
        .collect();
    let strays = (!strays.is_empty()).then(|| {
        let items = strays
            .into_iter()
            .map(|(block, text)| {
                view! { <li class="note note-static"><span class="note-origin">{block} ": "</span>{text.to_string()}</li> }
            })
            .collect_view();
        view! {
            <section class="stray-notes" aria-labelledby="shared-stray-title">
                <h2 id="shared-stray-title">"Notes from other canvas kinds"</h2>
                <ul class="notes">{items}</ul>
            </section>
        }
    });
    view! {
        <div class="board read-only" data-kind=def.kind.id() style=style>
            {blocks}
        </div>
        {strays}
    }
}

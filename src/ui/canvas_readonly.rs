//! A canvas shown read-only, laid out like the editor's board: for a canvas
//! someone shared. Notes are plain text (never HTML), with their line breaks.

use crate::core::kind::{block_title, BlockDef};
use crate::core::model::{Canvas, Note};
use crate::ui::canvas_block::block_style;
use crate::ui::colour_legend::read_only_legend;
use leptos::prelude::*;

/// One note as text, with its colour and, in text, its tag; `origin` names
/// the block a stray note came from.
fn static_note(canvas: &Canvas, note: &Note, origin: Option<&str>) -> impl IntoView {
    let tag = canvas
        .tag_of(note)
        .map(|tag| view! { <span class="note-tag">{tag.to_string()}</span> });
    let origin =
        origin.map(|block| view! { <span class="note-origin">{block.to_string()} ": "</span> });
    view! {
        <li class="note note-static" data-colour=note.colour.map(|c| c.id())>
            {tag}{origin}{note.text.clone()}
        </li>
    }
}

fn block_view(canvas: &Canvas, def: &'static BlockDef) -> impl IntoView {
    let heading_id = format!("shared-block-{}", def.id);
    let labelled_by = heading_id.clone();
    let notes: Vec<_> = canvas
        .notes_in(def.id)
        .map(|n| static_note(canvas, n, None))
        .collect();
    let body = if notes.is_empty() {
        view! { <p class="empty-block">"No notes"</p> }.into_any()
    } else {
        view! { <ul class="notes">{notes}</ul> }.into_any()
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
    let strays: Vec<_> = canvas
        .stray_notes()
        .map(|n| static_note(&canvas, n, Some(block_title(&n.block))))
        .collect();
    let legend = read_only_legend(&canvas);
    let strays = (!strays.is_empty()).then(|| {
        let items = strays;
        view! {
            <section class="stray-notes" aria-labelledby="shared-stray-title">
                <h2 id="shared-stray-title">"Notes from other canvas kinds"</h2>
                <ul class="notes">{items}</ul>
            </section>
        }
    });
    view! {
        {legend}
        <div class="board read-only" data-kind=def.kind.id() style=style>
            {blocks}
        </div>
        {strays}
    }
}

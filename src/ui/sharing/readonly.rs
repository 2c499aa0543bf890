//! A canvas shown read-only, laid out like the editor's board: for a canvas
//! someone shared. Notes are plain text (never HTML), with their line breaks.

use crate::core::canvas::kind::{block_title, BlockDef};
use crate::core::canvas::model::{Canvas, Note};
use crate::ui::editor::block::block_style;
use crate::ui::editor::legend::read_only_legend;
use crate::ui::tools::scorecard::static_metrics;
use crate::ui::tools::worksheet::summary_text;
use crate::ui::workshop::voting::dot_count;
use leptos::prelude::*;

/// One note as text, with its colour and, in text, its tag; `origin` names
/// the block a stray note came from.
fn static_note(canvas: &Canvas, note: &Note, origin: Option<&str>) -> impl IntoView {
    let labels = Canvas::labels_of(&canvas.legend, note).join(" · ");
    let tag = (!labels.is_empty()).then(|| view! { <span class="note-tag">{labels}</span> });
    let origin =
        origin.map(|block| view! { <span class="note-origin">{block.to_string()} ": "</span> });
    let dots = canvas.votes.as_ref().map_or(0, |v| v.count(note.id));
    let dots = (dots > 0).then(|| dot_count(dots));
    view! {
        <li class="note note-static" data-colour=note.colour.map(|c| c.id())>
            {tag}{origin}{note.text.clone()}{dots}
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
    let cost = matches!(def.id, "cost-structure" | "investment-return")
        .then(|| summary_text(&canvas.worksheet))
        .flatten()
        .map(|s| view! { <p class="worksheet-summary">{s}</p> });
    let metrics = static_metrics(&canvas.metrics, def.id);
    view! {
        <section class="block" id=format!("{}-block", def.id) aria-labelledby=labelled_by style=block_style(def)>
            <header class="block-header">
                <h2 id=heading_id>{def.title}</h2>
                <p class="block-description">{def.description}</p>
                {cost}
            </header>
            {body}
            {metrics}
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
    let models = (!canvas.models.is_empty()).then(|| {
        let name = |m: Option<crate::core::method::learning_model::LearningModel>| m.map_or("not chosen", |m| m.name());
        view! {
            <p class="shared-models">
                <strong>"Learning model: "</strong>
                {format!("today {}, aiming for {}", name(canvas.models.today), name(canvas.models.aim))}
            </p>
        }
    });
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
        {models}
        {legend}
        <div class="board read-only" data-kind=def.kind.id() style=style>
            {blocks}
        </div>
        {strays}
    }
}

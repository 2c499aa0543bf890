//! A canvas shown read-only, laid out like the editor's board: for a canvas
//! someone shared. Notes are plain text (never HTML), with their line breaks.

use crate::core::canvas::kind::{block_title, BlockDef};
use crate::core::canvas::model::{Canvas, Note, NoteId};
use crate::core::canvas::text::clipped;
use crate::core::canvas::thread_key::{numbered_threads, thread_numbers};
use crate::ui::editor::block::block_style;
use crate::ui::editor::legend::read_only_legend;
use crate::ui::sharing::readonly_sheet::{ReadOnlyScorecard, ReadOnlyWorksheet};
use crate::ui::tools::scorecard::static_metrics;
use crate::ui::tools::worksheet::summary_text;
use crate::ui::workshop::voting::dot_count;
use leptos::prelude::*;
use std::collections::HashMap;

/// One note as text, with its colour and, in text, its tag; `origin` names
/// the block a stray note came from.
/// Which thread is lit (its number), when a reader selects a linked note.
#[derive(Clone, Copy)]
struct LitThread(RwSignal<Option<usize>>);

fn static_note(
    canvas: &Canvas,
    note: &Note,
    origin: Option<&str>,
    thread: Option<usize>,
    lit: LitThread,
) -> impl IntoView {
    let labels = Canvas::labels_of(&canvas.legend, note).join(" · ");
    let tag = (!labels.is_empty()).then(|| view! { <span class="note-tag">{labels}</span> });
    let origin =
        origin.map(|block| view! { <span class="note-origin">{block.to_string()} ": "</span> });
    let dots = canvas.votes.as_ref().map_or(0, |v| v.count(note.id));
    let dots = (dots > 0).then(|| dot_count(dots));
    let badge = thread.map(|n| view! { <span class="thread-badge">{format!("Thread {n}")}</span> });
    // A linked note can be selected, to light its thread as the editor does.
    view! {
        <li
            class="note note-static"
            class:linked=thread.is_some()
            class:in-thread=move || thread.is_some() && lit.0.get() == thread
            data-colour=note.colour.map(|c| c.id())
            tabindex=thread.map(|_| "0")
            on:focus=move |_| lit.0.set(thread)
            on:blur=move |_| lit.0.set(None)
        >
            {tag}{origin}{note.text.clone()}{dots}{badge}
        </li>
    }
}

fn block_view(
    canvas: &Canvas,
    def: &'static BlockDef,
    numbers: &HashMap<NoteId, usize>,
    lit: LitThread,
) -> impl IntoView {
    let heading_id = format!("shared-block-{}", def.id);
    let labelled_by = heading_id.clone();
    let notes: Vec<_> = canvas
        .notes_in(def.id)
        .map(|n| static_note(canvas, n, None, numbers.get(&n.id).copied(), lit))
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

/// The threads in words, under the board: what each numbered badge joins.
fn thread_key(canvas: &Canvas, threads: &[Vec<NoteId>]) -> Option<impl IntoView> {
    let items = threads
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let notes = t
                .iter()
                .filter_map(|id| canvas.notes.iter().find(|n| n.id == *id))
                .map(|n| format!("“{}” ({})", clipped(&n.text, 60), block_title(&n.block)))
                .collect::<Vec<_>>()
                .join(" — ");
            view! { <li><strong>{format!("Thread {}: ", i + 1)}</strong>{notes}</li> }
        })
        .collect_view();
    (!threads.is_empty()).then(|| view! {
        <section class="thread-key" aria-labelledby="thread-key-title">
            <h2 id="thread-key-title">"Threads"</h2>
            <p>"Linked notes carry the number of their thread; select one to light its thread."</p>
            <ul>{items}</ul>
        </section>
    })
}

#[component]
pub fn ReadOnlyBoard(canvas: Canvas) -> impl IntoView {
    let worksheet = canvas.worksheet.clone();
    let metrics = canvas.metrics.clone();
    let def = canvas.kind.def();
    let style = format!("--cols:{};--rows:{}", def.columns, def.rows);
    let threads = numbered_threads(&canvas);
    let numbers = thread_numbers(&threads);
    let lit = LitThread(RwSignal::new(None));
    let blocks = def
        .blocks_in_filling_order()
        .map(|b| block_view(&canvas, b, &numbers, lit))
        .collect_view();
    let strays: Vec<_> = canvas
        .stray_notes()
        .map(|n| {
            static_note(
                &canvas,
                n,
                Some(block_title(&n.block)),
                numbers.get(&n.id).copied(),
                lit,
            )
        })
        .collect();
    let key = thread_key(&canvas, &threads);
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
        <div class="board read-only" class:threading=move || lit.0.get().is_some() data-kind=def.kind.id() style=style>
            {blocks}
        </div>
        {strays}
        {key}
        <ReadOnlyWorksheet worksheet />
        <ReadOnlyScorecard metrics />
    }
}

//! One block of the canvas: a labelled region with its title, description,
//! guiding questions and notes.

use crate::core::canvas::kind::BlockDef;
use crate::core::canvas::model::{CanvasStoreFields, NoteStoreFields};
use crate::core::workshop::present::block_at;
use crate::ui::editor::focus_block::FocusBlockButton;
use crate::ui::editor::learning_model::BlockHints;
use crate::ui::editor::limit_note::LimitNote;
use crate::ui::editor::note::card::NoteEditor;
use crate::ui::editor::note::marks::PartnerFilter;
use crate::ui::state::EditorState;
use crate::ui::tools::scorecard::BlockMetrics;
use crate::ui::tools::worksheet::{WorksheetButton, WorksheetSummary};
use leptos::prelude::*;

/// Where the block sits in the grid, and in the one-column phone layout.
pub fn block_style(def: &BlockDef) -> String {
    let a = def.area;
    format!(
        "--col:{};--row:{};--col-span:{};--row-span:{};--narrow-order:{}",
        a.col, a.row, a.col_span, a.row_span, def.narrow_order
    )
}

#[component]
pub fn CanvasBlock(def: &'static BlockDef) -> impl IntoView {
    let state = EditorState::expect();
    let full = LimitNote::default();
    let notes = state.doc.canvas.notes();
    let block_id = def.id;
    let heading_id = format!("block-{block_id}");
    // The block's notes in order: a memo, so typing in a note (which
    // changes the notes) neither re-lists the block nor re-renders its prompt.
    let ids = Memo::new(move |_| {
        notes.with(|ns| {
            ns.iter()
                .filter(|n| n.block == block_id)
                .map(|n| n.id)
                .collect::<Vec<_>>()
        })
    });
    let is_empty = Memo::new(move |_| ids.with(Vec::is_empty));
    let title_id = heading_id.clone();
    let style = block_style(def);
    let kind = state.doc.canvas.kind();
    // Which block "Present" shows large (a memo: one change per step).
    let presented = Memo::new(move |_| {
        state
            .view
            .presenting
            .get()
            .and_then(|step| block_at(kind.get(), step))
            .map(|b| b.id)
    });

    // An empty block shows its description and questions (all, or the first
    // while they are switched off); a block with notes keeps them behind its
    // own toggle, so the notes lead.
    let asked = RwSignal::new(false);
    let questions = move || {
        let show_all = state.view.show_questions.get();
        let empty = is_empty.get();
        if (empty && show_all) || (!empty && asked.get()) {
            let items = def
                .questions
                .iter()
                .map(|q| view! { <li>{*q}</li> })
                .collect_view();
            Some(view! { <ul class="questions" class:prompt=empty>{items}</ul> }.into_any())
        } else if empty {
            // With questions hidden, an empty block still offers a starting point.
            Some(view! { <p class="questions prompt">{def.questions[0]}</p> }.into_any())
        } else {
            None
        }
    };

    view! {
        <section
            class="block"
            class:focused=move || state.view.focused_block.get() == Some(block_id)
            class:presented=move || presented.get() == Some(block_id)
            id=format!("{block_id}-block")
            aria-labelledby=heading_id.clone()
            style=style
        >
            <header class="block-header">
                <div class="block-title-row">
                    <h2 id=title_id>{def.title}</h2>
                    {move || (!is_empty.get()).then(|| view! {
                        <button
                            type="button"
                            class="block-questions"
                            aria-expanded=move || asked.get().to_string()
                            aria-label=format!("About {}: description and guiding questions", def.title)
                            title="Show or hide what this block is for and its guiding questions"
                            on:click=move |_| asked.update(|a| *a = !*a)
                        >
                            "?"
                        </button>
                    })}
                    <FocusBlockButton def />
                </div>
                {move || (is_empty.get() || asked.get()).then(|| view! { <p class="block-description">{def.description}</p> })}
                {(block_id == "key-partners").then(|| view! { <PartnerFilter /> })}
                {matches!(block_id, "cost-structure" | "investment-return").then(|| view! {
                    <div class="worksheet-entry">
                        <WorksheetButton />
                        <WorksheetSummary />
                    </div>
                })}
            </header>
            {questions}
            <BlockHints block=block_id />
            <ul class="notes">
                <For
                    each=move || {
                        ids.track();
                        untrack(|| {
                            notes
                                .into_iter()
                                .filter(move |n| n.block().with_untracked(|b| b == block_id))
                                .collect::<Vec<_>>()
                        })
                    }
                    key=|n| n.id().get_untracked()
                    let:note
                >
                    <NoteEditor note block_title=def.title />
                </For>
            </ul>
            <BlockMetrics block=block_id />
            <button
                type="button"
                class="add-note"
                aria-label=format!("Add note to {}", def.title)
                on:click=move |_| {
                    full.show(state.add_note(block_id).map(drop));
                }
            >
                "+ Add note"
            </button>
            {full.view()}
        </section>
    }
}

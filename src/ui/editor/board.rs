//! The canvas grid for the current kind, and the notes it cannot place.

use crate::core::canvas::kind::block_title;
use crate::core::canvas::model::{CanvasStoreFields, NoteStoreFields};
use crate::ui::editor::block::CanvasBlock;
use crate::ui::editor::focus_block::listen_for_escape;
use crate::ui::editor::note::card::NoteEditor;
use crate::ui::editor::note::keys::{
    on_note_focusin, on_note_focusout, on_note_keydown, watch_focus_requests,
};
use crate::ui::state::EditorState;
use leptos::prelude::*;

#[component]
pub fn CanvasBoard() -> impl IntoView {
    let state = EditorState::expect();
    let kind = state.doc.canvas.kind();
    listen_for_escape(state.view);
    watch_focus_requests(state);
    // Only a block this kind has can fill the canvas.
    let focusing = move || {
        state
            .view
            .focused_block
            .get()
            .is_some_and(|b| kind.get().has_block(b))
    };
    // The notes' keys and focus are handled here, once for all notes.
    view! {
        <div
            class="canvas-area"
            on:keydown=move |ev| on_note_keydown(state, &ev)
            on:focusin=move |ev| on_note_focusin(state.view, &ev)
            on:focusout=move |ev| on_note_focusout(state, &ev)
        >
        {move || {
            let def = kind.get().def();
            // Presenting, the other blocks fill two narrow columns beside it.
            let beside = def.blocks.len().saturating_sub(1).div_ceil(2).max(1);
            let style = format!("--cols:{};--rows:{};--beside-rows:{beside}", def.columns, def.rows);
            // DOM order is the filling order, so Tab and screen readers follow
            // the method (and the stacked phone layout); the grid places them.
            let blocks = def
                .blocks_in_filling_order()
                .map(|b| view! { <CanvasBlock def=b /> })
                .collect_view();
            view! {
                <div
                    class="board"
                    class:focusing=focusing
                    class:presenting=move || state.view.presenting.get().is_some()
                    class:threading=move || state.view.thread.with(|t| !t.is_empty())
                    data-kind=def.kind.id()
                    style=style
                >
                    {blocks}
                </div>
            }
        }}
        <StrayNotes />
        </div>
    }
}

/// Notes written under another canvas kind. Switching kinds never drops a
/// note: they wait here, editable, and return to their block on switching back.
#[component]
fn StrayNotes() -> impl IntoView {
    let state = EditorState::expect();
    let notes = state.doc.canvas.notes();
    let kind = state.doc.canvas.kind();
    let has_strays = Memo::new(move |_| {
        let k = kind.get();
        notes.with(|ns| ns.iter().any(|n| !k.has_block(&n.block)))
    });
    move || {
        has_strays.get().then(|| {
            view! {
                <section class="stray-notes" aria-labelledby="stray-notes-title">
                    <h2 id="stray-notes-title">"Notes from other canvas kinds"</h2>
                    <p>
                        "These notes belong to blocks this kind of canvas does not have. "
                        "They are kept, and go back to their blocks if you switch the kind back."
                    </p>
                    <ul class="notes">
                        <For
                            each=move || {
                                let k = kind.get();
                                notes.into_iter().filter(move |n| n.block().with_untracked(|b| !k.has_block(b)))
                            }
                            key=|n| n.id().get_untracked()
                            let:note
                        >
                            <NoteEditor note block_title=block_title(&note.block().get_untracked()) />
                        </For>
                    </ul>
                </section>
            }
        })
    }
}

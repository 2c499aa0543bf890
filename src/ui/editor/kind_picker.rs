//! "Canvas kind": the nine-block canvas, the five-area model, the Business
//! Model Canvas or the Lean Canvas. A canvas with notes asks first, and
//! says where the notes of blocks the new kind lacks will wait.

use crate::core::canvas::kind::{block_title, CanvasKind};
use crate::core::canvas::model::CanvasStoreFields;
use crate::ui::state::{Document, EditorState, Panel};
use crate::ui::widgets::dialog::{close_dialogs, ModalDialog};
use leptos::prelude::*;

#[component]
pub fn KindPicker() -> impl IntoView {
    let state = EditorState::expect();
    let kind = state.doc.canvas.kind();
    let options = CanvasKind::ALL
        .into_iter()
        .map(|k| view! { <option value=k.id() selected=kind.get_untracked() == k>{k.name()}</option> })
        .collect_view();
    view! {
        <select
            class="canvas-kind"
            aria-label="Canvas kind"
            prop:value=move || kind.get().id()
            on:change:target=move |ev| {
                let Some(chosen) = CanvasKind::from_id(&ev.target().value()) else { return };
                let has_notes = state.doc.canvas.notes().with_untracked(|n| !n.is_empty());
                if has_notes {
                    // The menu shows the kind the canvas has until the change is confirmed.
                    ev.target().set_value(kind.get_untracked().id());
                    state.view.panel.set(Panel::ChangeKind(chosen));
                } else {
                    kind.set(chosen);
                }
            }
        >
            {options}
        </select>
    }
}

/// What a change of kind would do to the notes, in plain words.
fn consequence(doc: Document, to: CanvasKind) -> String {
    let (count, mut blocks) = doc.canvas.notes().with_untracked(|notes| {
        let aside: Vec<&str> = notes
            .iter()
            .filter(|n| !to.has_block(&n.block))
            .map(|n| block_title(&n.block))
            .collect();
        (aside.len(), aside)
    });
    blocks.sort_unstable();
    blocks.dedup();
    match count {
        0 => format!("Every note has a block in the {}: nothing moves aside.", to.name()),
        1 => format!(
            "1 note ({}) has no block in the {}. It waits under “Notes from other canvas kinds”, below the canvas, and goes back to its block if you switch back.",
            blocks.join(", "),
            to.name()
        ),
        n => format!(
            "{n} notes ({}) have no block in the {}. They wait under “Notes from other canvas kinds”, below the canvas, and go back to their blocks if you switch back.",
            blocks.join(", "),
            to.name()
        ),
    }
}

/// "Change the canvas kind?": the answer to a change of kind on a canvas
/// with notes.
#[component]
pub fn ChangeKindDialog(to: CanvasKind) -> impl IntoView {
    let state = EditorState::expect();
    let from = state.doc.canvas.kind().get_untracked();
    let text = consequence(state.doc, to);
    view! {
        <ModalDialog title="Change the canvas kind?">
            <p>{format!("From the {} to the {}.", from.name(), to.name())}</p>
            <p>{text}</p>
            <div class="dialog-actions">
                <button
                    type="button"
                    class="primary"
                    on:click=move |_| {
                        state.doc.canvas.kind().set(to);
                        close_dialogs();
                    }
                >
                    {format!("Change to {}", to.name())}
                </button>
                <button type="button" on:click=move |_| close_dialogs()>
                    {format!("Keep the {}", from.name())}
                </button>
            </div>
        </ModalDialog>
    }
}

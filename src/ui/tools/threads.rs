//! Threads between blocks in the editor: "Link to…" on a note (a dialog of
//! the other blocks' notes to link or unlink), the count of a note's links,
//! and the "Thread check" dialog listing broken threads.

use crate::core::canvas::model::{CanvasStoreFields, NoteId};
use crate::core::canvas::threads::{is_linked, link, thread_check, unlink};
use crate::core::share::limits::Limit;
use crate::ui::editor::limit_note::LimitNote;
use crate::ui::state::{Document, Panel, ViewState};
use crate::ui::widgets::dialog::{close_dialogs, ModalDialog};
use leptos::prelude::*;

/// A note's text for a list: its first line, or a stand-in when empty.
pub fn note_label(text: &str) -> String {
    match text.lines().next().map(str::trim) {
        Some(line) if !line.is_empty() => line.chars().take(80).collect(),
        _ => "(empty note)".to_string(),
    }
}

/// "Link to…" on a note: opens the dialog that links it to other notes.
#[component]
pub fn LinkButton(id: NoteId) -> impl IntoView {
    let doc = expect_context::<Document>();
    let view = expect_context::<ViewState>();
    let count = Memo::new(move |_| doc.link_count(id));
    view! {
        <button
            type="button"
            class="link-note"
            aria-haspopup="dialog"
            aria-label=move || match count.get() {
                0 => "Link to…".to_string(),
                1 => "Link to… (1 link)".to_string(),
                n => format!("Link to… ({n} links)"),
            }
            title="Link this note to notes in other blocks"
            on:click=move |_| {
                view.panel.set(Panel::LinkNote(id));
            }
        >
            {move || match count.get() {
                0 => "Link to…".to_string(),
                1 => "1 link".to_string(),
                n => format!("{n} links"),
            }}
        </button>
    }
}

/// The "Link to…" dialog: the other blocks' notes, each a checkbox.
#[component]
pub fn LinkNoteDialog(
    /// The note the links start from.
    from: NoteId,
) -> impl IntoView {
    let doc = expect_context::<Document>();
    let view = expect_context::<ViewState>();
    // Closing the dialog gives the note back its selection and tools.
    on_cleanup(move || view.select_request.set(Some(from)));
    let (from_text, from_block) = doc.canvas.with_untracked(|c| {
        c.notes
            .iter()
            .find(|n| n.id == from)
            .map(|n| (note_label(&n.text), n.block.clone()))
            .unwrap_or_default()
    });
    let kind = doc.canvas.kind().get_untracked();
    let full = LimitNote::default();
    let groups = kind
        .def()
        .blocks_in_filling_order()
        .filter(|b| b.id != from_block)
        .filter_map(|b| {
            let notes: Vec<(NoteId, String)> = doc.canvas.with_untracked(|c| {
                c.notes_in(b.id)
                    .filter(|n| !n.text.trim().is_empty())
                    .map(|n| (n.id, note_label(&n.text)))
                    .collect()
            });
            (!notes.is_empty()).then(|| {
                let boxes = notes
                    .into_iter()
                    .map(|(to, label)| {
                        let links = doc.canvas.links();
                        view! {
                            <label class="link-choice">
                                <input
                                    type="checkbox"
                                    prop:checked=move || links.with(|l| is_linked(l, from, to))
                                    on:change:target=move |ev| {
                                        let on = ev.target().checked();
                                        if on && !full.show(doc.room_for(Limit::Links)) {
                                            ev.target().set_checked(false);
                                            return;
                                        }
                                        links.update(|l| {
                                            if on {
                                                link(l, from, to);
                                            } else {
                                                unlink(l, from, to);
                                            }
                                        });
                                    }
                                />
                                {label}
                            </label>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="link-group">
                        <legend>{b.title}</legend>
                        {boxes}
                    </fieldset>
                }
            })
        })
        .collect_view();
    view! {
        <ModalDialog title="Link to…">
            <p class="link-intro">
                "Tie “" {from_text} "” to the notes it works with in other blocks: the channel it uses, \
                 the value it serves, the outcome that measures it, the cost that pays for it."
            </p>
            {full.view()}
            <div class="link-groups">{groups}</div>
        </ModalDialog>
    }
    .into_any()
}

/// "Thread check": every broken thread in plain words; each one focuses
/// its note on the canvas.
#[component]
pub fn ThreadCheckDialog() -> impl IntoView {
    let doc = expect_context::<Document>();
    let view = expect_context::<ViewState>();
    let broken = doc.canvas.with_untracked(thread_check);
    let body = if broken.is_empty() {
        view! {
            <p class="thread-ok" role="status">
                "Every thread holds: each value is measured by an outcome, each design and \
                 delivery note is linked, each cost is tied to an outcome and each segment is served."
            </p>
        }
        .into_any()
    } else {
        let items = broken
            .into_iter()
            .map(|b| {
                let note = b.note;
                view! {
                    <li>
                        <button
                            type="button"
                            class="thread-problem"
                            on:click=move |_| {
                                close_dialogs();
                                view.select_request.set(Some(note));
                            }
                        >
                            {b.text}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>"Choose an item to go to its note; “Link to…” on the note ties it in."</p>
            <ul class="thread-problems">{items}</ul>
        }
        .into_any()
    };
    view! {
        <ModalDialog title="Thread check">
            <p class="thread-intro">
                "When the blocks line up, design and delivery serve the value proposition, which \
                 serves the customers, is measured by the outcomes and paid for by the costs: a \
                 golden thread. This check lists where it breaks."
            </p>
            {body}
        </ModalDialog>
    }
}

//! One note at rest: its tag and marks in text, its text box and its link
//! count. No form controls: the note's tools ([`super::tools`]) appear on the
//! selected note only, and its keys and focus are handled once for the
//! whole canvas (`note_keys`), so a note costs a handful of nodes and one
//! listener (its text's input).

use crate::core::canvas::colour::NoteColour;
use crate::core::canvas::model::{Note, NoteStoreFields};
use crate::ui::editor::find_notes::matches;
use crate::ui::editor::limit_note::{undo_input, LimitNote};
use crate::ui::editor::note::marks::{labels_id, labels_of};
use crate::ui::editor::note::tools::NoteTools;
use crate::ui::state::EditorState;
use crate::ui::workshop::voting::NoteDots;
use leptos::prelude::*;
use reactive_stores::Field;

fn links_id(id: crate::core::canvas::model::NoteId) -> String {
    format!("note-links-{id}")
}

/// "2 links": the count a note shows at rest.
pub fn link_count_text(count: usize) -> Option<String> {
    match count {
        0 => None,
        1 => Some("1 link".to_string()),
        n => Some(format!("{n} links")),
    }
}

#[component]
pub fn NoteEditor(#[prop(into)] note: Field<Note>, block_title: &'static str) -> impl IntoView {
    let state = EditorState::expect();
    let id = note.id().get_untracked();
    let text = note.text();
    let colour = note.colour();
    let block = note.block().get_untracked();
    // The colour's meaning and the marks in text: colour is never the only cue.
    let labels = Memo::new(move |_| labels_of(state.doc, note).join(" · "));
    let links = Memo::new(move |_| state.doc.link_count(id));
    let full = LimitNote::default();
    // A memo: a change of selection wakes only the two notes it concerns.
    let selected = Memo::new(move |_| state.view.selected_note.get() == Some(id));
    let filtered_out = {
        let is_partner = block == "key-partners";
        move || {
            is_partner
                && state
                    .view
                    .partner_filter
                    .get()
                    .is_some_and(|side| note.partner().get() != Some(side))
        }
    };
    // Per note, so typing in one note re-checks only that note.
    let found = Memo::new(move |_| {
        let q = state.view.find.get();
        (!q.trim().is_empty()).then(|| text.with(|t| matches(t, &q)))
    });

    view! {
        <li
            tabindex="-1"
            data-note=id.to_string()
            aria-label=move || match labels.get().as_str() {
                "" => format!("Note in {block_title}: {}", text.get()),
                l => format!("Note in {block_title}, {l}: {}", text.get()),
            }
            class="note"
            class:selected=selected
            class:labelled=move || !labels.with(String::is_empty)
            class:filtered-out=filtered_out
            data-colour=move || colour.get().map(NoteColour::id)
            class:found=move || found.get() == Some(true)
            class:not-found=move || found.get() == Some(false)
            class:in-thread=move || state.view.thread.with(|t| t.contains(&id))
        >
            {move || {
                let l = labels.get();
                (!l.is_empty()).then(|| view! { <span class="note-tag" id=labels_id(id)>{l}</span> })
            }}
            <textarea
                class="note-text"
                rows="1"
                aria-label=format!("Note in {block_title}")
                aria-describedby=move || {
                    let mut ids = Vec::new();
                    if !labels.with(String::is_empty) {
                        ids.push(labels_id(id));
                    }
                    if links.get() > 0 {
                        ids.push(links_id(id));
                    }
                    (!ids.is_empty()).then(|| ids.join(" "))
                }
                placeholder="Type a note…"
                prop:value=move || text.get()
                on:input:target=move |ev| {
                    let new = ev.target().value();
                    let old = text.with_untracked(String::len);
                    if full.show(state.doc.text_may_grow(old, new.len())) {
                        text.set(new);
                    } else {
                        undo_input(&ev.target().into(), &text.get_untracked());
                    }
                }
            ></textarea>
            {full.view()}
            {move || link_count_text(links.get()).map(|l| view! { <span class="note-links" id=links_id(id)>{l}</span> })}
            <NoteDots id text=text.into() />
            {move || selected.get().then(|| view! { <NoteTools note /> })}
        </li>
    }
}

//! The legend on the canvas: what each note colour means here. In the
//! editor every label can be renamed (one undo step per word); a shared,
//! read-only canvas lists the colours its notes use.

use crate::core::canvas::colour::{Legend, NoteColour, MAX_LABEL_CHARS, PALETTE};
use crate::core::canvas::model::{Canvas, CanvasStoreFields};
use crate::ui::editor::limit_note::{undo_input, LimitNote};
use crate::ui::state::Document;
use leptos::prelude::*;

fn swatch(colour: NoteColour) -> impl IntoView {
    view! { <span class="swatch" data-colour=colour.id() aria-hidden="true"></span> }
}

/// One renamable label of the legend.
#[component]
fn LegendEntry(colour: NoteColour) -> impl IntoView {
    let doc = expect_context::<Document>();
    let legend = doc.canvas.legend();
    let name = colour.name().to_lowercase();
    let full = LimitNote::default();
    view! {
        <li class="legend-entry" data-colour=colour.id()>
            {swatch(colour)}
            <input
                type="text"
                class="legend-label"
                maxlength=MAX_LABEL_CHARS.to_string()
                aria-label=format!("Meaning of {name} notes")
                title=format!("What {name} notes mean on this canvas")
                placeholder=colour.name()
                prop:value=move || legend.with(|l| l.label(colour).to_string())
                on:input:target=move |ev| {
                    let new = ev.target().value();
                    let old = legend.with_untracked(|l| l.label(colour).len());
                    if full.show(doc.text_may_grow(old, new.len())) {
                        legend.update(|l| l.set_label(colour, &new));
                    } else {
                        undo_input(&ev.target().into(), &legend.with_untracked(|l| l.label(colour).to_string()));
                    }
                }
            />
            {full.view()}
        </li>
    }
}

/// The editor's legend: every colour of the palette, each label editable.
#[component]
pub fn ColourLegend() -> impl IntoView {
    let entries = PALETTE
        .into_iter()
        .map(|colour| view! { <LegendEntry colour /> })
        .collect_view();
    view! {
        <section class="colour-legend" aria-labelledby="colour-legend-title">
            <h2 id="colour-legend-title">"Legend"</h2>
            <ul title="Colour a note from its “Note colour” tool; rename a colour here">{entries}</ul>
        </section>
    }
}

/// The colours a shared canvas uses, with their meanings; nothing when no
/// note has a colour.
pub fn read_only_legend(canvas: &Canvas) -> Option<impl IntoView> {
    let used: Vec<NoteColour> = PALETTE
        .into_iter()
        .filter(|c| canvas.notes.iter().any(|n| n.colour == Some(*c)))
        .collect();
    if used.is_empty() {
        return None;
    }
    let legend: &Legend = &canvas.legend;
    let entries = used
        .into_iter()
        .map(|c| {
            view! { <li class="legend-entry" data-colour=c.id()>{swatch(c)}{legend.tag(c).to_string()}</li> }
        })
        .collect_view();
    Some(view! {
        <section class="colour-legend read-only" aria-labelledby="shared-legend-title">
            <h2 id="shared-legend-title">"Legend"</h2>
            <ul>{entries}</ul>
        </section>
    })
}

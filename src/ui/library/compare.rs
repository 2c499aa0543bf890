//! "Compare with current": per block, the notes added, removed or changed
//! since a snapshot.

use crate::core::canvas::compare::{compare, Change};
use crate::core::format::index::Snapshot;
use crate::ui::state::EditorState;
use leptos::prelude::*;

fn shown(text: &str) -> String {
    if text.trim().is_empty() {
        "(empty note)".to_string()
    } else {
        text.to_string()
    }
}

#[component]
pub fn ComparisonView(
    snapshot: Snapshot,
    on_close: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    let state = EditorState::expect();
    let comparison = state
        .doc
        .canvas
        .with_untracked(|now| compare(&snapshot.canvas, now));
    let heading = format!("Changes since “{}”", snapshot.label);
    let title = comparison.title.clone().map(|(before, after)| {
        view! { <p class="change changed">"Title: “" {before} "” → “" {after} "”"</p> }
    });
    let kind = comparison.kind.map(|(before, after)| {
        view! { <p class="change changed">{format!("Canvas kind: {} → {}", before.name(), after.name())}</p> }
    });
    let others = comparison
        .others
        .iter()
        .map(|o| view! { <p class="change changed">{o.clone()}</p> })
        .collect_view();
    let nothing = comparison
        .is_empty()
        .then(|| view! { <p>"Nothing has changed since this snapshot."</p> });
    let blocks = comparison
        .blocks
        .into_iter()
        .map(|b| {
            let items = b
                .changes
                .into_iter()
                .map(|c| match c {
                    Change::Added(t) => view! { <li class="change added"><span class="tag">"Added"</span>{shown(&t)}</li> }.into_any(),
                    Change::Removed(t) => view! { <li class="change removed"><span class="tag">"Removed"</span>{shown(&t)}</li> }.into_any(),
                    Change::Changed { before, after } => view! {
                        <li class="change changed">
                            <span class="tag">"Changed"</span>
                            <del>{shown(&before)}</del>
                            " → "
                            <ins>{shown(&after)}</ins>
                        </li>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <section class="block-changes" aria-label=format!("Changes in {}", b.title)>
                    <h4>{b.title.clone()}</h4>
                    <ul>{items}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="comparison" aria-label=heading.clone()>
            <div class="panel-head">
                <h3>{heading.clone()}</h3>
                <button type="button" on:click=move |_| on_close()>"Close comparison"</button>
            </div>
            {title}
            {kind}
            {others}
            {nothing}
            {blocks}
        </section>
    }
}

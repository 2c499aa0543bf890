//! "Compare with mine" and "Merge into mine" (issue 16): what a returned
//! copy changed, change by change, and, when merging, a choice for each.
//! Nothing of mine changes until "Merge the chosen changes"; the merge
//! first keeps my canvas as a snapshot and is one undo step.

use crate::browser::clock::now;
use crate::browser::storage::library;
use crate::core::canvas::kind::block_title;
use crate::core::canvas::lineage::Lineage;
use crate::core::canvas::merge::{apply, changes, take_all, Change, Choice, Part};
use crate::core::canvas::model::{Canvas, Note, NoteId};
use crate::core::method::worksheet::Line;
use crate::core::share::version_mark;
use crate::ui::library::actions::display_title;
use crate::ui::navigation::Navigation;
use crate::ui::state::{EditorState, Panel};
use leptos::prelude::*;

/// A note as a change names it: its block and the start of its text.
fn named(note: &Note) -> String {
    let text: String = note.text.chars().take(60).collect();
    let more = if note.text.chars().count() > 60 {
        "…"
    } else {
        ""
    };
    let text = if text.trim().is_empty() {
        "an empty note".to_string()
    } else {
        format!("“{text}{more}”")
    };
    format!("{text} ({})", block_title(&note.block))
}

fn note_named(canvases: [&Canvas; 2], id: NoteId) -> String {
    canvases
        .iter()
        .find_map(|c| c.notes.iter().find(|n| n.id == id))
        .map_or_else(|| "a note".to_string(), named)
}

/// One sentence for a change; `three_way` when the version both started
/// from is known (else a difference is not known to be theirs).
pub fn describe(change: &Change, mine: &Canvas, theirs: &Canvas, three_way: bool) -> String {
    match change {
        Change::Conflict(Some(m), Some(t)) if !three_way => format!(
            "This note differs: yours is {}, theirs is {}.",
            named(m),
            named(t)
        ),
        Change::Added(n) => format!("They added {}.", named(n)),
        Change::Removed(n) => format!("They removed {}.", named(n)),
        Change::Changed(m, t) if m.text == t.text => {
            format!("They changed the colour or marks of {}.", named(t))
        }
        Change::Changed(m, t) => format!("They changed {} to {}.", named(m), named(t)),
        Change::Conflict(Some(m), Some(t)) => format!(
            "You both changed this note: yours is {}, theirs is {}.",
            named(m),
            named(t)
        ),
        Change::Conflict(Some(m), None) => {
            format!("They removed {}, which you changed.", named(m))
        }
        Change::Conflict(None, Some(t)) => {
            format!("They changed {}, which you removed.", named(t))
        }
        Change::Conflict(None, None) => "A note both of you removed.".to_string(),
        Change::Linked((a, b)) => format!(
            "They linked {} with {}.",
            note_named([theirs, mine], *a),
            note_named([theirs, mine], *b)
        ),
        Change::Unlinked((a, b)) => format!(
            "They removed the link between {} and {}.",
            note_named([mine, theirs], *a),
            note_named([mine, theirs], *b)
        ),
        Change::Order(_) => "They put notes in another order.".to_string(),
        Change::Part(p) => describe_part(p),
        Change::BothChanged(p) => format!("You both changed this. {}", describe_part(p)),
    }
}

fn quoted(text: &str) -> String {
    let short: String = text.chars().take(60).collect();
    if short.trim().is_empty() {
        "nothing".to_string()
    } else {
        format!("“{short}”")
    }
}

fn line_named(line: &Line) -> String {
    match line.label.trim() {
        "" => format!("a worksheet line ({})", line.kind.name()),
        label => format!(
            "the worksheet line {} ({})",
            quoted(label),
            line.kind.name()
        ),
    }
}

fn describe_part(part: &Part) -> String {
    match part {
        Part::Title(m, t) => format!(
            "They renamed the canvas from {} to {}.",
            quoted(m),
            quoted(t)
        ),
        Part::Legend(..) => "They changed what the colours mean (the legend).".to_string(),
        Part::Models(..) => "They changed the learning models (today and the aim).".to_string(),
        Part::Currency(m, t) => format!("They changed the worksheet's currency from {m} to {t}."),
        Part::LineAdded(l) => format!("They added {}.", line_named(l)),
        Part::LineRemoved(l) => format!("They removed {}.", line_named(l)),
        Part::MetricAdded(m) => format!("They added the metric {}.", quoted(&m.name)),
        Part::MetricRemoved(m) => format!("They removed the metric {}.", quoted(&m.name)),
        Part::MetricChanged(_, t) => format!("They changed the metric {}.", quoted(&t.name)),
    }
}

#[derive(Clone)]
pub struct MergeInput {
    /// My canvas: its library id and what it holds now.
    pub id: String,
    pub mine: Canvas,
    pub theirs: Canvas,
    /// The version both started from, when this browser still has it.
    pub base: Option<Canvas>,
    /// "Shared by Ana on 3 Dec 2026", for the snapshot's label.
    pub from: String,
}

#[component]
pub fn MergePanel(input: MergeInput, choosing: bool) -> impl IntoView {
    let list = changes(input.base.as_ref(), &input.mine, &input.theirs);
    let choices = RwSignal::new(vec![Choice::Leave; list.len()]);
    let how = if input.base.is_some() {
        "Compared with the version you shared, so only what they changed shows."
    } else {
        "The version you shared is no longer in this browser, so their version is compared \
         with yours as it is now: what differs shows as theirs."
    };
    let empty = list.is_empty();
    let rows: Vec<_> = list
        .iter()
        .enumerate()
        .map(|(i, change)| {
            let text = describe(change, &input.mine, &input.theirs, input.base.is_some());
            let conflict = matches!(change, Change::Conflict(..) | Change::BothChanged(_));
            let both = matches!(change, Change::Conflict(Some(_), Some(_)));
            let set = move |c: Choice| choices.update(|all| all[i] = c);
            let is = move |c: Choice| choices.with(|all| all[i] == c);
            let control = match (choosing, conflict) {
                (false, _) => None,
                (true, false) => Some(view! {
                    <label class="merge-take">
                        <input type="checkbox" aria-describedby=format!("merge-change-{i}") prop:checked=move || is(Choice::Take)
                            on:change=move |ev| set(if event_target_checked(&ev) { Choice::Take } else { Choice::Leave }) />
                        "Take this change"
                    </label>
                }.into_any()),
                (true, true) => Some(view! {
                    <fieldset class="merge-conflict" aria-describedby=format!("merge-change-{i}")>
                        <legend>"Which to keep"</legend>
                        <label><input type="radio" name=format!("conflict-{i}") prop:checked=move || is(Choice::Leave) on:change=move |_| set(Choice::Leave) />"Keep mine"</label>
                        <label><input type="radio" name=format!("conflict-{i}") prop:checked=move || is(Choice::Take) on:change=move |_| set(Choice::Take) />"Take theirs"</label>
                        {both.then(|| view! {
                            <label><input type="radio" name=format!("conflict-{i}") prop:checked=move || is(Choice::KeepBoth) on:change=move |_| set(Choice::KeepBoth) />"Keep both"</label>
                        })}
                    </fieldset>
                }.into_any()),
            };
            view! { <li class:conflict=conflict><p id=format!("merge-change-{i}")>{text}</p>{control}</li> }
        })
        .collect();
    let stored = StoredValue::new((input, list));
    let take_everything = move |_| stored.with_value(|(_, list)| choices.set(take_all(list)));
    let merge = move |_| {
        stored.with_value(|(input, list)| merge_into_mine(input, list, &choices.get_untracked()))
    };
    let taken = move || choices.with(|c| c.iter().filter(|c| **c != Choice::Leave).count());
    view! {
        <section class="merge-panel" aria-labelledby="merge-title">
            <h2 id="merge-title">{if choosing { "Merge their changes into mine" } else { "Their changes, compared with mine" }}</h2>
            <p>{how}</p>
            {empty.then(|| view! { <p role="status">"Their version holds nothing yours does not."</p> })}
            <ul class="merge-changes">{rows}</ul>
            {(choosing && !empty).then(|| view! {
                <div class="merge-actions">
                    <button type="button" on:click=take_everything>"Take all"</button>
                    <button type="button" class="primary" disabled=move || taken() == 0 on:click=merge>
                        {move || format!("Merge the chosen changes ({})", taken())}
                    </button>
                </div>
                <p class="field-hint">"“Take all” takes every change but the conflicts, which only you can settle."</p>
            })}
        </section>
    }
}

/// Keeps my canvas as a snapshot, opens it, and puts the merged canvas in
/// the editor as one undoable step.
fn merge_into_mine(input: &MergeInput, list: &[Change], choices: &[Choice]) {
    let nav = expect_context::<Navigation>();
    let state = EditorState::expect();
    let label = format!("Before merging {}", input.from);
    let kept = library().map_err(|e| e.to_string()).and_then(|mut lib| {
        lib.add_snapshot(&input.id, &label, &input.mine, now())
            .map_err(|e| e.to_string())
    });
    if let Err(e) = kept {
        state.view.tell(format!(
            "Nothing was merged: the snapshot of your canvas could not be kept first ({e})"
        ));
        return;
    }
    let mut merged = apply(&input.mine, list, choices);
    let mut theirs = input.theirs.clone();
    theirs.lineage = None;
    // Their version is now what both have: the next comparison starts there.
    merged.lineage = input.mine.lineage.as_ref().map(|l| Lineage {
        id: l.id,
        base: Some(version_mark(&theirs)),
    });
    nav.show_editor(state, Panel::None, Some(&input.id));
    if state.doc.canvas_id.get_untracked().as_deref() != Some(input.id.as_str()) {
        return;
    }
    let taken = choices.iter().filter(|c| **c != Choice::Leave).count();
    state.doc.history.update(|h| h.record(&merged, now()));
    state.doc.canvas.set(merged);
    state.view.show_toast(
        format!(
            "Merged {taken} change{} into “{}”. Undo takes the merge back; the snapshot “{label}” keeps your canvas as it was.",
            if taken == 1 { "" } else { "s" },
            display_title(&input.mine.title)
        ),
        None,
    );
}

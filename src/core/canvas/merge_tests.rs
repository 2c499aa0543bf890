//! Merging: exact when one side did not change, nothing to do for a copy
//! of itself, and no note ever lost, for any edits on either side.

use crate::core::method::scorecard::{Metric, MetricRole};
use crate::core::method::worksheet::{Line, LineKind};

use super::*;
use crate::core::canvas::kind::CanvasKind;
use proptest::prelude::*;

fn base() -> Canvas {
    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    for (i, text) in [
        "Sponsors in Sales",
        "Onboarding path",
        "Coaching",
        "LMS costs",
    ]
    .iter()
    .enumerate()
    {
        let block = ["key-partners", "design", "delivery", "cost-structure"][i];
        let id = c.add_note(block);
        c.set_note_text(id, text);
    }
    threads::link(&mut c.links, 1, 2);
    c
}

#[test]
fn the_cfo_round_trip_with_a_conflict_on_one_note() {
    let shared = base();
    let mut mine = shared.clone();
    mine.set_note_text(2, "Onboarding path, 6 weeks");
    mine.set_note_text(4, "LMS costs: 40k");
    let mut theirs = shared.clone();
    theirs.set_note_text(4, "LMS costs: 55k");
    theirs.set_note_text(3, "Coaching by managers");
    let added = theirs.add_note("business-outcomes");
    theirs.set_note_text(added, "Time to productivity -20 %");
    threads::link(&mut theirs.links, 3, added);
    let all = changes(Some(&shared), &mine, &theirs);
    assert!(all.contains(&Change::Changed(
        shared.notes[2].clone(),
        theirs.notes[2].clone()
    )));
    assert!(all.iter().any(|c| matches!(c, Change::Conflict(Some(m), Some(t)) if m.text == "LMS costs: 40k" && t.text == "LMS costs: 55k")));
    // Take every change but the conflict: mine keeps its 40k, theirs comes in.
    let merged = apply(&mine, &all, &take_all(&all));
    let texts: Vec<&str> = merged.notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Sponsors in Sales",
            "Onboarding path, 6 weeks",
            "Coaching by managers",
            "LMS costs: 40k",
            "Time to productivity -20 %"
        ]
    );
    assert!(threads::is_linked(&merged.links, 3, added));
    // Keep both: their version sits beside mine under a new id.
    let mut choices = take_all(&all);
    let at = all
        .iter()
        .position(|c| matches!(c, Change::Conflict(..)))
        .unwrap();
    choices[at] = Choice::KeepBoth;
    let both = apply(&mine, &all, &choices);
    assert!(both.notes.iter().any(|n| n.text == "LMS costs: 40k"));
    assert!(both.notes.iter().any(|n| n.text == "LMS costs: 55k"));
    let ids: BTreeSet<NoteId> = both.notes.iter().map(|n| n.id).collect();
    assert_eq!(ids.len(), both.notes.len(), "ids stay unique");
}

#[test]
fn without_the_shared_version_only_additions_and_differences_show() {
    let mine = base();
    let mut theirs = base();
    theirs.set_note_text(1, "Sponsors in Sales and HR");
    let n = theirs.add_note("design");
    theirs.set_note_text(n, "Peer learning");
    theirs.notes.retain(|n| n.id != 3);
    let all = changes(None, &mine, &theirs);
    assert_eq!(all.len(), 2, "{all:?}");
    assert!(matches!(&all[0], Change::Conflict(Some(_), Some(t)) if t.text.ends_with("HR")));
    assert!(matches!(&all[1], Change::Added(n) if n.text == "Peer learning"));
}

/// Random edits of a canvas: text changes, removals, additions, moves.
fn edited(c: &Canvas, edits: &[(u8, u8)], tag: &str) -> Canvas {
    let mut c = c.clone();
    for (k, (what, at)) in edits.iter().enumerate() {
        let n = c.notes.len();
        let i = if n == 0 { 0 } else { *at as usize % n };
        match what % 7 {
            4 => c.title = format!("{tag} title {k}"),
            5 => {
                let mut line = Line::new(LineKind::Travel);
                line.label = format!("{tag} line {k}");
                c.worksheet.lines.push(line);
            }
            6 if !c.worksheet.lines.is_empty() => {
                let at = i % c.worksheet.lines.len();
                c.worksheet.lines.remove(at);
            }
            6 => {
                let id = crate::core::method::scorecard::next_metric_id(&c.metrics);
                let mut m = Metric::new(id, "design", MetricRole::Result);
                m.name = format!("{tag} metric {k}");
                c.metrics.push(m);
            }
            0 if n > 0 => {
                let id = c.notes[i].id;
                c.set_note_text(id, &format!("{tag} edit {k}"));
            }
            1 if n > 0 => {
                let id = c.notes[i].id;
                c.notes.retain(|x| x.id != id);
                c.links.retain(|&(a, b)| a != id && b != id);
            }
            2 if n > 1 => c.notes.swap(i, (i + 1) % n),
            _ => {
                let id = c.add_note("design");
                c.set_note_text(id, &format!("{tag} new {k}"));
                if n > 0 {
                    threads::link(&mut c.links, c.notes[i].id, id);
                }
            }
        }
    }
    c
}

fn edits() -> impl Strategy<Value = Vec<(u8, u8)>> {
    prop::collection::vec((any::<u8>(), any::<u8>()), 0..8)
}

proptest! {
    #[test]
    fn a_merge_is_exact_when_one_side_did_not_change(e in edits()) {
        let shared = base();
        let theirs = edited(&shared, &e, "theirs");
        let all = changes(Some(&shared), &shared, &theirs);
        prop_assert_eq!(apply(&shared, &all, &take_all(&all)), theirs.clone());
        // The other way round: their side is the shared version itself.
        prop_assert_eq!(changes(Some(&shared), &theirs, &shared), vec![]);
        prop_assert_eq!(apply(&theirs, &[], &[]), theirs);
    }

    #[test]
    fn merging_a_copy_into_itself_changes_nothing(e in edits()) {
        let mine = edited(&base(), &e, "mine");
        prop_assert!(changes(Some(&base()), &mine, &mine).is_empty());
        prop_assert!(changes(None, &mine, &mine).is_empty());
    }

    /// Whatever each side did and whatever is chosen, every note of either
    /// side is in the result, unless the user took its removal.
    #[test]
    fn no_note_is_ever_lost(me in edits(), them in edits(), picks in prop::collection::vec(0u8..3, 0..20), three_way in any::<bool>()) {
        let shared = base();
        let mine = edited(&shared, &me, "mine");
        let theirs = edited(&shared, &them, "theirs");
        let all = changes(three_way.then_some(&shared), &mine, &theirs);
        let choices: Vec<Choice> = (0..all.len())
            .map(|i| [Choice::Leave, Choice::Take, Choice::KeepBoth][*picks.get(i).unwrap_or(&0) as usize])
            .collect();
        let merged = apply(&mine, &all, &choices);
        let has = |n: &Note| merged.notes.iter().any(|m| m.text == n.text && m.block == n.block);
        let taken = |i: usize| choices.get(i) == Some(&Choice::Take);
        for n in &mine.notes {
            // A change other than a conflict is taken by any choice but
            // Leave; a conflict gives up mine only for "take theirs".
            let removed_by_choice = all.iter().enumerate().any(|(i, c)| match c {
                Change::Removed(r) | Change::Changed(r, _) => choices[i] != Choice::Leave && r.id == n.id,
                Change::Conflict(Some(m), _) => taken(i) && m.id == n.id,
                _ => false,
            });
            prop_assert!(has(n) || removed_by_choice, "mine {:?} lost", n.text);
        }
        for n in &theirs.notes {
            // Unchanged on their side: my version of it governs.
            let unchanged = three_way && shared.notes.contains(n);
            let left = all.iter().enumerate().any(|(i, c)| {
                choices[i] == Choice::Leave
                    && matches!(c, Change::Added(a) | Change::Changed(_, a) | Change::Conflict(_, Some(a)) if a == n)
            });
            prop_assert!(has(n) || unchanged || left, "theirs {:?} lost", n.text);
        }
        let ids: BTreeSet<NoteId> = merged.notes.iter().map(|n| n.id).collect();
        prop_assert_eq!(ids.len(), merged.notes.len());
    }
}

#[test]
fn beyond_notes_a_renamed_title_a_new_line_and_a_both_changed_title() {
    let shared = base();
    let mut theirs = shared.clone();
    theirs.title = "CFO's title".into();
    let mut line = Line::new(LineKind::Travel);
    line.label = "Travel to the pilots".into();
    theirs.worksheet.lines.push(line.clone());
    let all = changes(Some(&shared), &shared, &theirs);
    assert!(all.contains(&Change::Part(Part::LineAdded(line))));
    assert_eq!(apply(&shared, &all, &take_all(&all)), theirs);
    let mut mine = shared.clone();
    mine.title = "My title".into();
    let all = changes(Some(&shared), &mine, &theirs);
    assert!(all.contains(&Change::BothChanged(Part::Title(
        "My title".into(),
        "CFO's title".into()
    ))));
    // "Take all" leaves what both changed to the user.
    assert_eq!(apply(&mine, &all, &take_all(&all)).title, "My title");
}

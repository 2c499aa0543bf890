//! "Compare with current": what changed between a snapshot and the canvas
//! now, block by block. Notes are matched by id, so an edited note shows as
//! changed and a note moved to another block as removed there, added here.

use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::model::{Canvas, Note, NoteId};
use std::collections::{HashMap, HashSet};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Added(String),
    Removed(String),
    Changed { before: String, after: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BlockChanges {
    pub block: String,
    /// The block's title in either kind, or its id for an unknown block.
    pub title: String,
    pub changes: Vec<Change>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub title: Option<(String, String)>,
    pub kind: Option<(CanvasKind, CanvasKind)>,
    /// Only blocks with changes, in the current kind's reading order, then
    /// blocks only the snapshot's kind has.
    pub blocks: Vec<BlockChanges>,
    /// What changed beyond notes, one sentence each: the learning model,
    /// threads, the legend, the worksheet, the scorecard.
    pub others: Vec<String>,
}

impl Comparison {
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.kind.is_none()
            && self.blocks.is_empty()
            && self.others.is_empty()
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The changes beyond notes, in plain words.
/// Which worksheet lines changed: those only before are removed, those
/// only after added, and a removed and an added line of the same kind and
/// label are one line changed.
fn line_changes(
    before: &crate::core::method::worksheet::Worksheet,
    after: &crate::core::method::worksheet::Worksheet,
) -> Vec<String> {
    use crate::core::method::worksheet::{plain, Line};
    let only = |a: &[Line], b: &[Line]| -> Vec<Line> {
        let mut rest: Vec<&Line> = b.iter().collect();
        a.iter()
            .filter(|l| match rest.iter().position(|r| r == l) {
                Some(i) => {
                    rest.remove(i);
                    false
                }
                None => true,
            })
            .cloned()
            .collect()
    };
    let named = |l: &Line| match l.label.trim() {
        "" => l.kind.name().to_string(),
        label => format!("“{label}” ({})", l.kind.name()),
    };
    let removed = only(&before.lines, &after.lines);
    let mut added = only(&after.lines, &before.lines);
    let mut out = Vec::new();
    for old in removed {
        let same = added
            .iter()
            .position(|n| n.kind == old.kind && n.label.trim() == old.label.trim());
        match same {
            Some(i) => {
                let new = added.remove(i);
                out.push(format!(
                    "Worksheet line {} changed: {} → {}",
                    named(&new),
                    plain(before.line_total(&old)),
                    plain(after.line_total(&new))
                ));
            }
            None => out.push(format!("Worksheet line removed: {}", named(&old))),
        }
    }
    out.extend(
        added
            .iter()
            .map(|l| format!("Worksheet line added: {}", named(l))),
    );
    out
}

fn other_changes(before: &Canvas, after: &Canvas) -> Vec<String> {
    let mut out = Vec::new();
    if before.models != after.models {
        let name = |m: Option<crate::core::method::learning_model::LearningModel>| {
            m.map_or("none", |m| m.name())
        };
        out.push(format!(
            "Learning model: today {} → {}, aim {} → {}",
            name(before.models.today),
            name(after.models.today),
            name(before.models.aim),
            name(after.models.aim)
        ));
    }
    // Sets, not a scan of 20,000 links for each of 20,000 links.
    let (was, now): (HashSet<_>, HashSet<_>) =
        (before.links.iter().collect(), after.links.iter().collect());
    let added = now.difference(&was).count();
    let removed = was.difference(&now).count();
    if added + removed > 0 {
        out.push(format!(
            "Threads: {} added, {} removed",
            count(added, "link", "links"),
            count(removed, "link", "links")
        ));
    }
    if before.legend != after.legend {
        out.push("The legend's colour meanings changed".to_string());
    }
    if before.worksheet != after.worksheet {
        let (b, a) = (before.worksheet.totals(), after.worksheet.totals());
        let money = crate::core::method::worksheet::plain;
        out.push(format!(
            "Investment worksheet: full investment {} → {} {}",
            money(b.full()),
            money(a.full()),
            after.worksheet.currency
        ));
        out.extend(line_changes(&before.worksheet, &after.worksheet));
    }
    if before.metrics != after.metrics {
        out.push(format!(
            "Scorecard: {} → {}",
            count(before.metrics.len(), "metric", "metrics"),
            count(after.metrics.len(), "metric", "metrics")
        ));
    }
    out
}

fn block_title(before: &Canvas, after: &Canvas, id: &str) -> String {
    after
        .kind
        .block(id)
        .or_else(|| before.kind.block(id))
        .map_or_else(|| id.to_string(), |b| b.title.to_string())
}

/// A note as the comparison lists it: its tag first when it has a colour,
/// so a recoloured note shows as changed.
fn shown(c: &Canvas, n: &Note) -> String {
    match c.tag_of(n) {
        Some(tag) => format!("[{tag}] {}", n.text),
        None => n.text.clone(),
    }
}

/// A canvas's notes by block, in order, and by id (the first of an id),
/// gathered in one pass: a canvas may hold 5,000 notes.
struct Notes<'a> {
    by_block: HashMap<&'a str, Vec<&'a Note>>,
    by_id: HashMap<NoteId, &'a Note>,
}

impl<'a> Notes<'a> {
    fn of(c: &'a Canvas) -> Notes<'a> {
        let mut notes = Notes {
            by_block: HashMap::new(),
            by_id: HashMap::new(),
        };
        for n in &c.notes {
            notes.by_block.entry(&n.block).or_default().push(n);
            notes.by_id.entry(n.id).or_insert(n);
        }
        notes
    }

    fn in_block(&self, block: &str) -> impl Iterator<Item = &&'a Note> {
        self.by_block.get(block).into_iter().flatten()
    }
}

pub fn compare(before: &Canvas, after: &Canvas) -> Comparison {
    // Every block either canvas uses, in a stable reading order.
    let mut order: Vec<&str> = after.kind.def().blocks.iter().map(|b| b.id).collect();
    order.extend(before.kind.def().blocks.iter().map(|b| b.id));
    order.extend(
        before
            .notes
            .iter()
            .chain(&after.notes)
            .map(|n| n.block.as_str()),
    );
    let mut seen = HashSet::new();
    order.retain(|b| seen.insert(*b));
    let (was, now) = (Notes::of(before), Notes::of(after));
    let blocks = order
        .into_iter()
        .filter_map(|block| {
            let mut changes = Vec::new();
            for old in was.in_block(block) {
                let old_shown = shown(before, old);
                match now.by_id.get(&old.id).filter(|new| new.block == block) {
                    Some(new) if shown(after, new) != old_shown => changes.push(Change::Changed {
                        before: old_shown,
                        after: shown(after, new),
                    }),
                    Some(_) => {}
                    None => changes.push(Change::Removed(old_shown)),
                }
            }
            for new in now.in_block(block) {
                let was_here = was.by_id.get(&new.id).is_some_and(|old| old.block == block);
                if !was_here {
                    changes.push(Change::Added(shown(after, new)));
                }
            }
            (!changes.is_empty()).then(|| BlockChanges {
                block: block.to_string(),
                title: block_title(before, after, block),
                changes,
            })
        })
        .collect();
    Comparison {
        title: (before.title != after.title).then(|| (before.title.clone(), after.title.clone())),
        kind: (before.kind != after.kind).then_some((before.kind, after.kind)),
        blocks,
        others: other_changes(before, after),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::canvas::colour::NoteColour;
    use proptest::prelude::*;

    fn note(c: &mut Canvas, block: &str, text: &str) -> u32 {
        let id = c.add_note(block);
        c.set_note_text(id, text);
        id
    }

    #[test]
    fn changes_beyond_notes_are_named_in_words() {
        use crate::core::method::learning_model::LearningModel;
        use crate::core::method::scorecard::{Metric, MetricRole};
        let mut before = Canvas::default();
        let a = note(&mut before, "design", "Pilot");
        let b = note(&mut before, "delivery", "Webinars");
        let mut after = before.clone();
        after.models.aim = Some(LearningModel::Innovation);
        crate::core::canvas::threads::link(&mut after.links, a, b);
        after
            .worksheet
            .lines
            .push(crate::core::method::worksheet::Line::new(
                crate::core::method::worksheet::LineKind::Travel,
            ));
        after.worksheet.lines[0].amount = crate::core::method::worksheet::Amount(12_500_500);
        after
            .metrics
            .push(Metric::new(1, "design", MetricRole::Driver));
        after
            .legend
            .set_label(crate::core::canvas::colour::NoteColour::Red, "Blocker");
        assert_eq!(
            compare(&before, &after).others,
            [
                "Learning model: today none → none, aim none → Innovation",
                "Threads: 1 link added, 0 links removed",
                "The legend's colour meanings changed",
                "Investment worksheet: full investment 0 → 12500.5 EUR",
                "Worksheet line added: Travel",
                "Scorecard: 0 metrics → 1 metric",
            ]
        );
        assert!(compare(&after, &after).is_empty());
        // A line edited is one change, named by its label.
        let mut later = after.clone();
        later.worksheet.lines[0].label = "Trips".into();
        let mut edited = later.clone();
        edited.worksheet.lines[0].amount = crate::core::method::worksheet::Amount(20_000_000);
        let mut extra = crate::core::method::worksheet::Line::new(
            crate::core::method::worksheet::LineKind::Tools,
        );
        extra.label = "LMS".into();
        edited.worksheet.lines.push(extra);
        let others = compare(&later, &edited).others;
        assert_eq!(
            others[1..],
            [
                "Worksheet line “Trips” (Travel) changed: 12500.5 → 20000",
                "Worksheet line added: “LMS” (Tools and platforms)",
            ]
        );
    }

    #[test]
    fn a_recoloured_note_shows_as_changed_with_its_tags() {
        let mut before = Canvas::default();
        let id = note(&mut before, "design", "Pilot in Q3");
        let mut after = before.clone();
        after.set_note_colour(id, Some(NoteColour::Red));
        let c = compare(&before, &after);
        assert_eq!(
            c.blocks[0].changes,
            [Change::Changed {
                before: "Pilot in Q3".into(),
                after: "[Risk] Pilot in Q3".into()
            }]
        );
        assert!(compare(&after, &after).is_empty());
    }

    #[test]
    fn added_removed_changed_and_moved_notes_per_block() {
        let mut before = Canvas::default();
        let kept = note(&mut before, "key-partners", "IT desk");
        let edited = note(&mut before, "key-partners", "HR");
        let gone = note(&mut before, "design", "Needs analysis");
        let moved = note(&mut before, "design", "Pilot");
        let mut after = before.clone();
        after.set_note_text(edited, "HR business partners");
        after.delete_note(gone);
        after
            .notes
            .iter_mut()
            .find(|n| n.id == moved)
            .unwrap()
            .block = "key-partners".into();
        note(&mut after, "customer-segments", "New managers");
        after.title = "Acme 2027".into();
        let _ = kept;

        let c = compare(&before, &after);
        assert_eq!(c.title, Some((before.title.clone(), "Acme 2027".into())));
        assert_eq!(c.kind, None);
        let titles: Vec<&str> = c.blocks.iter().map(|b| b.block.as_str()).collect();
        assert_eq!(titles, ["key-partners", "design", "customer-segments"]);
        assert_eq!(
            c.blocks[0].changes,
            [
                Change::Changed {
                    before: "HR".into(),
                    after: "HR business partners".into()
                },
                Change::Added("Pilot".into())
            ]
        );
        assert_eq!(
            c.blocks[1].changes,
            [
                Change::Removed("Needs analysis".into()),
                Change::Removed("Pilot".into())
            ]
        );
        assert_eq!(c.blocks[2].changes, [Change::Added("New managers".into())]);
        assert_eq!(c.blocks[2].title, "Customer Segments");
    }

    #[test]
    fn a_kind_switch_keeps_notes_of_blocks_the_new_kind_lacks() {
        let mut before = Canvas::default();
        note(&mut before, "design", "Coaching");
        let mut after = before.clone();
        after.kind = CanvasKind::Lean;
        let c = compare(&before, &after);
        assert_eq!(
            c.kind,
            Some((CanvasKind::LearningModelNine, CanvasKind::Lean))
        );
        assert!(c.blocks.is_empty(), "the note itself did not change");
    }

    proptest! {
        #[test]
        fn a_canvas_compared_with_itself_has_no_changes(texts in prop::collection::vec(".{0,8}", 0..12)) {
            let mut c = Canvas::default();
            for (i, t) in texts.iter().enumerate() {
                note(&mut c, ["design", "key-partners", "x"][i % 3], t);
            }
            prop_assert!(compare(&c, &c).is_empty());
            // Against an empty canvas every note is added, each exactly once.
            let empty = Canvas::default();
            let added: usize = compare(&empty, &c).blocks.iter().map(|b| b.changes.len()).sum();
            prop_assert_eq!(added, texts.len());
        }
    }
}

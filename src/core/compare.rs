//! "Compare with current": what changed between a snapshot and the canvas
//! now, block by block. Notes are matched by id, so an edited note shows as
//! changed and a note moved to another block as removed there, added here.

use crate::core::kind::CanvasKind;
use crate::core::model::{Canvas, Note};

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
}

impl Comparison {
    pub fn is_empty(&self) -> bool {
        self.title.is_none() && self.kind.is_none() && self.blocks.is_empty()
    }
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

pub fn compare(before: &Canvas, after: &Canvas) -> Comparison {
    // Every block either canvas uses, in a stable reading order.
    let mut order: Vec<&str> = after.kind.def().blocks.iter().map(|b| b.id).collect();
    for b in before.kind.def().blocks {
        if !order.contains(&b.id) {
            order.push(b.id);
        }
    }
    for n in before.notes.iter().chain(&after.notes) {
        if !order.contains(&n.block.as_str()) {
            order.push(&n.block);
        }
    }
    let blocks = order
        .into_iter()
        .filter_map(|block| {
            let mut changes = Vec::new();
            for old in before.notes_in(block) {
                let (old_shown, new) = (
                    shown(before, old),
                    after.notes.iter().find(|n| n.id == old.id),
                );
                match new.filter(|new| new.block == block) {
                    Some(new) if shown(after, new) != old_shown => changes.push(Change::Changed {
                        before: old_shown,
                        after: shown(after, new),
                    }),
                    Some(_) => {}
                    None => changes.push(Change::Removed(old_shown)),
                }
            }
            for new in after.notes_in(block) {
                let was_here = before
                    .notes
                    .iter()
                    .any(|old| old.id == new.id && old.block == block);
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
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::colour::NoteColour;
    use proptest::prelude::*;

    fn note(c: &mut Canvas, block: &str, text: &str) -> u32 {
        let id = c.add_note(block);
        c.set_note_text(id, text);
        id
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

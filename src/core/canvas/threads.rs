//! Threads between blocks: links between notes (a design choice to the
//! channel it uses, to the value it serves, to the outcome that measures
//! it, to the cost that pays for it), and the thread check that lists the
//! links a canvas is missing.
//!
//! A link joins two notes, either way round; it is stored as the pair
//! (smaller id, larger id), sorted, each once. A note's thread is every
//! note it reaches through links.

use crate::core::canvas::model::{Canvas, NoteId};
use std::collections::{BTreeSet, HashMap};

pub use crate::core::canvas::model::Link;

fn pair(a: NoteId, b: NoteId) -> Link {
    (a.min(b), a.max(b))
}

/// Links `a` and `b`; false when they are the same note or already linked.
pub fn link(links: &mut Vec<Link>, a: NoteId, b: NoteId) -> bool {
    if a == b {
        return false;
    }
    match links.binary_search(&pair(a, b)) {
        Ok(_) => false,
        Err(at) => {
            links.insert(at, pair(a, b));
            true
        }
    }
}

pub fn unlink(links: &mut Vec<Link>, a: NoteId, b: NoteId) -> bool {
    match links.binary_search(&pair(a, b)) {
        Ok(at) => {
            links.remove(at);
            true
        }
        Err(_) => false,
    }
}

pub fn is_linked(links: &[Link], a: NoteId, b: NoteId) -> bool {
    links.binary_search(&pair(a, b)).is_ok()
}

/// The notes linked directly to `id`, by a scan of every link: for one
/// note; [`Neighbours`] answers for many.
pub fn linked_to(links: &[Link], id: NoteId) -> impl Iterator<Item = NoteId> + '_ {
    links.iter().filter_map(move |&(a, b)| {
        if a == id {
            Some(b)
        } else if b == id {
            Some(a)
        } else {
            None
        }
    })
}

/// Each note's linked notes, built in one pass over the links, so that
/// walking a thread or checking every note reads each link once rather
/// than scanning all of them for each note (5,000 notes × 20,000 links).
#[derive(Debug, Default)]
pub struct Neighbours(HashMap<NoteId, Vec<NoteId>>);

impl Neighbours {
    pub fn of(links: &[Link]) -> Neighbours {
        let mut near: HashMap<NoteId, Vec<NoteId>> = HashMap::new();
        for &(a, b) in links {
            near.entry(a).or_default().push(b);
            near.entry(b).or_default().push(a);
        }
        Neighbours(near)
    }

    /// The notes linked directly to `id`.
    pub fn of_note(&self, id: NoteId) -> &[NoteId] {
        self.0.get(&id).map_or(&[], Vec::as_slice)
    }

    /// How many links each note has (a note without links is absent).
    pub fn counts(&self) -> HashMap<NoteId, usize> {
        self.0.iter().map(|(&id, near)| (id, near.len())).collect()
    }

    /// Every note `id` reaches through links, itself included.
    pub fn thread(&self, id: NoteId) -> BTreeSet<NoteId> {
        let mut seen = BTreeSet::from([id]);
        let mut todo = vec![id];
        while let Some(n) = todo.pop() {
            for &m in self.of_note(n) {
                if seen.insert(m) {
                    todo.push(m);
                }
            }
        }
        seen
    }
}

/// Every note `id` reaches through links, itself included.
pub fn thread(links: &[Link], id: NoteId) -> BTreeSet<NoteId> {
    Neighbours::of(links).thread(id)
}

/// How many links each note has, counted in one pass (the editor shows
/// it on every note, so it must not be counted note by note).
pub fn link_counts(links: &[Link]) -> HashMap<NoteId, usize> {
    Neighbours::of(links).counts()
}

/// What a note of a block needs for its thread to hold.
#[derive(Clone, Copy, Debug)]
pub enum Needs {
    /// A link to a note of one of these blocks (those the kind has; the
    /// rule is skipped when the kind has none of them).
    LinkTo(&'static [&'static str]),
    /// A link to any note.
    AnyLink,
}

pub struct ThreadRule {
    pub block: &'static str,
    pub needs: Needs,
    /// The problem in plain words; `{note}` is the note's text, `{block}`
    /// its block's title.
    pub says: &'static str,
}

const OUTCOMES: &[&str] = &["business-outcomes"];
const VALUE: &[&str] = &[
    "value-proposition",
    "value-propositions",
    "unique-value-proposition",
    "products-services",
];

pub const THREAD_RULES: &[ThreadRule] = &[
    ThreadRule {
        block: "value-proposition",
        needs: Needs::LinkTo(OUTCOMES),
        says: "No Business Outcome measures “{note}” ({block}).",
    },
    ThreadRule {
        block: "design",
        needs: Needs::AnyLink,
        says: "“{note}” ({block}) is linked to nothing: which channel, value or outcome does it serve?",
    },
    ThreadRule {
        block: "delivery",
        needs: Needs::AnyLink,
        says: "“{note}” ({block}) is linked to nothing: what does this channel carry, and to whom?",
    },
    ThreadRule {
        block: "cost-structure",
        needs: Needs::LinkTo(OUTCOMES),
        says: "“{note}” ({block}) is tied to no Business Outcome: what does this spend return?",
    },
    ThreadRule {
        block: "customer-segments",
        needs: Needs::LinkTo(VALUE),
        says: "No value proposition serves “{note}” ({block}).",
    },
    ThreadRule {
        block: "customers",
        needs: Needs::LinkTo(VALUE),
        says: "No product or service is linked to “{note}” ({block}).",
    },
    ThreadRule {
        block: "products-services",
        needs: Needs::LinkTo(&["customers"]),
        says: "“{note}” ({block}) is linked to no customer: who wants it?",
    },
    ThreadRule {
        block: "service-delivery",
        needs: Needs::AnyLink,
        says: "“{note}” ({block}) is linked to nothing: which product or service does it deliver?",
    },
    ThreadRule {
        block: "investment-return",
        needs: Needs::AnyLink,
        says: "“{note}” ({block}) is linked to nothing: what does it pay for, or what does it return?",
    },
    ThreadRule {
        block: "value-propositions",
        needs: Needs::LinkTo(&["customer-segments"]),
        says: "“{note}” ({block}) serves no customer segment.",
    },
    ThreadRule {
        block: "channels",
        needs: Needs::AnyLink,
        says: "“{note}” ({block}) is linked to nothing: which value does this channel carry?",
    },
    ThreadRule {
        block: "solution",
        needs: Needs::LinkTo(&["problem"]),
        says: "“{note}” ({block}) answers no problem on the canvas.",
    },
];

/// A broken thread: the note it starts from and what is wrong, in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrokenThread {
    pub note: NoteId,
    pub block: &'static str,
    pub text: String,
}

/// Shortens a note's text for a sentence: its first line, at most 60 characters.
fn quote(text: &str) -> String {
    let line = text.lines().next().unwrap_or("").trim();
    let mut out: String = line.chars().take(60).collect();
    if line.chars().count() > 60 {
        out.push('…');
    }
    out
}

/// Every broken thread, block by block in the kind's filling order and
/// note by note. Empty notes are not checked (nothing is written yet).
pub fn thread_check(canvas: &Canvas) -> Vec<BrokenThread> {
    let def = canvas.kind.def();
    let near = Neighbours::of(&canvas.links);
    let block_of: HashMap<NoteId, &str> = canvas
        .notes
        .iter()
        .map(|n| (n.id, n.block.as_str()))
        .collect();
    let mut out = Vec::new();
    for block in def.blocks_in_filling_order() {
        for rule in THREAD_RULES.iter().filter(|r| r.block == block.id) {
            let targets: Vec<&str> = match rule.needs {
                Needs::LinkTo(blocks) => blocks
                    .iter()
                    .copied()
                    .filter(|b| canvas.kind.has_block(b))
                    .collect(),
                Needs::AnyLink => Vec::new(),
            };
            if matches!(rule.needs, Needs::LinkTo(_)) && targets.is_empty() {
                continue;
            }
            for note in canvas
                .notes_in(block.id)
                .filter(|n| !n.text.trim().is_empty())
            {
                let held = near.of_note(note.id).iter().any(|other| match rule.needs {
                    Needs::AnyLink => true,
                    Needs::LinkTo(_) => block_of.get(other).is_some_and(|b| targets.contains(b)),
                });
                if !held {
                    // One pass, so a note's own "{block}" stays as written.
                    let text = rule
                        .says
                        .replace("{block}", block.title)
                        .replace("{note}", &quote(&note.text));
                    out.push(BrokenThread {
                        note: note.id,
                        block: block.id,
                        text,
                    });
                }
            }
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::canvas::kind::CanvasKind;
    use proptest::prelude::*;

    use crate::core::testing::canvas_with as with;

    #[test]
    fn links_are_pairs_kept_once_either_way_round() {
        let mut links = Vec::new();
        assert!(link(&mut links, 5, 2));
        assert!(!link(&mut links, 2, 5));
        assert!(!link(&mut links, 3, 3));
        assert!(link(&mut links, 1, 9));
        assert_eq!(links, [(1, 9), (2, 5)]);
        assert!(is_linked(&links, 5, 2));
        assert_eq!(linked_to(&links, 9).collect::<Vec<_>>(), [1]);
        assert!(unlink(&mut links, 9, 1));
        assert!(!unlink(&mut links, 9, 1));
        assert_eq!(links, [(2, 5)]);
    }

    #[test]
    fn a_thread_reaches_across_blocks_and_stops_where_links_stop() {
        let links = vec![(1, 2), (2, 3), (4, 5)];
        assert_eq!(thread(&links, 3), BTreeSet::from([1, 2, 3]));
        assert_eq!(thread(&links, 5), BTreeSet::from([4, 5]));
        assert_eq!(thread(&links, 7), BTreeSet::from([7]));
        let counts = link_counts(&links);
        assert_eq!(
            counts,
            HashMap::from([(1, 1), (2, 2), (3, 1), (4, 1), (5, 1)])
        );
    }

    #[test]
    fn deleting_a_note_drops_its_links() {
        let (mut c, ids) = with(
            CanvasKind::LearningModelNine,
            &[("design", "a"), ("delivery", "b")],
        );
        link(&mut c.links, ids[0], ids[1]);
        c.delete_note(ids[1]);
        assert!(c.links.is_empty());
    }

    #[test]
    fn the_check_names_each_broken_thread_in_plain_words() {
        let (mut c, ids) = with(
            CanvasKind::LearningModelNine,
            &[
                ("customer-segments", "New managers"),
                ("value-proposition", "Ready to lead in 90 days"),
                ("design", "Cohort-based programme"),
                ("delivery", "Monthly live sessions"),
                ("business-outcomes", "Team engagement +10 points"),
                ("cost-structure", "Facilitator fees"),
                ("design", "   "),
            ],
        );
        let texts =
            |c: &Canvas| -> Vec<String> { thread_check(c).into_iter().map(|b| b.text).collect() };
        assert_eq!(
            texts(&c),
            [
                "No value proposition serves “New managers” (Customer Segments).",
                "No Business Outcome measures “Ready to lead in 90 days” (Value Proposition).",
                "“Monthly live sessions” (Delivery) is linked to nothing: what does this channel carry, and to whom?",
                "“Cohort-based programme” (Design) is linked to nothing: which channel, value or outcome does it serve?",
                "“Facilitator fees” (Cost Structure) is tied to no Business Outcome: what does this spend return?",
            ]
        );
        // The golden thread: segment - value - outcome - cost, design - delivery - value.
        for (a, b) in [(0, 1), (1, 4), (5, 4), (2, 3), (3, 1)] {
            link(&mut c.links, ids[a], ids[b]);
        }
        assert!(thread_check(&c).is_empty());
        // A link elsewhere does not count where a particular block is needed.
        unlink(&mut c.links, ids[1], ids[4]);
        link(&mut c.links, ids[1], ids[2]);
        assert_eq!(thread_check(&c)[0].note, ids[1]);
    }

    #[test]
    fn other_kinds_have_their_own_threads() {
        let (c, ids) = with(
            CanvasKind::LearningModelFive,
            &[
                ("products-services", "Leadership academy"),
                ("customers", "Plant managers"),
            ],
        );
        let broken: Vec<NoteId> = thread_check(&c).into_iter().map(|b| b.note).collect();
        assert_eq!(broken.len(), 2);
        assert!(broken.contains(&ids[0]) && broken.contains(&ids[1]));
        let (c, _) = with(CanvasKind::BusinessModel, &[("customer-segments", "SMEs")]);
        assert_eq!(thread_check(&c).len(), 1);
        let (c, _) = with(
            CanvasKind::Lean,
            &[(
                "solution",
                "A very long solution text that goes on and on well past sixty characters",
            )],
        );
        assert_eq!(
            thread_check(&c)[0].text,
            "“A very long solution text that goes on and on well past sixt…” (Solution) answers no problem on the canvas."
        );
    }

    proptest! {
        /// Links stay sorted, unique and never join a note to itself.
        #[test]
        fn links_stay_a_sorted_set(ops in prop::collection::vec((any::<bool>(), 0u32..6, 0u32..6), 0..60)) {
            let mut links = Vec::new();
            for (add, a, b) in ops {
                if add { link(&mut links, a, b); } else { unlink(&mut links, a, b); }
                prop_assert!(links.windows(2).all(|w| w[0] < w[1]));
                prop_assert!(links.iter().all(|(a, b)| a < b));
            }
        }
    }
}

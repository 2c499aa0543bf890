//! The canvas model: a title, a kind and an ordered list of notes.

use crate::core::canvas::colour::{Legend, NoteColour};
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::lineage::Lineage;
use crate::core::canvas::marks::{PartnerSide, Roles};
use crate::core::canvas::votes::{forget_note, Votes};
use crate::core::method::learning_model::ModelChoice;
use crate::core::method::scorecard::{self, Metric};
use crate::core::method::worksheet::Worksheet;
use reactive_stores::Store;

pub type NoteId = u32;

/// A thread between two notes, the smaller id first (see
/// [`crate::core::canvas::threads`]).
pub type Link = (NoteId, NoteId);

#[derive(Clone, Debug, PartialEq, Eq, Store)]
pub struct Note {
    pub id: NoteId,
    /// The id of the block the note sits in. A note whose block is not part
    /// of the current kind is kept, not dropped (see [`Canvas::stray_notes`]).
    pub block: String,
    pub text: String,
    /// Its colour, whose meaning the canvas's legend says; `None` is plain.
    pub colour: Option<NoteColour>,
    /// For a partner: inside or outside the company.
    pub partner: Option<PartnerSide>,
    /// For a customer segment: the parts it plays.
    pub roles: Roles,
}

impl Note {
    /// A plain note: no colour, no marks.
    pub fn new(id: NoteId, block: &str, text: &str) -> Note {
        Note {
            id,
            block: block.to_string(),
            text: text.to_string(),
            colour: None,
            partner: None,
            roles: Roles::default(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Store)]
pub struct Canvas {
    pub title: String,
    pub kind: CanvasKind,
    /// All notes in display order; a block shows its own notes in this order.
    #[store(key: NoteId = |note| note.id)]
    pub notes: Vec<Note>,
    /// What each note colour means on this canvas.
    pub legend: Legend,
    /// The learning model run today and the one aimed for.
    pub models: ModelChoice,
    /// The ids of the hints the user dismissed (see `core::hints`).
    pub dismissed_hints: Vec<String>,
    /// Threads between notes (see `core::threads`).
    pub links: Vec<Link>,
    /// The Investment & Return worksheet.
    pub worksheet: Worksheet,
    /// The scorecard's metrics.
    pub metrics: Vec<Metric>,
    /// Which canvas this is a copy of, across browsers (see
    /// [`crate::core::canvas::lineage`]); `None` until it is first shared.
    pub lineage: Option<Lineage>,
    /// The dot vote, once one is started (see
    /// [`crate::core::canvas::votes`]).
    pub votes: Option<Votes>,
}

/// One more than the highest id in use, so ids are never reused while a
/// higher one exists. If a (tampered) draft already holds the highest
/// possible id, the smallest free id is used instead.
pub fn next_note_id(notes: &[Note]) -> NoteId {
    match notes.iter().map(|n| n.id).max() {
        None => 1,
        Some(NoteId::MAX) => {
            // Sorted once, not a scan of every note for each id tried.
            let mut ids: Vec<NoteId> = notes.iter().map(|n| n.id).collect();
            ids.sort_unstable();
            (1..=NoteId::MAX)
                .find(|id| ids.binary_search(id).is_err())
                .unwrap_or(0)
        }
        Some(m) => m + 1,
    }
}

/// Appends an empty note to `block`. A free function so the UI can call it
/// on the notes field alone, without touching the rest of the canvas.
pub fn push_empty_note(notes: &mut Vec<Note>, block: &str) -> NoteId {
    let id = next_note_id(notes);
    notes.push(Note::new(id, block, ""));
    id
}

/// Moves note `id` to `block`, before the note now at `index` among that
/// block's notes (after the move's removal), or after its last note when
/// `index` is `None` or past the end. Notes of other blocks keep their
/// order. Returns false, changing nothing, when there is no such note.
pub fn move_note(notes: &mut Vec<Note>, id: NoteId, block: &str, index: Option<usize>) -> bool {
    let Some(from) = notes.iter().position(|n| n.id == id) else {
        return false;
    };
    let mut note = notes.remove(from);
    note.block = block.to_string();
    let in_block: Vec<usize> = (0..notes.len())
        .filter(|&i| notes[i].block == block)
        .collect();
    let at = match index.and_then(|i| in_block.get(i)) {
        Some(&before) => before,
        // After the block's last note; an empty block's note goes last.
        None => in_block.last().map_or(notes.len(), |&last| last + 1),
    };
    notes.insert(at, note);
    true
}

/// Moves note `id` one place up (`-1`) or down (`1`) among its block's
/// notes. Returns false at either end, or when there is no such note.
pub fn shift_note(notes: &mut Vec<Note>, id: NoteId, delta: i32) -> bool {
    let Some(note) = notes.iter().find(|n| n.id == id) else {
        return false;
    };
    let block = note.block.clone();
    let in_block: Vec<NoteId> = notes
        .iter()
        .filter(|n| n.block == block)
        .map(|n| n.id)
        .collect();
    let Some(i) = in_block.iter().position(|&n| n == id) else {
        return false;
    };
    let target = i as i64 + i64::from(delta);
    if target < 0 || target >= in_block.len() as i64 {
        return false;
    }
    move_note(notes, id, &block, Some(target as usize))
}

pub const DEFAULT_TITLE: &str = "Our L&D department";

impl Default for Canvas {
    fn default() -> Self {
        Canvas::new(CanvasKind::LearningModelNine)
    }
}

impl Canvas {
    pub fn new(kind: CanvasKind) -> Self {
        Canvas {
            title: DEFAULT_TITLE.to_string(),
            kind,
            notes: Vec::new(),
            legend: Legend::default(),
            models: ModelChoice::default(),
            dismissed_hints: Vec::new(),
            links: Vec::new(),
            worksheet: Worksheet::default(),
            metrics: Vec::new(),
            lineage: None,
            votes: None,
        }
    }

    pub fn next_note_id(&self) -> NoteId {
        next_note_id(&self.notes)
    }

    /// Appends an empty note to `block` and returns its id.
    pub fn add_note(&mut self, block: &str) -> NoteId {
        push_empty_note(&mut self.notes, block)
    }

    /// Removes a note and its links.
    pub fn delete_note(&mut self, id: NoteId) -> bool {
        let before = self.notes.len();
        self.notes.retain(|n| n.id != id);
        self.links.retain(|&(a, b)| a != id && b != id);
        forget_note(&mut self.votes, id);
        self.notes.len() != before
    }

    pub fn set_note_text(&mut self, id: NoteId, text: &str) -> bool {
        match self.notes.iter_mut().find(|n| n.id == id) {
            Some(note) => {
                note.text = text.to_string();
                true
            }
            None => false,
        }
    }

    pub fn set_note_colour(&mut self, id: NoteId, colour: Option<NoteColour>) -> bool {
        match self.notes.iter_mut().find(|n| n.id == id) {
            Some(note) => {
                note.colour = colour;
                true
            }
            None => false,
        }
    }

    /// The tag a note shows in text, from its colour and this legend.
    pub fn tag_of(&self, note: &Note) -> Option<&str> {
        note.colour.map(|c| self.legend.tag(c))
    }

    /// Everything a note says about itself in text: its colour's meaning,
    /// then the marks its block gives meaning to (a partner's side, a
    /// segment's roles). Colour is never the only cue.
    pub fn labels_of(legend: &Legend, note: &Note) -> Vec<String> {
        let mut out: Vec<String> = note
            .colour
            .map(|c| legend.tag(c).to_string())
            .into_iter()
            .collect();
        match note.block.as_str() {
            "key-partners" => out.extend(note.partner.map(|p| p.name().to_string())),
            "customer-segments" => out.extend(note.roles.iter().map(|r| r.name().to_string())),
            _ => {}
        }
        out
    }

    pub fn notes_in<'a>(&'a self, block: &'a str) -> impl Iterator<Item = &'a Note> + 'a {
        self.notes.iter().filter(move |n| n.block == block)
    }

    /// Notes whose block the current kind does not have (they were written
    /// under another kind). They are kept so switching back restores them.
    pub fn stray_notes(&self) -> impl Iterator<Item = &Note> {
        self.notes.iter().filter(|n| !self.kind.has_block(&n.block))
    }

    /// Checks what the shape of the data cannot: ids are unique, blocks named.
    pub fn validate(&self) -> Result<(), String> {
        let mut ids: Vec<NoteId> = self.notes.iter().map(|n| n.id).collect();
        ids.sort_unstable();
        if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
            return Err(format!("two notes share the id {}", w[0]));
        }
        if self.notes.iter().any(|n| n.block.is_empty()) {
            return Err("a note has no block".to_string());
        }
        for (a, b) in &self.links {
            if a >= b || ids.binary_search(a).is_err() || ids.binary_search(b).is_err() {
                return Err(format!("the link {a}–{b} joins no two notes of the canvas"));
            }
        }
        if !self.links.windows(2).all(|w| w[0] < w[1]) {
            return Err("the links are not in order".to_string());
        }
        let stray_dot = self
            .votes
            .iter()
            .flat_map(|v| &v.ballots)
            .flat_map(|b| &b.dots)
            .find(|d| ids.binary_search(d).is_err());
        if let Some(d) = stray_dot {
            return Err(format!(
                "a vote puts a dot on note {d}, which the canvas does not have"
            ));
        }
        scorecard::validate(&self.metrics)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn notes_keep_their_order_within_a_block() {
        let mut c = Canvas::default();
        let a = c.add_note("key-partners");
        let b = c.add_note("design");
        let d = c.add_note("key-partners");
        c.set_note_text(a, "IT");
        c.set_note_text(d, "Vendors");
        let texts: Vec<_> = c
            .notes_in("key-partners")
            .map(|n| n.text.as_str())
            .collect();
        assert_eq!(texts, ["IT", "Vendors"]);
        assert!(c.delete_note(b));
        assert!(!c.delete_note(b));
        assert_eq!(c.notes_in("design").count(), 0);
    }

    #[test]
    fn ids_are_never_reused_while_a_higher_one_exists() {
        let mut c = Canvas::default();
        let a = c.add_note("design");
        let b = c.add_note("design");
        c.delete_note(a);
        let n = c.add_note("design");
        assert!(n > b);
        assert!(c.validate().is_ok());
    }

    #[test]
    fn the_highest_possible_id_never_yields_a_duplicate() {
        let mut c = Canvas::default();
        c.notes.push(Note::new(NoteId::MAX, "design", ""));
        let a = c.add_note("design");
        let b = c.add_note("design");
        assert_eq!((a, b), (1, 2));
        assert!(c.validate().is_ok());
    }

    #[test]
    fn a_note_labels_its_colour_and_the_marks_its_block_gives_meaning_to() {
        use crate::core::canvas::marks::Role;
        let mut c = Canvas::default();
        let p = c.add_note("key-partners");
        let s = c.add_note("customer-segments");
        let d = c.add_note("design");
        for n in c.notes.iter_mut() {
            n.partner = Some(PartnerSide::External);
            n.roles = [Role::Payer].into_iter().collect();
        }
        c.set_note_colour(p, Some(NoteColour::Red));
        let labels = |id| {
            let n = c.notes.iter().find(|n| n.id == id).unwrap();
            Canvas::labels_of(&c.legend, n)
        };
        assert_eq!(labels(p), ["Risk", "External"]);
        assert_eq!(labels(s), ["Payer"]);
        assert!(labels(d).is_empty(), "marks mean nothing in Design");
    }

    #[test]
    fn notes_of_another_kind_are_stray_but_kept() {
        let mut c = Canvas::default();
        c.add_note("key-partners");
        c.add_note("value-proposition");
        c.kind = CanvasKind::LearningModelFive;
        assert_eq!(c.stray_notes().count(), 2);
        c.kind = CanvasKind::LearningModelNine;
        assert_eq!(c.stray_notes().count(), 0);
        assert_eq!(c.notes.len(), 2);
    }

    fn texts<'a>(c: &'a Canvas, block: &'a str) -> Vec<&'a str> {
        c.notes_in(block).map(|n| n.text.as_str()).collect()
    }

    fn sample() -> (Canvas, Vec<NoteId>) {
        crate::core::testing::canvas_with(
            CanvasKind::LearningModelNine,
            &[
                ("design", "a"),
                ("delivery", "x"),
                ("design", "b"),
                ("design", "c"),
            ],
        )
    }

    #[test]
    fn a_note_moves_within_its_block_and_to_another() {
        let (mut c, ids) = sample();
        assert!(move_note(&mut c.notes, ids[3], "design", Some(0)));
        assert_eq!(texts(&c, "design"), ["c", "a", "b"]);
        assert!(move_note(&mut c.notes, ids[3], "design", None));
        assert_eq!(texts(&c, "design"), ["a", "b", "c"]);
        assert!(move_note(&mut c.notes, ids[0], "delivery", Some(0)));
        assert_eq!(texts(&c, "delivery"), ["a", "x"]);
        assert_eq!(texts(&c, "design"), ["b", "c"]);
        assert!(move_note(&mut c.notes, ids[2], "key-partners", Some(5)));
        assert_eq!(texts(&c, "key-partners"), ["b"]);
        assert!(!move_note(&mut c.notes, 999, "design", None));
        assert_eq!(c.notes.len(), 4);
        assert!(c.validate().is_ok());
    }

    #[test]
    fn a_note_shifts_up_and_down_within_its_block_only() {
        let (mut c, ids) = sample();
        assert!(!shift_note(&mut c.notes, ids[0], -1));
        assert!(shift_note(&mut c.notes, ids[0], 1));
        assert_eq!(texts(&c, "design"), ["b", "a", "c"]);
        assert!(shift_note(&mut c.notes, ids[3], -1));
        assert_eq!(texts(&c, "design"), ["b", "c", "a"]);
        assert!(!shift_note(&mut c.notes, ids[0], 1));
        assert_eq!(texts(&c, "delivery"), ["x"]);
    }

    proptest::proptest! {
        /// Moves never lose, duplicate or reorder anything but the moved note.
        #[test]
        fn moves_keep_every_note_and_the_order_of_the_others(
            moves in proptest::collection::vec((0usize..12, 0usize..3, proptest::option::of(0usize..6)), 0..30)
        ) {
            let blocks = ["design", "delivery", "key-partners"];
            let mut c = Canvas::default();
            for i in 0..12 {
                c.add_note(blocks[i % 3]);
            }
            for (n, b, index) in moves {
                let id = c.notes[n].id;
                let before: Vec<NoteId> = c.notes.iter().map(|x| x.id).filter(|&x| x != id).collect();
                proptest::prop_assert!(move_note(&mut c.notes, id, blocks[b], index));
                let after: Vec<NoteId> = c.notes.iter().map(|x| x.id).filter(|&x| x != id).collect();
                proptest::prop_assert_eq!(before, after);
                proptest::prop_assert_eq!(c.notes.len(), 12);
                let moved = c.notes.iter().find(|x| x.id == id).unwrap();
                proptest::prop_assert_eq!(moved.block.as_str(), blocks[b]);
                let in_block: Vec<NoteId> = c.notes_in(blocks[b]).map(|x| x.id).collect();
                let at = in_block.iter().position(|&x| x == id).unwrap();
                proptest::prop_assert_eq!(at, index.unwrap_or(usize::MAX).min(in_block.len() - 1));
            }
            proptest::prop_assert!(c.validate().is_ok());
        }
    }

    #[test]
    fn validate_rejects_duplicate_ids_and_empty_blocks() {
        let mut c = Canvas::default();
        c.add_note("design");
        c.notes.push(c.notes[0].clone());
        assert!(c.validate().unwrap_err().contains("share the id"));
        let mut c = Canvas::default();
        c.add_note("");
        assert!(c.validate().is_err());
    }
}

//! Undo and redo for the canvas open in the editor: whole-canvas steps,
//! with typing grouped into words and pauses rather than letters.
//!
//! The history keeps the canvas as it is now and the states before (and,
//! after an undo, after) it. A change is one step, except typing: more
//! letters in the same text within [`PAUSE_MS`] join the step before,
//! until a word ends (a space, a line break or punctuation was typed).

use crate::core::canvas::colour::{NoteColour, PALETTE};
use crate::core::canvas::model::{Canvas, NoteId};

/// At least this many steps can be undone.
pub const STEPS: usize = 200;
/// Typing after a pause this long starts a new step.
pub const PAUSE_MS: i64 = 1000;

/// What an edit changed, to tell typing (which groups) from the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Edit {
    Title,
    NoteText(NoteId),
    /// Renaming a colour in the legend.
    Label(NoteColour),
    /// Typing into the worksheet or the scorecard: joins until a pause.
    Figures,
    Other,
}

#[derive(Clone, Debug)]
pub struct History {
    current: Canvas,
    past: Vec<Canvas>,
    future: Vec<Canvas>,
    /// The typing step still open: what it types into, and when it last did.
    open: Option<(Edit, i64)>,
}

/// What changed from `a` to `b`, when it is typing into one text.
fn edit_between(a: &Canvas, b: &Canvas) -> Edit {
    // Typing figures and labels joins; a choice (currency, a driver made a
    // result, another block, a tick in "moves") is a step of its own.
    let same_shape = a.worksheet.currency == b.worksheet.currency
        && a.worksheet.lines.len() == b.worksheet.lines.len()
        && a.worksheet
            .lines
            .iter()
            .zip(&b.worksheet.lines)
            .all(|(x, y)| x.kind == y.kind)
        && a.metrics.len() == b.metrics.len()
        && a.metrics.iter().zip(&b.metrics).all(|(x, y)| {
            x.id == y.id && x.role == y.role && x.block == y.block && x.moves == y.moves
        });
    let figures_only = same_shape
        && (a.worksheet != b.worksheet || a.metrics != b.metrics)
        && a.title == b.title
        && a.kind == b.kind
        && a.legend == b.legend
        && a.models == b.models
        && a.links == b.links
        && a.dismissed_hints == b.dismissed_hints
        && a.notes == b.notes;
    if figures_only {
        return Edit::Figures;
    }
    if a.kind != b.kind
        || a.notes.len() != b.notes.len()
        || a.links != b.links
        || a.models != b.models
        || a.dismissed_hints != b.dismissed_hints
        || a.worksheet != b.worksheet
        || a.metrics != b.metrics
    {
        return Edit::Other;
    }
    let labels: Vec<NoteColour> = PALETTE
        .into_iter()
        .filter(|c| a.legend.label(*c) != b.legend.label(*c))
        .collect();
    let mut changed = None;
    for (x, y) in a.notes.iter().zip(&b.notes) {
        if x.id != y.id
            || x.block != y.block
            || x.colour != y.colour
            || x.partner != y.partner
            || x.roles != y.roles
        {
            return Edit::Other;
        }
        if x.text != y.text {
            if changed.is_some() {
                return Edit::Other;
            }
            changed = Some(x.id);
        }
    }
    match (changed, a.title == b.title, labels.as_slice()) {
        (None, false, []) => Edit::Title,
        (Some(id), true, []) => Edit::NoteText(id),
        (None, true, [colour]) => Edit::Label(*colour),
        _ => Edit::Other,
    }
}

/// The text an edit typed into, in `c`.
fn text_of(c: &Canvas, edit: Edit) -> Option<&str> {
    match edit {
        Edit::Title => Some(&c.title),
        Edit::NoteText(id) => c.notes.iter().find(|n| n.id == id).map(|n| n.text.as_str()),
        Edit::Label(colour) => Some(c.legend.label(colour)),
        Edit::Figures => None,
        Edit::Other => None,
    }
}

/// A word ends when the last letter typed is a space, a break or punctuation.
fn ends_a_word(text: &str) -> bool {
    text.chars()
        .last()
        .is_some_and(|c| c.is_whitespace() || c.is_ascii_punctuation())
}

impl History {
    pub fn new(canvas: Canvas) -> History {
        History {
            current: canvas,
            past: Vec::new(),
            future: Vec::new(),
            open: None,
        }
    }

    /// Starts over with another canvas (opened, restored, taken from another tab).
    pub fn reset(&mut self, canvas: Canvas) {
        *self = History::new(canvas);
    }

    pub fn current(&self) -> &Canvas {
        &self.current
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Records that the canvas is now `next` (at `now`, in milliseconds).
    pub fn record(&mut self, next: &Canvas, now: i64) {
        if *next == self.current {
            return;
        }
        // A lineage made on sharing is no edit: no undo step removes it.
        if let (Some(lineage), None) = (&next.lineage, &self.current.lineage) {
            let mut bare = next.clone();
            bare.lineage = None;
            if bare == self.current {
                for c in self.past.iter_mut().chain(self.future.iter_mut()) {
                    c.lineage.get_or_insert_with(|| lineage.clone());
                }
                self.current = next.clone();
                return;
            }
        }
        let edit = edit_between(&self.current, next);
        let joins = matches!(self.open, Some((open, at)) if open == edit && now - at < PAUSE_MS);
        if !joins {
            self.past.push(self.current.clone());
            if self.past.len() > STEPS {
                self.past.remove(0);
            }
        }
        self.future.clear();
        let word_ended = text_of(next, edit).is_some_and(ends_a_word);
        self.open = (edit != Edit::Other && !word_ended).then_some((edit, now));
        self.current = next.clone();
    }

    /// The canvas one step back, which becomes the current one.
    pub fn undo(&mut self) -> Option<Canvas> {
        let previous = self.past.pop()?;
        self.future
            .push(std::mem::replace(&mut self.current, previous));
        self.open = None;
        Some(self.current.clone())
    }

    /// The canvas one step forward again, after an undo.
    pub fn redo(&mut self) -> Option<Canvas> {
        let next = self.future.pop()?;
        self.past.push(std::mem::replace(&mut self.current, next));
        self.open = None;
        Some(self.current.clone())
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::canvas::kind::CanvasKind;
    use proptest::prelude::*;

    fn typed(h: &mut History, note: NoteId, text: &str, start: i64, gap: i64) {
        let mut c = h.current().clone();
        let mut t = start;
        for end in 1..=text.len() {
            c.set_note_text(note, &text[..end]);
            h.record(&c, t);
            t += gap;
        }
    }

    fn with_note() -> (History, NoteId) {
        let mut c = Canvas::default();
        let id = c.add_note("design");
        (History::new(c), id)
    }

    #[test]
    fn typing_is_undone_a_word_at_a_time() {
        let (mut h, id) = with_note();
        typed(&mut h, id, "agile sprints", 0, 50);
        assert_eq!(h.current().notes[0].text, "agile sprints");
        assert_eq!(h.undo().unwrap().notes[0].text, "agile ");
        assert_eq!(h.undo().unwrap().notes[0].text, "");
        assert!(!h.can_undo());
        assert_eq!(h.redo().unwrap().notes[0].text, "agile ");
        assert_eq!(h.redo().unwrap().notes[0].text, "agile sprints");
        assert!(!h.can_redo());
    }

    #[test]
    fn a_pause_starts_a_new_step() {
        let (mut h, id) = with_note();
        typed(&mut h, id, "ab", 0, 50);
        typed(&mut h, id, "abcd", 5000, 50);
        assert_eq!(h.undo().unwrap().notes[0].text, "ab");
    }

    #[test]
    fn other_changes_are_steps_of_their_own() {
        let (mut h, id) = with_note();
        typed(&mut h, id, "IT", 0, 10);
        let mut c = h.current().clone();
        let second = c.add_note("design");
        h.record(&c, 20);
        c.set_note_text(second, "x");
        h.record(&c, 30);
        c.kind = CanvasKind::Lean;
        h.record(&c, 40);
        c.title = "T".into();
        h.record(&c, 50);
        assert_eq!(h.undo().unwrap().title, Canvas::default().title);
        assert_eq!(h.undo().unwrap().kind, CanvasKind::LearningModelNine);
        assert_eq!(h.undo().unwrap().notes[1].text, "");
        assert_eq!(h.undo().unwrap().notes.len(), 1);
    }

    #[test]
    fn renaming_a_colour_is_undone_a_word_at_a_time_and_recolouring_in_one_step() {
        let (mut h, id) = with_note();
        let mut c = h.current().clone();
        c.set_note_colour(id, Some(NoteColour::Red));
        h.record(&c, 0);
        for (i, end) in (1..="Open risk".len()).enumerate() {
            c.legend.set_label(NoteColour::Red, &"Open risk"[..end]);
            h.record(&c, 10 + i as i64 * 40);
        }
        assert_eq!(h.undo().unwrap().legend.label(NoteColour::Red), "Open ");
        assert_eq!(h.undo().unwrap().legend.label(NoteColour::Red), "Risk");
        let back = h.undo().unwrap();
        assert_eq!(back.notes[0].colour, None);
        assert!(!h.can_undo());
    }

    #[test]
    fn typing_figures_joins_but_a_choice_is_its_own_step() {
        use crate::core::method::worksheet::{Amount, Line, LineKind};
        let mut c = Canvas::default();
        c.worksheet.lines.push(Line::new(LineKind::Payroll));
        let mut h = History::new(c.clone());
        for (i, v) in [1, 12, 125].into_iter().enumerate() {
            c.worksheet.lines[0].amount = Amount::from_units(v);
            h.record(&c, i as i64 * 50);
        }
        c.worksheet.currency = "CHF".into();
        h.record(&c, 200);
        assert_eq!(h.undo().unwrap().worksheet.currency, "EUR");
        assert_eq!(h.undo().unwrap().worksheet.lines[0].amount, Amount::ZERO);
    }

    #[test]
    fn a_new_change_after_undo_drops_the_redo_steps() {
        let (mut h, id) = with_note();
        typed(&mut h, id, "a b", 0, 10);
        h.undo();
        let mut c = h.current().clone();
        c.delete_note(id);
        h.record(&c, 100);
        assert!(!h.can_redo());
    }

    #[test]
    fn at_least_the_promised_number_of_steps_are_kept() {
        let mut h = History::new(Canvas::default());
        let mut c = Canvas::default();
        for i in 0..(STEPS + 50) {
            c.add_note("design");
            h.record(&c, i as i64);
        }
        let mut undone = 0;
        while h.undo().is_some() {
            undone += 1;
        }
        assert_eq!(undone, STEPS);
    }

    #[derive(Clone, Debug)]
    enum Op {
        Add(usize),
        Type(usize, char),
        Delete(usize),
        Title(char),
        Kind(usize),
        Colour(usize, Option<usize>),
        Label(usize, char),
        Wait(i64),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0..3usize).prop_map(Op::Add),
            (0..8usize, prop::char::range('a', 'e')).prop_map(|(n, c)| Op::Type(n, c)),
            (0..8usize, Just(' ')).prop_map(|(n, c)| Op::Type(n, c)),
            (0..8usize).prop_map(Op::Delete),
            prop::char::range('a', 'c').prop_map(Op::Title),
            (0..4usize).prop_map(Op::Kind),
            (0..8usize, prop::option::of(0..PALETTE.len())).prop_map(|(n, c)| Op::Colour(n, c)),
            (0..PALETTE.len(), prop::char::range('a', 'c')).prop_map(|(c, ch)| Op::Label(c, ch)),
            (0..3000i64).prop_map(Op::Wait),
        ]
    }

    fn apply(c: &mut Canvas, op: &Op) {
        let blocks = ["design", "delivery", "key-partners"];
        match *op {
            Op::Add(b) => {
                c.add_note(blocks[b]);
            }
            Op::Type(n, ch) if !c.notes.is_empty() => {
                let i = n % c.notes.len();
                c.notes[i].text.push(ch);
            }
            Op::Delete(n) if !c.notes.is_empty() => {
                let id = c.notes[n % c.notes.len()].id;
                c.delete_note(id);
            }
            Op::Title(ch) => c.title.push(ch),
            Op::Kind(k) => c.kind = CanvasKind::ALL[k],
            Op::Colour(n, colour) if !c.notes.is_empty() => {
                let i = n % c.notes.len();
                c.notes[i].colour = colour.and_then(NoteColour::from_index);
            }
            Op::Label(colour, ch) => {
                let colour = PALETTE[colour];
                let label = format!("{}{ch}", c.legend.label(colour));
                c.legend.set_label(colour, &label);
            }
            _ => {}
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// Any edits, then as many undos: the starting canvas. Then as many
        /// redos: the final canvas.
        #[test]
        fn undo_returns_to_the_start_and_redo_to_the_end(ops in prop::collection::vec(op(), 0..60)) {
            let start = Canvas::default();
            let mut h = History::new(start.clone());
            let mut c = start.clone();
            let mut now = 0;
            for o in &ops {
                if let Op::Wait(ms) = o {
                    now += ms;
                    continue;
                }
                apply(&mut c, o);
                now += 30;
                h.record(&c, now);
            }
            for _ in 0..ops.len() {
                h.undo();
            }
            prop_assert_eq!(h.current(), &start);
            for _ in 0..ops.len() {
                h.redo();
            }
            prop_assert_eq!(h.current(), &c);
        }
    }

    #[test]
    fn a_lineage_made_on_sharing_is_no_step_and_stays_through_undo() {
        use crate::core::canvas::lineage::{Lineage, LineageId};
        let mut c = Canvas::new(CanvasKind::Lean);
        let mut h = History::new(c.clone());
        c.add_note("problem");
        h.record(&c, 0);
        c.lineage = Some(Lineage {
            id: LineageId::new(7),
            base: None,
        });
        h.record(&c, 10_000);
        let undone = h.undo().expect("the note is one step");
        assert!(undone.notes.is_empty());
        assert_eq!(undone.lineage, c.lineage);
        assert!(!h.can_undo());
    }
}

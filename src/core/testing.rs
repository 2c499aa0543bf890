//! Test helpers shared by the core's tests: random extras for a canvas
//! (marks, models, threads, worksheet, scorecard), to check that every
//! format carries them.

use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::marks::{PartnerSide, Roles};
use crate::core::canvas::model::{Canvas, NoteId};
use crate::core::canvas::threads;
use crate::core::method::learning_model::{ModelChoice, MODELS};
use crate::core::method::scorecard::{self, Metric, MetricRole};
use crate::core::method::worksheet::{Amount, Line, LineKind, Worksheet, MAX_ENTRY, SCALE};
use proptest::prelude::*;

/// A canvas of `kind` with these notes (block, text), and their ids.
pub fn canvas_with(kind: CanvasKind, notes: &[(&str, &str)]) -> (Canvas, Vec<NoteId>) {
    let mut c = Canvas::new(kind);
    let ids = notes
        .iter()
        .map(|(block, text)| {
            let id = c.add_note(block);
            c.set_note_text(id, text);
            id
        })
        .collect();
    (c, ids)
}

/// A metric as drawn: driver?, name, unit, current, target.
type MetricDraw = (bool, String, String, Option<i64>, Option<i64>);

/// Random choices, applied to whatever notes a canvas has.
#[derive(Clone, Debug)]
pub struct Extras {
    marks: Vec<(usize, Option<bool>, u8)>,
    models: (Option<usize>, Option<usize>),
    dismissed: Vec<String>,
    links: Vec<(usize, usize)>,
    lines: Vec<(usize, String, [i64; 4])>,
    currency: String,
    metrics: Vec<MetricDraw>,
    moves: Vec<(usize, usize)>,
}

pub fn arb_extras() -> impl Strategy<Value = Extras> {
    let amount = 0..=MAX_ENTRY;
    (
        prop::collection::vec((0usize..50, prop::option::of(any::<bool>()), 0u8..16), 0..6),
        (prop::option::of(0usize..5), prop::option::of(0usize..5)),
        prop::collection::vec("[a-z-]{1,12}", 0..3),
        prop::collection::vec((0usize..50, 0usize..50), 0..8),
        prop::collection::vec(
            (
                0..LineKind::ALL.len(),
                ".{0,20}",
                [amount.clone(), amount.clone(), amount.clone(), amount],
            ),
            0..9,
        ),
        "[A-Z]{3}",
        prop::collection::vec(
            (
                any::<bool>(),
                ".{0,20}",
                ".{0,6}",
                prop::option::of(0..=MAX_ENTRY),
                prop::option::of(0..=MAX_ENTRY),
            ),
            0..5,
        ),
        prop::collection::vec((0usize..5, 0usize..5), 0..6),
    )
        .prop_map(
            |(marks, models, dismissed, links, lines, currency, metrics, moves)| Extras {
                marks,
                models,
                dismissed,
                links,
                lines,
                currency,
                metrics,
                moves,
            },
        )
}

impl Extras {
    pub fn apply(&self, c: &mut Canvas) {
        let n = c.notes.len();
        if n > 0 {
            for &(i, side, roles) in &self.marks {
                let note = &mut c.notes[i % n];
                note.partner = side.map(|ext| {
                    if ext {
                        PartnerSide::External
                    } else {
                        PartnerSide::Internal
                    }
                });
                note.roles = Roles::from_bits(roles).unwrap_or_default();
            }
            for &(a, b) in &self.links {
                let (a, b) = (c.notes[a % n].id, c.notes[b % n].id);
                threads::link(&mut c.links, a, b);
            }
        }
        c.models = ModelChoice {
            today: self.models.0.map(|i| MODELS[i]),
            aim: self.models.1.map(|i| MODELS[i]),
        };
        c.dismissed_hints = self.dismissed.clone();
        if !self.lines.is_empty() {
            let lines = self
                .lines
                .iter()
                .map(|(k, label, [a, h, p, r])| Line {
                    kind: LineKind::ALL[*k],
                    label: label.clone(),
                    amount: Amount(*a),
                    hours: Amount(*h),
                    // People are whole.
                    headcount: Amount(p / SCALE * SCALE),
                    rate: Amount(*r),
                })
                .map(|mut l| {
                    // Only the fields of its kind are kept by the formats.
                    if l.kind.is_time() {
                        l.amount = Amount::ZERO;
                        if l.kind != LineKind::LearnerTime {
                            l.headcount = Amount::ZERO;
                        }
                    } else {
                        (l.hours, l.headcount, l.rate) = (Amount::ZERO, Amount::ZERO, Amount::ZERO);
                    }
                    l
                })
                .collect();
            c.worksheet = Worksheet {
                currency: self.currency.clone(),
                lines,
            };
        }
        for (driver, name, unit, current, target) in &self.metrics {
            let id = scorecard::next_metric_id(&c.metrics);
            let role = if *driver {
                MetricRole::Driver
            } else {
                MetricRole::Result
            };
            let mut m = Metric::new(id, "design", role);
            m.name = name.clone();
            m.unit = unit.clone();
            m.current = current.map(Amount);
            m.target = target.map(Amount);
            c.metrics.push(m);
        }
        if !c.metrics.is_empty() {
            let ids: Vec<u32> = c.metrics.iter().map(|m| m.id).collect();
            for &(d, r) in &self.moves {
                scorecard::set_moves(&mut c.metrics, ids[d % ids.len()], ids[r % ids.len()], true);
            }
        }
    }
}

/// Any canvas the editor can make (within the limits), in the kinds and
/// blocks of share format 1, notes numbered by place.
pub fn arb_canvas() -> impl Strategy<Value = Canvas> {
    // Few blocks, so that neighbouring notes often share one; many canvases
    // without colours (format 1), others with some (format 2), a third with
    // extras (format 3).
    let colour = prop::option::weighted(
        0.3,
        prop::sample::select(crate::core::canvas::colour::PALETTE.to_vec()),
    );
    let note = (
        prop::sample::select(vec![0, 1, 6, 13, 23]),
        "(?s).{0,60}",
        colour,
    );
    let labels = prop::collection::vec(
        (
            prop::sample::select(crate::core::canvas::colour::PALETTE.to_vec()),
            ".{0,45}",
        ),
        0..3,
    );
    (
        0..crate::core::share::payload::KINDS_V1.len(),
        ".{0,30}",
        prop::collection::vec(note, 0..40),
        labels,
        prop::option::weighted(0.35, arb_extras()),
    )
        .prop_map(|(kind, title, notes, labels, extras)| {
            let mut c = Canvas::new(crate::core::share::payload::KINDS_V1[kind]);
            c.title = title;
            c.notes = notes
                .into_iter()
                .enumerate()
                .map(|(i, (b, text, colour))| {
                    let mut note = crate::core::canvas::model::Note::new(
                        (i + 1) as NoteId,
                        crate::core::share::payload::BLOCKS_V1[b],
                        &text,
                    );
                    note.colour = colour;
                    note
                })
                .collect();
            for (colour, label) in labels {
                c.legend.set_label(colour, &label);
            }
            if let Some(extras) = extras {
                extras.apply(&mut c);
            }
            c
        })
}

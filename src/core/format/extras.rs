//! The JSON form of what a canvas holds beyond its notes' text and colour:
//! note marks (partner side, segment roles), the learning models, dismissed
//! hints, threads, the worksheet and the scorecard ([`super::link_extras`]
//! adds the marks of a share link). Canvas records (from
//! version 4) and share links (from format 3) both use it; each part is
//! left out while it is empty, so a canvas without them stays as it was.
//!
//! Numbers with decimals are JSON numbers with at most three decimals
//! (`85.5`, `0.125`), never negative. Links name notes through `note_ref`: the note
//! id in storage, the note's place (1, 2, …) in a share link.

use crate::core::canvas::model::{Canvas, NoteId};
use crate::core::format::ids::amount_from_text;
use crate::core::format::json::{capped, none, present, Obj};
use crate::core::format::votes_json::{read_votes, votes_json, VotesJson};
use crate::core::method::learning_model::{LearningModel, ModelChoice};
use crate::core::method::scorecard::{Metric, MetricId, MetricRole};
pub use crate::core::method::worksheet::MAX_LINES;
use crate::core::method::worksheet::{is_currency_code, Amount, Line, LineKind, Worksheet, SCALE};
use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::fmt;

/// More than any canvas needs; larger lists are refused before they are
/// checked (a hostile link must not keep the page busy, nor overflow sums).
pub const MAX_LINKS: usize = 20_000;
pub const MAX_METRICS: usize = 500;

#[derive(Default, Serialize, Deserialize)]
pub struct ModelsJson {
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    today: Option<LearningModel>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    aim: Option<LearningModel>,
}

/// Two notes a thread joins, by `note_ref`, the smaller first.
pub struct Pair(i64, i64);

impl Serialize for Pair {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.0, self.1].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Pair {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Two;
        impl<'de> Visitor<'de> for Two {
            type Value = Pair;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("two notes")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Pair, A::Error> {
                let joins = || de::Error::custom("it does not join two notes");
                let a = seq.next_element::<i64>()?.ok_or_else(joins)?;
                let b = seq.next_element::<i64>()?.ok_or_else(joins)?;
                match seq.next_element::<de::IgnoredAny>()? {
                    None => Ok(Pair(a, b)),
                    Some(_) => Err(joins()),
                }
            }
        }
        d.deserialize_seq(Two)
    }
}

/// A currency code (ISO 4217: three capitals).
#[derive(Serialize)]
pub struct Currency(String);

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        if !is_currency_code(&code) {
            return Err(de::Error::custom(format!(
                "\"{code}\" is not a currency code"
            )));
        }
        Ok(Currency(code))
    }
}

#[derive(Serialize, Deserialize)]
pub struct WorksheetJson {
    currency: Currency,
    #[serde(deserialize_with = "lines")]
    lines: Vec<LineEntry>,
}

fn lines<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<LineEntry>, D::Error> {
    capped(d, MAX_LINES, "worksheet lines")
}

/// A worksheet line as written: `hours` and `rate` for expert time,
/// `hours`, `headcount` and `rate` for learner time, `amount` for the others.
#[derive(Serialize)]
struct LineJson {
    kind: LineKind,
    #[serde(skip_serializing_if = "none")]
    label: Option<String>,
    #[serde(skip_serializing_if = "none")]
    hours: Option<Amount>,
    #[serde(skip_serializing_if = "none")]
    headcount: Option<Amount>,
    #[serde(skip_serializing_if = "none")]
    rate: Option<Amount>,
    #[serde(skip_serializing_if = "none")]
    amount: Option<Amount>,
}

/// A line as read: the amounts its kind does not use are left unchecked,
/// as the first readers left them.
#[derive(Deserialize)]
struct LineRead {
    kind: LineKind,
    #[serde(default, deserialize_with = "present")]
    label: Option<String>,
    #[serde(default)]
    hours: Option<Box<RawValue>>,
    #[serde(default)]
    headcount: Option<Box<RawValue>>,
    #[serde(default)]
    rate: Option<Box<RawValue>>,
    #[serde(default)]
    amount: Option<Box<RawValue>>,
}

pub struct LineEntry(Line);

impl Serialize for LineEntry {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let l = &self.0;
        let (time, learners) = match l.kind {
            LineKind::ExpertTime => (true, false),
            LineKind::LearnerTime => (true, true),
            _ => (false, false),
        };
        LineJson {
            kind: l.kind,
            label: (!l.label.is_empty()).then(|| l.label.clone()),
            hours: time.then_some(l.hours),
            headcount: learners.then_some(l.headcount),
            rate: time.then_some(l.rate),
            amount: (!time).then_some(l.amount),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for LineEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let Obj(j) = Obj::<LineRead>::deserialize(d)?;
        let needed = |value: Option<Box<RawValue>>, field: &str| match value {
            None => Err(de::Error::custom(format!("\"{field}\" is missing"))),
            // A message that starts with "." goes on with the path.
            Some(raw) => amount_from_text(raw.get())
                .map_err(|why| de::Error::custom(format!(".{field}: {why}"))),
        };
        let mut line = Line::new(j.kind);
        line.label = j.label.unwrap_or_default();
        match j.kind {
            LineKind::ExpertTime => {
                line.hours = needed(j.hours, "hours")?;
                line.rate = needed(j.rate, "rate")?;
            }
            LineKind::LearnerTime => {
                line.hours = needed(j.hours, "hours")?;
                line.headcount = needed(j.headcount, "headcount")?;
                line.rate = needed(j.rate, "rate")?;
                if line.headcount.0 % SCALE != 0 {
                    return Err(de::Error::custom("the headcount is not a whole number"));
                }
            }
            _ => line.amount = needed(j.amount, "amount")?,
        }
        Ok(LineEntry(line))
    }
}

#[derive(Serialize, Deserialize)]
struct MetricJson {
    id: MetricId,
    block: String,
    name: String,
    role: MetricRole,
    unit: String,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    current: Option<Amount>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    target: Option<Amount>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    moves: Vec<MetricId>,
}

pub struct MetricEntry(Metric);

impl Serialize for MetricEntry {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let m = &self.0;
        MetricJson {
            id: m.id,
            block: m.block.clone(),
            name: m.name.clone(),
            role: m.role,
            unit: m.unit.clone(),
            current: m.current,
            target: m.target,
            moves: m.moves.clone(),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for MetricEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let Obj(j) = Obj::<MetricJson>::deserialize(d)?;
        let mut m = Metric::new(j.id, &j.block, j.role);
        m.name = j.name;
        m.unit = j.unit;
        m.current = j.current;
        m.target = j.target;
        m.moves = j.moves;
        Ok(MetricEntry(m))
    }
}

pub fn links_capped<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Pair>, D::Error> {
    capped(d, MAX_LINKS, "links")
}

pub fn metrics_capped<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<MetricEntry>, D::Error> {
    capped(d, MAX_METRICS, "metrics")
}

/// The canvas-level fields beyond title, kind, notes and legend, as the
/// records and the link extras both declare them (serde's `flatten` would
/// lose the amounts' exact text).
pub struct Extras {
    pub models: Option<Obj<ModelsJson>>,
    pub dismissed_hints: Vec<String>,
    pub links: Vec<Pair>,
    pub worksheet: Option<Obj<WorksheetJson>>,
    pub metrics: Vec<MetricEntry>,
    /// Records from version 7 and links from format 6 only.
    pub votes: Option<Obj<VotesJson>>,
}

impl Extras {
    pub fn of(canvas: &Canvas, note_ref: impl Fn(NoteId) -> i64) -> Extras {
        let ModelChoice { today, aim } = canvas.models;
        // Places need not follow ids (a moved note): each pair smaller
        // first, in order, as the reader checks.
        let mut pairs: Vec<(i64, i64)> = canvas
            .links
            .iter()
            .map(|(a, b)| {
                let (a, b) = (note_ref(*a), note_ref(*b));
                (a.min(b), a.max(b))
            })
            .collect();
        pairs.sort_unstable();
        Extras {
            models: (!canvas.models.is_empty()).then_some(Obj(ModelsJson { today, aim })),
            dismissed_hints: canvas.dismissed_hints.clone(),
            links: pairs.into_iter().map(|(a, b)| Pair(a, b)).collect(),
            worksheet: (!canvas.worksheet.is_default()).then(|| {
                Obj(WorksheetJson {
                    currency: Currency(canvas.worksheet.currency.clone()),
                    lines: canvas
                        .worksheet
                        .lines
                        .iter()
                        .cloned()
                        .map(LineEntry)
                        .collect(),
                })
            }),
            metrics: canvas.metrics.iter().cloned().map(MetricEntry).collect(),
            votes: canvas.votes.as_ref().map(|v| votes_json(v, &note_ref)),
        }
    }

    /// Puts these into `canvas`; `note_id` turns a note reference back into
    /// the note's id.
    pub fn apply(
        self,
        canvas: &mut Canvas,
        note_id: impl Fn(i64) -> Option<NoteId>,
    ) -> Result<(), String> {
        if let Some(Obj(m)) = self.models {
            canvas.models = ModelChoice {
                today: m.today,
                aim: m.aim,
            };
        }
        canvas.dismissed_hints = self.dismissed_hints;
        for (i, Pair(a, b)) in self.links.into_iter().enumerate() {
            let ends = note_id(a).zip(note_id(b));
            canvas
                .links
                .push(ends.ok_or_else(|| format!("links[{i}] does not join two notes"))?);
        }
        if let Some(Obj(w)) = self.worksheet {
            canvas.worksheet = Worksheet {
                currency: w.currency.0,
                lines: w.lines.into_iter().map(|l| l.0).collect(),
            };
        }
        canvas.metrics = self.metrics.into_iter().map(|m| m.0).collect();
        if let Some(Obj(v)) = self.votes {
            canvas.votes = Some(read_votes(v, &note_id)?);
        }
        Ok(())
    }
}

//! The extras of a share link (format 3): the canvas's [`Extras`] with
//! notes named by their place (1, 2, …), and `"marks"`:
//! `[[place, {"partner"…, "roles"…}]]` for the notes that have any. Empty
//! when the canvas has none of it.

use crate::core::canvas::marks::{PartnerSide, Roles};
use crate::core::canvas::model::{Canvas, NoteId};
use crate::core::format::extras::{links_capped, metrics_capped, Extras, MetricEntry, ModelsJson};
use crate::core::format::extras::{Pair, WorksheetJson};
use crate::core::format::ids::roles;
use crate::core::format::json::{self, none, present, Obj, ReadError};
use crate::core::format::votes_json::VotesJson;
use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A note's marks in a share link: `[place, {"partner"…, "roles"…}]`.
#[derive(Serialize, Deserialize)]
struct MarksJson {
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    partner: Option<PartnerSide>,
    #[serde(default, with = "roles", skip_serializing_if = "roles::is_empty")]
    roles: Roles,
}

struct MarkEntry(i64, Obj<MarksJson>);

impl Serialize for MarkEntry {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.0, &self.1).serialize(s)
    }
}

impl<'de> Deserialize<'de> for MarkEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct PlaceAndMarks;
        impl<'de> Visitor<'de> for PlaceAndMarks {
            type Value = MarkEntry;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a note's place and its marks")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<MarkEntry, A::Error> {
                let no_note = || de::Error::custom("it names no note");
                let place = seq.next_element::<i64>()?.ok_or_else(no_note)?;
                let marks = seq.next_element::<Obj<MarksJson>>()?.ok_or_else(no_note)?;
                match seq.next_element::<de::IgnoredAny>()? {
                    None => Ok(MarkEntry(place, marks)),
                    Some(_) => Err(no_note()),
                }
            }
        }
        d.deserialize_seq(PlaceAndMarks)
    }
}

/// The extras of a share link (format 3): [`Extras`] with notes named by
/// their place (1, 2, …), and `"marks"` for the notes that have any.
#[derive(Serialize, Deserialize)]
struct LinkExtrasJson {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    marks: Vec<MarkEntry>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    models: Option<Obj<ModelsJson>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    dismissed_hints: Vec<String>,
    #[serde(
        default,
        deserialize_with = "links_capped",
        skip_serializing_if = "Vec::is_empty"
    )]
    links: Vec<Pair>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    worksheet: Option<Obj<WorksheetJson>>,
    #[serde(
        default,
        deserialize_with = "metrics_capped",
        skip_serializing_if = "Vec::is_empty"
    )]
    metrics: Vec<MetricEntry>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    votes: Option<Obj<VotesJson>>,
}

/// The extras of a share link; empty when the canvas has none of them.
/// Formats before 6 carry no vote.
pub fn link_extras(canvas: &Canvas) -> String {
    write_link_extras(canvas, false)
}

/// The extras of a format 6 link: with the vote.
pub fn link_extras_with_votes(canvas: &Canvas) -> String {
    write_link_extras(canvas, true)
}

fn write_link_extras(canvas: &Canvas, with_votes: bool) -> String {
    let votes = with_votes && canvas.votes.is_some();
    if !has_extras(canvas) && !votes {
        return String::new();
    }
    let places: std::collections::HashMap<NoteId, i64> = canvas
        .notes
        .iter()
        .zip(1..)
        .map(|(n, i)| (n.id, i))
        .collect();
    let marks = canvas
        .notes
        .iter()
        .zip(1..)
        .filter(|(n, _)| n.partner.is_some() || !n.roles.is_empty())
        .map(|(n, place)| {
            MarkEntry(
                place,
                Obj(MarksJson {
                    partner: n.partner,
                    roles: n.roles,
                }),
            )
        })
        .collect();
    let e = Extras::of(canvas, |id| places.get(&id).copied().unwrap_or(0));
    json::write(&LinkExtrasJson {
        marks,
        models: e.models,
        dismissed_hints: e.dismissed_hints,
        links: e.links,
        worksheet: e.worksheet,
        metrics: e.metrics,
        votes: if votes { e.votes } else { None },
    })
}

/// Whether a share link needs format 3 for this canvas.
pub fn has_extras(canvas: &Canvas) -> bool {
    canvas
        .notes
        .iter()
        .any(|n| n.partner.is_some() || !n.roles.is_empty())
        || !canvas.models.is_empty()
        || !canvas.dismissed_hints.is_empty()
        || !canvas.links.is_empty()
        || !canvas.worksheet.is_default()
        || !canvas.metrics.is_empty()
}

/// Reads [`link_extras`] (or, with `votes`, [`link_extras_with_votes`])
/// into a canvas whose notes are numbered 1..=n.
pub fn read_link_extras(raw: &str, canvas: &mut Canvas, votes: bool) -> Result<(), String> {
    if raw.is_empty() {
        return Ok(());
    }
    let Obj(j) = json::read::<Obj<LinkExtrasJson>>(raw).map_err(|e| match e {
        ReadError::NotJson(e) => format!("its extras are not JSON ({e})"),
        ReadError::Invalid(why) => format!("in its extras, {why}"),
    })?;
    if j.votes.is_some() && !votes {
        return Err("its extras hold a vote, which this format does not carry".into());
    }
    let count = canvas.notes.len() as i64;
    let note_id = |n: i64| (1..=count).contains(&n).then_some(n as NoteId);
    for (i, MarkEntry(place, Obj(marks))) in j.marks.into_iter().enumerate() {
        let place =
            note_id(place).ok_or_else(|| format!("in its extras, marks[{i}] names no note"))?;
        let note = &mut canvas.notes[place as usize - 1];
        note.partner = marks.partner;
        note.roles = marks.roles;
    }
    Extras {
        models: j.models,
        dismissed_hints: j.dismissed_hints,
        links: j.links,
        worksheet: j.worksheet,
        metrics: j.metrics,
        votes: j.votes,
    }
    .apply(canvas, note_id)
    .map_err(|why| format!("in its extras, {why}"))
}

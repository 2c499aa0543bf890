//! A canvas as records, snapshots and templates hold it (since record
//! version 4): `{"title":…,"kind":"lmc-nine","notes":[{"id":1,"block":…,
//! "text":…,"colour":"red","partner":…,"roles":[…]}],"legend":{"red":…},
//! …extras}`. A plain note has no `colour`; `legend` holds only the colours
//! renamed from their default labels; every optional part is left out while
//! it is empty, so the older versions read as canvases without them.

use crate::core::canvas::colour::{Legend, NoteColour};
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::marks::{PartnerSide, Roles};
use crate::core::canvas::model::{Canvas, Note, NoteId};
use crate::core::format::extras::{links_capped, metrics_capped, Extras, MetricEntry, ModelsJson};
use crate::core::format::extras::{Pair, WorksheetJson};
use crate::core::format::ids::{legend, roles};
use crate::core::format::json::{none, present, Obj};
use crate::core::format::votes_json::VotesJson;
use serde::de;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Serialize, Deserialize)]
struct NoteJson {
    id: NoteId,
    block: String,
    text: String,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    colour: Option<NoteColour>,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    partner: Option<PartnerSide>,
    #[serde(default, with = "roles", skip_serializing_if = "roles::is_empty")]
    roles: Roles,
}

#[derive(Serialize, Deserialize)]
struct CanvasJson {
    title: String,
    kind: CanvasKind,
    notes: Vec<Obj<NoteJson>>,
    #[serde(default, with = "legend", skip_serializing_if = "Legend::is_default")]
    legend: Legend,
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

/// A whole canvas in a stored document, checked as it is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredCanvas(pub Canvas);

impl Serialize for StoredCanvas {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let c = &self.0;
        let notes = c
            .notes
            .iter()
            .map(|n| {
                Obj(NoteJson {
                    id: n.id,
                    block: n.block.clone(),
                    text: n.text.clone(),
                    colour: n.colour,
                    partner: n.partner,
                    roles: n.roles,
                })
            })
            .collect();
        let e = Extras::of(c, i64::from);
        CanvasJson {
            title: c.title.clone(),
            kind: c.kind,
            notes,
            legend: c.legend.clone(),
            models: e.models,
            dismissed_hints: e.dismissed_hints,
            links: e.links,
            worksheet: e.worksheet,
            metrics: e.metrics,
            votes: e.votes,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for StoredCanvas {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let Obj(j) = Obj::<CanvasJson>::deserialize(d)?;
        let mut canvas = Canvas::new(j.kind);
        canvas.title = j.title;
        canvas.notes = j
            .notes
            .into_iter()
            .map(|Obj(n)| Note {
                id: n.id,
                block: n.block,
                text: n.text,
                colour: n.colour,
                partner: n.partner,
                roles: n.roles,
            })
            .collect();
        canvas.legend = j.legend;
        Extras {
            models: j.models,
            dismissed_hints: j.dismissed_hints,
            links: j.links,
            worksheet: j.worksheet,
            metrics: j.metrics,
            votes: j.votes,
        }
        .apply(&mut canvas, |n| NoteId::try_from(n).ok())
        .and_then(|()| canvas.validate())
        .map_err(de::Error::custom)?;
        Ok(StoredCanvas(canvas))
    }
}

//! The stored form of one canvas: a versioned JSON record.
//!
//! Version 4 (this build) is version 3 with what `core::extras_format`
//! adds: note marks (`"partner"`, `"roles"`) and, on the canvas, `"models"`,
//! `"dismissed_hints"`, `"links"`, `"worksheet"` and `"metrics"`, each left out
//! while empty. Version 3 migrates as a canvas without them.
//! Version 3: `{"version":3,"created":ms,"edited":ms,"canvas":{"title":…,
//! "kind":"lmc-nine","notes":[{"id":1,"block":…,"text":…,"colour":"red"}],
//! "legend":{"red":"Blocker"}}}`. A plain note has no `colour`; `legend` holds
//! only the colours renamed from their default labels (those defaults are
//! part of the format) and is left out when there are none.
//! Version 2 had no colours and no legend: it migrates as plain notes with
//! the default legend.
//! Version 1 was the first landing's single draft, `{"version":1,"canvas":{…}}`;
//! it migrates by taking the migration time as its dates. Every later format
//! adds a step here, so a canvas saved by any released version opens.

use crate::core::canvas::colour::{Legend, NoteColour};
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::model::{Canvas, Note, NoteId};
use crate::core::format::extras::{extras, note_marks, read_extras, read_note_marks};
use crate::core::format::json::{self, Json};
use std::fmt;

/// The record format this build writes, and the newest it can read.
pub const RECORD_VERSION: i64 = 4;

/// Why a stored document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// The text is not JSON.
    NotJson(String),
    /// JSON, but with no usable `version` field: not written by this app.
    NoVersion,
    /// Written by a newer build of the app: (its version, the newest we read).
    TooNew(i64, i64),
    /// A known version, but the content does not fit the format.
    Invalid(String),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::NotJson(e) => write!(f, "the stored text is not valid JSON ({e})"),
            FormatError::NoVersion => {
                write!(f, "the stored data has no format version, so this app did not write it")
            }
            FormatError::TooNew(v, newest) => write!(
                f,
                "it was saved by a newer version of this app (format {v}; this version reads up to {newest})"
            ),
            FormatError::Invalid(e) => write!(f, "it is damaged ({e})"),
        }
    }
}

/// Parses `raw` and checks its `version` against the newest one we read.
pub fn versioned(raw: &str, newest: i64) -> Result<(i64, Json), FormatError> {
    let doc = json::parse(raw).map_err(|e| FormatError::NotJson(e.to_string()))?;
    let version = doc
        .get("version")
        .and_then(Json::as_i64)
        .filter(|&v| v >= 1)
        .ok_or(FormatError::NoVersion)?;
    if version > newest {
        return Err(FormatError::TooNew(version, newest));
    }
    Ok((version, doc))
}

/// A whole number field of a document (dates are milliseconds since 1970).
pub fn int_field(obj: &Json, key: &str, at: &str) -> Result<i64, String> {
    field(obj, key, at)?
        .as_i64()
        .ok_or_else(|| format!("{at}.{key} is not a whole number"))
}

pub fn text(s: &str) -> Json {
    Json::Str(s.to_string())
}

pub fn canvas_to_json(canvas: &Canvas) -> Json {
    let notes = canvas
        .notes
        .iter()
        .map(|n| {
            let mut fields = vec![
                ("id".into(), Json::Int(n.id.into())),
                ("block".into(), text(&n.block)),
                ("text".into(), text(&n.text)),
            ];
            if let Some(colour) = n.colour {
                fields.push(("colour".into(), text(colour.id())));
            }
            fields.extend(note_marks(n));
            Json::Object(fields)
        })
        .collect();
    let mut fields = vec![
        ("title".into(), text(&canvas.title)),
        ("kind".into(), text(canvas.kind.id())),
        ("notes".into(), Json::Array(notes)),
    ];
    if !canvas.legend.is_default() {
        let renamed = canvas
            .legend
            .renamed()
            .map(|c| (c.id().to_string(), text(canvas.legend.label(c))))
            .collect();
        fields.push(("legend".into(), Json::Object(renamed)));
    }
    fields.extend(extras(canvas, i64::from));
    Json::Object(fields)
}

fn colour_field(item: &Json, at: &str) -> Result<Option<NoteColour>, String> {
    let Some(value) = item.get("colour") else {
        return Ok(None);
    };
    let id = value
        .as_str()
        .ok_or_else(|| format!("{at}.colour is not text"))?;
    NoteColour::from_id(id)
        .map(Some)
        .ok_or_else(|| format!("{at} has the unknown colour \"{id}\""))
}

fn legend_field(canvas: &Json) -> Result<Legend, String> {
    let mut legend = Legend::default();
    let Some(value) = canvas.get("legend") else {
        return Ok(legend);
    };
    let Json::Object(members) = value else {
        return Err("canvas.legend is not an object".into());
    };
    for (id, label) in members {
        let colour = NoteColour::from_id(id)
            .ok_or_else(|| format!("the legend names the unknown colour \"{id}\""))?;
        let label = label
            .as_str()
            .ok_or_else(|| format!("canvas.legend.{id} is not text"))?;
        legend.set_label(colour, label);
    }
    Ok(legend)
}

pub fn field<'a>(obj: &'a Json, key: &str, at: &str) -> Result<&'a Json, String> {
    obj.get(key).ok_or_else(|| format!("{at} has no \"{key}\""))
}

pub fn text_field(obj: &Json, key: &str, at: &str) -> Result<String, String> {
    field(obj, key, at)?
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| format!("{at}.{key} is not text"))
}

pub fn canvas_from_json(j: &Json) -> Result<Canvas, String> {
    if !matches!(j, Json::Object(_)) {
        return Err("the canvas is not an object".into());
    }
    let title = text_field(j, "title", "canvas")?;
    let kind_id = text_field(j, "kind", "canvas")?;
    let kind = CanvasKind::from_id(&kind_id)
        .ok_or_else(|| format!("unknown canvas kind \"{kind_id}\""))?;
    let items = field(j, "notes", "canvas")?
        .as_array()
        .ok_or("canvas.notes is not a list")?;
    let mut notes = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at = format!("notes[{i}]");
        let id = field(item, "id", &at)?
            .as_i64()
            .and_then(|n| NoteId::try_from(n).ok())
            .ok_or_else(|| format!("{at}.id is not a note number"))?;
        let (partner, roles) = read_note_marks(item, &at)?;
        notes.push(Note {
            id,
            block: text_field(item, "block", &at)?,
            text: text_field(item, "text", &at)?,
            colour: colour_field(item, &at)?,
            partner,
            roles,
        });
    }
    let mut canvas = Canvas::new(kind);
    canvas.title = title;
    canvas.notes = notes;
    canvas.legend = legend_field(j)?;
    read_extras(j, &mut canvas, |n| NoteId::try_from(n).ok())?;
    canvas.validate()?;
    Ok(canvas)
}

/// One canvas as stored, with its dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub canvas: Canvas,
    pub created: i64,
    pub edited: i64,
}

pub fn encode_record(record: &Record) -> String {
    Json::Object(vec![
        ("version".into(), Json::Int(RECORD_VERSION)),
        ("created".into(), Json::Int(record.created)),
        ("edited".into(), Json::Int(record.edited)),
        ("canvas".into(), canvas_to_json(&record.canvas)),
    ])
    .to_text()
}

/// Reads a record of any version; `now` dates a version 1 draft.
pub fn decode_record(raw: &str, now: i64) -> Result<Record, FormatError> {
    let (version, doc) = versioned(raw, RECORD_VERSION)?;
    let canvas = doc
        .get("canvas")
        .ok_or_else(|| FormatError::Invalid("there is no canvas in it".into()))?;
    let canvas = canvas_from_json(canvas).map_err(FormatError::Invalid)?;
    let (created, edited) = if version == 1 {
        (now, now)
    } else {
        let created = int_field(&doc, "created", "record").map_err(FormatError::Invalid)?;
        let edited = int_field(&doc, "edited", "record").map_err(FormatError::Invalid)?;
        (created, edited)
    };
    Ok(Record {
        canvas,
        created,
        edited,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "record_tests.rs"]
mod tests;

//! The stored form of one canvas: a versioned JSON record.
//!
//! Version 7 (this build) is version 6 with the dot vote in the canvas
//! (`"votes"`, see [`crate::core::format::votes_json`]); a record without
//! a vote is still written as version 6 or older.
//! Version 6 is version 5 with the canvas's lineage beside the
//! dates, `"lineage":{"id":"0123456789ab","base":"89abcdef"}` (`base` left
//! out while unknown), and, in a file sent with "Share", who sent it:
//! `"shared":{"from":"89abcdef","by":"Ana","on":"2026-12-03"}` (`by`
//! optional). A record with neither is still written as version 5 or 4.
//! Version 5 is version 4 with `"trashed":ms` beside the dates
//! for a canvas in the trash, so the trash survives a rebuilt index, and
//! worksheet amounts with three decimals (currencies such as KWD). A record
//! that needs nothing of version 5 is still written as version 4, so that
//! an older build running in another tab keeps opening it.
//! Version 4 is version 3 with what [`crate::core::format::extras`]
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

use crate::core::canvas::lineage::{clean_name, day_from_iso, day_iso, Envelope};
use crate::core::canvas::lineage::{mark_from_hex, mark_to_hex, Lineage, LineageId};
use crate::core::canvas::model::Canvas;
use crate::core::format::canvas_json::StoredCanvas;
use crate::core::format::document::read_as;
pub use crate::core::format::document::{versioned, FormatError};
use crate::core::format::json;
use serde::{Deserialize, Serialize};

/// The record format this build writes, and the newest it can read.
pub const RECORD_VERSION: i64 = 7;
/// The newest version without a vote.
const UNVOTED_VERSION: i64 = 6;
/// The newest version without a lineage.
const UNSHARED_VERSION: i64 = 5;
/// The newest version without a trash date.
const UNTRASHED_VERSION: i64 = 4;

/// One canvas as stored, with its dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub canvas: Canvas,
    pub created: i64,
    pub edited: i64,
    /// When it was moved to the trash (`None`: it is not in the trash).
    pub trashed: Option<i64>,
}

impl Record {
    /// Whether `other` holds the same canvas, dates included, trash aside.
    pub fn same_content(&self, other: &Record) -> bool {
        self.canvas == other.canvas && self.created == other.created && self.edited == other.edited
    }

    /// The oldest format that holds all of this record.
    pub fn format_version(&self) -> i64 {
        if self.canvas.votes.is_some() {
            RECORD_VERSION
        } else if self.canvas.lineage.is_some() {
            UNVOTED_VERSION
        } else if self.trashed.is_some() || self.canvas.worksheet.has_thousandths() {
            UNSHARED_VERSION
        } else {
            UNTRASHED_VERSION
        }
    }
}

/// A record of version 2 or later (the dates are milliseconds since 1970).
#[derive(Serialize, Deserialize)]
struct RecordJson {
    #[serde(default, skip_deserializing)]
    version: i64,
    created: i64,
    edited: i64,
    #[serde(
        default,
        deserialize_with = "json::present",
        skip_serializing_if = "json::none"
    )]
    trashed: Option<i64>,
    #[serde(
        default,
        deserialize_with = "json::present",
        skip_serializing_if = "json::none"
    )]
    lineage: Option<json::Obj<LineageJson>>,
    #[serde(
        default,
        deserialize_with = "json::present",
        skip_serializing_if = "json::none"
    )]
    shared: Option<json::Obj<SharedJson>>,
    canvas: StoredCanvas,
}

#[derive(Serialize, Deserialize)]
struct LineageJson {
    id: String,
    #[serde(
        default,
        deserialize_with = "json::present",
        skip_serializing_if = "json::none"
    )]
    base: Option<String>,
}

/// Who sent a file, as "Share" writes it (see [`SharedFile`]).
#[derive(Serialize, Deserialize)]
struct SharedJson {
    from: String,
    #[serde(
        default,
        deserialize_with = "json::present",
        skip_serializing_if = "json::none"
    )]
    by: Option<String>,
    on: String,
}

/// A file sent with "Share": the record, the version the sender's copy was
/// made from, the sender's name and the day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedFile {
    pub record: Record,
    pub envelope: Option<Envelope>,
}

fn lineage_json(lineage: &Lineage) -> json::Obj<LineageJson> {
    json::Obj(LineageJson {
        id: lineage.id.to_hex(),
        base: lineage.base.map(mark_to_hex),
    })
}

fn read_lineage(j: LineageJson) -> Result<Lineage, FormatError> {
    let bad =
        || FormatError::Invalid("its lineage is not written the way this app writes it".into());
    let id = LineageId::from_hex(&j.id).ok_or_else(bad)?;
    let base = match j.base {
        Some(hex) => Some(mark_from_hex(&hex).ok_or_else(bad)?),
        None => None,
    };
    Ok(Lineage { id, base })
}

/// The first landing's single draft: a canvas without dates.
#[derive(Deserialize)]
struct DraftJson {
    canvas: StoredCanvas,
}

pub fn encode_record(record: &Record) -> String {
    write_record(record, None)
}

/// A file for "Share": the record with who sent it (its canvas must have
/// the envelope's lineage).
pub fn encode_shared_file(record: &Record, envelope: &Envelope) -> String {
    write_record(record, Some(envelope))
}

fn write_record(record: &Record, envelope: Option<&Envelope>) -> String {
    let mut canvas = record.canvas.clone();
    let lineage = canvas.lineage.take();
    let shared = envelope.map(|e| {
        json::Obj(SharedJson {
            from: mark_to_hex(e.made_from),
            by: e.by.as_deref().and_then(clean_name),
            on: day_iso(e.day),
        })
    });
    json::write(&json::Obj(RecordJson {
        version: if shared.is_some() {
            record.format_version().max(UNVOTED_VERSION)
        } else {
            record.format_version()
        },
        created: record.created,
        edited: record.edited,
        trashed: record.trashed,
        lineage: lineage.as_ref().map(lineage_json),
        shared,
        canvas: StoredCanvas(canvas),
    }))
}

/// Reads a record of any version; `now` dates a version 1 draft.
pub fn decode_record(raw: &str, now: i64) -> Result<Record, FormatError> {
    decode_file(raw, now).map(|f| f.record)
}

/// Reads a record of any version, with who sent it when it is a file sent
/// with "Share".
pub fn decode_file(raw: &str, now: i64) -> Result<SharedFile, FormatError> {
    let version = versioned(raw, RECORD_VERSION)?;
    if version == 1 {
        let json::Obj(draft) = read_as::<json::Obj<DraftJson>>(raw)?;
        let record = Record {
            canvas: draft.canvas.0,
            created: now,
            edited: now,
            trashed: None,
        };
        return Ok(SharedFile {
            record,
            envelope: None,
        });
    }
    let json::Obj(r) = read_as::<json::Obj<RecordJson>>(raw)?;
    if version < UNVOTED_VERSION && (r.lineage.is_some() || r.shared.is_some()) {
        return Err(FormatError::Invalid(format!(
            "a version {version} record holds no lineage"
        )));
    }
    let mut canvas = r.canvas.0;
    if version < RECORD_VERSION && canvas.votes.is_some() {
        return Err(FormatError::Invalid(format!(
            "a version {version} record holds no vote"
        )));
    }
    canvas.lineage = r.lineage.map(|l| read_lineage(l.0)).transpose()?;
    let envelope = match (r.shared, &canvas.lineage) {
        (None, _) => None,
        (Some(_), None) => {
            return Err(FormatError::Invalid(
                "it says who shared it, but not what".into(),
            ))
        }
        (Some(json::Obj(s)), Some(lineage)) => {
            let bad = |what: &str| {
                FormatError::Invalid(format!(
                    "its {what} is not written the way this app writes it"
                ))
            };
            let by = match s.by {
                Some(by) if clean_name(&by).as_deref() == Some(by.as_str()) => Some(by),
                Some(_) => return Err(bad("sender's name")),
                None => None,
            };
            Some(Envelope {
                lineage: lineage.id,
                made_from: mark_from_hex(&s.from).ok_or_else(|| bad("version"))?,
                by,
                day: day_from_iso(&s.on).ok_or_else(|| bad("day"))?,
            })
        }
    };
    let record = Record {
        canvas,
        created: r.created,
        edited: r.edited,
        trashed: r.trashed,
    };
    Ok(SharedFile { record, envelope })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "record_tests.rs"]
mod tests;

//! The stored form of one canvas: a versioned JSON record.
//!
//! Version 5 (this build) is version 4 with `"trashed":ms` beside the dates
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

use crate::core::canvas::model::Canvas;
use crate::core::format::canvas_json::StoredCanvas;
use crate::core::format::document::read_as;
pub use crate::core::format::document::{versioned, FormatError};
use crate::core::format::json;
use serde::{Deserialize, Serialize};

/// The record format this build writes, and the newest it can read.
pub const RECORD_VERSION: i64 = 5;
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
        if self.trashed.is_some() || self.canvas.worksheet.has_thousandths() {
            RECORD_VERSION
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
    canvas: StoredCanvas,
}

/// The first landing's single draft: a canvas without dates.
#[derive(Deserialize)]
struct DraftJson {
    canvas: StoredCanvas,
}

pub fn encode_record(record: &Record) -> String {
    json::write(&json::Obj(RecordJson {
        version: record.format_version(),
        created: record.created,
        edited: record.edited,
        trashed: record.trashed,
        canvas: StoredCanvas(record.canvas.clone()),
    }))
}

/// Reads a record of any version; `now` dates a version 1 draft.
pub fn decode_record(raw: &str, now: i64) -> Result<Record, FormatError> {
    if versioned(raw, RECORD_VERSION)? == 1 {
        let json::Obj(draft) = read_as::<json::Obj<DraftJson>>(raw)?;
        return Ok(Record {
            canvas: draft.canvas.0,
            created: now,
            edited: now,
            trashed: None,
        });
    }
    let json::Obj(r) = read_as::<json::Obj<RecordJson>>(raw)?;
    Ok(Record {
        canvas: r.canvas.0,
        created: r.created,
        edited: r.edited,
        trashed: r.trashed,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "record_tests.rs"]
mod tests;

//! The stored form of the library's other records: the index of canvases
//! and each canvas's snapshots. Both are versioned like canvas records.
//!
//! Index, version 1: `{"version":1,"canvases":[{"id":…,"title":…,"kind":…,
//! "notes":3,"created":ms,"edited":ms,"deleted":ms}]}` (`deleted` only for a
//! canvas in the trash). Snapshots, version 4 (this build) is version 3
//! with snapshots of canvases that hold a dot vote; a list without one is
//! still written as version 3. Snapshots, version 3: `{"version":3,"snapshots":
//! [{"label":…,"at":ms,"canvas":{…}}]}`, oldest first, each canvas as in a
//! canvas record of version 4. Version 2 held canvases as in records of
//! version 3, and version 1 as in version 2 (no colours): they open with
//! what they hold and the rest empty.

use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::model::Canvas;
use crate::core::format::canvas_json::StoredCanvas;
use crate::core::format::document::{read_as, versioned, FormatError};
use crate::core::format::json::{self, none, present, Obj};
use crate::core::format::record::Record;
use serde::{Deserialize, Serialize};

pub const INDEX_VERSION: i64 = 1;
pub const SNAPSHOTS_VERSION: i64 = 4;
/// The newest snapshots version without a vote.
const UNVOTED_SNAPSHOTS_VERSION: i64 = 3;

/// What the list of canvases shows of one canvas, without opening it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub kind: CanvasKind,
    pub notes: usize,
    pub created: i64,
    pub edited: i64,
    /// When it was moved to the trash.
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    pub deleted: Option<i64>,
}

impl Summary {
    pub fn of(id: &str, record: &Record) -> Summary {
        Summary {
            id: id.to_string(),
            title: record.canvas.title.clone(),
            kind: record.canvas.kind,
            notes: record.canvas.notes.len(),
            created: record.created,
            edited: record.edited,
            deleted: record.trashed,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct IndexJson {
    #[serde(default, skip_deserializing)]
    version: i64,
    canvases: Vec<Obj<Summary>>,
}

pub fn encode_index(canvases: &[Summary]) -> String {
    json::write(&IndexJson {
        version: INDEX_VERSION,
        canvases: canvases.iter().cloned().map(Obj).collect(),
    })
}

pub fn decode_index(raw: &str) -> Result<Vec<Summary>, FormatError> {
    versioned(raw, INDEX_VERSION)?;
    let Obj(index) = read_as::<Obj<IndexJson>>(raw)?;
    let mut out: Vec<Summary> = Vec::with_capacity(index.canvases.len());
    for Obj(s) in index.canvases {
        if out.iter().any(|o| o.id == s.id) {
            return Err(FormatError::Invalid(format!(
                "the canvas id \"{}\" is listed twice",
                s.id
            )));
        }
        out.push(s);
    }
    Ok(out)
}

/// A labelled copy of a canvas at one moment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub label: String,
    pub at: i64,
    pub canvas: Canvas,
}

#[derive(Serialize, Deserialize)]
struct SnapshotJson {
    label: String,
    at: i64,
    canvas: StoredCanvas,
}

#[derive(Serialize, Deserialize)]
struct SnapshotsJson {
    #[serde(default, skip_deserializing)]
    version: i64,
    snapshots: Vec<Obj<SnapshotJson>>,
}

pub fn encode_snapshots(snapshots: &[Snapshot]) -> String {
    let voted = snapshots_hold_votes(snapshots.iter().map(|s| &s.canvas));
    let snapshots = snapshots
        .iter()
        .map(|s| {
            Obj(SnapshotJson {
                label: s.label.clone(),
                at: s.at,
                canvas: StoredCanvas(s.canvas.clone()),
            })
        })
        .collect();
    json::write(&SnapshotsJson {
        version: if voted {
            SNAPSHOTS_VERSION
        } else {
            UNVOTED_SNAPSHOTS_VERSION
        },
        snapshots,
    })
}

fn snapshots_hold_votes<'a>(mut canvases: impl Iterator<Item = &'a Canvas>) -> bool {
    canvases.any(|c| c.votes.is_some())
}

pub fn decode_snapshots(raw: &str) -> Result<Vec<Snapshot>, FormatError> {
    let version = versioned(raw, SNAPSHOTS_VERSION)?;
    let Obj(list) = read_as::<Obj<SnapshotsJson>>(raw)?;
    if version < SNAPSHOTS_VERSION
        && snapshots_hold_votes(list.snapshots.iter().map(|s| &s.0.canvas.0))
    {
        return Err(FormatError::Invalid(format!(
            "a version {version} list of snapshots holds no vote"
        )));
    }
    Ok(list
        .snapshots
        .into_iter()
        .map(|Obj(s)| Snapshot {
            label: s.label,
            at: s.at,
            canvas: s.canvas.0,
        })
        .collect())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::canvas::colour::NoteColour;
    use crate::core::canvas::model::Canvas;

    const INDEX_V1: &str = r#"{"version":1,"canvases":[{"id":"a1","title":"Acme 2026","kind":"lmc-nine","notes":3,"created":1,"edited":2},{"id":"b2","title":"Old","kind":"bmc","notes":0,"created":3,"edited":4,"deleted":5}]}"#;
    const SNAPSHOTS_V1: &str = r#"{"version":1,"snapshots":[{"label":"Before Q3 steering committee","at":7,"canvas":{"title":"T","kind":"lean","notes":[{"id":2,"block":"problem","text":"slow onboarding"}]}}]}"#;

    const SNAPSHOTS_V2: &str = r#"{"version":2,"snapshots":[{"label":"Workshop","at":9,"canvas":{"title":"T","kind":"lean","notes":[{"id":2,"block":"problem","text":"slow onboarding","colour":"orange"}],"legend":{"orange":"Open question"}}}]}"#;

    #[test]
    fn a_version_one_index_opens_and_is_written_back_byte_for_byte() {
        let index = decode_index(INDEX_V1).unwrap();
        assert_eq!(index.len(), 2);
        assert_eq!(index[0].title, "Acme 2026");
        assert_eq!(index[0].deleted, None);
        assert_eq!(index[1].kind, CanvasKind::BusinessModel);
        assert_eq!(index[1].deleted, Some(5));
        assert_eq!(encode_index(&index), INDEX_V1);
    }

    #[test]
    fn a_version_one_snapshot_list_opens_and_is_written_as_version_three() {
        let snaps = decode_snapshots(SNAPSHOTS_V1).unwrap();
        assert_eq!(snaps[0].label, "Before Q3 steering committee");
        assert_eq!(snaps[0].canvas.notes[0].text, "slow onboarding");
        assert_eq!(snaps[0].canvas.notes[0].colour, None);
        assert_eq!(
            encode_snapshots(&snaps),
            SNAPSHOTS_V1.replace(r#""version":1"#, r#""version":3"#)
        );
        assert_eq!(decode_snapshots(&encode_snapshots(&[])), Ok(vec![]));
    }

    #[test]
    fn a_version_two_snapshot_keeps_colours_and_legend() {
        let snaps = decode_snapshots(SNAPSHOTS_V2).unwrap();
        let canvas = &snaps[0].canvas;
        assert_eq!(canvas.notes[0].colour, Some(NoteColour::Orange));
        assert_eq!(canvas.tag_of(&canvas.notes[0]), Some("Open question"));
        assert_eq!(
            encode_snapshots(&snaps),
            SNAPSHOTS_V2.replace(r#""version":2"#, r#""version":3"#)
        );
    }

    #[test]
    fn damaged_indexes_and_snapshot_lists_say_why() {
        let reason = |r: Result<Vec<Summary>, FormatError>| match r {
            Err(FormatError::Invalid(m)) => m,
            other => panic!("expected Invalid, got {other:?}"),
        };
        assert!(reason(decode_index(&INDEX_V1.replace("b2", "a1"))).contains("listed twice"));
        assert!(reason(decode_index(&INDEX_V1.replace("\"bmc\"", "\"swot\""))).contains("swot"));
        assert!(reason(decode_index(&INDEX_V1.replace(":3,", ":-3,"))).contains("negative"));
        assert!(reason(decode_index(r#"{"version":1}"#)).contains("canvases"));
        assert_eq!(
            decode_index(r#"{"version":2,"canvases":[]}"#),
            Err(FormatError::TooNew(2, 1))
        );
        assert!(decode_snapshots(&SNAPSHOTS_V1.replace("\"at\":7", "\"at\":null")).is_err());
        assert!(decode_snapshots(&SNAPSHOTS_V1.replace("lean", "nope")).is_err());
        for cut in 0..INDEX_V1.len() {
            assert!(decode_index(&INDEX_V1[..cut]).is_err(), "cut at {cut}");
        }
        for cut in 0..SNAPSHOTS_V1.len() {
            assert!(
                decode_snapshots(&SNAPSHOTS_V1[..cut]).is_err(),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn a_summary_counts_the_notes_of_a_record() {
        let mut canvas = Canvas::default();
        canvas.add_note("key-partners");
        canvas.add_note("design");
        let s = Summary::of(
            "x",
            &Record {
                canvas,
                created: 1,
                edited: 9,
                trashed: None,
            },
        );
        assert_eq!((s.notes, s.edited, s.deleted), (2, 9, None));
    }
}

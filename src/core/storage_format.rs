//! The stored form of a draft: one versioned JSON document per canvas.
//!
//! `{"version": 1, "canvas": {...}}`. Every later format adds a migration
//! step from the one before, so a draft saved by any released version opens.

use crate::core::model::Canvas;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The format this build writes, and the newest it can read.
pub const CURRENT_VERSION: u32 = 1;

#[derive(Serialize)]
struct DraftOut<'a> {
    version: u32,
    canvas: &'a Canvas,
}

#[derive(Deserialize)]
struct VersionProbe {
    version: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct DraftV1 {
    canvas: Canvas,
}

/// Why a stored draft could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The text is not JSON, or not a JSON object.
    NotJson(String),
    /// JSON, but with no usable `version` field: not one of our drafts.
    NoVersion,
    /// Written by a newer build of the app than this one.
    TooNew(u64),
    /// The right version, but the content does not fit the format.
    Invalid(String),
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftError::NotJson(e) => write!(f, "the stored text is not valid JSON ({e})"),
            DraftError::NoVersion => {
                write!(f, "the stored data has no format version, so it is not a canvas draft")
            }
            DraftError::TooNew(v) => write!(
                f,
                "it was saved by a newer version of this app (format {v}; this version reads up to {CURRENT_VERSION})"
            ),
            DraftError::Invalid(e) => write!(f, "the draft is damaged ({e})"),
        }
    }
}

pub fn encode_draft(canvas: &Canvas) -> String {
    // Serializing plain structs of strings and integers cannot fail.
    serde_json::to_string(&DraftOut {
        version: CURRENT_VERSION,
        canvas,
    })
    .unwrap_or_default()
}

pub fn decode_draft(raw: &str) -> Result<Canvas, DraftError> {
    let probe: VersionProbe =
        serde_json::from_str(raw).map_err(|e| DraftError::NotJson(e.to_string()))?;
    let version = probe
        .version
        .and_then(|v| v.as_u64())
        .filter(|&v| v >= 1)
        .ok_or(DraftError::NoVersion)?;
    if version > u64::from(CURRENT_VERSION) {
        return Err(DraftError::TooNew(version));
    }
    // Only version 1 exists so far; later versions migrate step by step here.
    let draft: DraftV1 =
        serde_json::from_str(raw).map_err(|e| DraftError::Invalid(e.to_string()))?;
    draft.canvas.validate().map_err(DraftError::Invalid)?;
    Ok(draft.canvas)
}

/// What the app finds in storage at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftLoad {
    /// Nothing stored: start a fresh canvas.
    Fresh,
    Loaded(Canvas),
    /// Something is stored but cannot be opened. It must stay untouched.
    Unreadable {
        raw: String,
        error: DraftError,
    },
}

pub fn load_draft(stored: Option<String>) -> DraftLoad {
    match stored {
        None => DraftLoad::Fresh,
        Some(raw) => match decode_draft(&raw) {
            Ok(canvas) => DraftLoad::Loaded(canvas),
            Err(error) => DraftLoad::Unreadable { raw, error },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::kind::CanvasKind;
    use proptest::prelude::*;

    /// A draft exactly as version 1 of the app writes it. It must open forever.
    const V1_DRAFT: &str = r#"{"version":1,"canvas":{"title":"Acme L&D 2026","kind":"lmc-nine","notes":[{"id":1,"block":"key-partners","text":"IT service desk\nfor the LMS"},{"id":4,"block":"customer-segments","text":"Sales teams — EMEA"}]}}"#;

    #[test]
    fn a_version_one_draft_opens() {
        let c = decode_draft(V1_DRAFT).unwrap();
        assert_eq!(c.title, "Acme L&D 2026");
        assert_eq!(c.kind, CanvasKind::LearningModelNine);
        assert_eq!(c.notes.len(), 2);
        assert_eq!(c.notes[0].text, "IT service desk\nfor the LMS");
        assert_eq!(c.next_note_id(), 5);
    }

    #[test]
    fn encode_then_decode_is_identity() {
        let mut c = Canvas::new(CanvasKind::LearningModelFive);
        let id = c.add_note("customers");
        c.set_note_text(id, "Managers \"in the middle\" 😀");
        let raw = encode_draft(&c);
        assert!(raw.starts_with(r#"{"version":1,"#));
        assert_eq!(decode_draft(&raw), Ok(c));
    }

    #[test]
    fn unreadable_drafts_say_why() {
        assert!(matches!(
            decode_draft("{broken"),
            Err(DraftError::NotJson(_))
        ));
        assert!(matches!(decode_draft("[1,2]"), Err(DraftError::NotJson(_))));
        assert_eq!(decode_draft(r#"{"canvas":{}}"#), Err(DraftError::NoVersion));
        assert_eq!(
            decode_draft(r#"{"version":"1"}"#),
            Err(DraftError::NoVersion)
        );
        assert_eq!(decode_draft(r#"{"version":0}"#), Err(DraftError::NoVersion));
        assert_eq!(
            decode_draft(r#"{"version":7,"whatever":true}"#),
            Err(DraftError::TooNew(7))
        );
        let unknown_kind = V1_DRAFT.replace("lmc-nine", "swot");
        assert!(matches!(
            decode_draft(&unknown_kind),
            Err(DraftError::Invalid(_))
        ));
        let dup = V1_DRAFT.replace(r#""id":4"#, r#""id":1"#);
        assert!(matches!(decode_draft(&dup), Err(DraftError::Invalid(m)) if m.contains("share")));
        for e in [DraftError::NoVersion, DraftError::TooNew(9)] {
            assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn load_draft_keeps_the_raw_text_of_an_unreadable_draft() {
        assert_eq!(load_draft(None), DraftLoad::Fresh);
        assert!(matches!(
            load_draft(Some(V1_DRAFT.into())),
            DraftLoad::Loaded(_)
        ));
        match load_draft(Some("{broken".into())) {
            DraftLoad::Unreadable { raw, .. } => assert_eq!(raw, "{broken"),
            other => panic!("expected Unreadable, got {other:?}"),
        }
    }

    proptest! {
        #[test]
        fn arbitrary_text_never_panics(raw in ".{0,200}") {
            let _ = decode_draft(&raw);
        }

        #[test]
        fn every_truncation_of_a_draft_is_rejected(cut in 0usize..V1_DRAFT.len()) {
            if V1_DRAFT.is_char_boundary(cut) {
                prop_assert!(decode_draft(&V1_DRAFT[..cut]).is_err());
            }
        }
    }
}

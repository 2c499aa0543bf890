//! The stored form of a draft: one versioned JSON document per canvas.
//!
//! `{"version":1,"canvas":{"title":…,"kind":"lmc-nine","notes":[{"id":1,"block":…,"text":…}]}}`
//! Every later format adds a migration step from the one before, so a draft
//! saved by any released version opens.

use crate::core::json::{self, Json};
use crate::core::kind::CanvasKind;
use crate::core::model::{Canvas, Note, NoteId};
use std::fmt;

/// The format this build writes, and the newest it can read.
pub const CURRENT_VERSION: i64 = 1;

/// Why a stored draft could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The text is not JSON.
    NotJson(String),
    /// JSON, but with no usable `version` field: not one of our drafts.
    NoVersion,
    /// Written by a newer build of the app than this one.
    TooNew(i64),
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

fn text(s: &str) -> Json {
    Json::Str(s.to_string())
}

pub fn canvas_to_json(canvas: &Canvas) -> Json {
    let notes = canvas
        .notes
        .iter()
        .map(|n| {
            Json::Object(vec![
                ("id".into(), Json::Int(n.id.into())),
                ("block".into(), text(&n.block)),
                ("text".into(), text(&n.text)),
            ])
        })
        .collect();
    Json::Object(vec![
        ("title".into(), text(&canvas.title)),
        ("kind".into(), text(canvas.kind.id())),
        ("notes".into(), Json::Array(notes)),
    ])
}

fn field<'a>(obj: &'a Json, key: &str, at: &str) -> Result<&'a Json, String> {
    obj.get(key).ok_or_else(|| format!("{at} has no \"{key}\""))
}

fn text_field(obj: &Json, key: &str, at: &str) -> Result<String, String> {
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
        notes.push(Note {
            id,
            block: text_field(item, "block", &at)?,
            text: text_field(item, "text", &at)?,
        });
    }
    let canvas = Canvas { title, kind, notes };
    canvas.validate()?;
    Ok(canvas)
}

pub fn encode_draft(canvas: &Canvas) -> String {
    Json::Object(vec![
        ("version".into(), Json::Int(CURRENT_VERSION)),
        ("canvas".into(), canvas_to_json(canvas)),
    ])
    .to_text()
}

pub fn decode_draft(raw: &str) -> Result<Canvas, DraftError> {
    let doc = json::parse(raw).map_err(|e| DraftError::NotJson(e.to_string()))?;
    let version = doc
        .get("version")
        .and_then(Json::as_i64)
        .filter(|&v| v >= 1)
        .ok_or(DraftError::NoVersion)?;
    if version > CURRENT_VERSION {
        return Err(DraftError::TooNew(version));
    }
    // Only version 1 exists so far; later versions migrate step by step here.
    let canvas = doc
        .get("canvas")
        .ok_or_else(|| DraftError::Invalid("there is no canvas in it".into()))?;
    canvas_from_json(canvas).map_err(DraftError::Invalid)
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

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
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
        // And this build writes it back byte for byte.
        assert_eq!(encode_draft(&c), V1_DRAFT);
    }

    #[test]
    fn unreadable_drafts_say_why() {
        assert!(matches!(
            decode_draft("{broken"),
            Err(DraftError::NotJson(_))
        ));
        assert_eq!(decode_draft("[1,2]"), Err(DraftError::NoVersion));
        assert_eq!(decode_draft(r#"{"canvas":{}}"#), Err(DraftError::NoVersion));
        assert_eq!(
            decode_draft(r#"{"version":"1"}"#),
            Err(DraftError::NoVersion)
        );
        assert_eq!(decode_draft(r#"{"version":0}"#), Err(DraftError::NoVersion));
        assert_eq!(
            decode_draft(r#"{"version":1.5}"#),
            Err(DraftError::NoVersion)
        );
        assert_eq!(
            decode_draft(r#"{"version":7,"whatever":true}"#),
            Err(DraftError::TooNew(7))
        );
        let invalid = |raw: &str| match decode_draft(raw) {
            Err(DraftError::Invalid(m)) => m,
            other => panic!("expected Invalid, got {other:?}"),
        };
        assert!(
            invalid(&V1_DRAFT.replace("lmc-nine", "swot")).contains("unknown canvas kind \"swot\"")
        );
        assert!(invalid(&V1_DRAFT.replace(r#""id":4"#, r#""id":1"#)).contains("share the id"));
        assert!(invalid(&V1_DRAFT.replace(r#""id":4"#, r#""id":-4"#)).contains("notes[1].id"));
        assert!(
            invalid(&V1_DRAFT.replace(r#""text":"Sales"#, r#""txt":"Sales"#))
                .contains("notes[1] has no \"text\"")
        );
        assert!(invalid(r#"{"version":1}"#).contains("no canvas"));
        assert!(invalid(r#"{"version":1,"canvas":[]}"#).contains("not an object"));
        for e in [
            DraftError::NoVersion,
            DraftError::TooNew(9),
            DraftError::NotJson("x".into()),
        ] {
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

    fn arb_canvas() -> impl Strategy<Value = Canvas> {
        let kind = prop::sample::select(CanvasKind::ALL.to_vec());
        let blocks = prop::sample::select(vec!["key-partners", "design", "customers", "x"]);
        let notes = prop::collection::vec((blocks, any::<String>()), 0..30);
        (kind, any::<String>(), notes).prop_map(|(kind, title, notes)| {
            let mut c = Canvas::new(kind);
            c.title = title;
            for (block, text) in notes {
                let id = c.add_note(block);
                c.set_note_text(id, &text);
            }
            c
        })
    }

    proptest! {
        #[test]
        fn encode_then_decode_is_identity(c in arb_canvas()) {
            let raw = encode_draft(&c);
            prop_assert_eq!(decode_draft(&raw), Ok(c));
            // Any JSON tool reads our drafts.
            prop_assert!(serde_json::from_str::<serde_json::Value>(&raw).is_ok());
        }

        #[test]
        fn arbitrary_text_never_panics(raw in "\\PC{0,200}") {
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

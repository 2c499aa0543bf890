//! Public templates: plain versioned JSON files served beside the app, in
//! `templates/`, listed by `templates/index.json`. Adding one is dropping a
//! file and a line in the index; no Rust change.
//!
//! Index, version 1: `{"version":1,"templates":["<id>", …]}`, where each
//! id names the file `templates/<id>.json`.
//! Template, version 1: `{"version":1,"name":…,"description":…,"canvas":{…}}`,
//! the canvas as in a canvas record of version 4 (see [`crate::core::format::record`]).
//!
//! The gallery also offers a blank canvas of each kind, built here.

use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::model::Canvas;
use crate::core::format::canvas_json::StoredCanvas;
use crate::core::format::document::{read_as, versioned, FormatError};
use crate::core::format::json::{self, Obj};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

pub const TEMPLATE_VERSION: i64 = 1;
pub const INDEX_VERSION: i64 = 1;
/// Larger files are refused before they are read.
pub const MAX_TEMPLATE_BYTES: usize = 1 << 20;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    pub id: String,
    pub name: String,
    pub description: String,
    pub canvas: Canvas,
}

/// An id names a file: lower-case letters, digits and dashes, 1 to 64.
pub fn is_template_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The template a deep link names (`#/template/<id>`), if it is one.
pub fn template_route(fragment: &str) -> Option<&str> {
    fragment
        .strip_prefix('#')
        .unwrap_or(fragment)
        .strip_prefix("/template/")
}

fn why(e: FormatError) -> String {
    match e {
        FormatError::Invalid(why) => format!("it is damaged ({why})"),
        other => other.to_string(),
    }
}

#[derive(Deserialize)]
struct IndexJson {
    /// Read as written, so that an entry of any other type is named like
    /// an id that cannot name a file.
    templates: Vec<Box<RawValue>>,
}

#[derive(Serialize, Deserialize)]
struct TemplateJson {
    #[serde(default, skip_deserializing)]
    version: i64,
    name: String,
    description: String,
    canvas: StoredCanvas,
}

/// Reads the index: the ids of the templates, in gallery order. Ids that
/// cannot name a file are refused.
pub fn decode_index(raw: &str) -> Result<Vec<String>, String> {
    if raw.len() > MAX_TEMPLATE_BYTES {
        return Err("the list of templates is too large".into());
    }
    versioned(raw, INDEX_VERSION).map_err(why)?;
    let Obj(index) = read_as::<Obj<IndexJson>>(raw).map_err(why)?;
    let mut ids: Vec<String> = Vec::with_capacity(index.templates.len());
    for (i, entry) in index.templates.iter().enumerate() {
        let id = serde_json::from_str::<String>(entry.get())
            .ok()
            .filter(|id| is_template_id(id))
            .ok_or_else(|| format!("it is damaged (entry {} is not a template name)", i + 1))?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// Reads one template file.
pub fn decode_template(id: &str, raw: &str) -> Result<Template, String> {
    if raw.len() > MAX_TEMPLATE_BYTES {
        return Err("the file is larger than 1 MB".into());
    }
    versioned(raw, TEMPLATE_VERSION).map_err(why)?;
    let Obj(t) = read_as::<Obj<TemplateJson>>(raw).map_err(why)?;
    Ok(Template {
        id: id.to_string(),
        name: t.name,
        description: t.description,
        canvas: t.canvas.0,
    })
}

/// The blank canvas of each kind, first in the gallery.
pub fn blanks() -> Vec<Template> {
    CanvasKind::ALL
        .into_iter()
        .map(|kind| Template {
            id: format!("blank-{}", kind.id()),
            name: format!("Blank: {}", kind.name()),
            description: "Every block empty, with its guiding questions.".to_string(),
            canvas: Canvas::new(kind),
        })
        .collect()
}

/// A template as the JSON a file holds (for tests and for writing new ones).
pub fn encode_template(t: &Template) -> String {
    json::write(&TemplateJson {
        version: TEMPLATE_VERSION,
        name: t.name.clone(),
        description: t.description.clone(),
        canvas: StoredCanvas(t.canvas.clone()),
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::canvas::threads::thread_check;
    use crate::core::method::learning_model::MODELS;

    fn templates_dir() -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("templates")
    }

    /// Every template the repository ships opens, and each learning model
    /// has its worked example.
    #[test]
    fn the_shipped_templates_open_and_cover_every_learning_model() {
        let dir = templates_dir();
        let index = std::fs::read_to_string(dir.join("index.json")).expect("templates/index.json");
        let ids = decode_index(&index).expect("the index opens");
        assert!(ids.len() >= 5, "{ids:?}");
        let mut models = Vec::new();
        for id in &ids {
            let raw = std::fs::read_to_string(dir.join(format!("{id}.json")))
                .unwrap_or_else(|e| panic!("{id}.json: {e}"));
            let t = decode_template(id, &raw).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert!(!t.name.is_empty() && !t.description.is_empty(), "{id}");
            assert!(t.canvas.notes.len() >= 15, "{id} has few notes");
            assert!(!t.canvas.worksheet.is_default(), "{id} has no worksheet");
            assert!(!t.canvas.metrics.is_empty(), "{id} has no scorecard");
            assert!(
                thread_check(&t.canvas).len() <= 2,
                "{id}: {:?}",
                thread_check(&t.canvas)
            );
            models.extend(t.canvas.models.chosen());
            // A file holds the canvas as this build writes it, so it reads back.
            let again = decode_template(id, &encode_template(&t)).unwrap();
            assert_eq!(again, t);
        }
        for m in MODELS {
            assert!(models.contains(&m), "no template for {}", m.name());
        }
        // Every file in the folder is listed (a file not in the index is never shown).
        for entry in std::fs::read_dir(&dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if let Some(id) = name.strip_suffix(".json").filter(|n| *n != "index") {
                assert!(ids.iter().any(|i| i == id), "{name} is not in index.json");
            }
        }
    }

    #[test]
    fn bad_indexes_and_templates_say_why() {
        assert_eq!(
            decode_index(r#"{"version":1,"templates":["a","b","a"]}"#),
            Ok(vec!["a".into(), "b".into()])
        );
        let e = decode_index(r#"{"version":1,"templates":["../secret"]}"#).unwrap_err();
        assert!(e.contains("entry 1"), "{e}");
        assert!(decode_index(r#"{"version":2,"templates":[]}"#)
            .unwrap_err()
            .contains("newer version"));
        assert!(decode_index("not json")
            .unwrap_err()
            .contains("not valid JSON"));
        assert!(decode_index(r#"{"version":1}"#)
            .unwrap_err()
            .contains("templates"));
        let e = decode_template("x", r#"{"version":1,"name":"N","description":"D"}"#).unwrap_err();
        assert!(e.contains("\"canvas\" is missing"), "{e}");
        let e = decode_template(
            "x",
            r#"{"version":1,"name":"N","description":"D","canvas":{"title":"T","kind":"swot","notes":[]}}"#,
        )
        .unwrap_err();
        assert!(e.contains("unknown canvas kind"), "{e}");
        let big = format!(
            "{{\"version\":1,\"name\":\"{}\"}}",
            "x".repeat(MAX_TEMPLATE_BYTES)
        );
        assert!(decode_template("x", &big).unwrap_err().contains("larger"));
    }

    #[test]
    fn ids_routes_and_blanks() {
        assert!(is_template_id("bank-university") && is_template_id("a1"));
        assert!(!is_template_id("") && !is_template_id("Bank") && !is_template_id("a/b"));
        assert!(!is_template_id(&"a".repeat(65)));
        assert_eq!(
            template_route("#/template/bank-university"),
            Some("bank-university")
        );
        assert_eq!(template_route("/template/x"), Some("x"));
        assert_eq!(template_route("#c1.abc"), None);
        let blanks = blanks();
        assert_eq!(blanks.len(), CanvasKind::ALL.len());
        assert!(blanks
            .iter()
            .all(|b| b.canvas.notes.is_empty() && is_template_id(&b.id)));
    }
}

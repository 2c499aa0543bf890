//! "Import": a canvas file (what "Export JSON" and "Download as a file"
//! write: a canvas record of any version) read back as a new draft. A
//! template file opens too. Anything else says plainly what it is not.

use crate::core::canvas::lineage::Envelope;
use crate::core::canvas::model::Canvas;
use crate::core::format::record::{decode_file, FormatError};
use crate::core::share::envelope::version_mark;
use crate::core::share::limits;
use crate::core::share::link::MAX_NOTES;

/// Larger files are refused unread. Any canvas within the limits
/// ([`crate::core::share::limits`]) is smaller, even with every character
/// of its 1 MiB of text escaped in six bytes.
pub const MAX_IMPORT_BYTES: usize = 16 * 1024 * 1024;

/// Why a file could not be imported, as a sentence for the page.
pub fn size_error(bytes: f64) -> Option<String> {
    (bytes > MAX_IMPORT_BYTES as f64).then(|| {
        format!(
            "This file is {:.1} MB, larger than any canvas (16 MB at most), so it was not opened. \
             Nothing was changed.",
            bytes / 1_048_576.0
        )
    })
}

/// The canvas a file holds, migrated to this version, or why not.
pub fn read_canvas_file(raw: &str, now: i64) -> Result<Canvas, String> {
    read_shared_file(raw, now).map(|(canvas, _)| canvas)
}

/// The canvas a file holds and, when it has a lineage, where it comes from:
/// who sent it as the file says, or else the version its lineage names and
/// the day it was last edited. A copy saved from it starts from this version.
pub fn read_shared_file(raw: &str, now: i64) -> Result<(Canvas, Option<Envelope>), String> {
    if raw.len() > MAX_IMPORT_BYTES {
        return Err(size_error(raw.len() as f64).unwrap_or_default());
    }
    let nothing = "Nothing was changed.";
    let file = decode_file(raw, now).map_err(|e| match e {
            FormatError::NotJson(_) => format!(
                "This file is not a canvas file: it is not JSON. Choose a file made with “Export \
                 JSON”. {nothing}"
            ),
            FormatError::NoVersion => format!(
                "This JSON file was not made by Learning Model Canvas (it has no format version). \
                 {nothing}"
            ),
            other @ FormatError::TooNew(..) => {
                format!("This file cannot be opened: {other}. Reload the page to get the newest version. {nothing}")
            }
            FormatError::Invalid(why) => {
                format!("This canvas file is damaged ({why}), so it was not opened. {nothing}")
            }
        })?;
    let (mut canvas, envelope) = (file.record.canvas, file.envelope);
    if canvas.notes.len() > MAX_NOTES {
        return Err(format!(
            "This file holds {} notes, more than any canvas ({MAX_NOTES} at most), so it was not \
             opened. {nothing}",
            canvas.notes.len()
        ));
    }
    // What the editor would refuse to add, an import refuses too: every
    // canvas in the library can be shared and exported again.
    if let Err(limit) = limits::check(&canvas) {
        return Err(format!(
            "This file holds more than one canvas can ({}), so it was not opened. {nothing}",
            limit.to_string().to_lowercase()
        ));
    }
    let mark = version_mark(&canvas);
    let envelope = match (&mut canvas.lineage, envelope) {
        (Some(lineage), envelope) => {
            let envelope = envelope.unwrap_or_else(|| Envelope {
                lineage: lineage.id,
                made_from: lineage.base.unwrap_or(mark),
                by: None,
                day: u32::try_from(file.record.edited.max(0) / 86_400_000).unwrap_or(0),
            });
            lineage.base = Some(mark);
            Some(envelope)
        }
        (None, _) => None,
    };
    Ok((canvas, envelope))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::format::record::{encode_record, Record};
    use crate::core::testing::arb_extras;
    use proptest::prelude::*;

    #[test]
    fn an_exported_file_and_a_first_landing_draft_import() {
        let mut c = Canvas {
            title: "Acme".into(),
            ..Canvas::default()
        };
        c.add_note("design");
        let raw = encode_record(&Record {
            canvas: c.clone(),
            created: 1,
            edited: 2,
            trashed: None,
        });
        assert_eq!(read_canvas_file(&raw, 9), Ok(c));
        let v1 = r#"{"version":1,"canvas":{"title":"Old","kind":"lean","notes":[]}}"#;
        assert_eq!(read_canvas_file(v1, 9).unwrap().title, "Old");
    }

    #[test]
    fn wrong_files_say_what_they_are_not() {
        let e = |raw: &str| read_canvas_file(raw, 0).unwrap_err();
        assert!(e("%PDF-1.7 binary").contains("not JSON"));
        assert!(e(r#"{"name":"a package.json"}"#).contains("not made by Learning Model Canvas"));
        assert!(e(r#"{"version":99,"canvas":{}}"#).contains("newer version"));
        assert!(e(r#"{"version":2,"created":1,"edited":1,"canvas":{"title":"T","kind":"nope","notes":[]}}"#)
            .contains("damaged"));
        for msg in [e("x"), e("{}")] {
            assert!(msg.ends_with("Nothing was changed."), "{msg}");
        }
        assert!(size_error(16.0 * 1024.0 * 1024.0).is_none());
        assert!(size_error(17_000_000.0).unwrap().contains("16.2 MB"));
        let many: Vec<String> = (1..=MAX_NOTES + 1)
            .map(|i| format!(r#"{{"id":{i},"block":"design","text":""}}"#))
            .collect();
        let crowded = format!(
            r#"{{"version":1,"canvas":{{"title":"T","kind":"lmc-nine","notes":[{}]}}}}"#,
            many.join(",")
        );
        assert!(e(&crowded).contains("5001 notes"));
        let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
        assert!(e(&huge).contains("larger than any canvas"));
    }

    proptest! {
        /// Whatever the app exports, it imports unchanged.
        #[test]
        fn what_is_exported_imports_unchanged(extras in arb_extras(), title in ".{0,40}") {
            let mut c = Canvas { title, ..Canvas::default() };
            for b in ["design", "delivery", "key-partners"] {
                c.add_note(b);
            }
            extras.apply(&mut c);
            let raw = encode_record(&Record { canvas: c.clone(), created: 5, edited: 6, trashed: None });
            prop_assert_eq!(read_canvas_file(&raw, 0), Ok(c));
        }
    }
}

//! The canvas record: fixed records of every version open, migrate and
//! are written back; damaged ones say why; any canvas round-trips.
use super::*;
use crate::core::canvas::colour::NoteColour;
use crate::core::canvas::colour::PALETTE;
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::marks::{PartnerSide, Role};
use crate::core::method::learning_model::LearningModel;
use crate::core::testing::arb_extras;
use proptest::prelude::*;

/// A draft exactly as the first landing wrote it. It must open forever.
pub const V1_DRAFT: &str = r#"{"version":1,"canvas":{"title":"Acme L&D 2026","kind":"lmc-nine","notes":[{"id":1,"block":"key-partners","text":"IT service desk\nfor the LMS"},{"id":4,"block":"customer-segments","text":"Sales teams — EMEA"}]}}"#;
/// A record exactly as the second format wrote it (no colours).
const V2_RECORD: &str = r#"{"version":2,"created":1790000000000,"edited":1790000360000,"canvas":{"title":"Acme L&D 2026","kind":"lmc-nine","notes":[{"id":1,"block":"key-partners","text":"IT service desk\nfor the LMS"},{"id":4,"block":"customer-segments","text":"Sales teams — EMEA"}]}}"#;
/// A record exactly as this build writes it: a red note, a plain one,
/// and the red colour renamed.
const V3_RECORD: &str = r#"{"version":3,"created":1790000000000,"edited":1790000360000,"canvas":{"title":"Acme L&D 2026","kind":"lmc-nine","notes":[{"id":1,"block":"key-partners","text":"IT service desk\nfor the LMS","colour":"red"},{"id":4,"block":"customer-segments","text":"Sales teams — EMEA"}],"legend":{"red":"Blocker"}}}"#;
/// A record exactly as this build writes it, with every extra.
const V4_RECORD: &str = r#"{"version":4,"created":1,"edited":2,"canvas":{"title":"T","kind":"lmc-nine","notes":[{"id":1,"block":"key-partners","text":"IT","partner":"internal"},{"id":4,"block":"customer-segments","text":"Sales","roles":["sponsor","payer"]}],"models":{"aim":"innovation"},"dismissed_hints":["innovation-practice"],"links":[[1,4]],"worksheet":{"currency":"CHF","lines":[{"kind":"expert-time","label":"Reviews","hours":1200,"rate":85.5},{"kind":"payroll","amount":150000.25}]},"metrics":[{"id":1,"block":"business-outcomes","name":"Time to competence","role":"result","unit":"days","current":90,"target":60},{"id":2,"block":"delivery","name":"Coaching hours","role":"driver","unit":"h","moves":[1]}]}}"#;
const NOW: i64 = 1_800_000_000_000;

#[test]
fn a_version_one_draft_migrates_with_the_migration_time_as_its_dates() {
    let r = decode_record(V1_DRAFT, NOW).unwrap();
    assert_eq!(r.canvas.title, "Acme L&D 2026");
    assert_eq!(r.canvas.kind, CanvasKind::LearningModelNine);
    assert_eq!(r.canvas.notes.len(), 2);
    assert_eq!(r.canvas.notes[0].text, "IT service desk\nfor the LMS");
    assert_eq!(r.canvas.next_note_id(), 5);
    assert_eq!((r.created, r.edited), (NOW, NOW));
    // Migrated, it is written in the current format and reads back the same.
    let raw = encode_record(&r);
    assert!(raw.starts_with(r#"{"version":4,"#));
    assert_eq!(decode_record(&raw, 0), Ok(r));
}

#[test]
fn a_version_two_record_migrates_to_plain_notes_and_the_default_legend() {
    let r = decode_record(V2_RECORD, NOW).unwrap();
    assert_eq!(
        (r.created, r.edited),
        (1_790_000_000_000, 1_790_000_360_000)
    );
    assert_eq!(decode_record(V1_DRAFT, NOW).unwrap().canvas, r.canvas);
    assert!(r.canvas.notes.iter().all(|n| n.colour.is_none()));
    assert!(r.canvas.legend.is_default());
    // Written back, only the version number differs.
    assert_eq!(
        encode_record(&r),
        V2_RECORD.replace(r#""version":2"#, r#""version":4"#)
    );
}

#[test]
fn a_version_three_record_opens_with_its_colours() {
    let r = decode_record(V3_RECORD, NOW).unwrap();
    assert_eq!(r.canvas.notes[0].colour, Some(NoteColour::Red));
    assert_eq!(r.canvas.notes[1].colour, None);
    assert_eq!(r.canvas.tag_of(&r.canvas.notes[0]), Some("Blocker"));
    assert_eq!(r.canvas.legend.label(NoteColour::Blue), "Fact");
    assert!(r.canvas.links.is_empty() && r.canvas.worksheet.is_default());
    assert_eq!(
        encode_record(&r),
        V3_RECORD.replace(r#""version":3"#, r#""version":4"#)
    );
}

#[test]
fn a_version_four_record_keeps_everything_byte_for_byte() {
    let r = decode_record(V4_RECORD, NOW).unwrap();
    let c = &r.canvas;
    assert_eq!(c.notes[0].partner, Some(PartnerSide::Internal));
    assert!(c.notes[1].roles.has(Role::Sponsor) && c.notes[1].roles.has(Role::Payer));
    assert_eq!(c.models.aim, Some(LearningModel::Innovation));
    assert_eq!(c.models.today, None);
    assert_eq!(c.dismissed_hints, ["innovation-practice"]);
    assert_eq!(c.links, [(1, 4)]);
    assert_eq!(c.worksheet.currency, "CHF");
    assert_eq!(c.worksheet.totals().hidden, 102_600_000);
    assert_eq!(c.metrics[1].moves, [1]);
    assert_eq!(encode_record(&r), V4_RECORD);
    // Three decimals (a dinar's) read and write back as they are, in
    // version 5: a version 4 reader would refuse them as damaged.
    let kwd = V4_RECORD.replace(r#""rate":85.5"#, r#""rate":85.125"#);
    let r = decode_record(&kwd, NOW).unwrap();
    assert_eq!(r.canvas.worksheet.lines[0].rate.plain(), "85.125");
    assert_eq!(
        encode_record(&r),
        kwd.replace(r#""version":4"#, r#""version":5"#)
    );
}

#[test]
fn damaged_extras_say_what_is_wrong() {
    let invalid = |from: &str, to: &str| match decode_record(&V4_RECORD.replace(from, to), NOW) {
        Err(FormatError::Invalid(m)) => m,
        other => panic!("{to}: expected Invalid, got {other:?}"),
    };
    assert!(invalid(r#""partner":"internal""#, r#""partner":"both""#).contains("partner"));
    assert!(invalid(r#""payer""#, r#""boss""#).contains("roles[1]"));
    assert!(invalid(r#""aim":"innovation""#, r#""aim":"lecture""#).contains("models.aim"));
    assert!(invalid("[[1,4]]", "[[1,9]]").contains("joins no two notes"));
    assert!(invalid("[[1,4]]", "[[4,1]]").contains("joins no two notes"));
    assert!(invalid(r#""rate":85.5"#, r#""rate":-85.5"#).contains("lines[0].rate"));
    assert!(invalid(r#""rate":85.5"#, r#""rate":85.5555"#).contains("lines[0].rate"));
    assert!(invalid(r#""rate":85.5"#, r#""rate":10000000000.5"#).contains("lines[0].rate"));
    assert!(invalid(r#""rate":85.5"#, r#""rate":8e3"#).contains("lines[0].rate"));
    assert!(invalid(r#""CHF""#, r#""chf""#).contains("currency"));
    assert!(invalid(r#""kind":"expert-time""#, r#""kind":"bonus""#).contains("unknown kind"));
    assert!(invalid(r#""moves":[1]"#, r#""moves":[2]"#).contains("not a result"));
    assert!(invalid(r#""role":"driver""#, r#""role":"cause""#).contains("role"));
}

#[test]
fn unknown_colours_and_malformed_legends_are_refused() {
    let invalid = |raw: String| match decode_record(&raw, NOW) {
        Err(FormatError::Invalid(m)) => m,
        other => panic!("expected Invalid, got {other:?}"),
    };
    for (from, to, says) in [
        (
            r#""colour":"red""#,
            r#""colour":"teal""#,
            "unknown colour \"teal\"",
        ),
        (
            r#""colour":"red""#,
            r#""colour":3"#,
            "notes[0].colour: 3 is not text",
        ),
        (
            r#"{"red":"Blocker"}"#,
            r#"["Blocker"]"#,
            "legend: a list is not an object",
        ),
        (
            r#""red":"Blocker""#,
            r#""teal":"x""#,
            "unknown colour \"teal\"",
        ),
        (
            r#""red":"Blocker""#,
            r#""red":null"#,
            "legend.red: null is not text",
        ),
    ] {
        let reason = invalid(V3_RECORD.replace(from, to));
        assert!(reason.contains(says), "{to}: {reason}");
    }
}

#[test]
fn unreadable_records_say_why() {
    let d = |raw: &str| decode_record(raw, NOW);
    assert!(matches!(d("{broken"), Err(FormatError::NotJson(_))));
    assert_eq!(d("[1,2]"), Err(FormatError::NoVersion));
    assert_eq!(d(r#"{"canvas":{}}"#), Err(FormatError::NoVersion));
    assert_eq!(d(r#"{"version":"1"}"#), Err(FormatError::NoVersion));
    assert_eq!(d(r#"{"version":0}"#), Err(FormatError::NoVersion));
    assert_eq!(d(r#"{"version":1.5}"#), Err(FormatError::NoVersion));
    assert_eq!(
        d(r#"{"version":8,"whatever":true}"#),
        Err(FormatError::TooNew(8, RECORD_VERSION))
    );
    let invalid = |raw: &str| match d(raw) {
        Err(FormatError::Invalid(m)) => m,
        other => panic!("expected Invalid, got {other:?}"),
    };
    assert!(invalid(&V1_DRAFT.replace("lmc-nine", "swot")).contains("unknown canvas kind \"swot\""));
    assert!(invalid(&V1_DRAFT.replace(r#""id":4"#, r#""id":1"#)).contains("share the id"));
    assert!(invalid(&V1_DRAFT.replace(r#""id":4"#, r#""id":-4"#)).contains("notes[1].id"));
    assert!(
        invalid(&V1_DRAFT.replace(r#""text":"Sales"#, r#""txt":"Sales"#))
            .contains("notes[1]: \"text\" is missing")
    );
    assert!(invalid(r#"{"version":1}"#).contains("\"canvas\" is missing"));
    assert!(invalid(r#"{"version":1,"canvas":[]}"#).contains("not an object"));
    assert!(
        invalid(&V2_RECORD.replace(r#""edited":1790000360000"#, r#""edited":"soon""#))
            .contains("edited: \"soon\" is not a whole number")
    );
    for e in [
        FormatError::NoVersion,
        FormatError::TooNew(9, 2),
        FormatError::NotJson("x".into()),
        FormatError::Invalid("x".into()),
    ] {
        assert!(!e.to_string().is_empty());
    }
}

pub fn arb_canvas() -> impl Strategy<Value = Canvas> {
    let kind = prop::sample::select(CanvasKind::ALL.to_vec());
    let blocks = prop::sample::select(vec!["key-partners", "design", "customers", "x"]);
    let colour = prop::option::of(prop::sample::select(PALETTE.to_vec()));
    let notes = prop::collection::vec((blocks, any::<String>(), colour), 0..30);
    let labels =
        prop::collection::vec((prop::sample::select(PALETTE.to_vec()), "\\PC{0,50}"), 0..4);
    let extras = prop::option::weighted(0.5, arb_extras());
    (kind, any::<String>(), notes, labels, extras).prop_map(
        |(kind, title, notes, labels, extras)| {
            let mut c = Canvas::new(kind);
            c.title = title;
            for (block, text, colour) in notes {
                let id = c.add_note(block);
                c.set_note_text(id, &text);
                c.set_note_colour(id, colour);
            }
            for (colour, label) in labels {
                c.legend.set_label(colour, &label);
            }
            if let Some(extras) = extras {
                extras.apply(&mut c);
            }
            c
        },
    )
}

proptest! {
    #[test]
    fn encode_then_decode_is_identity(canvas in arb_canvas(), created in any::<i64>(), edited in any::<i64>(), trashed in proptest::option::of(any::<i64>())) {
        let r = Record { canvas, created, edited, trashed };
        let raw = encode_record(&r);
        prop_assert_eq!(decode_record(&raw, NOW), Ok(r));
        // Any JSON tool reads our records.
        prop_assert!(serde_json::from_str::<serde_json::Value>(&raw).is_ok());
    }

    #[test]
    fn arbitrary_text_never_panics(raw in "\\PC{0,200}") {
        let _ = decode_record(&raw, NOW);
    }

    #[test]
    fn every_truncation_of_a_record_is_rejected(cut in 0usize..V2_RECORD.len()) {
        if V2_RECORD.is_char_boundary(cut) {
            prop_assert!(decode_record(&V2_RECORD[..cut], NOW).is_err());
        }
        let short = cut.min(V1_DRAFT.len() - 1);
        if V1_DRAFT.is_char_boundary(short) {
            prop_assert!(decode_record(&V1_DRAFT[..short], NOW).is_err());
        }
    }
}

#[test]
fn amounts_a_line_does_not_use_are_left_unchecked_as_before() {
    let expert = r#""kind":"expert-time","label":"Reviews","hours":1200,"rate":85.5"#;
    for extra in [
        r#","amount":null"#,
        r#","amount":"x""#,
        r#","headcount":-3"#,
    ] {
        let raw = V4_RECORD.replace(expert, &format!("{expert}{extra}"));
        assert_ne!(raw, V4_RECORD);
        let r = decode_record(&raw, NOW).unwrap_or_else(|e| panic!("{extra}: {e}"));
        // Written back, they are gone.
        assert_eq!(encode_record(&r), V4_RECORD);
    }
    // A minus zero is zero, as JSON reads it.
    let r = decode_record(
        &V4_RECORD.replace(r#""current":90"#, r#""current":-0"#),
        NOW,
    )
    .unwrap();
    assert_eq!(
        r.canvas.metrics[0].current,
        Some(crate::core::method::worksheet::Amount(0))
    );
}

#[test]
fn lists_are_refused_past_their_cap_and_read_up_to_it() {
    use crate::core::format::extras::{MAX_LINES, MAX_LINKS, MAX_METRICS};
    use crate::core::method::scorecard::{Metric, MetricRole};
    use crate::core::method::worksheet::{Line, LineKind};
    let refused = |c: Canvas| match decode_record(&encode_record(&record(c)), NOW) {
        Err(FormatError::Invalid(why)) => why,
        other => panic!("expected Invalid, got {other:?}"),
    };
    let opens = |c: Canvas| {
        decode_record(&encode_record(&record(c.clone())), NOW).map(|r| r.canvas) == Ok(c)
    };

    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    for _ in 0..201 {
        c.add_note("design");
    }
    let ids: Vec<_> = c.notes.iter().map(|n| n.id).collect();
    let pairs = ids
        .iter()
        .flat_map(|&a| ids.iter().filter(move |&&b| a < b).map(move |&b| (a, b)));
    c.links = pairs.take(MAX_LINKS + 1).collect();
    c.links.sort_unstable();
    let last = c.links.pop();
    assert!(opens(c.clone()));
    c.links.extend(last);
    c.links.sort_unstable();
    assert!(refused(c).contains("canvas.links: it holds more than 20000 links"));

    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    c.worksheet.lines = vec![Line::new(LineKind::Payroll); MAX_LINES];
    assert!(opens(c.clone()));
    c.worksheet.lines.push(Line::new(LineKind::Tools));
    assert!(refused(c).contains("canvas.worksheet.lines: it holds more than 1000 worksheet lines"));

    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    c.metrics = (1..=MAX_METRICS as u32)
        .map(|id| Metric::new(id, "business-outcomes", MetricRole::Result))
        .collect();
    assert!(opens(c.clone()));
    c.metrics.push(Metric::new(
        MAX_METRICS as u32 + 1,
        "delivery",
        MetricRole::Driver,
    ));
    assert!(refused(c).contains("canvas.metrics: it holds more than 500 metrics"));
}

fn record(canvas: Canvas) -> Record {
    Record {
        canvas,
        created: 1,
        edited: 2,
        trashed: None,
    }
}

#[test]
fn a_vote_is_written_as_version_seven_and_refused_in_an_older_version() {
    use crate::core::canvas::votes::Votes;
    use crate::core::format::index::{decode_snapshots, encode_snapshots, Snapshot};
    let mut canvas = Canvas::new(crate::core::canvas::kind::CanvasKind::LearningModelNine);
    let id = canvas.add_note("design");
    let mut votes = Votes::new(9, 2, false);
    let b = votes.ballot_of("Voter 1").expect("a ballot");
    votes.give(b, id).expect("a dot");
    canvas.votes = Some(votes);
    let record = Record {
        canvas: canvas.clone(),
        created: 1,
        edited: 2,
        trashed: None,
    };
    let raw = encode_record(&record);
    assert!(raw.starts_with(r#"{"version":7,"#), "{raw}");
    assert_eq!(decode_record(&raw, 0), Ok(record));
    let older = raw.replacen(r#""version":7"#, r#""version":6"#, 1);
    assert!(matches!(
        decode_record(&older, 0),
        Err(FormatError::Invalid(_))
    ));
    // A dot on a note the canvas lacks, or over the budget, is refused.
    for bad in [
        r#""dots":[1]"#.replace("[1]", "[9]"),
        r#""dots":[1,1,1]"#.to_string(),
    ] {
        let tampered = raw.replacen(r#""dots":[1]"#, &bad, 1);
        assert!(decode_record(&tampered, 0).is_err(), "{tampered}");
    }
    let list = encode_snapshots(&[Snapshot {
        label: "x".into(),
        at: 1,
        canvas,
    }]);
    assert!(list.starts_with(r#"{"version":4,"#), "{list}");
    let older = list.replacen(r#""version":4"#, r#""version":3"#, 1);
    assert!(matches!(
        decode_snapshots(&older),
        Err(FormatError::Invalid(_))
    ));
}

//! The limits: measured exactly as a link carries the canvas, and any
//! canvas within them survives every way out and back in.

use super::*;
use crate::core::canvas::model::{Note, NoteId};
use crate::core::format::record::{decode_record, encode_record, Record};
use crate::core::method::scorecard::{Metric, MetricRole};
use crate::core::method::worksheet::{Line, LineKind};
use crate::core::share::file_import::read_canvas_file;
use crate::core::share::payload::{encode_payload, BLOCKS_V1};
use crate::core::share::{decode, encode};
use crate::core::testing::arb_canvas;
use proptest::prelude::*;

/// Save → reload, export → import, share → open: all give it back.
fn survives_every_way_out_and_in(c: &Canvas) {
    let record = Record {
        canvas: c.clone(),
        created: 1,
        edited: 2,
        trashed: None,
    };
    let raw = encode_record(&record);
    assert_eq!(
        decode_record(&raw, 0).map(|r| r.canvas).as_ref(),
        Ok(c),
        "save, reload"
    );
    assert_eq!(read_canvas_file(&raw, 0).as_ref(), Ok(c), "export, import");
    let link = encode(c).expect("a canvas within the limits can be shared");
    assert_eq!(decode(&link).as_ref(), Ok(c), "share, open");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn the_size_is_what_the_link_would_carry(c in arb_canvas()) {
        let format = oldest_format_for(&c);
        prop_assert_eq!(canvas_bytes(&c), encode_payload(&c, format).unwrap().len());
    }

    #[test]
    fn any_canvas_the_editor_can_make_survives_save_export_and_share(c in arb_canvas()) {
        prop_assert_eq!(check(&c), Ok(()));
        survives_every_way_out_and_in(&c);
    }
}

/// A canvas at every limit at once: 5,000 notes, 20,000 links, 1,000
/// worksheet lines, 500 metrics, and text up to the last byte allowed.
/// Its text is control characters, each six bytes in JSON.
fn canvas_at_every_limit() -> Canvas {
    let mut c = Canvas {
        notes: (1..=MAX_NOTES as NoteId)
            .map(|i| Note::new(i, BLOCKS_V1[(i % 9) as usize], "\u{1}"))
            .collect(),
        ..Canvas::default()
    };
    c.links = (0..MAX_LINKS as NoteId)
        .map(|i| (i % 5000 + 1, (i * 7 + i / 5000) % 5000 + 1))
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (a.min(b), a.max(b)))
        .collect();
    c.links.sort_unstable();
    c.links.dedup();
    let mut extra = 1;
    while c.links.len() < MAX_LINKS {
        let link = (1, 2 + extra);
        if !c.links.contains(&link) {
            c.links.push(link);
        }
        extra += 1;
    }
    c.links.sort_unstable();
    c.worksheet.lines = (0..MAX_LINES)
        .map(|_| Line::new(LineKind::ExpertTime))
        .collect();
    c.metrics = (0..MAX_METRICS)
        .map(|i| Metric::new(i as u32 + 1, "design", MetricRole::Result))
        .collect();
    let room = MAX_PAYLOAD_BYTES - canvas_bytes(&c);
    c.notes[0].text = "\u{1}".repeat(room + 1);
    c
}

#[test]
fn a_canvas_at_every_limit_is_refused_nothing_more_and_comes_back_whole() {
    let c = canvas_at_every_limit();
    assert_eq!(canvas_bytes(&c), MAX_PAYLOAD_BYTES);
    assert_eq!(check(&c), Ok(()));
    survives_every_way_out_and_in(&c);
    assert_eq!(room_for(&c, Limit::Notes), Err(Limit::Notes));
    assert_eq!(room_for(&c, Limit::Links), Err(Limit::Links));
    assert_eq!(room_for(&c, Limit::Lines), Err(Limit::Lines));
    assert_eq!(room_for(&c, Limit::Metrics), Err(Limit::Metrics));
    let n = c.notes[1].text.len();
    assert_eq!(text_may_grow(&c, n, n + 1), Err(Limit::Text));
    assert_eq!(text_may_grow(&c, n, n), Ok(()));
    // One byte more would not be shared: that is why the editor refuses it.
    let mut over = c.clone();
    over.notes[1].text.push('x');
    assert_eq!(check(&over), Err(Limit::Text));
    assert!(encode(&over).is_err());
}

#[test]
fn a_roomy_canvas_has_room() {
    let c = Canvas::default();
    for what in [
        Limit::Notes,
        Limit::Links,
        Limit::Lines,
        Limit::Metrics,
        Limit::Text,
    ] {
        assert_eq!(room_for(&c, what), Ok(()));
    }
    assert!(Limit::Text.to_string().contains("1 MiB"));
}

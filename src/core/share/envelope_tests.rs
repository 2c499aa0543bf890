use super::write_tail;
use super::*;
use crate::core::canvas::lineage::Lineage;
use crate::core::share::link::{decode, encode, encode_shared, open};
use crate::core::share::payload::{decode_payload, encode_shared_payload};
use crate::core::testing::arb_canvas;
use proptest::prelude::*;

fn envelope(canvas: &Canvas) -> Envelope {
    Envelope {
        lineage: LineageId::new(0x1234_5678_9abc),
        made_from: version_mark(canvas),
        by: Some("Ana Ruiz".into()),
        day: 20_790,
    }
}

fn sample() -> Canvas {
    let mut c = Canvas {
        title: "Acme Academy".into(),
        ..Canvas::default()
    };
    for (block, text) in [
        ("design", "Needs analysis"),
        ("delivery", "LMS"),
        ("design", "Pilots"),
    ] {
        let id = c.add_note(block);
        c.set_note_text(id, text);
    }
    c
}

#[test]
fn a_shared_link_carries_who_when_and_the_note_ids() {
    let mut c = sample();
    c.delete_note(1);
    c.add_note("delivery");
    crate::core::canvas::threads::link(&mut c.links, 2, 4);
    let env = envelope(&c);
    let link = encode_shared(&c, &env).unwrap();
    assert!(link.starts_with("c5."), "{link}");
    let (back, got) = open(&link).unwrap();
    assert_eq!(got.as_ref(), Some(&env));
    assert_eq!(
        back.notes.iter().map(|n| n.id).collect::<Vec<_>>(),
        [2, 3, 4]
    );
    assert_eq!(back.links, [(2, 4)]);
    assert_eq!(
        back.lineage,
        Some(Lineage {
            id: env.lineage,
            base: Some(version_mark(&c))
        })
    );
    let mut same = back.clone();
    same.lineage = None;
    assert_eq!(same, c);
    // Today's formats are unchanged, and still carry no lineage.
    let old = encode(&c).unwrap();
    assert!(old.starts_with("c3."));
    assert_eq!(open(&old).unwrap().1, None);
}

#[test]
fn a_link_made_from_another_version_says_which() {
    let c = sample();
    let mut env = envelope(&c);
    env.made_from = 0xdead_beef;
    env.by = None;
    let (_, got) = open(&encode_shared(&c, &env).unwrap()).unwrap();
    assert_eq!(got, Some(env));
}

#[test]
fn names_are_cleaned_and_days_are_calendar_days() {
    assert_eq!(clean_name("  Ana \t Ruiz\n"), Some("Ana Ruiz".into()));
    assert_eq!(clean_name(" \u{7} "), None);
    assert_eq!(clean_name(&"x".repeat(99)).unwrap().len(), MAX_NAME_CHARS);
    assert_eq!(day_text(0), "1 Jan 1970");
    assert_eq!(day_text(20_790), "3 Dec 2026");
    assert_eq!(day_iso(20_790), "2026-12-03");
    assert_eq!(day_from_iso("2026-12-03"), Some(20_790));
    for bad in [
        "2026-13-01",
        "2026-02-30",
        "26-12-03",
        "2026-12-3 ",
        "1969-12-31",
    ] {
        assert_eq!(day_from_iso(bad), None, "{bad}");
    }
    assert_eq!(day_from_iso(&day_iso(LAST_DAY)), Some(LAST_DAY));
}

#[test]
fn a_tampered_envelope_is_refused_and_never_panics() {
    let c = sample();
    let link = encode_shared(&c, &envelope(&c)).unwrap();
    assert!(decode(&link).is_ok());
    // Every payload cut short, and every byte flipped, is refused or read
    // as some canvas: never a panic.
    let mut c = c;
    c.notes[0].id = 9;
    let payload = encode_shared_payload(&c).unwrap();
    let tail = write_tail(&c, &envelope(&c));
    assert!(decode_payload(&payload, 5, &tail).is_ok());
    assert!(matches!(
        decode_payload(&payload, 5, &tail[..6]),
        Err(ShareError::Damaged(_))
    ));
    assert!(matches!(
        decode_payload(&payload, 3, &tail),
        Err(ShareError::Damaged(_))
    ));
    let mut newer = tail.clone();
    newer[6] |= 0x80;
    assert!(matches!(
        decode_payload(&payload, 5, &newer),
        Err(ShareError::Unreadable(_))
    ));
    for cut in 0..payload.len() {
        let _ = decode_payload(&payload[..cut], 5, &tail);
    }
    for cut in 0..tail.len() {
        let _ = decode_payload(&payload, 5, &tail[..cut]);
    }
    for (i, bit) in (0..payload.len()).flat_map(|i| (0..8).map(move |b| (i, b))) {
        let mut p = payload.clone();
        p[i] ^= 1 << bit;
        let _ = decode_payload(&p, 5, &tail);
    }
    for (i, bit) in (0..tail.len()).flat_map(|i| (0..8).map(move |b| (i, b))) {
        let mut t = tail.clone();
        t[i] ^= 1 << bit;
        let _ = decode_payload(&payload, 5, &t);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Every canvas goes out and comes back whole, ids and all.
    #[test]
    fn every_canvas_comes_back_with_its_ids(
        mut c in arb_canvas(),
        name in ".{0,70}",
        day in 18_262u32..=LAST_DAY,
        another in any::<bool>(),
        spread in 0u32..4,
    ) {
        if spread > 0 {
            // Ids as an edited canvas has them: out of order, with gaps.
            let n = c.notes.len() as u32;
            let new_id = |id: u32| (n + 1 - id) * spread + 7;
            for note in &mut c.notes {
                note.id = new_id(note.id);
            }
            for link in &mut c.links {
                *link = (new_id(link.1), new_id(link.0));
            }
            c.links.sort_unstable();
        }
        let mut env = envelope(&c);
        env.by = clean_name(&name);
        env.day = day;
        if another {
            env.made_from = env.made_from.wrapping_add(1);
        }
        if let Ok(link) = encode_shared(&c, &env) {
            let (mut back, got) = open(&link).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(got, Some(env));
            back.lineage = None;
            let mut plain = c.clone();
            plain.lineage = None;
            prop_assert!(back == plain);
        }
    }
}

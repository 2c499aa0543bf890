//! Share links of formats 2 and 3: colours and the legend, then every
//! extra (marks, models, threads, worksheet, scorecard), checked like the rest.

use super::tests::{
    coloured_sample, fixed_v1_canvas, link_around, link_around_in, renumbered, sample, FIXED_V1,
};
use super::*;
use crate::core::canvas::colour::NoteColour;
use crate::core::share::dictionary::DICTIONARY_V1;
use crate::core::testing::arb_canvas;
use proptest::prelude::*;

/// The coloured sample with every extra: marks, models, a thread, a
/// worksheet and a scorecard.
fn sample_with_extras() -> Canvas {
    use crate::core::canvas::marks::{PartnerSide, Role};
    use crate::core::method::learning_model::LearningModel;
    use crate::core::method::scorecard::{set_moves, Metric, MetricRole};
    use crate::core::method::worksheet::{Amount, Line, LineKind};
    let mut c = coloured_sample();
    c.notes[2].partner = Some(PartnerSide::Internal);
    c.notes[0].roles = [Role::Sponsor, Role::Learner].into_iter().collect();
    c.models.today = Some(LearningModel::MassDistribution);
    c.models.aim = Some(LearningModel::PerformanceSupport);
    c.dismissed_hints.push("mass-distribution-content".into());
    crate::core::canvas::threads::link(&mut c.links, c.notes[0].id, c.notes[1].id);
    let mut expert = Line::new(LineKind::ExpertTime);
    expert.hours = Amount(1_200_000);
    expert.rate = Amount(85_500);
    let mut payroll = Line::new(LineKind::Payroll);
    payroll.label = "Team of 3".into();
    payroll.amount = Amount(180_000_000);
    c.worksheet.lines = vec![payroll, expert];
    c.worksheet.currency = "GBP".into();
    let mut result = Metric::new(1, "business-outcomes", MetricRole::Result);
    result.name = "Time to competence".into();
    result.unit = "months".into();
    result.current = Some(Amount(9_000));
    result.target = Some(Amount(6_000));
    let mut driver = Metric::new(2, "delivery", MetricRole::Driver);
    driver.name = "Coaching hours per hire".into();
    c.metrics = vec![result, driver];
    set_moves(&mut c.metrics, 2, 1, true);
    c
}

/// Format 3 as released: this link must open as this canvas forever.
const FIXED_V3: &str = "c3.tZoxC4JAGIYVISToPzQWRGRi6WhhSzRETkFDtATS0tLaWHvQD2lt85_4P7yv7_SOs5NLIXR0OE7vee-7731P8w-n_LZCcn1gJDOegjmjU6WJOe57axuk4as2HFs1hV1TylcLXBZnpRRr6CpkN17sAlaWO8JHKQUGtYWJFyfZdYbOHyyGpdhCTWdu0hRZ8gRLk1qIznlRFNY-9cd-kvuFKJBWqm9YW8OOBFhJg1XgAzHLX9POiqpHX3J7GYiWGtjX8G4a82kgOh3YWEgpYG8bv_GnHgfd5Xkfxa9LH0hHmOfxk1vimVuc3G_UvcI1jOADen8SvQ";

#[test]
fn the_fixed_link_of_format_3_opens_as_its_canvas_with_every_extra() {
    let c = renumbered(sample_with_extras());
    assert_eq!(encode(&c).unwrap(), FIXED_V3);
    assert_eq!(decode(FIXED_V3), Ok(c));
}

#[test]
fn format_3_extras_must_be_valid_and_written_one_way() {
    let c = renumbered(sample_with_extras());
    let payload = encode_payload(&c, 3).unwrap();
    let extras = crate::core::format::link_extras::link_extras(&c);
    let with = |from: &str, to: &str| {
        let changed = extras.replace(from, to);
        assert_ne!(changed, extras, "{from} is in the extras");
        // The payload's bytes outside the extras are not all UTF-8: splice.
        let at = payload
            .windows(extras.len())
            .position(|w| w == extras.as_bytes())
            .unwrap();
        let mut p = payload[..at].to_vec();
        p.extend_from_slice(changed.as_bytes());
        p.extend_from_slice(&payload[at + extras.len()..]);
        decode(&link_around_in(3, &p))
    };
    let damaged = |from: &str, to: &str, says: &str| {
        let e = with(from, to).unwrap_err();
        assert!(matches!(e, ShareError::Damaged(_)), "{to}: {e:?}");
        assert!(e.to_string().contains(says), "{to}: {e}");
    };
    damaged(
        r#""links":[[1,2]]"#,
        r#""links":[[1,99]]"#,
        "does not join two notes",
    );
    damaged(
        r#""links":[[1,2]]"#,
        r#""links":[[1,2],[1,2]]"#,
        "not in order",
    );
    damaged(
        r#""today":"mass-distribution""#,
        r#""today":"lectures""#,
        "models.today",
    );
    damaged(r#""currency":"GBP""#, r#""currency":"££""#, "currency");
    damaged(r#""moves":[1]"#, r#""moves":[2]"#, "not a result");
    damaged(r#","models""#, r#","models":{},"models""#, "given twice");
    damaged(r#""rate":85.5"#, r#""rate":85.50"#, "one way");
    damaged(r#""marks":[[1,"#, r#""marks":[[7,"#, "names no note");
    let e = decode(&link_around_in(3, &[0, 0xff, 0, b'[', b']', 0xff])).unwrap_err();
    assert!(e.to_string().contains("not an object"), "{e}");
    let e = decode(&link_around_in(3, &[0, 0xff, 0, b'{', 0xff])).unwrap_err();
    assert!(e.to_string().contains("not JSON"), "{e}");
    // Empty extras are the canvas without any.
    let c = decode(&link_around_in(3, &[0, 0xff, 0, 0xff, 0xfe, 1, b'a', 0xff])).unwrap();
    assert!(c.links.is_empty() && c.metrics.is_empty());
}

/// Format 3's dictionary is frozen like format 1's.
#[test]
fn the_dictionary_of_format_3_is_frozen() {
    let dict = crate::core::share::dictionary::dictionary(3);
    let hash = dict.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    assert_eq!(
        (dict.len(), hash),
        (11904, 10404436999057239420),
        "The dictionary of format 3 changed: its links would no longer open."
    );
    assert!(dict.starts_with(DICTIONARY_V1.as_bytes()));
}

/// Format 2 as released: this link must open as this canvas forever.
const FIXED_V2: &str = "c2.ZZq9CoNQDIUVoUih79CxhQ79GdqOCrqIg-jkJi6CuLi4Ouou-CCubvdNfA8TE_Ui6JohgQzhnO9EMeJsSQOHsiHk-f6ibvJHFCdS1Nf7IJxG1V8v_rotGmK5loGgBwc-dZ7n_bkonTeCMmp08qXQIHSPoHJjzd4B0lsoehJqyePq5FEquuKOcNm4gmglLZiN9FBXLOxfv2eKE2E8T_U";

#[test]
fn the_fixed_link_of_format_2_opens_as_its_canvas() {
    assert_eq!(decode(FIXED_V2), Ok(renumbered(coloured_sample())));
}

#[test]
fn a_canvas_without_colours_is_written_in_format_1_and_with_them_in_format_2() {
    assert_eq!(encode(&fixed_v1_canvas()).unwrap(), FIXED_V1);
    let link = encode(&coloured_sample()).unwrap();
    assert!(link.starts_with("c2."), "{link}");
    assert_eq!(link, FIXED_V2);
    // A renamed legend alone needs format 2 as well.
    let mut c = sample();
    c.legend.set_label(NoteColour::Yellow, "Quick win");
    let link = encode(&c).unwrap();
    assert!(link.starts_with("c2."), "{link}");
    assert_eq!(decode(&link), Ok(renumbered(c)));
    // A newer build may write format 2 for any canvas: it opens too.
    let plain = fixed_v1_canvas();
    let payload = encode_payload(&plain, 2).unwrap();
    assert_eq!(decode(&link_around_in(2, &payload)), Ok(plain));
}

#[test]
fn colours_and_legends_must_be_known_and_written_one_way() {
    let damaged = [
        (&[0u8, 0xff][..], "stops inside the legend"),
        (&[0, 0xff, 0, 0xfe, 1, 0xfd], "stops inside a note colour"),
        (&[0, 0xff, 0, 0xfe, 1, 0xfd, 1], "stops inside a note"),
        (
            &[0, 0xff, 0x01, b'I', b'd', b'e', b'a', 0xff],
            "not written the one way",
        ),
        (&[0, 0xff, 0x08, b'a', b'\n', b'b', 0xff], "label for red"),
        (
            &[0, 0xff, 0x02, b'x', 0xff, 0xfe, 1, 0xfd, 0x80, 0x00, 0xff],
            "shortest form",
        ),
    ];
    for (payload, says) in damaged {
        let e = decode(&link_around_in(2, payload)).unwrap_err();
        assert!(matches!(e, ShareError::Damaged(_)), "{payload:?}: {e:?}");
        assert!(e.to_string().contains(says), "{payload:?}: {e}");
    }
    let unreadable = [
        (&[0u8, 0xff, 0x40][..], "colours this version does not have"),
        (
            &[0, 0xff, 0, 0xfe, 1, 0xfd, 6, b'a', 0xff],
            "unknown colour number 6",
        ),
    ];
    for (payload, says) in unreadable {
        let e = decode(&link_around_in(2, payload)).unwrap_err();
        assert!(matches!(e, ShareError::Unreadable(_)), "{payload:?}: {e:?}");
        assert!(e.to_string().contains(says), "{payload:?}: {e}");
    }
    // In format 1 the colour mark is no mark: the note's text is not UTF-8.
    let e = decode(&link_around(&[0, 0xff, 0xfe, 1, 0xfd, 1, b'a', 0xff])).unwrap_err();
    assert!(e.to_string().contains("not valid UTF-8"), "{e}");
    // The highest colour number opens.
    let c = decode(&link_around_in(
        2,
        &[0, 0xff, 0x20, b'?', 0xff, 0xfe, 1, 0xfd, 5, b'a', 0xff],
    ))
    .unwrap();
    assert_eq!(c.notes[0].colour, Some(NoteColour::Orange));
    assert_eq!(c.tag_of(&c.notes[0]), Some("?"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_canvas_comes_back_from_its_link(c in arb_canvas()) {
        prop_assert_eq!(decode(&encode(&c).unwrap()), Ok(c));
    }

    /// Moving notes puts places out of id order: threads still travel.
    #[test]
    fn a_canvas_with_moved_notes_comes_back_with_its_threads(
        c in arb_canvas(),
        moves in prop::collection::vec((any::<prop::sample::Index>(), 0usize..5, prop::option::of(0usize..4)), 1..6),
    ) {
        let mut c = c;
        let blocks = ["key-partners", "design", "customer-segments", "customers", "unfair-advantage"];
        for (which, block, at) in moves {
            if c.notes.is_empty() {
                break;
            }
            let id = c.notes[which.index(c.notes.len())].id;
            crate::core::canvas::model::move_note(&mut c.notes, id, blocks[block], at);
        }
        prop_assert_eq!(decode(&encode(&c).unwrap()), Ok(renumbered(c)));
    }

    #[test]
    fn random_text_never_panics(s in "(?s).{0,200}", t in "c[12]\\.[A-Za-z0-9_-]{0,300}") {
        let _ = decode(&s);
        let _ = decode(&t);
    }

    #[test]
    fn random_payloads_never_panic_and_what_opens_is_valid(
        payload in prop::collection::vec(any::<u8>(), 0..200),
        format in 1u32..=2,
    ) {
        if let Ok(c) = decode(&link_around_in(format, &payload)) {
            prop_assert!(c.validate().is_ok());
            // What opens is exactly what the payload said: encoding it gives it back.
            prop_assert_eq!(encode_payload(&c, format).unwrap(), payload);
        }
    }

    #[test]
    fn a_mutated_link_is_refused_or_opens_unchanged(
        c in arb_canvas(),
        at in any::<prop::sample::Index>(),
        to in prop::sample::select(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~".to_vec()),
        cut in any::<prop::sample::Index>(),
    ) {
        let link = encode(&c).unwrap();
        let mut bytes = link.clone().into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = to;
        let mutated = String::from_utf8(bytes).unwrap();
        if let Ok(d) = decode(&mutated) {
            prop_assert_eq!(d, c.clone());
        }
        let end = cut.index(link.len());
        prop_assert!(decode(&link[..end]).is_err());
    }
}

/// A dinar's three decimals travel in format 3 as the number's text
/// (`0.125`); a build before them refuses such a link as damaged.
#[test]
fn three_decimals_go_through_a_link_exactly() {
    use crate::core::method::worksheet::{Amount, Line, LineKind};
    let mut c = renumbered(sample_with_extras());
    c.worksheet.currency = "KWD".into();
    let mut travel = Line::new(LineKind::Travel);
    travel.amount = Amount(125);
    c.worksheet.lines.push(travel);
    let extras = crate::core::format::link_extras::link_extras(&c);
    assert!(
        extras.contains(r#"{"kind":"travel","amount":0.125}"#),
        "{extras}"
    );
    // Format 4, so that an older build says "newer" instead of "damaged".
    let link = encode(&c).unwrap();
    assert!(link.starts_with("c4."), "{link}");
    assert_eq!(decode(&link), Ok(c.clone()));
    c.worksheet.lines.last_mut().unwrap().amount = Amount(120);
    assert!(encode(&c).unwrap().starts_with("c3."));
}

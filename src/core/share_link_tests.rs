//! Share links: round trips, the fixed link of each released format, and a
//! decoder that refuses every damaged, cut or hostile link without panicking.

use super::*;
use crate::core::colour::{NoteColour, PALETTE};
use crate::core::kind::CanvasKind;
use crate::core::model::{Note, NoteId};
use crate::core::share_dictionary::DICTIONARY_V1;
use crate::core::testing::arb_extras;
use proptest::prelude::*;

/// The notes numbered 1..=n, as a decoded canvas has them.
fn renumbered(mut c: Canvas) -> Canvas {
    for (i, n) in c.notes.iter_mut().enumerate() {
        n.id = (i + 1) as NoteId;
    }
    c
}

fn sample() -> Canvas {
    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    c.title = "Acme L&D — 2027".into();
    for (block, text) in [
        ("customer-segments", "Sales managers in EMEA"),
        (
            "business-outcomes",
            "Time to competence\nfrom 9 to 6 months",
        ),
        ("key-partners", "IT for the LMS"),
        ("design", ""),
        ("customer-segments", "Field engineers (Zürich, Kraków)"),
        // A note of another kind travels too: it is kept, not dropped.
        ("investment-return", "SME hours × loaded rate ≈ €180k"),
    ] {
        let id = c.add_note(block);
        c.set_note_text(id, text);
    }
    c
}

/// A link of `format` around an arbitrary payload, with a valid checksum:
/// what a tampered or newer link could hold.
fn link_around_in(format: u32, payload: &[u8]) -> String {
    let mut bytes =
        deflate_with_dictionary(payload, &crate::core::share_dictionary::dictionary(format));
    bytes.extend_from_slice(&adler2::adler32_slice(payload).to_be_bytes());
    format!("c{format}.{}", URL_SAFE_NO_PAD.encode(bytes))
}

fn link_around(payload: &[u8]) -> String {
    link_around_in(1, payload)
}

/// The sample with colours: two notes coloured, one colour renamed.
fn coloured_sample() -> Canvas {
    let mut c = sample();
    c.set_note_colour(c.notes[0].id, Some(NoteColour::Blue));
    c.set_note_colour(c.notes[2].id, Some(NoteColour::Red));
    c.set_note_colour(c.notes[4].id, Some(NoteColour::Red));
    c.legend.set_label(NoteColour::Red, "Blocker for Q3");
    c
}

/// Format 1 as released: this link must open as this canvas forever.
const FIXED_V1: &str = "c1.ZZmhDkBgFIUpZjbvILIJKIgCxSSSZorNFEUV6TYPomr_m3iQe138_2zUG0644eyc70hR3T1r4DEuhDw9H0HJub_z35BknMURglr8aJR2q4fXUfRsBInsXYQKwvQIMokmHxRqlmynSNbYRtpXLdsGC0F_CQJbBRe4K_MxT1eEdwOnxRMRaUcj";

fn fixed_v1_canvas() -> Canvas {
    renumbered(sample())
}

#[test]
fn the_fixed_link_of_format_1_opens_as_its_canvas() {
    assert_eq!(decode(FIXED_V1), Ok(fixed_v1_canvas()));
    assert_eq!(decode(&format!("#{FIXED_V1}")), Ok(fixed_v1_canvas()));
}

/// The coloured sample with every extra: marks, models, a thread, a
/// worksheet and a scorecard.
fn sample_with_extras() -> Canvas {
    use crate::core::learning_model::LearningModel;
    use crate::core::marks::{PartnerSide, Role};
    use crate::core::scorecard::{set_moves, Metric, MetricRole};
    use crate::core::worksheet::{Amount, Line, LineKind};
    let mut c = coloured_sample();
    c.notes[2].partner = Some(PartnerSide::Internal);
    c.notes[0].roles = [Role::Sponsor, Role::Learner].into_iter().collect();
    c.models.today = Some(LearningModel::MassDistribution);
    c.models.aim = Some(LearningModel::PerformanceSupport);
    c.dismissed_hints.push("mass-distribution-content".into());
    crate::core::threads::link(&mut c.links, c.notes[0].id, c.notes[1].id);
    let mut expert = Line::new(LineKind::ExpertTime);
    expert.hours = Amount(120_000);
    expert.rate = Amount(8_550);
    let mut payroll = Line::new(LineKind::Payroll);
    payroll.label = "Team of 3".into();
    payroll.amount = Amount(18_000_000);
    c.worksheet.lines = vec![payroll, expert];
    c.worksheet.currency = "GBP".into();
    let mut result = Metric::new(1, "business-outcomes", MetricRole::Result);
    result.name = "Time to competence".into();
    result.unit = "months".into();
    result.current = Some(Amount(900));
    result.target = Some(Amount(600));
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
    let extras = crate::core::extras_format::link_extras(&c);
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
    damaged(r#","models""#, r#","models":{},"models""#, "one way");
    damaged(r#""marks":[[1,"#, r#""marks":[[7,"#, "names no note");
    let e = decode(&link_around_in(3, &[0, 0xff, 0, b'[', b']', 0xff])).unwrap_err();
    assert!(e.to_string().contains("not an object"), "{e}");
    let e = decode(&link_around_in(3, &[0, 0xff, 0, b'{', 0xff])).unwrap_err();
    assert!(e.to_string().contains("not JSON"), "{e}");
    // Empty extras are the canvas without any.
    let c = decode(&link_around_in(3, &[0, 0xff, 0, 0xff, 0xfe, 1, b'a', 0xff])).unwrap();
    assert!(c.links.is_empty() && c.metrics.is_empty());
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
fn a_canvas_comes_back_from_its_link() {
    let c = sample();
    let link = encode(&c).unwrap();
    assert!(link.starts_with("c1."), "{link}");
    assert!(link[3..]
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_eq!(decode(&link), Ok(renumbered(c)));
}

#[test]
fn each_kind_and_an_empty_canvas_come_back() {
    for kind in CanvasKind::ALL {
        let mut c = Canvas::new(kind);
        c.title.clear();
        assert_eq!(decode(&encode(&c).unwrap()), Ok(c.clone()));
        for b in kind.def().blocks {
            c.add_note(b.id);
        }
        assert_eq!(decode(&encode(&c).unwrap()), Ok(renumbered(c)));
    }
}

#[test]
fn every_block_of_every_kind_has_a_number_and_numbers_are_unique() {
    for kind in CanvasKind::ALL {
        assert!(KINDS_V1.contains(&kind));
        for b in kind.def().blocks {
            assert!(BLOCKS_V1.contains(&b.id), "{} has no number", b.id);
        }
    }
    for (i, b) in BLOCKS_V1.iter().enumerate() {
        assert!(!BLOCKS_V1[..i].contains(b), "{b} twice");
    }
}

#[test]
fn the_dictionary_makes_links_shorter() {
    let c = sample();
    let payload = encode_payload(&c, 1).unwrap();
    let with = deflate_with_dictionary(&payload, DICTIONARY_V1.as_bytes()).len();
    let without = miniz_oxide::deflate::compress_to_vec(&payload, 10).len();
    assert!(with < without, "{with} vs {without}");
}

#[test]
fn spaces_and_line_breaks_in_a_link_are_ignored() {
    let link = encode(&sample()).unwrap();
    let wrapped = format!("{}\n  {} ", &link[..40], &link[40..]);
    assert_eq!(decode(&wrapped), decode(&link));
}

#[test]
fn every_truncation_of_a_link_is_an_error() {
    let link = encode(&sample()).unwrap();
    for end in 0..link.len() {
        let cut = &link[..end];
        assert!(decode(cut).is_err(), "cut at {end} opened");
    }
    assert_eq!(decode(&link[..link.len() - 1]), Err(ShareError::Incomplete));
    assert_eq!(decode(&link[..link.len() / 2]), Err(ShareError::Incomplete));
    assert_eq!(decode("c1"), Err(ShareError::Incomplete));
    assert_eq!(decode("c1."), Err(ShareError::Incomplete));
}

#[test]
fn a_link_of_a_newer_format_says_so() {
    let link = encode(&sample()).unwrap();
    assert_eq!(
        decode(&link.replacen("c1.", "c4.", 1)),
        Err(ShareError::TooNew(4))
    );
    assert_eq!(
        decode("c99999999999.AAAA"),
        Err(ShareError::TooNew(u32::MAX))
    );
}

#[test]
fn what_is_not_a_link_says_so() {
    for f in [
        "",
        "#",
        "x1.abc",
        "c0.AAAA",
        "c.AAAA",
        "cx.AAAA",
        "/template/x",
    ] {
        assert!(decode(f).is_err(), "{f:?}");
    }
    assert_eq!(decode("#/template/x"), Err(ShareError::NotALink));
    assert!(is_share_fragment("#c1.abc") && is_share_fragment("c") && is_share_fragment("c2"));
    assert!(
        !is_share_fragment("#/template/x") && !is_share_fragment("") && !is_share_fragment("cx")
    );
}

#[test]
fn a_changed_character_is_caught() {
    let link = encode(&sample()).unwrap();
    let mut bytes = link.into_bytes();
    let at = bytes.len() / 2;
    bytes[at] = if bytes[at] == b'A' { b'B' } else { b'A' };
    let changed = String::from_utf8(bytes).unwrap();
    assert!(
        matches!(decode(&changed), Err(ShareError::Damaged(_))),
        "{:?}",
        decode(&changed)
    );
    let odd = format!("{}é{}", &changed[..10], &changed[10..]);
    assert_eq!(
        decode(&odd),
        Err(ShareError::Damaged(
            "it holds “\\u{e9}”, a character these links never contain".into()
        ))
    );
}

#[test]
fn what_a_sentence_or_chat_app_adds_after_a_link_is_ignored() {
    let link = encode(&sample()).unwrap();
    for tail in [".", ")", "!", "”."] {
        assert_eq!(decode(&format!("{link}{tail}")), decode(&link), "{tail}");
    }
    // A chat app that cut the link and added "…": incomplete, as it is.
    let cut = format!("{}…", &link[..link.len() - 10]);
    assert_eq!(decode(&cut), Err(ShareError::Incomplete));
}

#[test]
fn unknown_kinds_and_blocks_are_refused_with_a_reason() {
    // kind 4 does not exist
    let e = decode(&link_around(&[4, 0xff])).unwrap_err();
    assert!(e.to_string().contains("reload the page"), "{e}");
    assert_eq!(
        e,
        ShareError::Unreadable("unknown canvas kind number 4".into())
    );
    // one note in block 24, which format 1 does not have
    let e = decode(&link_around(&[0, 0xff, 0xfe, 24, b'a', 0xff])).unwrap_err();
    assert!(e.to_string().contains("unknown block number 24"), "{e}");
    // the same with a known block opens
    let c = decode(&link_around(&[0, 0xff, 0xfe, 23, b'a', 0xff])).unwrap();
    assert_eq!(
        (c.notes[0].block.as_str(), c.notes[0].text.as_str()),
        ("unfair-advantage", "a")
    );
}

#[test]
fn a_payload_must_be_whole_and_written_one_way() {
    for (payload, says) in [
        (&[0u8, b'a'][..], "stops inside the title"),
        (&[0, 0xff, b'a', 0xff], "has no block"),
        (&[0, 0xff, 0xfe, 1, b'a'], "stops inside a note"),
        (&[0, 0xff, 0xfe], "stops inside a block number"),
        (
            &[0, 0xff, 0xfe, 1, 0xff, 0xfe, 1, 0xff],
            "repeats its block",
        ),
        (&[0, 0xff, 0xfe, 0x80, 0x00, 0xff], "shortest form"),
        (
            &[0, 0xff, 0xfe, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01],
            "too long",
        ),
        (&[0, 0xff, 0xfe, 0x80, 0x80, 0x80, 0x80, 0x7f], "too large"),
        (&[0, 0xc3, 0x28, 0xff], "not valid UTF-8"),
    ] {
        let e = decode(&link_around(payload)).unwrap_err();
        assert!(matches!(e, ShareError::Damaged(_)), "{payload:?}: {e:?}");
        assert!(e.to_string().contains(says), "{payload:?}: {e}");
    }
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

#[test]
fn a_tiny_link_of_countless_empty_notes_is_refused() {
    // Deflate turns a million end-of-text bytes into a link of ~1,400 characters.
    let mut payload = vec![0, 0xff, 0xfe, 0];
    payload.extend(std::iter::repeat_n(0xff, 1_000_000));
    let link = link_around(&payload);
    assert!(link.len() < 2000, "{}", link.len());
    assert_eq!(decode(&link), Err(ShareError::TooLarge));
    // At the cap it still opens.
    let mut payload = vec![0, 0xff, 0xfe, 0];
    payload.extend(std::iter::repeat_n(0xff, MAX_NOTES));
    assert_eq!(
        decode(&link_around(&payload)).map(|c| c.notes.len()),
        Ok(MAX_NOTES)
    );
    let mut c = Canvas::default();
    for _ in 0..=MAX_NOTES {
        c.add_note("design");
    }
    assert_eq!(encode(&c), Err(EncodeError::TooLarge));
}

#[test]
fn large_and_repetitive_canvases_come_back() {
    // Over the 32 KiB window, and far more output than input (the
    // inflater's buffer has to grow several times).
    let mut c = Canvas::new(CanvasKind::BusinessModel);
    for i in 0..400 {
        let id = c.add_note(BLOCKS_V1[14 + i % 5]);
        c.set_note_text(
            id,
            &format!("Partner programme {i}: {}", "onboarding ".repeat(i % 17)),
        );
    }
    let link = encode(&c).unwrap();
    assert!(encode_payload(&c, 1).unwrap().len() > 40_000);
    assert_eq!(decode(&link), Ok(renumbered(c)));
    let mut c = Canvas::default();
    let id = c.add_note("design");
    c.set_note_text(id, &"a".repeat(MAX_PAYLOAD_BYTES - 100));
    let link = encode(&c).unwrap();
    assert!(link.len() < 2000, "{}", link.len());
    assert_eq!(decode(&link), Ok(c));
}

/// The dictionary is part of format 1: any edit to it breaks every link of
/// that format, so this fails first, with a clear message.
#[test]
fn the_dictionary_of_format_3_is_frozen() {
    let dict = crate::core::share_dictionary::dictionary(3);
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

#[test]
fn the_dictionary_of_format_1_is_frozen() {
    let hash = DICTIONARY_V1
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    assert_eq!(
        (DICTIONARY_V1.len(), hash),
        (10720, 11017058410031589223),
        "DICTIONARY_V1 changed: links of format 1 would no longer open. Put a new \
         dictionary in a new format instead."
    );
}

#[test]
fn a_zip_bomb_is_refused() {
    let huge = vec![0u8; MAX_PAYLOAD_BYTES + 1];
    assert_eq!(decode(&link_around(&huge)), Err(ShareError::TooLarge));
    let too_long = format!("c1.{}", "A".repeat(MAX_LINK_CHARS));
    assert_eq!(decode(&too_long), Err(ShareError::TooLarge));
}

#[test]
fn a_canvas_that_cannot_travel_says_why() {
    let mut c = sample();
    c.add_note("no-such-block");
    assert_eq!(
        encode(&c),
        Err(EncodeError::UnknownBlock("no-such-block".into()))
    );
    let mut c = sample();
    let id = c.add_note("design");
    c.set_note_text(id, &"x".repeat(MAX_PAYLOAD_BYTES));
    assert_eq!(encode(&c), Err(EncodeError::TooLarge));
}

#[test]
fn fingerprints_name_the_canvas_not_its_ids() {
    let c = sample();
    assert_eq!(fingerprint(&c), fingerprint(&renumbered(c.clone())));
    let mut other = c.clone();
    other.title.push('!');
    assert_ne!(fingerprint(&c), fingerprint(&other));
    // Colours are part of what a canvas is.
    let coloured = coloured_sample();
    assert_ne!(fingerprint(&c), fingerprint(&coloured));
    let mut recoloured = coloured.clone();
    recoloured.set_note_colour(recoloured.notes[0].id, Some(NoteColour::Green));
    assert_ne!(fingerprint(&coloured), fingerprint(&recoloured));
}

#[test]
fn the_fingerprint_of_a_canvas_without_colours_is_the_one_format_1_gave() {
    // Copies saved before colours existed are recognised by this name.
    assert_eq!(fingerprint(&sample()), "746cbd936e30cfdf");
}

fn arb_canvas() -> impl Strategy<Value = Canvas> {
    // Few blocks, so that neighbouring notes often share one; many canvases
    // without colours (format 1), others with some (format 2), a third with
    // extras (format 3).
    let colour = prop::option::weighted(0.3, prop::sample::select(PALETTE.to_vec()));
    let note = (
        prop::sample::select(vec![0, 1, 6, 13, 23]),
        "(?s).{0,60}",
        colour,
    );
    let labels = prop::collection::vec((prop::sample::select(PALETTE.to_vec()), ".{0,45}"), 0..3);
    (
        0..KINDS_V1.len(),
        ".{0,30}",
        prop::collection::vec(note, 0..40),
        labels,
        prop::option::weighted(0.35, arb_extras()),
    )
        .prop_map(|(kind, title, notes, labels, extras)| {
            let mut c = Canvas::new(KINDS_V1[kind]);
            c.title = title;
            c.notes = notes
                .into_iter()
                .enumerate()
                .map(|(i, (b, text, colour))| {
                    let mut note = Note::new((i + 1) as NoteId, BLOCKS_V1[b], &text);
                    note.colour = colour;
                    note
                })
                .collect();
            for (colour, label) in labels {
                c.legend.set_label(colour, &label);
            }
            if let Some(extras) = extras {
                extras.apply(&mut c);
            }
            c
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_canvas_comes_back_from_its_link(c in arb_canvas()) {
        prop_assert_eq!(decode(&encode(&c).unwrap()), Ok(c));
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

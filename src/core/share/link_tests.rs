//! Share links: round trips, the fixed link of each released format, and a
//! decoder that refuses every damaged, cut or hostile link without panicking.

use super::*;
use crate::core::canvas::colour::NoteColour;
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::model::NoteId;
use crate::core::share::dictionary::DICTIONARY_V1;

/// The notes numbered 1..=n by place, as a decoded canvas has them, and
/// the links following their notes.
pub(super) fn renumbered(mut c: Canvas) -> Canvas {
    let new_id = |c: &Canvas, old: NoteId| {
        c.notes
            .iter()
            .position(|n| n.id == old)
            .map_or(0, |i| (i + 1) as NoteId)
    };
    let mut links: Vec<(NoteId, NoteId)> = c
        .links
        .iter()
        .map(|&(a, b)| {
            let (a, b) = (new_id(&c, a), new_id(&c, b));
            (a.min(b), a.max(b))
        })
        .collect();
    links.sort_unstable();
    c.links = links;
    for (i, n) in c.notes.iter_mut().enumerate() {
        n.id = (i + 1) as NoteId;
    }
    c
}

pub(super) fn sample() -> Canvas {
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
pub(super) fn link_around_in(format: u32, payload: &[u8]) -> String {
    let mut bytes =
        deflate_with_dictionary(payload, &crate::core::share::dictionary::dictionary(format));
    bytes.extend_from_slice(&adler2::adler32_slice(payload).to_be_bytes());
    format!("c{format}.{}", URL_SAFE_NO_PAD.encode(bytes))
}

pub(super) fn link_around(payload: &[u8]) -> String {
    link_around_in(1, payload)
}

/// The sample with colours: two notes coloured, one colour renamed.
pub(super) fn coloured_sample() -> Canvas {
    let mut c = sample();
    c.set_note_colour(c.notes[0].id, Some(NoteColour::Blue));
    c.set_note_colour(c.notes[2].id, Some(NoteColour::Red));
    c.set_note_colour(c.notes[4].id, Some(NoteColour::Red));
    c.legend.set_label(NoteColour::Red, "Blocker for Q3");
    c
}

/// Format 1 as released: this link must open as this canvas forever.
pub(super) const FIXED_V1: &str = "c1.ZZmhDkBgFIUpZjbvILIJKIgCxSSSZorNFEUV6TYPomr_m3iQe138_2zUG0644eyc70hR3T1r4DEuhDw9H0HJub_z35BknMURglr8aJR2q4fXUfRsBInsXYQKwvQIMokmHxRqlmynSNbYRtpXLdsGC0F_CQJbBRe4K_MxT1eEdwOnxRMRaUcj";

pub(super) fn fixed_v1_canvas() -> Canvas {
    renumbered(sample())
}

#[test]
fn the_fixed_link_of_format_1_opens_as_its_canvas() {
    assert_eq!(decode(FIXED_V1), Ok(fixed_v1_canvas()));
    assert_eq!(decode(&format!("#{FIXED_V1}")), Ok(fixed_v1_canvas()));
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
        decode(&link.replacen("c1.", "c7.", 1)),
        Err(ShareError::TooNew(7))
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

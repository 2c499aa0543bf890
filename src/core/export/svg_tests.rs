//! The SVG export: wrapping, every block and note as escaped text, and
//! what the picture adds under the blocks.

use super::*;
use crate::core::canvas::kind::CanvasKind;
use crate::core::testing::canvas_with;

#[test]
fn text_wraps_at_spaces_and_long_words_are_cut() {
    assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
    assert_eq!(wrap("abcdefghijk", 5), ["abcde", "fghij", "k"]);
    assert_eq!(wrap("a\n\nb", 10), ["a", "", "b"]);
    assert_eq!(wrap("", 10), [""]);
    assert_eq!(wrap("x  y\tz", 10), ["x y z"]);
    assert_eq!(
        wrap_at_most("one two three four", 9, 2),
        ["one two", "three"]
    );
}

/// The wrapping as first written: it counted and copied a long word
/// again for each piece cut from it.
fn wrap_as_before(text: &str, width: usize) -> Vec<String> {
    let width = width.max(4);
    let mut out = Vec::new();
    for para in text.lines() {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let mut word = word.to_string();
            loop {
                let len = line.chars().count();
                let wlen = word.chars().count();
                if len == 0 && wlen > width {
                    out.push(word.chars().take(width).collect());
                    word = word.chars().skip(width).collect();
                    continue;
                }
                if len > 0 && len + 1 + wlen > width {
                    out.push(std::mem::take(&mut line));
                    continue;
                }
                if len > 0 {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
        }
        out.push(line);
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

proptest::proptest! {
    /// One pass wraps as before, and its first lines are those of the whole.
    #[test]
    fn wrapping_in_one_pass_gives_the_same_lines(text in "([a-zé€ ]{0,30}\n?){0,6}", width in 0usize..30, max in 1usize..12) {
        let lines = wrap(&text, width);
        proptest::prop_assert_eq!(&lines, &wrap_as_before(&text, width));
        proptest::prop_assert_eq!(wrap_at_most(&text, width, max), &lines[..max.min(lines.len())]);
    }
}

#[test]
fn the_svg_holds_every_block_and_note_as_escaped_text() {
    let (mut c, ids) = canvas_with(
        CanvasKind::LearningModelNine,
        &[
            ("design", "<script>alert(1)</script> & more"),
            ("delivery", "Webinars"),
        ],
    );
    c.set_note_colour(ids[0], Some(NoteColour::Red));
    let svg = to_svg(&c);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.ends_with("</svg>"));
    for b in c.kind.def().blocks {
        assert!(
            svg.contains(&format!(">{}</text>", xml(b.title))),
            "{}",
            b.title
        );
    }
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
    assert!(!svg.contains("<script"));
    assert!(svg.contains(">RISK</text>"));
    assert!(svg.contains("fill=\"#fde1de\""));
    assert!(svg.contains(">Webinars</text>"));
}

#[test]
fn the_picture_numbers_threads_and_adds_the_date_legend_and_investment() {
    use crate::core::canvas::colour::NoteColour;
    use crate::core::method::worksheet::{Amount, Line, LineKind};
    let (mut c, ids) = crate::core::testing::canvas_with(
        CanvasKind::LearningModelNine,
        &[
            ("design", "Job aids"),
            ("delivery", "In the app"),
            ("delivery", "Alone"),
        ],
    );
    crate::core::canvas::threads::link(&mut c.links, ids[0], ids[1]);
    c.set_note_colour(ids[2], Some(NoteColour::Red));
    let mut pay = Line::new(LineKind::Payroll);
    pay.amount = Amount::from_units(150_000);
    c.worksheet.lines.push(pay);
    let svg = to_svg_on(&c, Some("3 Dec 2026"));
    assert_eq!(svg.matches(">THREAD 1</text>").count(), 2, "{svg}");
    for text in [
        ">As of 3 Dec 2026</text>",
        ">Legend</text>",
        ">Risk</text>",
        ">Investment: full EUR 150,000, 0.0 % of it hidden</text>",
        ">Threads (the numbers on the notes)</text>",
        ">1: “Job aids” (Design) — “In the app” (Delivery)</text>",
    ] {
        assert!(svg.contains(text), "{text} in {svg}");
    }
    // The picture grows to hold the footer.
    let height: u32 = svg
        .split("height=\"")
        .nth(1)
        .and_then(|h| h.split('"').next())
        .and_then(|h| h.parse().ok())
        .unwrap_or(0);
    assert!(height > HEADER + 3 * ROW_HEIGHT + 4 * 22, "{height}");
}

#[test]
fn a_note_too_long_for_its_block_shows_what_fits() {
    let long = "word ".repeat(2000);
    let (c, _) = canvas_with(
        CanvasKind::LearningModelNine,
        &[("design", &long), ("design", "next")],
    );
    let svg = to_svg(&c);
    assert!(svg.contains("word…</text>"), "the first lines, cut with …");
    assert!(svg.contains("… and 1 more note"));
    assert_eq!(xml("a\u{fffe}b\u{1}c"), "abc");
}

#[test]
fn a_full_block_says_how_many_notes_it_leaves_out() {
    let notes: Vec<(&str, &str)> = (0..40)
        .map(|_| ("design", "A note of a few words"))
        .collect();
    let (c, _) = canvas_with(CanvasKind::LearningModelNine, &notes);
    let svg = to_svg(&c);
    let shown = svg.matches(">A note of a few words</text>").count();
    assert!(shown < 40 && shown > 5, "{shown}");
    assert!(
        svg.contains(&format!("… and {} more notes", 40 - shown)),
        "{svg}"
    );
}

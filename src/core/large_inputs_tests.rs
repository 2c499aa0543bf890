//! The largest inputs the readers accept (issue 15, "Slow inputs"):
//! [`MAX_NOTES`] notes, [`MAX_LINKS`] links, and notes of
//! [`MAX_PAYLOAD_BYTES`] (1 MiB, all the text a share link carries; a file
//! may hold 5 MB in all). Exports, threads, link counts and comparisons
//! each take one pass over them (or sort them once): these tests build
//! that canvas and check what comes out, and finish quickly even
//! unoptimised, where the quadratic versions ran for minutes. No timing
//! is asserted (the machine is shared); `benches/large_inputs.rs` prints
//! the times.

use crate::core::canvas::colour::PALETTE;
use crate::core::canvas::compare::compare;
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::model::{next_note_id, Canvas, Link, Note, NoteId};
use crate::core::canvas::threads::{link_counts, thread, thread_check};
use crate::core::canvas::threads::{Needs, Neighbours, THREAD_RULES};
use crate::core::export::markdown::to_markdown;
use crate::core::export::svg::{to_svg, wrap, wrap_at_most};
use crate::core::format::extras::MAX_LINKS;
use crate::core::format::record::{encode_record, Record};
use crate::core::share::errors::{MAX_NOTES, MAX_PAYLOAD_BYTES};
use crate::core::share::file_import::read_canvas_file;
use std::collections::BTreeSet;

/// 1 MiB of words, as a long note would be written.
fn words(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 16);
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&format!("sponsor{i} "));
        i += 1;
    }
    out.truncate(bytes);
    out
}

/// Every note over the nine blocks, all in one thread (a chain), more
/// links up to the most accepted, and the first two notes 1 MiB long:
/// words, then one unbroken word (the hardest to wrap).
fn largest_canvas() -> Canvas {
    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    let blocks = c.kind.def().blocks;
    c.notes = (0..MAX_NOTES)
        .map(|i| {
            let text = format!("Note {i}: sponsors in Sales, onboarding in weeks — €{i}00");
            let mut n = Note::new(i as NoteId + 1, blocks[i % blocks.len()].id, &text);
            n.colour = (i % 3 == 0).then_some(PALETTE[i % PALETTE.len()]);
            n
        })
        .collect();
    c.notes[0].text = words(MAX_PAYLOAD_BYTES);
    c.notes[1].text = "a".repeat(MAX_PAYLOAD_BYTES);
    // Note i to i + 1 (one thread of every note), then to i + 2, i + 3, …
    let mut links: BTreeSet<Link> = BTreeSet::new();
    'gaps: for gap in 1..MAX_NOTES {
        for a in 1..=MAX_NOTES - gap {
            if links.len() == MAX_LINKS {
                break 'gaps;
            }
            links.insert((a as NoteId, (a + gap) as NoteId));
        }
    }
    c.links = links.into_iter().collect();
    c
}

#[test]
fn the_largest_canvas_is_one_a_file_may_hold() {
    let c = largest_canvas();
    assert_eq!((c.notes.len(), c.links.len()), (MAX_NOTES, MAX_LINKS));
    let raw = encode_record(&Record {
        canvas: c.clone(),
        created: 1,
        edited: 2,
        trashed: None,
    });
    // A stored record this large still opens (older builds had no limit on
    // text)...
    assert!(crate::core::format::record::decode_record(&raw, 3).is_ok_and(|r| r.canvas == c));
    // ...but an import refuses it, as the editor refuses to type it: two
    // megabytes of text are more than a link can carry.
    let refused = read_canvas_file(&raw, 3).err().unwrap_or_default();
    assert!(
        refused.contains("more than one canvas can"),
        "{}",
        &refused[..refused.len().min(200)]
    );
}

#[test]
fn a_megabyte_note_wraps_into_its_lines_in_one_pass() {
    let word = "a".repeat(MAX_PAYLOAD_BYTES);
    let lines = wrap(&word, 17);
    assert_eq!(lines.len(), MAX_PAYLOAD_BYTES.div_ceil(17));
    assert!(lines.iter().all(|l| l.len() <= 17));
    assert_eq!(lines.concat(), word, "cut where it stands, nothing lost");

    let text = words(MAX_PAYLOAD_BYTES);
    let lines = wrap(&text, 40);
    assert!(lines.iter().all(|l| l.chars().count() <= 40));
    assert_eq!(lines.join(" "), text.trim_end(), "broken at its spaces");
    // A block asks for the lines it has room for and reads no further.
    assert_eq!(wrap_at_most(&text, 40, 25), lines[..25]);
    assert_eq!(wrap_at_most(&word, 17, 3), vec!["a".repeat(17); 3]);
}

#[test]
fn the_largest_canvas_exports_what_fits_and_every_thread() {
    let c = largest_canvas();
    let svg = to_svg(&c);
    assert!(svg.ends_with("</svg>"));
    // Both long notes lead their blocks, cut to their room with "…", and
    // every block is too full to show all its notes.
    assert!(svg.contains("aaaa…</text>"), "the long word");
    assert!(svg.contains(" sponsor"), "the long text");
    assert_eq!(svg.matches(" more notes</text>").count(), 9);
    assert!(
        svg.len() < 1 << 20,
        "only what is shown: {} bytes",
        svg.len()
    );

    let md = to_markdown(&c);
    assert!(md.contains(&c.notes[1].text));
    // Each long note once, in its block: a link names its notes briefly.
    let most = 2 * MAX_PAYLOAD_BYTES + 300 * MAX_LINKS;
    assert!(md.len() < most, "{} bytes", md.len());
    let threads = md.split("## Threads\n\n").nth(1).unwrap_or_default();
    let listed = threads.lines().take_while(|l| l.starts_with("- “")).count();
    assert_eq!(listed, MAX_LINKS, "every link is listed by its notes");
}

#[test]
fn a_thread_of_every_note_and_every_count_come_from_one_index() {
    let c = largest_canvas();
    let near = Neighbours::of(&c.links);
    // Each link is held twice (once per end): the index grows with the links.
    let held: usize = c.notes.iter().map(|n| near.of_note(n.id).len()).sum();
    assert_eq!(held, 2 * MAX_LINKS);

    let all: BTreeSet<NoteId> = c.notes.iter().map(|n| n.id).collect();
    assert_eq!(thread(&c.links, 1), all, "the chain reaches every note");
    let counts = link_counts(&c.links);
    assert_eq!(counts.values().sum::<usize>(), 2 * MAX_LINKS);
    assert!(c
        .notes
        .iter()
        .all(|n| counts[&n.id] == near.of_note(n.id).len()));

    // Every note is linked, so only a rule asking for a particular block
    // can break, and then only where no link reaches that block.
    for b in thread_check(&c) {
        let rule = THREAD_RULES.iter().find(|r| r.block == b.block);
        assert!(rule.is_some_and(|r| matches!(r.needs, Needs::LinkTo(_))));
    }
}

#[test]
fn the_largest_canvas_compares_with_its_edit_note_by_note() {
    let c = largest_canvas();
    let mut edited = c.clone();
    edited.notes[2].text.push_str(" (edited)");
    edited.links.pop();
    let diff = compare(&c, &edited);
    let changes: usize = diff.blocks.iter().map(|b| b.changes.len()).sum();
    assert_eq!(changes, 1);
    assert_eq!(diff.others, ["Threads: 0 links added, 1 link removed"]);
    assert!(compare(&c, &c).is_empty());
}

#[test]
fn a_new_id_beside_the_highest_possible_is_found_without_rescanning() {
    let mut notes = largest_canvas().notes;
    notes[MAX_NOTES - 1].id = NoteId::MAX;
    assert_eq!(next_note_id(&notes), MAX_NOTES as NoteId);
}

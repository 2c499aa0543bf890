//! Benchmark of the largest inputs the readers accept (issue 15, "Slow
//! inputs"): 5,000 notes, 20,000 links, a note of 1 MiB of words and one
//! of a single 1 MiB word. Prints figures at a quarter, half and all of
//! that size, so growth shows (linear work doubles from row to row); asserts
//! nothing about time (the machine is shared and noisy). Run with
//! `cargo bench --bench large_inputs` or `scripts/bench.sh`.

use lmc::core::canvas::colour::PALETTE;
use lmc::core::canvas::compare::compare;
use lmc::core::canvas::kind::CanvasKind;
use lmc::core::canvas::model::{Canvas, Link, Note, NoteId};
use lmc::core::canvas::threads::{link_counts, thread, thread_check};
use lmc::core::export::markdown::to_markdown;
use lmc::core::export::svg::to_svg;
use lmc::core::format::extras::MAX_LINKS;
use lmc::core::format::record::{encode_record, Record};
use lmc::core::share::file_import::read_canvas_file;
use lmc::core::share::link::{MAX_NOTES, MAX_PAYLOAD_BYTES};
use std::collections::BTreeSet;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A canvas of `notes` notes over the nine blocks, every note in one
/// thread (a chain) plus more links up to `links`, and the first two notes
/// `big` bytes long: words, then one unbroken word (the hardest to wrap).
fn large_canvas(notes: usize, links: usize, big: usize) -> Canvas {
    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    let blocks = c.kind.def().blocks;
    c.notes = (0..notes)
        .map(|i| {
            let text = format!("Note {i}: sponsors in Sales, onboarding in weeks — €{i}00");
            let mut n = Note::new(i as NoteId + 1, blocks[i % blocks.len()].id, &text);
            n.colour = (i % 3 == 0).then_some(PALETTE[i % PALETTE.len()]);
            n
        })
        .collect();
    let mut words = String::new();
    for i in 0.. {
        if words.len() >= big {
            break;
        }
        words.push_str(&format!("sponsor{i} "));
    }
    words.truncate(big);
    c.notes[0].text = words;
    c.notes[1].text = "a".repeat(big);
    // Note i to i + 1 (one thread of every note), then to i + 2, i + 3, …
    let mut set: BTreeSet<Link> = BTreeSet::new();
    'gaps: for gap in 1..notes {
        for a in 1..=notes - gap {
            if set.len() == links {
                break 'gaps;
            }
            set.insert((a as NoteId, (a + gap) as NoteId));
        }
    }
    c.links = set.into_iter().collect();
    c
}

/// Median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn ms(d: Duration) -> String {
    format!("{:9.2}", d.as_secs_f64() * 1000.0)
}

fn main() {
    println!(
        "largest accepted inputs: {MAX_NOTES} notes, {MAX_LINKS} links, notes of {} KiB (release build, ms, median of 3)",
        MAX_PAYLOAD_BYTES >> 10
    );
    println!(
        "  {:>5} {:>6} {:>5} | {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "notes", "links", "KiB", "SVG", "Markdown", "thread", "check", "counts", "compare", "read"
    );
    for part in [4, 2, 1] {
        let (notes, links, big) = (MAX_NOTES / part, MAX_LINKS / part, MAX_PAYLOAD_BYTES / part);
        let c = large_canvas(notes, links, big);
        assert!(c.validate().is_ok());
        let mut edited = c.clone();
        edited.notes[2].text.push_str(" (edited)");
        edited.links.pop();
        let raw = encode_record(&Record {
            canvas: c.clone(),
            created: 1,
            edited: 2,
            trashed: None,
        });
        let row = [
            median(3, || drop(black_box(to_svg(&c)))),
            median(3, || drop(black_box(to_markdown(&c)))),
            // The first note's thread holds every note (the chain).
            median(3, || drop(black_box(thread(&c.links, 1)))),
            median(3, || drop(black_box(thread_check(&c)))),
            median(3, || drop(black_box(link_counts(&c.links)))),
            median(3, || drop(black_box(compare(&c, &edited)))),
            median(3, || drop(black_box(read_canvas_file(&raw, 3)))),
        ];
        let row: Vec<String> = row.into_iter().map(ms).collect();
        println!(
            "  {notes:>5} {links:>6} {:>5} | {}",
            big >> 10,
            row.join(" ")
        );
    }
}

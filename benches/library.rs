//! Benchmark of the drafts library on the in-memory store: 200 canvases of
//! 50 notes each. Prints figures; asserts nothing about time (the machine
//! is shared and noisy). Run with `cargo bench --bench library` or
//! `scripts/bench.sh`.

#[path = "sample.rs"]
mod sample;

use lmc::core::library::drafts::Library;
use lmc::core::library::store::{KeyValueStore, MemoryStore};
use sample::{realistic_canvas, CANVASES, NOTES};
use std::hint::black_box;
const NOW: i64 = 1_795_000_000_000;
use std::time::{Duration, Instant};

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
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let mut lib = Library::new(MemoryStore::default());
    let build = Instant::now();
    let mut ids = Vec::new();
    for i in 0..CANVASES {
        let (id, _) = lib
            .create(realistic_canvas(i), NOW + i as i64, i as u64 * 7919)
            .expect("create");
        ids.push(id);
    }
    let build = build.elapsed();
    let index_len = lib
        .store
        .get(lmc::core::library::drafts::INDEX_KEY)
        .unwrap()
        .map_or(0, |s| s.len());
    println!(
        "drafts library: {CANVASES} canvases x {NOTES} notes (in-memory store, release build)"
    );
    println!(
        "  storage used:           {} UTF-16 units (index {index_len} bytes)",
        lib.store.used()
    );
    println!("  creating all of them:   {}", ms(build));

    let listing = lib.listing(NOW).expect("listing");
    assert_eq!(listing.active().count(), CANVASES);
    println!(
        "  open the list (listing): {} (median of 50)",
        ms(median(50, || {
            black_box(lib.listing(NOW).unwrap());
        }))
    );
    println!(
        "  filter \"client 19\":     {} (median of 200, {} matches)",
        ms(median(200, || {
            black_box(listing.filtered("client 19").count());
        })),
        listing.filtered("client 19").count()
    );
    let (record, raw) = lib.load(&ids[100], NOW).unwrap();
    println!(
        "  open one canvas (load):  {} (median of 200)",
        ms(median(200, || {
            black_box(lib.load(&ids[100], NOW).unwrap());
        }))
    );
    let mut raw = raw;
    let mut canvas = record.canvas;
    println!(
        "  save one edit:           {} (median of 200; record + index)",
        ms(median(200, || {
            canvas.notes[0].text.push('!');
            raw = lib.save(&ids[100], &canvas, NOW, Some(&raw)).unwrap();
        }))
    );
    lib.store
        .remove(lmc::core::library::drafts::INDEX_KEY)
        .unwrap();
    println!(
        "  rebuild a lost index:    {} (once, parses every record)",
        ms(median(1, || {
            black_box(lib.listing(NOW).unwrap());
        }))
    );
}

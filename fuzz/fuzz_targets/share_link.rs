//! Fuzzes the share-link decoder: any text, as a fragment or behind a
//! `c1.`, `c2.` or `c3.` prefix (the first byte picks), must give a canvas
//! or a reason, never a panic, and a canvas that opens must be valid and
//! come back from its own link.
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use libfuzzer_sys::fuzz_target;
use lmc::core::share::link::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = decode(&text);
    // As the bytes inside a link, so the fuzzer spends its time in the
    // inflater and the payload reader rather than in base64.
    let (format, rest) = match data.split_first() {
        Some((first, rest)) => (1 + first % 3, rest),
        None => (1, data),
    };
    if let Ok(canvas) = decode(&format!("c{format}.{}", URL_SAFE_NO_PAD.encode(rest))) {
        assert!(canvas.validate().is_ok());
        let again = encode(&canvas).expect("a decoded canvas encodes");
        assert_eq!(decode(&again), Ok(canvas));
    }
});

//! Fuzzes the stored formats' decoder (serde_json through the format
//! structs): any text as a canvas record, an index, a snapshot list, the
//! copies of links, a template or the templates' index must give a value or
//! a reason, never a panic; a record that opens is valid, and once written
//! it reads back as itself and is written the same way again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lmc::core::format::index::{decode_index, decode_snapshots};
use lmc::core::format::record::{decode_record, encode_record};
use lmc::core::format::templates;
use lmc::core::library::shared_copies::decode_copies;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(record) = decode_record(text, 0) {
        assert!(record.canvas.validate().is_ok());
        let written = encode_record(&record);
        let back = decode_record(&written, 0).expect("a written record opens");
        assert_eq!(back, record);
        assert_eq!(encode_record(&back), written);
    }
    let _ = decode_index(text);
    let _ = decode_snapshots(text);
    let _ = decode_copies(text);
    let _ = templates::decode_index(text);
    let _ = templates::decode_template("fuzz", text);
});

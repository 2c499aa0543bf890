//! What is stored and read as JSON: canvas records of every version, the
//! library's index and snapshot lists, templates and the
//! extras a canvas carries beyond its notes.
pub mod canvas_json;
pub mod document;
pub mod extras;
pub mod ids;
pub mod index;
pub mod json;
pub mod link_extras;
pub mod record;
pub mod templates;
pub mod votes_json;

pub use record::{decode_record, encode_record, FormatError, Record};

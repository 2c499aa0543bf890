//! The pure core: no web-sys, no DOM. Everything here is tested natively.
pub mod colour;
pub mod compare;
pub mod history;
pub mod json;
pub mod kind;
pub mod library;
pub mod library_format;
pub mod model;
pub mod share_dictionary;
pub mod share_link;
pub mod share_payload;
pub mod shared_copies;
pub mod storage_format;
pub mod store;
pub mod time_text;

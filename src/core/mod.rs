//! The pure core: no web-sys, no DOM. Everything here is tested natively.
pub mod colour;
pub mod compare;
pub mod extras_format;
pub mod hints;
pub mod history;
pub mod json;
pub mod kind;
pub mod learning_model;
pub mod library;
pub mod library_format;
pub mod markdown;
pub mod marks;
pub mod model;
pub mod scorecard;
pub mod share_dictionary;
pub mod share_link;
pub mod share_payload;
pub mod shared_copies;
pub mod storage_format;
pub mod store;
pub mod templates;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub mod testing;
pub mod threads;
pub mod time_text;
pub mod worksheet;

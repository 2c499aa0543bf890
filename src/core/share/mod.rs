//! How a canvas travels: share links (a whole canvas in the fragment of a
//! URL: `link` is the codec, `payload` the compact form it compresses,
//! `dictionary` the preset text it compresses against), canvas files read
//! back (`file_import`), and what a canvas may hold so that every way out
//! and in works (`limits`).
pub mod dictionary;
pub mod errors;
pub mod file_import;
pub mod limits;
pub mod link;
pub mod payload;
pub mod qr;

pub use link::{decode, encode, fingerprint, is_share_fragment, ShareError};

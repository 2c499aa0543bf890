//! How a canvas travels: share links (a whole canvas in the fragment of a
//! URL: `link` is the codec, `payload` the compact form it compresses,
//! `dictionary` the preset text it compresses against), canvas files read
//! back (`file_import`), and what a canvas may hold so that every way out
//! and in works (`limits`).
pub mod dictionary;
pub mod envelope;
pub mod errors;
pub mod file_import;
pub mod fit;
pub mod limits;
pub mod link;
pub mod payload;
pub mod qr;
pub mod vote_links;

pub use envelope::{version_mark, Envelope};
pub use link::{decode, encode, encode_shared, fingerprint, is_share_fragment, open, ShareError};

//! Share links: a whole canvas in the fragment of a URL. `link` is the
//! codec, `payload` the compact form it compresses, `dictionary` the preset
//! text it compresses against.
pub mod dictionary;
pub mod errors;
pub mod limits;
pub mod link;
pub mod payload;

pub use link::{decode, encode, fingerprint, is_share_fragment, ShareError};

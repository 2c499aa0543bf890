//! The pure core: no web-sys, no DOM. Everything here is tested natively.
pub mod json;
pub mod kind;
pub mod model;
pub mod storage_format;

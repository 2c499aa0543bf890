//! Thin adapters over browser APIs. They hold no app logic.
pub mod clipboard;
pub mod clock;
pub mod download;
pub mod fetch;
pub mod fullscreen;
pub mod location;
pub mod locks;
pub mod number_format;
pub mod persist;
pub mod picture;
pub mod storage;
pub mod timing;
pub mod tone;

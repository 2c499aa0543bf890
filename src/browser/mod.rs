//! Thin adapters over browser APIs. They hold no app logic.
pub mod download;
pub mod storage;

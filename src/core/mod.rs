//! The pure core: no web-sys, no DOM. Everything here is tested natively.
//!
//! Arrows point down: `canvas` needs nothing else here; `method` builds on
//! `canvas`; `format`, `share` and `export` write and read both; `library`
//! keeps records through `format` in a key-value store; `workshop` (present
//! order, time-box) reads `canvas`.
pub mod canvas;
pub mod export;
pub mod format;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod large_inputs_tests;
pub mod library;
pub mod method;
pub mod share;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub mod testing;
pub mod workshop;

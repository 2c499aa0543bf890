//! End-to-end tests: the release build, served on loopback, driven in
//! headless Chromium as a person would use it, through roles and accessible
//! names. One crate, a module per area: a new file here is a new module
//! line below, and `scripts/test.sh` runs them all.
//!
//! They need `dist/` and Chromium, so plain `cargo test` skips them;
//! `scripts/test.sh` builds the release and runs them with `--ignored`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

mod accessibility;
mod basics;
mod canvas_layout;
mod colours;
mod combine;
mod copies;
mod deploy;
mod editing;
mod executive;
mod export;
mod library;
mod moving;
mod random_tabs;
mod scorecard;
mod share;
mod tabs;
mod templates;
mod threads;
mod voting_phones;
mod worksheet;
mod workshop;

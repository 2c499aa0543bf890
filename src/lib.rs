//! Learning Model Canvas: a one-page canvas for an L&D department, in the browser.
pub mod browser;
pub mod core;
pub mod ui;

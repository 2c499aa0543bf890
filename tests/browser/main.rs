//! Browser tests (wasm-bindgen-test in headless Chromium): browser APIs
//! and components in a real DOM. One crate, a module per area.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

mod support;

mod canvas_tools;
mod faults;
mod leaving;
mod limits_and_backup;
mod random_faults;
mod storage_and_editor;

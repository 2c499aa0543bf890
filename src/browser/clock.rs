//! The time and a little randomness, from the browser.

/// Milliseconds since 1970, as the records store dates.
pub fn now() -> i64 {
    js_sys::Date::now() as i64
}

/// Bits for a new canvas id (not security-relevant, only unique enough).
pub fn random_bits() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64 ^ now() as u64
}

/// Today in this browser's calendar: days since 1970-01-01, as links date
/// a share.
pub fn today() -> u32 {
    let date = js_sys::Date::new_0();
    let local_ms = date.get_time() - date.get_timezone_offset() * 60_000.0;
    (local_ms / 86_400_000.0).floor().max(0.0) as u32
}

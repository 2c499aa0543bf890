//! The time and a little randomness, from the browser.

/// Milliseconds since 1970, as the records store dates.
pub fn now() -> i64 {
    js_sys::Date::now() as i64
}

/// Bits for a new canvas id (not security-relevant, only unique enough).
pub fn random_bits() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64 ^ now() as u64
}

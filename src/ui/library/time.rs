//! Dates in the user's local time, for lists.

use crate::browser::clock::now;
use crate::core::library::time_text::{ago, date_time};

/// "22 Nov 2026, 14:05" in local time.
pub fn local_date(ms: i64) -> String {
    let offset_minutes = js_sys::Date::new(&(ms as f64).into()).get_timezone_offset();
    date_time(ms - (offset_minutes * 60_000.0) as i64)
}

/// "3 minutes ago", or the date beyond a week.
pub fn time_ago(ms: i64) -> String {
    ago(now(), ms, || local_date(ms))
}

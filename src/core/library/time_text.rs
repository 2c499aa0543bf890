//! Dates as the list shows them: "3 minutes ago", "22 Nov 2026, 14:05".
//! Times are milliseconds since 1970; the caller applies the local offset.

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;
const DAY: i64 = 24 * HOUR;

fn plural(n: i64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit} ago")
    } else {
        format!("{n} {unit}s ago")
    }
}

/// How long ago `then` was, in words; `date` is used beyond a week.
pub fn ago(now: i64, then: i64, date: impl FnOnce() -> String) -> String {
    let d = now.saturating_sub(then);
    match d {
        // A clock set back shows as "just now" rather than the future.
        _ if d < 45_000 => "just now".to_string(),
        _ if d < 90_000 => "1 minute ago".to_string(),
        _ if d < HOUR => plural((d + MINUTE / 2) / MINUTE, "minute"),
        _ if d < DAY => plural(d / HOUR, "hour"),
        _ if d < 2 * DAY => "yesterday".to_string(),
        _ if d < 7 * DAY => plural(d / DAY, "day"),
        _ => date(),
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// (year, month 1-12, day) of a day count since 1970-01-01 (proleptic
/// Gregorian; Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, usize, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month as usize, day)
}

/// "22 Nov 2026, 14:05" for a local time in milliseconds.
pub fn date_time(local_ms: i64) -> String {
    let (y, m, d) = civil_from_days(local_ms.div_euclid(DAY));
    let in_day = local_ms.rem_euclid(DAY);
    format!(
        "{d} {} {y}, {:02}:{:02}",
        MONTHS[m - 1],
        in_day / HOUR,
        in_day % HOUR / MINUTE
    )
}

/// "2026-12-02", for file names.
pub fn iso_date(local_ms: i64) -> String {
    let (y, m, d) = civil_from_days(local_ms.div_euclid(DAY));
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn file_dates_are_year_month_day() {
        assert_eq!(super::iso_date(1_795_000_000_000), "2026-11-18");
    }

    use super::*;

    const NOW: i64 = 1_795_000_000_000;

    fn ago_now(ms_before: i64) -> String {
        ago(NOW, NOW - ms_before, || "a date".into())
    }

    #[test]
    fn recent_times_read_as_words() {
        assert_eq!(ago_now(0), "just now");
        assert_eq!(ago_now(-5_000), "just now");
        assert_eq!(ago_now(44_000), "just now");
        assert_eq!(ago_now(60_000), "1 minute ago");
        assert_eq!(ago_now(3 * MINUTE), "3 minutes ago");
        assert_eq!(ago_now(59 * MINUTE), "59 minutes ago");
        assert_eq!(ago_now(HOUR), "1 hour ago");
        assert_eq!(ago_now(5 * HOUR + 59 * MINUTE), "5 hours ago");
        assert_eq!(ago_now(30 * HOUR), "yesterday");
        assert_eq!(ago_now(3 * DAY), "3 days ago");
        assert_eq!(ago_now(8 * DAY), "a date");
    }

    #[test]
    fn dates_are_calendar_dates() {
        assert_eq!(date_time(0), "1 Jan 1970, 00:00");
        // 2026-11-22 14:05 UTC
        assert_eq!(date_time(1_795_356_300_000), "22 Nov 2026, 14:05");
        // A leap day, and the day before 1970.
        assert_eq!(date_time(951_782_400_000), "29 Feb 2000, 00:00");
        assert_eq!(date_time(-60_000), "31 Dec 1969, 23:59");
    }
}

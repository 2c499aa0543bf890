//! A canvas's lineage: one id shared by every copy of a canvas (made once,
//! the first time it is shared; kept by "Save a copy" and by importing its
//! file; a Duplicate starts without one), and the version this copy was
//! made from, so a copy that comes back can be compared with mine against
//! the version both started from.

/// Lineage ids use this many bits: enough that two canvases of one person
/// never share one by chance, few enough to cost a link only 8 characters.
pub const LINEAGE_BITS: u32 = 48;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LineageId(u64);

impl LineageId {
    /// A new id from random bits; never zero.
    pub fn new(random_bits: u64) -> LineageId {
        let id = random_bits & ((1 << LINEAGE_BITS) - 1);
        LineageId(if id == 0 { 1 } else { id })
    }

    /// The id a link or a file says, if it is one (non-zero, in range).
    pub fn from_bits(bits: u64) -> Option<LineageId> {
        (bits != 0 && bits >> LINEAGE_BITS == 0).then_some(LineageId(bits))
    }

    pub fn bits(self) -> u64 {
        self.0
    }

    /// Twelve lower-case hex digits, as files and records write it.
    pub fn to_hex(self) -> String {
        format!("{:012x}", self.0)
    }

    /// The id written by [`LineageId::to_hex`], and only that way.
    pub fn from_hex(text: &str) -> Option<LineageId> {
        let hex = text.len() == 12 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        hex.then(|| u64::from_str_radix(text, 16).ok())
            .flatten()
            .and_then(LineageId::from_bits)
    }
}

/// A short mark of one version of a canvas (see
/// `core::share::envelope::version_mark`): equal versions, equal marks.
pub type VersionMark = u32;

/// Eight lower-case hex digits.
pub fn mark_to_hex(mark: VersionMark) -> String {
    format!("{mark:08x}")
}

pub fn mark_from_hex(text: &str) -> Option<VersionMark> {
    let hex = text.len() == 8 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    hex.then(|| u32::from_str_radix(text, 16).ok()).flatten()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lineage {
    pub id: LineageId,
    /// The version this copy was made from (a link or file it was saved
    /// from, or the last copy merged into it); `None` for the canvas that
    /// started the lineage, until it takes in a copy.
    pub base: Option<VersionMark>,
}

/// Who shared a link, when, and from which version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub lineage: LineageId,
    /// The version the sender's copy was made from; the version carried
    /// when the sender started the lineage.
    pub made_from: VersionMark,
    /// The sender's name, if they gave one (see [`clean_name`]).
    pub by: Option<String>,
    /// The day it was shared: days since 1970-01-01.
    pub day: u32,
}

/// The last day a link may name (31 Dec 9999).
pub const LAST_DAY: u32 = 2_932_896;
/// Names longer than this are cut.
pub const MAX_NAME_CHARS: usize = 60;

/// A name as links carry it: spaces collapsed, no control characters, at
/// most [`MAX_NAME_CHARS`] characters; `None` when nothing is left.
pub fn clean_name(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    let joined: String = words.join(" ").chars().take(MAX_NAME_CHARS).collect();
    let trimmed = joined.trim_end();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// "3 Dec 2026": a day of [`Envelope::day`] in the proleptic Gregorian calendar.
pub fn day_text(day: u32) -> String {
    let (y, m, d) = civil_from_days(i64::from(day));
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!("{d} {} {y}", MONTHS[(m - 1) as usize])
}

/// "2026-12-03", as files write a day.
pub fn day_iso(day: u32) -> String {
    let (y, m, d) = civil_from_days(i64::from(day));
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day [`day_iso`] wrote, and only such a day.
pub fn day_from_iso(text: &str) -> Option<u32> {
    let b = text.as_bytes();
    let ok = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    let num = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<i64>().ok());
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let days = days_from_civil(y, m, d);
    let day = u32::try_from(days).ok().filter(|d| *d <= LAST_DAY)?;
    (ok && day_iso(day) == text).then_some(day)
}

/// Howard Hinnant's `civil_from_days`: (year, month, day) of a day count.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Its inverse, `days_from_civil`.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn ids_are_never_zero_and_read_back_only_as_written() {
        assert_eq!(LineageId::new(0).bits(), 1);
        assert_eq!(LineageId::new(u64::MAX).bits(), (1 << 48) - 1);
        let id = LineageId::new(0xabc_0123_4567_89ab);
        assert_eq!(id.to_hex(), "0123456789ab");
        assert_eq!(LineageId::from_hex(&id.to_hex()), Some(id));
        for bad in [
            "",
            "0123456789AB",
            "000000000000",
            "0123456789abc",
            "+123456789ab",
        ] {
            assert_eq!(LineageId::from_hex(bad), None, "{bad}");
        }
        assert_eq!(LineageId::from_bits(1 << 48), None);
        assert_eq!(mark_from_hex(&mark_to_hex(0xdead_beef)), Some(0xdead_beef));
        assert_eq!(mark_from_hex("DEADBEEF"), None);
    }
}

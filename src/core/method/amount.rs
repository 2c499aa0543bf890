//! Exact numbers for the worksheet and the scorecard, and reading them from
//! what people type.
//!
//! An [`Amount`] is fixed-point thousandths, so money keeps the decimals of
//! its currency (none for JPY, two for EUR, three for KWD) and sums are
//! exact. An entry is at most [`MAX_ENTRY`], ten billion
//! (10,000,000,000); a larger one is refused with a message, never shown
//! rounded. Letters are never read as a number: only a currency sign, or a
//! real ISO 4217 code, may stand around the digits.

use super::currency::Currency;
use std::fmt;

/// A number with up to three decimals, stored as thousandths.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(pub i64);

/// Thousandths in one unit.
pub const SCALE: i64 = 1000;

/// The largest entry, in units: ten billion. No training line reaches it,
/// and the worksheet's largest products and sums stay exact in an i128.
pub const MAX_UNITS: i64 = 10_000_000_000;

/// The largest entry, in thousandths.
pub const MAX_ENTRY: i64 = MAX_UNITS * SCALE;

/// The limit as the field's message says it.
pub const MAX_IN_WORDS: &str = "10,000,000,000 (ten billion)";

impl Amount {
    pub const ZERO: Amount = Amount(0);

    pub fn from_units(units: i64) -> Amount {
        Amount(units.saturating_mul(SCALE))
    }

    /// The plain text of the number, `.` as decimal point, no grouping,
    /// without needless decimals ("1250", "85.5", "0.125", "-0.25").
    pub fn plain(self) -> String {
        plain(self.0.into())
    }

    /// Whether the number has at most `decimals` decimals.
    pub fn fits(self, decimals: u8) -> bool {
        self.0 % step(decimals) as i64 == 0
    }

    /// An amount as stored (a JSON number's text): digits, then at most
    /// three decimals after a `.`; zero or more, at most [`MAX_ENTRY`].
    pub fn from_stored(text: &str) -> Option<Amount> {
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !digits(whole) || !digits(fraction) {
            return None;
        }
        if text.contains('.') && !(1..=3).contains(&fraction.len()) {
            return None;
        }
        value_of(whole, fraction).filter(|v| v.0 <= MAX_ENTRY)
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.plain())
    }
}

/// Thousandths as plain text, like [`Amount::plain`], for sums too.
pub fn plain(thousandths: i128) -> String {
    let sign = if thousandths < 0 { "-" } else { "" };
    let n = thousandths.unsigned_abs();
    let (units, fraction) = (n / 1000, n % 1000);
    if fraction == 0 {
        return format!("{sign}{units}");
    }
    let digits = format!("{fraction:03}");
    format!("{sign}{units}.{}", digits.trim_end_matches('0'))
}

/// Thousandths in the smallest step of `decimals` (1 for three decimals,
/// 1000 for none).
pub fn step(decimals: u8) -> i128 {
    10_i128.pow(3 - u32::from(decimals.min(3)))
}

/// Divides with rounding half away from zero.
pub fn div_round(n: i128, d: i128) -> i128 {
    let q = n / d;
    let r = n % d;
    if r.unsigned_abs() >= d.unsigned_abs() - r.unsigned_abs() {
        q + n.signum() * d.signum()
    } else {
        q
    }
}

/// What an entry is, for the decimals it may have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    /// Money in the worksheet's currency: that currency's decimals, and no
    /// other currency's code.
    Money(Currency),
    /// Hours, and the scorecard's values: at most two decimals.
    Number,
    /// A count of people: whole.
    People,
}

impl EntryKind {
    /// The most decimals an entry of this kind has.
    pub fn decimals(self) -> u8 {
        match self {
            EntryKind::Money(c) => c.decimals(),
            EntryKind::Number => 2,
            EntryKind::People => 0,
        }
    }
}

/// Why an entry was refused, in words for the field's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    NotANumber,
    Negative,
    /// More decimals than the kind of entry has.
    TooManyDecimals(EntryKind),
    TooLarge,
    NotWhole,
    /// A currency code that is not the worksheet's: (typed, worksheet's).
    OtherCurrency(Currency, Currency),
}

impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryError::NotANumber => f.write_str("Enter a number, such as 1250 or 85.50."),
            EntryError::Negative => f.write_str("Enter zero or more: this cannot be negative."),
            EntryError::TooManyDecimals(EntryKind::Money(c)) if c.decimals() == 0 => {
                write!(f, "{} has no decimals: enter a whole amount.", c.code())
            }
            EntryError::TooManyDecimals(kind) if kind.decimals() == 3 => {
                f.write_str("Use at most three decimals.")
            }
            EntryError::TooManyDecimals(kind) if kind.decimals() == 0 => {
                f.write_str("Enter a whole number.")
            }
            EntryError::TooManyDecimals(_) => f.write_str("Use at most two decimals."),
            EntryError::TooLarge => write!(f, "Enter at most {MAX_IN_WORDS}."),
            EntryError::NotWhole => f.write_str("Enter a whole number of people."),
            EntryError::OtherCurrency(typed, ours) => write!(
                f,
                "This worksheet is in {}: enter the amount in {}, not {}.",
                ours.code(),
                ours.code(),
                typed.code()
            ),
        }
    }
}

/// The currency signs that may stand before or after the digits.
const SIGNS: &str = "€$£¥₹¤₩₺₫₪₽฿₱₦₴¢";

/// Takes a currency code off either end ("EUR 1250", "1250chf"): a run of
/// letters there must be a real ISO 4217 code.
fn without_code(text: &str) -> Result<(Option<Currency>, &str), EntryError> {
    let letters = |s: &str| s.bytes().take_while(u8::is_ascii_alphabetic).count();
    let lead = letters(text);
    let trail = text
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    // ASCII letters end on a character boundary.
    let (code, rest) = if lead > 0 {
        (&text[..lead], &text[lead..])
    } else if trail > 0 {
        (&text[text.len() - trail..], &text[..text.len() - trail])
    } else {
        return Ok((None, text));
    };
    let currency = Currency::iso(code).ok_or(EntryError::NotANumber)?;
    Ok((Some(currency), rest))
}

/// Reads what a person typed: digits, at most one decimal separator
/// (`decimal`, the locale's, or `.`), and grouping (spaces, apostrophes,
/// and the other of `,` and `.` before the decimal part). A currency sign,
/// or one real ISO 4217 code, may stand around the number; any other letter
/// makes it not a number. Empty means zero.
pub fn parse_entry(input: &str, decimal: char, kind: EntryKind) -> Result<Amount, EntryError> {
    let (code, rest) = without_code(input.trim())?;
    if let (Some(typed), EntryKind::Money(ours)) = (code, kind) {
        if typed != ours {
            return Err(EntryError::OtherCurrency(typed, ours));
        }
    }
    let is_sign = |c: char| c.is_whitespace() || SIGNS.contains(c);
    let rest = rest.trim_matches(is_sign);
    let (negative, rest) = match rest.strip_prefix(['-', '−']) {
        Some(r) => (true, r.trim_matches(is_sign)),
        None => (false, rest),
    };
    let body: String = rest
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '’')
        .collect();
    if body.is_empty() && !negative {
        return Ok(Amount::ZERO);
    }
    // The locale's separator marks the decimals. The other one does too
    // when it is there once with one or two digits after it ("85,50" typed
    // into an English page); otherwise it only groups thousands.
    let other = if decimal == ',' { '.' } else { ',' };
    let fraction_after = |sep: char| body.rsplit(sep).next().map_or(0, str::len);
    let sep = if body.contains(decimal) {
        Some(decimal)
    } else if body.matches(other).count() == 1 && (1..=2).contains(&fraction_after(other)) {
        Some(other)
    } else {
        None
    };
    let group = if sep == Some(other) { decimal } else { other };
    let (whole, fraction) = match sep.and_then(|s| body.rfind(s).map(|i| (i, s.len_utf8()))) {
        Some((i, len)) => (&body[..i], &body[i + len..]),
        None => (body.as_str(), ""),
    };
    let whole: String = whole.chars().filter(|c| *c != group).collect();
    if whole.is_empty() && fraction.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return Err(EntryError::NotANumber);
    }
    // Zeros at the end change nothing: "1250.00" is whole.
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > usize::from(kind.decimals()) {
        return Err(match kind {
            EntryKind::People => EntryError::NotWhole,
            _ => EntryError::TooManyDecimals(kind),
        });
    }
    if negative {
        return Err(EntryError::Negative);
    }
    value_of(&whole, fraction)
        .filter(|v| v.0 <= MAX_ENTRY)
        .ok_or(EntryError::TooLarge)
}

/// Digits before and (at most three) after the point, as thousandths;
/// `None` past what an i64 holds.
fn value_of(whole: &str, fraction: &str) -> Option<Amount> {
    let digits = whole.trim_start_matches('0');
    if digits.len() > 12 || fraction.len() > 3 {
        return None;
    }
    let units: i64 = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    let thousandths: i64 = if fraction.is_empty() {
        0
    } else {
        format!("{fraction:0<3}").parse().ok()?
    };
    Some(Amount(units * SCALE + thousandths))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "amount_tests.rs"]
mod tests;

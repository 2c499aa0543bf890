//! The Investment & Return worksheet: what training really costs, with the
//! hidden part (expert time, learners' time away from the job) beside the
//! direct spend budgets show, and what it is expected to return.
//!
//! Numbers are fixed-point hundredths ([`Amount`]), so sums are exact and
//! rounding happens once, in one place, half away from zero.

use std::fmt;

/// A number with two decimals, stored as hundredths.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(pub i64);

/// Larger entries are refused: no training line reaches ten billion, and
/// the product of three such numbers stays far inside an i128.
pub const MAX_ENTRY: i64 = 10_000_000_000 * 100;

impl Amount {
    pub const ZERO: Amount = Amount(0);

    pub fn from_units(units: i64) -> Amount {
        Amount(units * 100)
    }

    /// The plain text of the number, `.` as decimal point, no grouping,
    /// without needless decimals ("1250", "85.5", "-0.25").
    pub fn plain(self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let (units, cents) = (self.0.unsigned_abs() / 100, self.0.unsigned_abs() % 100);
        match cents {
            0 => format!("{sign}{units}"),
            c if c % 10 == 0 => format!("{sign}{units}.{}", c / 10),
            c => format!("{sign}{units}.{c:02}"),
        }
    }

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.plain())
    }
}

/// Divides with rounding half away from zero.
fn div_round(n: i128, d: i128) -> i128 {
    let q = n / d;
    let r = n % d;
    if 2 * r.abs() >= d.abs() {
        q + n.signum() * d.signum()
    } else {
        q
    }
}

/// `a × b` in hundredths, rounded once.
fn times(a: Amount, b: Amount) -> i128 {
    div_round(i128::from(a.0) * i128::from(b.0), 100)
}

/// Why an entry was refused, in words for the field's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    NotANumber,
    Negative,
    TooManyDecimals,
    TooLarge,
    NotWhole,
}

impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EntryError::NotANumber => "Enter a number, such as 1250 or 85.50.",
            EntryError::Negative => "Enter zero or more: this cannot be negative.",
            EntryError::TooManyDecimals => "Use at most two decimals.",
            EntryError::TooLarge => "This number is too large.",
            EntryError::NotWhole => "Enter a whole number of people.",
        })
    }
}

/// Reads what a person typed: digits, at most one decimal separator
/// (`decimal`, the locale's, or `.`), and grouping (spaces, apostrophes,
/// and the other of `,` and `.` before the decimal part). Currency signs
/// and codes around the number are ignored. Empty means zero.
pub fn parse_entry(input: &str, decimal: char) -> Result<Amount, EntryError> {
    // A currency code set apart by a space ("EUR 1250", "1250 chf").
    let is_code = |t: &str| t.len() == 3 && t.chars().all(|c| c.is_ascii_alphabetic());
    let tokens: Vec<&str> = input.split_whitespace().collect();
    let tokens = match tokens.as_slice() {
        [code, rest @ ..] if is_code(code) => rest,
        [rest @ .., code] if is_code(code) => rest,
        all => all,
    };
    let trimmed: String = tokens
        .join(" ")
        .trim_matches(|c: char| "€$£¥₹¤".contains(c))
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '’')
        .collect();
    if trimmed.is_empty() {
        return Ok(Amount::ZERO);
    }
    let (negative, body) = match trimmed.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, trimmed.as_str()),
    };
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
        None => (body, ""),
    };
    let whole: String = whole.chars().filter(|c| *c != group).collect();
    if whole.is_empty() && fraction.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return Err(EntryError::NotANumber);
    }
    if fraction.len() > 2 {
        return Err(EntryError::TooManyDecimals);
    }
    if negative {
        return Err(EntryError::Negative);
    }
    let digits = whole.trim_start_matches('0');
    if digits.len() > 11 {
        return Err(EntryError::TooLarge);
    }
    let units: i64 = if digits.is_empty() {
        0
    } else {
        digits.parse().map_err(|_| EntryError::TooLarge)?
    };
    let cents: i64 = format!("{fraction:0<2}").parse().unwrap_or(0);
    let value = units * 100 + cents;
    if value > MAX_ENTRY {
        return Err(EntryError::TooLarge);
    }
    Ok(Amount(value))
}

/// Reads a count of people: like [`parse_entry`], without decimals.
pub fn parse_count(input: &str, decimal: char) -> Result<Amount, EntryError> {
    let value = parse_entry(input, decimal)?;
    if value.0 % 100 != 0 {
        return Err(EntryError::NotWhole);
    }
    Ok(value)
}

/// The kinds of line, each with what it multiplies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LineKind {
    /// Direct spend: L&D payroll.
    Payroll,
    Travel,
    ThirdParty,
    Tools,
    /// Hidden: subject-matter experts' hours × their loaded hourly rate.
    ExpertTime,
    /// Hidden: learners' hours away from the job × headcount × loaded rate.
    LearnerTime,
    /// Hidden: anything else the budget does not show.
    OtherHidden,
    /// Expected benefit, for the return ratio.
    Benefit,
}

impl LineKind {
    pub const ALL: [LineKind; 8] = [
        LineKind::Payroll,
        LineKind::Travel,
        LineKind::ThirdParty,
        LineKind::Tools,
        LineKind::ExpertTime,
        LineKind::LearnerTime,
        LineKind::OtherHidden,
        LineKind::Benefit,
    ];

    pub fn id(self) -> &'static str {
        match self {
            LineKind::Payroll => "payroll",
            LineKind::Travel => "travel",
            LineKind::ThirdParty => "third-party",
            LineKind::Tools => "tools",
            LineKind::ExpertTime => "expert-time",
            LineKind::LearnerTime => "learner-time",
            LineKind::OtherHidden => "other-hidden",
            LineKind::Benefit => "benefit",
        }
    }

    pub fn from_id(id: &str) -> Option<LineKind> {
        LineKind::ALL.into_iter().find(|k| k.id() == id)
    }

    pub fn name(self) -> &'static str {
        match self {
            LineKind::Payroll => "L&D payroll",
            LineKind::Travel => "Travel",
            LineKind::ThirdParty => "Third-party spend",
            LineKind::Tools => "Tools and platforms",
            LineKind::ExpertTime => "Subject-matter experts' time",
            LineKind::LearnerTime => "Learners' time away from the job",
            LineKind::OtherHidden => "Other hidden cost",
            LineKind::Benefit => "Expected benefit",
        }
    }

    pub fn section(self) -> Section {
        match self {
            LineKind::Payroll | LineKind::Travel | LineKind::ThirdParty | LineKind::Tools => {
                Section::Direct
            }
            LineKind::ExpertTime | LineKind::LearnerTime | LineKind::OtherHidden => Section::Hidden,
            LineKind::Benefit => Section::Benefit,
        }
    }

    /// Whether the line is hours × rate (and, for learners, × headcount)
    /// rather than an amount.
    pub fn is_time(self) -> bool {
        matches!(self, LineKind::ExpertTime | LineKind::LearnerTime)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Direct,
    Hidden,
    Benefit,
}

/// One line. An amount line uses `amount`; a time line `hours`, `rate`
/// and (learners only) `headcount`; the other fields stay zero.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub kind: LineKind,
    pub label: String,
    pub amount: Amount,
    pub hours: Amount,
    pub headcount: Amount,
    pub rate: Amount,
}

impl Line {
    pub fn new(kind: LineKind) -> Line {
        Line {
            kind,
            label: String::new(),
            amount: Amount::ZERO,
            hours: Amount::ZERO,
            headcount: Amount::ZERO,
            rate: Amount::ZERO,
        }
    }

    /// What the line costs (or returns), in hundredths, rounded once.
    pub fn total(&self) -> i128 {
        match self.kind {
            LineKind::ExpertTime => times(self.hours, self.rate),
            LineKind::LearnerTime => div_round(
                i128::from(self.hours.0) * i128::from(self.headcount.0) * i128::from(self.rate.0),
                100 * 100,
            ),
            _ => i128::from(self.amount.0),
        }
    }
}

/// The worksheet of one canvas: a currency (ISO 4217 code) and its lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Worksheet {
    pub currency: String,
    pub lines: Vec<Line>,
}

pub const DEFAULT_CURRENCY: &str = "EUR";

impl Default for Worksheet {
    fn default() -> Self {
        Worksheet {
            currency: DEFAULT_CURRENCY.to_string(),
            lines: Vec::new(),
        }
    }
}

/// A currency code as the worksheet keeps it: three letters A–Z.
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// The worksheet's sums, in hundredths of the currency.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Totals {
    pub direct: i128,
    pub hidden: i128,
    pub benefits: i128,
}

impl Totals {
    /// The full investment: direct plus hidden.
    pub fn full(&self) -> i128 {
        self.direct + self.hidden
    }

    /// The hidden share of the full investment in tenths of a percent
    /// (423 is 42.3 %), rounded once; `None` when nothing is invested.
    pub fn hidden_share_permille(&self) -> Option<i128> {
        (self.full() > 0).then(|| div_round(self.hidden * 1000, self.full()))
    }

    /// Expected benefits per unit invested, in hundredths (185 is 1.85);
    /// `None` when nothing is invested or no benefit is entered.
    pub fn return_ratio(&self) -> Option<i128> {
        (self.full() > 0 && self.benefits > 0).then(|| div_round(self.benefits * 100, self.full()))
    }
}

impl Worksheet {
    pub fn is_default(&self) -> bool {
        *self == Worksheet::default()
    }

    pub fn totals(&self) -> Totals {
        let sum = |section| {
            self.lines
                .iter()
                .filter(|l| l.kind.section() == section)
                .map(Line::total)
                .sum()
        };
        Totals {
            direct: sum(Section::Direct),
            hidden: sum(Section::Hidden),
            benefits: sum(Section::Benefit),
        }
    }

    /// A worksheet to start from: one line of each kind, empty.
    pub fn starter(currency: &str) -> Worksheet {
        Worksheet {
            currency: currency.to_string(),
            lines: LineKind::ALL.into_iter().map(Line::new).collect(),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "worksheet_tests.rs"]
mod tests;

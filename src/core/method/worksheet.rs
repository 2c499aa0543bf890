//! The Investment & Return worksheet: what training really costs, with the
//! hidden part (expert time, learners' time away from the job) beside the
//! direct spend budgets show, and what it is expected to return.
//!
//! Numbers are exact thousandths ([`Amount`], in [`super::amount`]). Each
//! line's total is rounded once, half away from zero, to the decimals of the
//! worksheet's currency (none for JPY, three for KWD), and the sums add those
//! totals exactly in an i128: the largest worksheet the formats allow
//! ([`MAX_LINES`] lines of entries at [`MAX_ENTRY`]) stays far inside it, and
//! anything past that saturates rather than wraps.
//!
//! Changing the currency keeps every entry as typed: an entry with more
//! decimals than the new currency has (1.250 after KWD → JPY) stays exact,
//! its line's total is rounded to the new currency, and
//! [`Worksheet::entries_beyond_currency`] counts them so the page can say so.

pub use super::amount::{
    div_round, parse_entry, plain, step, Amount, EntryError, EntryKind, MAX_ENTRY, MAX_IN_WORDS,
    MAX_UNITS, SCALE,
};
pub use super::currency::Currency;

/// More lines than any worksheet needs; the formats refuse more, and the
/// page adds no more.
pub const MAX_LINES: usize = 1_000;

/// `n / d` rounded half away from zero to `digits` decimals, as an integer
/// (`ratio(1, 3, 3)` is 333), without the overflow of multiplying first.
fn ratio(n: i128, d: i128, digits: u32) -> i128 {
    let negative = (n < 0) != (d < 0);
    let (mut n, mut d) = (n.unsigned_abs(), d.unsigned_abs());
    if d == 0 {
        return 0;
    }
    // Only past the limits: drop digits that cannot change the result much.
    while d > u128::MAX / 10 {
        (n, d) = (n / 10, d / 10);
    }
    let (mut q, mut r) = (n / d, n % d);
    for _ in 0..digits {
        r *= 10;
        q = q.saturating_mul(10).saturating_add(r / d);
        r %= d;
    }
    if r >= d - r {
        q = q.saturating_add(1);
    }
    let q = i128::try_from(q).unwrap_or(i128::MAX);
    if negative {
        -q
    } else {
        q
    }
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

    /// What the line costs (or returns), in thousandths, rounded once to
    /// `decimals` (the currency's). Exact for entries up to [`MAX_ENTRY`]
    /// with a whole headcount, as the fields and the formats ensure.
    pub fn total(&self, decimals: u8) -> i128 {
        let [h, p, r] = [self.hours, self.headcount, self.rate].map(|a| i128::from(a.0));
        // The exact total is `n / d` thousandths.
        let (n, d) = match self.kind {
            LineKind::ExpertTime => (h * r, i128::from(SCALE)),
            // Whole people first, so hours × people × rate fits an i128.
            LineKind::LearnerTime if p % i128::from(SCALE) == 0 => (
                h.saturating_mul(p / i128::from(SCALE)).saturating_mul(r),
                i128::from(SCALE),
            ),
            LineKind::LearnerTime => (h.saturating_mul(p).saturating_mul(r), 1_000_000),
            _ => (i128::from(self.amount.0), 1),
        };
        let step = step(decimals);
        div_round(n, d.saturating_mul(step)).saturating_mul(step)
    }

    /// The entries of this line that are money (amount, or hourly rate).
    fn money(&self) -> Amount {
        if self.kind.is_time() {
            self.rate
        } else {
            self.amount
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

/// The worksheet's sums, in thousandths of the currency, each line rounded
/// to the currency's decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Totals {
    pub direct: i128,
    pub hidden: i128,
    pub benefits: i128,
}

impl Totals {
    /// The full investment: direct plus hidden.
    pub fn full(&self) -> i128 {
        self.direct.saturating_add(self.hidden)
    }

    /// The hidden share of the full investment in tenths of a percent
    /// (423 is 42.3 %), rounded once; `None` when nothing is invested.
    pub fn hidden_share_permille(&self) -> Option<i128> {
        (self.full() > 0).then(|| ratio(self.hidden, self.full(), 3))
    }

    /// Expected benefits per unit invested, in hundredths (185 is 1.85);
    /// `None` when nothing is invested or no benefit is entered.
    pub fn return_ratio(&self) -> Option<i128> {
        (self.full() > 0 && self.benefits > 0).then(|| ratio(self.benefits, self.full(), 2))
    }
}

impl Worksheet {
    /// Whether an entry uses a third decimal (a currency such as KWD):
    /// formats older than record 5 and link 4 cannot hold one.
    pub fn has_thousandths(&self) -> bool {
        self.lines.iter().any(|l| {
            [l.amount, l.hours, l.headcount, l.rate]
                .iter()
                .any(|a| a.0 % 10 != 0)
        })
    }

    pub fn is_default(&self) -> bool {
        *self == Worksheet::default()
    }

    /// The worksheet's currency (EUR if its code is not three letters,
    /// which the formats and the page never let in).
    pub fn money(&self) -> Currency {
        Currency::of(&self.currency).unwrap_or(Currency::EUR)
    }

    /// What a line costs (or returns), rounded to this currency.
    pub fn line_total(&self, line: &Line) -> i128 {
        line.total(self.money().decimals())
    }

    pub fn totals(&self) -> Totals {
        let decimals = self.money().decimals();
        let sum = |section| {
            self.lines
                .iter()
                .filter(|l| l.kind.section() == section)
                .map(|l| l.total(decimals))
                .fold(0_i128, i128::saturating_add)
        };
        Totals {
            direct: sum(Section::Direct),
            hidden: sum(Section::Hidden),
            benefits: sum(Section::Benefit),
        }
    }

    /// How many money entries have more decimals than the currency (kept
    /// from another currency): their lines' totals are rounded.
    pub fn entries_beyond_currency(&self) -> usize {
        let decimals = self.money().decimals();
        self.lines
            .iter()
            .filter(|l| !l.money().fits(decimals))
            .count()
    }

    /// Adds an empty line of `kind`, unless the worksheet has
    /// [`MAX_LINES`] already.
    pub fn add_line(&mut self, kind: LineKind) -> bool {
        let room = self.lines.len() < MAX_LINES;
        if room {
            self.lines.push(Line::new(kind));
        }
        room
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

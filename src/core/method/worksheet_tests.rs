//! The worksheet: line totals rounded once to the currency's decimals,
//! sums, the hidden share and the return ratio, and the largest worksheet
//! adding up without overflow.

use super::*;
use proptest::prelude::*;

fn a(text: &str) -> Amount {
    parse_entry(text, '.', EntryKind::Number).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

fn line(kind: LineKind, f: impl FnOnce(&mut Line)) -> Line {
    let mut l = Line::new(kind);
    f(&mut l);
    l
}

/// The worked example: direct 180,000; experts 1,200 h at 85.50; learners
/// 6 h each, 400 of them, at 42.25; benefits 600,000.
fn example() -> Worksheet {
    Worksheet {
        currency: "EUR".into(),
        lines: vec![
            line(LineKind::Payroll, |l| l.amount = a("150000")),
            line(LineKind::Travel, |l| l.amount = a("12000")),
            line(LineKind::ThirdParty, |l| l.amount = a("15000")),
            line(LineKind::Tools, |l| l.amount = a("3000")),
            line(LineKind::ExpertTime, |l| {
                l.hours = a("1200");
                l.rate = a("85.50");
            }),
            line(LineKind::LearnerTime, |l| {
                l.hours = a("6");
                l.headcount = a("400");
                l.rate = a("42.25");
            }),
            line(LineKind::OtherHidden, |l| l.amount = a("2500")),
            line(LineKind::Benefit, |l| l.amount = a("600000")),
        ],
    }
}

#[test]
fn the_worked_example_adds_up() {
    let t = example().totals();
    assert_eq!(t.direct, 180_000_000);
    // 1,200 × 85.50 = 102,600; 6 × 400 × 42.25 = 101,400; + 2,500.
    assert_eq!(t.hidden, 206_500_000);
    assert_eq!(t.full(), 386_500_000);
    // 206,500 / 386,500 = 53.43 %
    assert_eq!(t.hidden_share_permille(), Some(534));
    // 600,000 / 386,500 = 1.5524
    assert_eq!(t.return_ratio(), Some(155));
}

#[test]
fn rounding_happens_once_half_away_from_zero() {
    // 0.15 h × 0.25 = 0.0375, rounds to 0.04.
    let l = line(LineKind::ExpertTime, |l| {
        l.hours = Amount(150);
        l.rate = Amount(250);
    });
    assert_eq!(l.total(2), 40);
    assert_eq!(l.total(3), 38, "0.0375 to three decimals");
    assert_eq!(l.total(0), 0);
    // 0.5 h × 3 people × 0.33 = 0.495, rounds to 0.50 (not 0.48 from rounding twice).
    let l = line(LineKind::LearnerTime, |l| {
        l.hours = Amount(500);
        l.headcount = Amount(3_000);
        l.rate = Amount(330);
    });
    assert_eq!(l.total(2), 500);
    assert_eq!(l.total(3), 495);
    assert_eq!(div_round(5, 10), 1);
    assert_eq!(div_round(-5, 10), -1);
    assert_eq!(div_round(4, 10), 0);
    assert_eq!(ratio(1, 3, 3), 333);
    assert_eq!(ratio(2, 3, 3), 667);
    assert_eq!(ratio(1, 2, 0), 1, "half away from zero");
    assert_eq!(ratio(-1, 2, 0), -1);
    assert_eq!(ratio(1, 0, 3), 0);
}

fn worksheet(currency: &str, lines: Vec<Line>) -> Worksheet {
    Worksheet {
        currency: currency.into(),
        lines,
    }
}

#[test]
fn yen_sum_in_whole_yen() {
    let jpy = |t: &str| parse_entry(t, '.', EntryKind::Money(Currency::of("JPY").unwrap()));
    assert!(jpy("1250.5").is_err());
    let w = worksheet(
        "JPY",
        vec![
            line(LineKind::Payroll, |l| l.amount = jpy("150000").unwrap()),
            // 2.5 h × 1,001 yen = 2,502.5 yen: rounded once, to 2,503.
            line(LineKind::ExpertTime, |l| {
                l.hours = a("2.5");
                l.rate = jpy("1001").unwrap();
            }),
        ],
    );
    let t = w.totals();
    assert_eq!(t.direct, 150_000_000);
    assert_eq!(t.hidden, 2_503_000);
    assert_eq!(plain(t.full()), "152503");
    assert_eq!(w.entries_beyond_currency(), 0);
}

#[test]
fn dinars_sum_in_thousandths_exactly() {
    let kwd = |t: &str| parse_entry(t, '.', EntryKind::Money(Currency::of("KWD").unwrap()));
    let w = worksheet(
        "KWD",
        vec![
            line(LineKind::Travel, |l| l.amount = kwd("0.125").unwrap()),
            line(LineKind::Tools, |l| l.amount = kwd("0.250").unwrap()),
            // 1.5 h × 0.333 = 0.4995: rounds to 0.500 in KWD, not 0.50 twice.
            line(LineKind::ExpertTime, |l| {
                l.hours = a("1.5");
                l.rate = kwd("0.333").unwrap();
            }),
        ],
    );
    let t = w.totals();
    assert_eq!(t.direct, 375);
    assert_eq!(plain(t.direct), "0.375");
    assert_eq!(t.hidden, 500);
    assert_eq!(plain(t.full()), "0.875");
}

#[test]
fn changing_the_currency_keeps_entries_and_rounds_the_totals() {
    let mut w = worksheet(
        "KWD",
        vec![line(LineKind::Travel, |l| l.amount = Amount(1_250))],
    );
    assert_eq!(w.totals().direct, 1_250);
    w.currency = "JPY".into();
    assert_eq!(w.lines[0].amount, Amount(1_250), "the entry is kept exact");
    assert_eq!(w.totals().direct, 1_000, "the total is whole yen");
    assert_eq!(w.entries_beyond_currency(), 1);
    w.currency = "EUR".into();
    assert_eq!(w.totals().direct, 1_250);
    assert_eq!(w.entries_beyond_currency(), 0);
    w.currency = "KWD".into();
    assert_eq!(w.totals().direct, 1_250);
}

#[test]
fn nothing_invested_has_no_share_or_ratio() {
    let t = Worksheet::starter("USD").totals();
    assert_eq!((t.direct, t.hidden, t.benefits), (0, 0, 0));
    assert_eq!(t.hidden_share_permille(), None);
    assert_eq!(t.return_ratio(), None);
    let mut w = Worksheet::starter("USD");
    w.lines[0].amount = a("100");
    assert_eq!(w.totals().return_ratio(), None, "no benefit entered");
    assert_eq!(w.totals().hidden_share_permille(), Some(0));
}

#[test]
fn currency_codes_are_three_capital_letters() {
    assert!(is_currency_code("EUR") && is_currency_code("JPY"));
    assert!(!is_currency_code("eur") && !is_currency_code("EURO") && !is_currency_code("€"));
    assert!(Worksheet::default().is_default());
    assert_eq!(Worksheet::default().money(), Currency::EUR);
    assert_eq!(Worksheet::starter("EUR").lines.len(), LineKind::ALL.len());
}

#[test]
fn lines_stop_at_the_most_the_formats_read() {
    let mut w = Worksheet::default();
    for _ in 0..MAX_LINES {
        assert!(w.add_line(LineKind::Travel));
    }
    assert!(!w.add_line(LineKind::Travel));
    assert_eq!(w.lines.len(), MAX_LINES);
}

/// A line of `kind` with every figure at the maximum.
fn largest(kind: LineKind) -> Line {
    let max = Amount(MAX_ENTRY);
    let mut l = Line::new(kind);
    match kind {
        LineKind::ExpertTime => (l.hours, l.rate) = (max, max),
        LineKind::LearnerTime => (l.hours, l.headcount, l.rate) = (max, max, max),
        _ => l.amount = max,
    }
    l
}

#[test]
fn the_largest_worksheet_adds_up_exactly() {
    let max = i128::from(MAX_UNITS);
    let expert = max * max * 1000;
    let learners = max * max * max * 1000;
    let amount = max * 1000;
    assert_eq!(largest(LineKind::ExpertTime).total(3), expert);
    assert_eq!(largest(LineKind::LearnerTime).total(0), learners);
    // The most lines the formats read, all of the largest kind, and the
    // same with every kind in turn.
    let w = worksheet("KWD", vec![largest(LineKind::LearnerTime); MAX_LINES]);
    let t = w.totals();
    assert_eq!(t.hidden, learners * MAX_LINES as i128);
    assert_eq!(
        t.hidden,
        10_i128.pow(36),
        "10^30 units in each of 1,000 lines"
    );
    assert_eq!(t.hidden_share_permille(), Some(1000));
    assert_eq!(t.return_ratio(), None);
    for currency in ["JPY", "EUR", "KWD"] {
        let lines: Vec<Line> = (0..MAX_LINES)
            .map(|i| largest(LineKind::ALL[i % LineKind::ALL.len()]))
            .collect();
        let count = |k: LineKind| lines.iter().filter(|l| l.kind == k).count() as i128;
        let t = worksheet(currency, lines.clone()).totals();
        let direct = [
            LineKind::Payroll,
            LineKind::Travel,
            LineKind::ThirdParty,
            LineKind::Tools,
        ];
        assert_eq!(t.direct, direct.map(count).iter().sum::<i128>() * amount);
        assert_eq!(
            t.hidden,
            count(LineKind::ExpertTime) * expert
                + count(LineKind::LearnerTime) * learners
                + count(LineKind::OtherHidden) * amount
        );
        assert_eq!(t.benefits, count(LineKind::Benefit) * amount);
        assert_eq!(t.full(), t.direct + t.hidden);
        assert!(t.full() < i128::MAX / 100, "far inside an i128");
        assert!(t
            .hidden_share_permille()
            .is_some_and(|p| (999..=1000).contains(&p)));
        assert_eq!(t.return_ratio(), Some(0));
    }
}

#[test]
fn past_the_limits_sums_saturate_rather_than_wrap() {
    let mut huge = Line::new(LineKind::LearnerTime);
    (huge.hours, huge.headcount, huge.rate) =
        (Amount(i64::MAX), Amount(i64::MAX), Amount(i64::MAX));
    let w = worksheet("EUR", vec![huge; 3]);
    let t = w.totals();
    assert!(t.hidden > 0 && t.full() > 0);
    assert!(t
        .hidden_share_permille()
        .is_some_and(|p| (0..=1000).contains(&p)));
}

proptest! {
    /// Entries within the limits never overflow, and sums are exact.
    #[test]
    fn totals_never_overflow_and_add_exactly(
        entries in prop::collection::vec((0..LineKind::ALL.len(), 0..=MAX_ENTRY, 0..=MAX_ENTRY, 0..=MAX_UNITS, 0..=MAX_ENTRY), 0..20),
        currency in prop::sample::select(vec!["JPY", "EUR", "KWD"]),
    ) {
        let lines: Vec<Line> = entries.into_iter().map(|(k, amount, hours, people, rate)| Line {
            kind: LineKind::ALL[k],
            label: String::new(),
            amount: Amount(amount),
            hours: Amount(hours),
            headcount: Amount::from_units(people),
            rate: Amount(rate),
        }).collect();
        let w = worksheet(currency, lines);
        let t = w.totals();
        let all: i128 = w.lines.iter().map(|l| w.line_total(l)).sum();
        prop_assert_eq!(t.direct + t.hidden + t.benefits, all);
        let step = step(w.money().decimals());
        prop_assert!(w.lines.iter().all(|l| w.line_total(l) % step == 0));
        if let Some(share) = t.hidden_share_permille() {
            prop_assert!((0..=1000).contains(&share));
        }
    }
}

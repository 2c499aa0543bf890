//! The worksheet: reading entries as people type them, line totals, sums,
//! the hidden share and the return ratio, with rounding done once.

use super::*;
use proptest::prelude::*;

fn a(text: &str) -> Amount {
    parse_entry(text, '.').unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

#[test]
fn entries_are_read_as_people_type_them() {
    assert_eq!(a("1250"), Amount(125_000));
    assert_eq!(a("85.5"), Amount(8_550));
    assert_eq!(a(" 1,250.75 "), Amount(125_075));
    assert_eq!(a("€ 1 250"), Amount(125_000));
    assert_eq!(a("1'250.5 CHF"), Amount(125_050));
    assert_eq!(a(""), Amount::ZERO);
    assert_eq!(a(".5"), Amount(50));
    assert_eq!(a("007"), Amount(700));
    // A "," typed as the decimal point into an English page.
    assert_eq!(a("85,50"), Amount(8_550));
    assert_eq!(a("1,250"), Amount(125_000), "three digits after: grouping");
    // A German page: "," is the decimal point, "." groups.
    let de = |t: &str| parse_entry(t, ',');
    assert_eq!(de("1.250,75"), Ok(Amount(125_075)));
    assert_eq!(de("85,5"), Ok(Amount(8_550)));
    assert_eq!(de("85.50"), Ok(Amount(8_550)));
    assert_eq!(de("1.250"), Ok(Amount(125_000)));
}

#[test]
fn bad_entries_say_why() {
    let e = |t: &str| parse_entry(t, '.').unwrap_err();
    assert_eq!(e("12a"), EntryError::NotANumber);
    assert_eq!(e("1.2.3"), EntryError::NotANumber);
    assert_eq!(e("-5"), EntryError::Negative);
    assert_eq!(e("−5"), EntryError::Negative);
    assert_eq!(e("1.255"), EntryError::TooManyDecimals);
    assert_eq!(e("99999999999999"), EntryError::TooLarge);
    assert_eq!(e("10000000000.01"), EntryError::TooLarge);
    assert_eq!(a("10000000000"), Amount(MAX_ENTRY));
    assert_eq!(e("."), EntryError::NotANumber);
    assert_eq!(parse_count("12.5", '.'), Err(EntryError::NotWhole));
    assert_eq!(parse_count("120", '.'), Ok(Amount(12_000)));
    for err in [
        EntryError::NotANumber,
        EntryError::Negative,
        EntryError::TooManyDecimals,
        EntryError::TooLarge,
        EntryError::NotWhole,
    ] {
        assert!(err.to_string().ends_with('.'));
    }
}

#[test]
fn amounts_print_without_needless_decimals() {
    assert_eq!(Amount(125_000).plain(), "1250");
    assert_eq!(Amount(8_550).plain(), "85.5");
    assert_eq!(Amount(8_505).plain(), "85.05");
    assert_eq!(Amount(-25).plain(), "-0.25");
    for v in [0, 1, 10, 99, 100, 12_345_678] {
        assert_eq!(a(&Amount(v).plain()), Amount(v));
    }
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
    assert_eq!(t.direct, 18_000_000);
    // 1,200 × 85.50 = 102,600; 6 × 400 × 42.25 = 101,400; + 2,500.
    assert_eq!(t.hidden, 20_650_000);
    assert_eq!(t.full(), 38_650_000);
    // 206,500 / 386,500 = 53.43 %
    assert_eq!(t.hidden_share_permille(), Some(534));
    // 600,000 / 386,500 = 1.5524
    assert_eq!(t.return_ratio(), Some(155));
}

#[test]
fn rounding_happens_once_half_away_from_zero() {
    // 0.15 h × 0.25 = 0.0375, rounds to 0.04.
    let l = line(LineKind::ExpertTime, |l| {
        l.hours = Amount(15);
        l.rate = Amount(25);
    });
    assert_eq!(l.total(), 4);
    // 0.5 h × 3 people × 0.33 = 0.495, rounds to 0.50 (not 0.48 from rounding twice).
    let l = line(LineKind::LearnerTime, |l| {
        l.hours = Amount(50);
        l.headcount = Amount(300);
        l.rate = Amount(33);
    });
    assert_eq!(l.total(), 50);
    assert_eq!(div_round(5, 10), 1);
    assert_eq!(div_round(-5, 10), -1);
    assert_eq!(div_round(4, 10), 0);
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
    assert_eq!(Worksheet::starter("EUR").lines.len(), LineKind::ALL.len());
}

proptest! {
    /// The largest entries never overflow, and sums are exact.
    #[test]
    fn totals_never_overflow_and_add_exactly(
        entries in prop::collection::vec((0..LineKind::ALL.len(), 0..=MAX_ENTRY, 0..=MAX_ENTRY, 0..=MAX_ENTRY, 0..=MAX_ENTRY), 0..20)
    ) {
        let lines: Vec<Line> = entries.into_iter().map(|(k, amount, hours, headcount, rate)| Line {
            kind: LineKind::ALL[k],
            label: String::new(),
            amount: Amount(amount),
            hours: Amount(hours),
            headcount: Amount(headcount),
            rate: Amount(rate),
        }).collect();
        let w = Worksheet { currency: "EUR".into(), lines };
        let t = w.totals();
        let all: i128 = w.lines.iter().map(Line::total).sum();
        prop_assert_eq!(t.direct + t.hidden + t.benefits, all);
        if let Some(share) = t.hidden_share_permille() {
            prop_assert!((0..=1000).contains(&share));
        }
    }

    /// What an amount prints, it reads back.
    #[test]
    fn printed_amounts_read_back(v in 0..=MAX_ENTRY) {
        prop_assert_eq!(parse_entry(&Amount(v).plain(), '.'), Ok(Amount(v)));
        prop_assert_eq!(parse_entry(&Amount(v).plain().replace('.', ","), ','), Ok(Amount(v)));
    }
}

//! Reading entries as people type them: digits with a currency sign or a
//! real code around them, each currency's own decimals, the maximum, and
//! the plain text that reads back as the same amount.

use super::*;
use proptest::prelude::*;

fn cur(code: &str) -> Currency {
    Currency::of(code).unwrap_or_else(|| panic!("{code} is a currency"))
}

fn money(code: &str) -> EntryKind {
    EntryKind::Money(cur(code))
}

fn eur(text: &str) -> Result<Amount, EntryError> {
    parse_entry(text, '.', money("EUR"))
}

fn a(text: &str) -> Amount {
    eur(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

#[test]
fn entries_are_read_as_people_type_them() {
    assert_eq!(a("1250"), Amount(1_250_000));
    assert_eq!(a("85.5"), Amount(85_500));
    assert_eq!(a(" 1,250.75 "), Amount(1_250_750));
    assert_eq!(a("€ 1 250"), Amount(1_250_000));
    assert_eq!(a(""), Amount::ZERO);
    assert_eq!(a(".5"), Amount(500));
    assert_eq!(a("007"), Amount(7_000));
    assert_eq!(a("1250.00"), Amount(1_250_000));
    // A "," typed as the decimal point into an English page.
    assert_eq!(a("85,50"), Amount(85_500));
    assert_eq!(
        a("1,250"),
        Amount(1_250_000),
        "three digits after: grouping"
    );
    // A German page: "," is the decimal point, "." groups.
    let de = |t: &str| parse_entry(t, ',', money("EUR"));
    assert_eq!(de("1.250,75"), Ok(Amount(1_250_750)));
    assert_eq!(de("85,5"), Ok(Amount(85_500)));
    assert_eq!(de("85.50"), Ok(Amount(85_500)));
    assert_eq!(de("1.250"), Ok(Amount(1_250_000)));
}

#[test]
fn real_currency_codes_and_signs_go_with_the_digits() {
    assert_eq!(a("EUR 1250"), Amount(1_250_000));
    assert_eq!(a("eur1250"), Amount(1_250_000));
    assert_eq!(a("1250 EUR"), Amount(1_250_000));
    assert_eq!(a("€1,250.50"), Amount(1_250_500));
    assert_eq!(eur("-€5"), Err(EntryError::Negative));
    assert_eq!(eur("€-5"), Err(EntryError::Negative));
    let chf = |t: &str| parse_entry(t, '.', money("CHF"));
    assert_eq!(chf("1250 chf"), Ok(Amount(1_250_000)));
    assert_eq!(chf("1'250.5 CHF"), Ok(Amount(1_250_500)));
    assert_eq!(
        parse_entry("¥1250", '.', money("JPY")),
        Ok(Amount(1_250_000))
    );
    assert_eq!(
        parse_entry("₩ 5000", '.', money("KRW")),
        Ok(Amount(5_000_000))
    );
    // Another currency's code is not this worksheet's money.
    assert_eq!(
        eur("USD 5"),
        Err(EntryError::OtherCurrency(cur("USD"), cur("EUR")))
    );
    assert_eq!(
        eur("USD 5").unwrap_err().to_string(),
        "This worksheet is in EUR: enter the amount in EUR, not USD."
    );
    // Hours and people take any real code or sign, as before.
    assert_eq!(
        parse_entry("12 h", '.', EntryKind::Number),
        Err(EntryError::NotANumber)
    );
    assert_eq!(
        parse_entry("EUR 12", '.', EntryKind::Number),
        Ok(Amount(12_000))
    );
}

#[test]
fn letters_are_never_read_as_a_number() {
    for text in [
        "ten 5",
        "12abc",
        "1e5",
        "0x10",
        "5 foo",
        "abc 12",
        "12a",
        "12 EURO",
        "five",
        "EUR 5 EUR",
        "5e",
        "1.5k",
        "12 h",
    ] {
        assert_eq!(eur(text), Err(EntryError::NotANumber), "{text:?}");
        let hours = parse_entry(text, '.', EntryKind::Number);
        assert_eq!(hours, Err(EntryError::NotANumber), "{text:?} as hours");
    }
}

#[test]
fn bad_entries_say_why() {
    assert_eq!(eur("1.2.3"), Err(EntryError::NotANumber));
    assert_eq!(eur("-5"), Err(EntryError::Negative));
    assert_eq!(eur("−5"), Err(EntryError::Negative));
    assert_eq!(eur("."), Err(EntryError::NotANumber));
    assert_eq!(eur("-"), Err(EntryError::NotANumber));
    assert_eq!(eur("1.255"), Err(EntryError::TooManyDecimals(money("EUR"))));
    assert_eq!(
        eur("1.255").unwrap_err().to_string(),
        "Use at most two decimals."
    );
    let people = |t: &str| parse_entry(t, '.', EntryKind::People);
    assert_eq!(people("12.5"), Err(EntryError::NotWhole));
    assert_eq!(people("120"), Ok(Amount(120_000)));
    assert_eq!(people("120.0"), Ok(Amount(120_000)));
    let hours = |t: &str| parse_entry(t, '.', EntryKind::Number);
    assert_eq!(hours("2.25"), Ok(Amount(2_250)));
    assert_eq!(
        hours("2.125"),
        Err(EntryError::TooManyDecimals(EntryKind::Number))
    );
    for err in [
        EntryError::NotANumber,
        EntryError::Negative,
        EntryError::TooManyDecimals(money("JPY")),
        EntryError::TooManyDecimals(money("KWD")),
        EntryError::TooManyDecimals(EntryKind::Number),
        EntryError::TooLarge,
        EntryError::NotWhole,
        EntryError::OtherCurrency(cur("USD"), cur("EUR")),
    ] {
        assert!(err.to_string().ends_with('.'), "{err}");
    }
}

#[test]
fn each_currency_takes_its_own_decimals() {
    let jpy = |t: &str| parse_entry(t, '.', money("JPY"));
    assert_eq!(jpy("1250"), Ok(Amount(1_250_000)));
    assert_eq!(
        jpy("1250.5"),
        Err(EntryError::TooManyDecimals(money("JPY")))
    );
    assert_eq!(
        jpy("0.5").unwrap_err().to_string(),
        "JPY has no decimals: enter a whole amount."
    );
    assert_eq!(jpy("1,250"), Ok(Amount(1_250_000)), "grouping");
    assert_eq!(
        jpy("1250.00"),
        Ok(Amount(1_250_000)),
        "zero decimals are whole"
    );
    let kwd = |t: &str| parse_entry(t, '.', money("KWD"));
    assert_eq!(kwd("0.125"), Ok(Amount(125)));
    assert_eq!(kwd("KWD 1.250"), Ok(Amount(1_250)));
    assert_eq!(
        kwd("1.2505"),
        Err(EntryError::TooManyDecimals(money("KWD")))
    );
    assert_eq!(
        kwd("1.2505").unwrap_err().to_string(),
        "Use at most three decimals."
    );
    // In a German page "," is the point and "." groups, also for three.
    assert_eq!(parse_entry("0,125", ',', money("KWD")), Ok(Amount(125)));
    assert_eq!(
        parse_entry("1.250", ',', money("KWD")),
        Ok(Amount(1_250_000))
    );
    // Four minor units are kept to three.
    let clf = |t: &str| parse_entry(t, '.', money("CLF"));
    assert_eq!(clf("1.125"), Ok(Amount(1_125)));
    assert_eq!(
        clf("1.1255"),
        Err(EntryError::TooManyDecimals(money("CLF")))
    );
}

#[test]
fn entries_above_the_maximum_are_refused_with_the_limit() {
    assert_eq!(a("10000000000"), Amount(MAX_ENTRY));
    assert_eq!(a("10,000,000,000.00"), Amount(MAX_ENTRY));
    for text in [
        "10000000000.01",
        "10000000001",
        "99999999999999",
        "1".repeat(40).as_str(),
    ] {
        assert_eq!(eur(text), Err(EntryError::TooLarge), "{text}");
    }
    let kwd = parse_entry("10000000000.001", '.', money("KWD"));
    assert_eq!(kwd, Err(EntryError::TooLarge));
    assert_eq!(
        EntryError::TooLarge.to_string(),
        "Enter at most 10,000,000,000 (ten billion)."
    );
    assert_eq!(MAX_UNITS, 10_000_000_000, "the words say ten billion");
}

#[test]
fn amounts_print_without_needless_decimals() {
    assert_eq!(Amount(1_250_000).plain(), "1250");
    assert_eq!(Amount(85_500).plain(), "85.5");
    assert_eq!(Amount(85_050).plain(), "85.05");
    assert_eq!(Amount(125).plain(), "0.125");
    assert_eq!(Amount(1_250).plain(), "1.25");
    assert_eq!(Amount(-250).plain(), "-0.25");
    assert_eq!(plain(i128::MAX), "170141183460469231731687303715884105.727");
    assert!(Amount(1_250).fits(2) && !Amount(1_250).fits(0) && Amount(125).fits(3));
}

#[test]
fn stored_amounts_have_at_most_three_decimals() {
    let read = Amount::from_stored;
    assert_eq!(read("1250"), Some(Amount(1_250_000)));
    assert_eq!(read("85.5"), Some(Amount(85_500)));
    assert_eq!(read("85.50"), Some(Amount(85_500)));
    assert_eq!(read("0.125"), Some(Amount(125)));
    assert_eq!(read("10000000000"), Some(Amount(MAX_ENTRY)));
    for bad in [
        "0.1255",
        "10000000000.001",
        "-1",
        "1e3",
        "",
        ".5",
        "5.",
        "1,5",
        "0x10",
    ] {
        assert_eq!(read(bad), None, "{bad}");
    }
}

/// Amounts within the limits with the decimals of `decimals`.
fn within(decimals: u8) -> impl Strategy<Value = Amount> {
    let step = step(decimals) as i64;
    (0..=MAX_ENTRY / step).prop_map(move |n| Amount(n * step))
}

proptest! {
    /// What an amount prints, it reads back, for each currency's decimals.
    #[test]
    fn printed_amounts_read_back(
        (code, v) in prop::sample::select(vec!["EUR", "JPY", "KWD", "CLF", "USD", "KRW"])
            .prop_flat_map(|code| (Just(code), within(cur(code).decimals())))
    ) {
        let kind = money(code);
        prop_assert_eq!(parse_entry(&v.plain(), '.', kind), Ok(v));
        prop_assert_eq!(parse_entry(&v.plain().replace('.', ","), ',', kind), Ok(v));
        prop_assert_eq!(parse_entry(&format!("{code} {}", v.plain()), '.', kind), Ok(v));
        prop_assert_eq!(Amount::from_stored(&v.plain()), Some(v));
    }

    /// Hours (two decimals) and people (whole) read back too.
    #[test]
    fn printed_hours_and_people_read_back(h in within(2), p in within(0)) {
        prop_assert_eq!(parse_entry(&h.plain(), '.', EntryKind::Number), Ok(h));
        prop_assert_eq!(parse_entry(&p.plain(), ',', EntryKind::People), Ok(p));
    }
}

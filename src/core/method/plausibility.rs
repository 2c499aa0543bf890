//! Plausibility checks on the worksheet: figures that are allowed but
//! probably mistyped (3,000 hours per learner is more than a working year)
//! are pointed out beside the line, never refused.

use crate::core::method::worksheet::{Amount, Line, LineKind, Totals, Worksheet, SCALE};

/// More learning hours per person than a working year leaves for it
/// (about a tenth of 1,800 working hours, generously rounded).
pub const MAX_LEARNING_HOURS: i64 = 200;
/// Hidden shares and return ratios beyond these are worth a second look.
const HIDDEN_SHARE_HIGH_PERMILLE: i128 = 950;
const RETURN_HIGH_HUNDREDTHS: i128 = 2_000;

/// The range of a loaded hourly rate that is plausible, in whole units of
/// a currency with `decimals` decimals: currencies without a minor unit
/// (JPY, KRW) count in larger numbers, those with three (KWD) in smaller.
fn sane_rate(decimals: u8) -> (i64, i64) {
    match decimals {
        0 => (500, 150_000),
        3 => (1, 300),
        _ => (5, 1_000),
    }
}

fn units(a: Amount) -> i64 {
    a.0 / SCALE
}

/// The hours a time line counts in all: hours × people for learners' time,
/// the hours for experts' time; `None` for the other lines.
pub fn total_hours(line: &Line) -> Option<i128> {
    match line.kind {
        LineKind::ExpertTime => Some(i128::from(line.hours.0)),
        LineKind::LearnerTime => Some(
            i128::from(line.hours.0).saturating_mul(i128::from(line.headcount.0))
                / i128::from(SCALE),
        ),
        _ => None,
    }
}

/// What looks wrong on one line, in words for the page.
pub fn line_warnings(line: &Line, decimals: u8) -> Vec<String> {
    let mut said = Vec::new();
    if line.kind == LineKind::LearnerTime && units(line.hours) > MAX_LEARNING_HOURS {
        said.push(format!(
            "{} hours per learner is more than a working year leaves for learning (about \
             {MAX_LEARNING_HOURS}): is it the hours of all learners together?",
            units(line.hours)
        ));
    }
    if line.kind.is_time() && line.rate != Amount::ZERO {
        let (low, high) = sane_rate(decimals);
        let rate = units(line.rate);
        if rate < low || rate > high {
            said.push(format!(
                "An hourly rate of {rate} is unusual (most loaded rates are between {low} and \
                 {high}): is it a day rate or a yearly salary?"
            ));
        }
    }
    if line.kind.is_time() && line.hours != Amount::ZERO && line.rate == Amount::ZERO {
        said.push("Without an hourly rate this line costs nothing.".to_string());
    }
    said
}

/// What looks wrong in the worksheet's totals.
pub fn totals_warnings(totals: &Totals) -> Vec<String> {
    let mut said = Vec::new();
    if let Some(share) = totals.hidden_share_permille() {
        if share > HIDDEN_SHARE_HIGH_PERMILLE {
            said.push(format!(
                "The hidden cost is {}.{} % of the full investment: check the time lines for \
                 hours or people typed too large.",
                share / 10,
                share % 10
            ));
        }
    }
    if let Some(ratio) = totals.return_ratio() {
        if ratio > RETURN_HIGH_HUNDREDTHS {
            said.push(format!(
                "A return of {}× the investment is rare: check the benefit lines.",
                ratio / 100
            ));
        }
    }
    said
}

/// Every warning of `w`, the lines' first.
pub fn worksheet_warnings(w: &Worksheet) -> Vec<String> {
    let decimals = w.money().decimals();
    let mut said: Vec<String> = w
        .lines
        .iter()
        .flat_map(|l| line_warnings(l, decimals))
        .collect();
    said.extend(totals_warnings(&w.totals()));
    said
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn learners(hours: i64, people: i64, rate: i64) -> Line {
        let mut l = Line::new(LineKind::LearnerTime);
        l.hours = Amount::from_units(hours);
        l.headcount = Amount::from_units(people);
        l.rate = Amount::from_units(rate);
        l
    }

    #[test]
    fn three_thousand_hours_per_learner_is_pointed_out_and_total_hours_shown() {
        let line = learners(3_000, 2_500, 60);
        let said = line_warnings(&line, 2);
        assert_eq!(said.len(), 1, "{said:?}");
        assert!(said[0].starts_with("3000 hours per learner is more than a working year"));
        assert_eq!(total_hours(&line), Some(7_500_000 * i128::from(SCALE)));
        assert!(line_warnings(&learners(24, 3_000, 62), 2).is_empty());
    }

    #[test]
    fn rates_out_of_range_for_the_currency_and_missing_rates_are_pointed_out() {
        assert_eq!(line_warnings(&learners(10, 100, 85_000), 2).len(), 1);
        assert!(
            line_warnings(&learners(10, 100, 6_000), 0).is_empty(),
            "yen"
        );
        assert_eq!(
            line_warnings(&learners(10, 100, 6_000), 3).len(),
            1,
            "dinars"
        );
        let said = line_warnings(&learners(10, 100, 0), 2);
        assert_eq!(said, ["Without an hourly rate this line costs nothing."]);
    }

    #[test]
    fn extreme_totals_are_pointed_out() {
        let mut w = Worksheet::default();
        w.lines.push(learners(3_000, 2_500, 60));
        let mut pay = Line::new(LineKind::Payroll);
        pay.amount = Amount::from_units(100_000);
        w.lines.push(pay);
        let mut benefit = Line::new(LineKind::Benefit);
        benefit.amount = Amount::from_units(1_000_000_000_000);
        w.lines.push(benefit);
        let said = worksheet_warnings(&w);
        assert_eq!(said.len(), 3, "{said:?}");
        assert!(
            said[1].starts_with("The hidden cost is 100.0 %"),
            "{said:?}"
        );
        assert!(said[2].starts_with("A return of"), "{said:?}");
    }
}

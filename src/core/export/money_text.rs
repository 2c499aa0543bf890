//! Money as the exports write it when no reader's format is at hand (the
//! page passes the browser's own): the currency code and the amount with
//! its thousands grouped, "EUR 386,500", "KWD 1,250.125".

use crate::core::method::worksheet::Currency;

/// `thousandths` (rounded to its currency's decimals) as "EUR 386,500".
pub fn grouped_money(thousandths: i128, currency: &str) -> String {
    let decimals = Currency::of(currency).map_or(2, |c| c.decimals());
    let sign = if thousandths < 0 { "-" } else { "" };
    let n = thousandths.unsigned_abs();
    let (whole, frac) = (n / 1000, n % 1000);
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(d);
    }
    let frac = if frac == 0 || decimals == 0 {
        String::new()
    } else {
        let text = format!("{frac:03}");
        format!(".{}", &text[..usize::from(decimals.min(3))])
    };
    format!("{currency} {sign}{grouped}{frac}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn money_is_grouped_with_its_currency_and_decimals() {
        assert_eq!(grouped_money(386_500_000, "EUR"), "EUR 386,500");
        assert_eq!(grouped_money(12_500_500, "CHF"), "CHF 12,500.50");
        assert_eq!(grouped_money(1_250_125, "KWD"), "KWD 1,250.125");
        assert_eq!(grouped_money(999_000, "JPY"), "JPY 999");
        assert_eq!(grouped_money(0, "USD"), "USD 0");
    }
}

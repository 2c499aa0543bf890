//! Currencies as the worksheet needs them: whether a code is a real ISO 4217
//! currency (so "EUR 1250" reads as a number and "abc 12" does not), and how
//! many decimals (minor units) its amounts have.
//!
//! The table lists the active codes of ISO 4217 (list one) that are money,
//! without the precious metals, the testing and "no currency" codes (XAU,
//! XDR, XTS, XXX, …), which have no minor units. The worksheet keeps amounts
//! in thousandths, so the two codes with four minor units (CLF, UYW, units
//! of account) are kept to three decimals. A code outside the table (one an
//! older link carried) counts two decimals, as the browsers' number format
//! does.

/// Active ISO 4217 codes with no minor units (whole amounts only).
const NO_DECIMALS: &str = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";

/// Active ISO 4217 codes with three minor units.
const THREE_DECIMALS: &str = "BHD IQD JOD KWD LYD OMR TND";

/// Active ISO 4217 codes with four minor units (kept to three here).
const FOUR_DECIMALS: &str = "CLF UYW";

/// The other active ISO 4217 codes: two minor units.
const TWO_DECIMALS: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND \
BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD \
EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS \
KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN \
NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE \
SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST \
XCD XCG YER ZAR ZMW ZWG ZWL";

/// The most decimals an amount keeps (it is stored in thousandths).
pub const MOST_DECIMALS: u8 = 3;

/// Decimals a code outside the table counts.
const UNKNOWN_DECIMALS: u8 = 2;

fn listed(list: &str, code: &str) -> bool {
    list.split_ascii_whitespace().any(|c| c == code)
}

/// The ISO 4217 minor units of an active code (upper case), `None` for a
/// code that is not in the table.
pub fn minor_units(code: &str) -> Option<u8> {
    [
        (NO_DECIMALS, 0),
        (TWO_DECIMALS, 2),
        (THREE_DECIMALS, 3),
        (FOUR_DECIMALS, 4),
    ]
    .into_iter()
    .find(|(list, _)| code.len() == 3 && listed(list, code))
    .map(|(_, units)| units)
}

/// A currency of the worksheet: its code and the decimals its amounts have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Currency {
    code: [u8; 3],
    decimals: u8,
}

impl Currency {
    /// The worksheet's default currency.
    pub const EUR: Currency = Currency {
        code: *b"EUR",
        decimals: 2,
    };

    /// The currency of a code such as "EUR" or "kwd"; `None` unless it is
    /// three letters A–Z. A code outside the table counts two decimals.
    pub fn of(code: &str) -> Option<Currency> {
        let bytes: [u8; 3] = code.as_bytes().try_into().ok()?;
        if !bytes.iter().all(u8::is_ascii_alphabetic) {
            return None;
        }
        let code = bytes.map(|b| b.to_ascii_uppercase());
        let decimals = std::str::from_utf8(&code)
            .ok()
            .and_then(minor_units)
            .map_or(UNKNOWN_DECIMALS, |d| d.min(MOST_DECIMALS));
        Some(Currency { code, decimals })
    }

    /// A real ISO 4217 currency (in the table), any case.
    pub fn iso(code: &str) -> Option<Currency> {
        Currency::of(code).filter(|c| minor_units(c.code()).is_some())
    }

    /// The code, upper case.
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.code).unwrap_or_default()
    }

    /// The decimals its amounts have: 0, 2 or 3.
    pub fn decimals(&self) -> u8 {
        self.decimals
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_each_code_once_in_capitals() {
        let all: Vec<&str> = [NO_DECIMALS, TWO_DECIMALS, THREE_DECIMALS, FOUR_DECIMALS]
            .iter()
            .flat_map(|l| l.split_ascii_whitespace())
            .collect();
        let mut unique = all.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), all.len(), "a code is listed twice");
        assert!(all
            .iter()
            .all(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase())));
        assert!(all.len() > 150, "{}", all.len());
    }

    #[test]
    fn currencies_have_their_own_decimals() {
        let decimals = |code| Currency::of(code).map(|c| c.decimals());
        assert_eq!(decimals("EUR"), Some(2));
        assert_eq!(decimals("jpy"), Some(0));
        assert_eq!(decimals("KRW"), Some(0));
        assert_eq!(decimals("KWD"), Some(3));
        assert_eq!(decimals("BHD"), Some(3));
        assert_eq!(decimals("CLF"), Some(3), "four minor units, kept to three");
        assert_eq!(minor_units("CLF"), Some(4));
        assert_eq!(decimals("XYZ"), Some(2), "not in the table: two");
        assert_eq!(decimals("EURO"), None);
        assert_eq!(decimals("€"), None);
        assert_eq!(
            Currency::of("chf").map(|c| c.code().to_string()),
            Some("CHF".into())
        );
        assert_eq!(Currency::of("EUR"), Some(Currency::EUR));
        assert!(Currency::iso("usd").is_some());
        assert!(Currency::iso("ABC").is_none() && Currency::iso("XAU").is_none());
        assert!(Currency::iso("ten").is_none() && Currency::iso("foo").is_none());
    }
}

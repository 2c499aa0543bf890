//! Numbers for the reader's locale, through the browser's Intl.NumberFormat:
//! money in the worksheet's currency, plain numbers, percentages, and the
//! decimal separator people type.

use crate::core::method::worksheet::{plain, Currency};
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// The reader's languages in order of preference (the browser's setting),
/// so numbers follow the language they read pages in.
fn languages() -> Array {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .unwrap_or_default()
}

fn formatter(options: &[(&str, JsValue)]) -> Intl::NumberFormat {
    let opts = Object::new();
    for (key, value) in options {
        let _ = Reflect::set(&opts, &JsValue::from_str(key), value);
    }
    Intl::NumberFormat::new(&languages(), &opts)
}

/// Formats `value`, a number or the exact decimal text of one (browsers
/// that know Intl.NumberFormat v3 format text without a float's rounding;
/// others read it as a number).
fn format_with(options: &[(&str, JsValue)], value: &JsValue) -> String {
    formatter(options)
        .format()
        .call1(&JsValue::NULL, value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// An amount in thousandths as money, with the currency's own decimals
/// ("¥386,500", "KWD 1.250", "€12.50"; whole amounts without them:
/// "€386,500"). `currency` must be three letters (the worksheet checks it).
pub fn money(thousandths: i128, currency: &str) -> String {
    let digits = Currency::of(currency).map_or(2, |c| c.decimals());
    let shown = if thousandths % 1000 == 0 { 0 } else { digits };
    let options = [
        ("style", JsValue::from_str("currency")),
        ("currency", JsValue::from_str(currency)),
        // Both: a maximum alone below the currency's usual minimum is an
        // error in older browsers.
        ("minimumFractionDigits", JsValue::from_f64(f64::from(shown))),
        ("maximumFractionDigits", JsValue::from_f64(f64::from(shown))),
    ];
    format_with(&options, &JsValue::from_str(&plain(thousandths)))
}

/// A number in thousandths with up to three decimals: "1,250.5".
pub fn number(thousandths: i128) -> String {
    format_with(
        &[("maximumFractionDigits", JsValue::from_f64(3.0))],
        &JsValue::from_str(&plain(thousandths)),
    )
}

/// Tenths of a percent as a percentage: 534 is "53.4%".
pub fn percent(permille: i128) -> String {
    format_with(
        &[
            ("style", JsValue::from_str("percent")),
            ("maximumFractionDigits", JsValue::from_f64(1.0)),
        ],
        &JsValue::from_f64(permille as f64 / 1000.0),
    )
}

/// The locale's decimal separator: "." or ",".
pub fn decimal_separator() -> char {
    if number(150).contains(',') {
        ','
    } else {
        '.'
    }
}

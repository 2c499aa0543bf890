//! Numbers for the reader's locale, through the browser's Intl.NumberFormat:
//! money in the worksheet's currency, plain numbers, percentages, and the
//! decimal separator people type.

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

fn format_with(options: &[(&str, JsValue)], value: f64) -> String {
    formatter(options)
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// An amount in hundredths as money, e.g. "€386,500" or "386.500 €".
/// `currency` must be three capital letters (the worksheet checks it).
pub fn money(hundredths: i128, currency: &str) -> String {
    let whole = hundredths % 100 == 0;
    let mut options = vec![
        ("style", JsValue::from_str("currency")),
        ("currency", JsValue::from_str(currency)),
    ];
    if whole {
        options.push(("minimumFractionDigits", JsValue::from_f64(0.0)));
    }
    format_with(&options, hundredths as f64 / 100.0)
}

/// A number in hundredths with up to two decimals: "1,250.5".
pub fn number(hundredths: i128) -> String {
    format_with(
        &[("maximumFractionDigits", JsValue::from_f64(2.0))],
        hundredths as f64 / 100.0,
    )
}

/// Tenths of a percent as a percentage: 534 is "53.4%".
pub fn percent(permille: i128) -> String {
    format_with(
        &[
            ("style", JsValue::from_str("percent")),
            ("maximumFractionDigits", JsValue::from_f64(1.0)),
        ],
        permille as f64 / 1000.0,
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

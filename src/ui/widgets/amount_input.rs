//! A number field that reads what people type in their own way ("1 250,50",
//! "€1,250.50"), says plainly what is wrong, and only ever hands valid
//! numbers on: a bad entry keeps the last good number and shows why. Money
//! follows its currency's decimals; a number kept from another currency
//! with more decimals stays as it is, with a note that totals round it.

use crate::browser::number_format::{decimal_separator, number};
use crate::core::method::worksheet::{parse_entry, Amount, EntryError, EntryKind};
use leptos::prelude::*;

/// How the field shows a number at rest: in the reader's format, grouped
/// ("2,040,000"), which reads back as the same number; empty for none.
fn shown(value: Option<Amount>, _decimal: char) -> String {
    value.map_or_else(String::new, |v| number(i128::from(v.0)))
}

static NEXT_ID: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

#[component]
pub fn AmountInput(
    /// The accessible name, e.g. "Hours of L&D payroll".
    #[prop(into)]
    name: String,
    /// The number now, if any (it may change by undo).
    #[prop(into)]
    value: Signal<Option<Amount>>,
    /// Called with each valid number typed; `None` when the field is emptied.
    set: impl Fn(Option<Amount>) + 'static,
    /// What the number is (money in a currency, hours, people), for the
    /// decimals it may have; it may change (the worksheet's currency).
    #[prop(into)]
    kind: Signal<EntryKind>,
    /// Zero and empty are the same (worksheet lines): zero shows empty.
    #[prop(optional)]
    zero_is_empty: bool,
    #[prop(optional)] placeholder: &'static str,
) -> impl IntoView {
    let decimal = decimal_separator();
    let raw = RwSignal::new(shown(value.get_untracked(), decimal));
    let error = RwSignal::new(None::<String>);
    let parse = move |text: &str| {
        let value = if text.trim().is_empty() {
            None
        } else {
            Some(parse_entry(text, decimal, kind.get_untracked())?)
        };
        Ok::<_, EntryError>(value.filter(|v| !(zero_is_empty && *v == Amount::ZERO)))
    };
    // An undo (or another tab) changed the number: show it, unless the
    // field already says it.
    Effect::new(move |_| {
        let v = value.get();
        if raw.with_untracked(|r| parse(r).ok()) != Some(v) {
            raw.set(shown(v, decimal));
            error.set(None);
        }
    });
    // A number kept from a currency with more decimals: say that totals
    // round it, until it is edited.
    let beyond = move || {
        let kind = kind.get();
        value.get().filter(|v| !v.fits(kind.decimals())).map(|_| {
            format!(
                "{} Totals round this line.",
                EntryError::TooManyDecimals(kind)
            )
        })
    };
    let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let error_id = format!("amount-error-{id}");
    let described = error_id.clone();
    view! {
        <span class="amount-field">
            <input
                type="text"
                inputmode=move || if kind.get().decimals() == 0 { "numeric" } else { "decimal" }
                class="amount-input"
                aria-label=name
                placeholder=placeholder
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || (error.with(Option::is_some) || beyond().is_some()).then(|| described.clone())
                prop:value=move || raw.get()
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    match parse(&text) {
                        Ok(v) => {
                            error.set(None);
                            set(v);
                        }
                        Err(e) => error.set(Some(format!("{e} Totals use the last valid number."))),
                    }
                    raw.set(text);
                }
                on:blur:target=move |ev| {
                    // Typed as "2040000", it keeps its grouping once entered
                    // (only while the field says the number the totals use).
                    let text = ev.target().value();
                    let v = value.get_untracked();
                    if parse(&text).is_ok_and(|typed| typed == v) {
                        raw.set(shown(v, decimal));
                    }
                }
            />
            {move || match error.get() {
                Some(e) => Some(view! { <span class="field-error" role="alert" id=error_id.clone()>{e}</span> }.into_any()),
                // Not an alert: a change of currency would raise one per field.
                None => beyond().map(|n| view! { <span class="field-error" id=error_id.clone()>{n}</span> }.into_any()),
            }}
        </span>
    }
}

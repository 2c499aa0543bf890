//! The "Investment worksheet": direct spend, the hidden cost of people's
//! time, and expected benefits, with the totals, the hidden share as a bar
//! and the return ratio. All arithmetic is in `core::worksheet`.

use crate::browser::number_format::{money, number, percent};
use crate::core::canvas::model::CanvasStoreFields;
use crate::core::method::plausibility::{line_warnings, total_hours, totals_warnings};
use crate::core::method::worksheet::{
    Amount, Currency, EntryKind, Line, LineKind, Section, Totals, Worksheet, MAX_LINES, SCALE,
};
use crate::core::share::limits::Limit;
use crate::ui::editor::limit_note::{undo_input, LimitNote};
use crate::ui::state::{Document, Panel, ViewState};
use crate::ui::widgets::amount_input::AmountInput;
use crate::ui::widgets::dialog::ModalDialog;
use leptos::prelude::*;

const CURRENCIES: [&str; 24] = [
    "EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "JPY", "CNY", "INR", "SEK", "NOK", "DKK",
    "PLN", "CZK", "HUF", "BRL", "MXN", "ZAR", "SGD", "HKD", "AED", "KRW", "TRY",
];

/// "Investment worksheet": the button on the cost block that opens it.
#[component]
pub fn WorksheetButton() -> impl IntoView {
    let view = expect_context::<ViewState>();
    view! {
        <button
            type="button"
            class="worksheet-button"
            aria-haspopup="dialog"
            on:click=move |_| view.panel.set(Panel::Worksheet)
        >
            "Investment worksheet"
        </button>
    }
}

/// "Full investment €386,500 · 53.4% hidden", once anything is invested.
pub fn summary_text(w: &Worksheet) -> Option<String> {
    let t = w.totals();
    (t.full() > 0).then(|| {
        let share = t
            .hidden_share_permille()
            .map(|p| format!(" · {} hidden", percent(p)))
            .unwrap_or_default();
        format!("Full investment {}{share}", money(t.full(), &w.currency))
    })
}

/// The full investment and its hidden share, under the cost block's title.
#[component]
pub fn WorksheetSummary() -> impl IntoView {
    let worksheet = expect_context::<Document>().canvas.worksheet();
    let summary = Memo::new(move |_| worksheet.with(summary_text));
    move || {
        summary
            .get()
            .map(|s| view! { <p class="worksheet-summary">{s}</p> })
    }
}

/// One line of the worksheet, by its place in the list.
#[component]
fn LineRow(index: usize, kind: LineKind) -> impl IntoView {
    let doc = expect_context::<Document>();
    let worksheet = doc.canvas.worksheet();
    let full = LimitNote::default();
    // A zero shows as an empty field, and an emptied field is zero.
    let field = move |get: fn(&Line) -> Amount| {
        Signal::derive(move || {
            worksheet
                .with(|w| w.lines.get(index).map(get))
                .filter(|v| *v != Amount::ZERO)
        })
    };
    // Every change to this line goes through here (the line may be gone).
    let edit = move |f: &dyn Fn(&mut Line)| {
        worksheet.update(|w| {
            if let Some(l) = w.lines.get_mut(index) {
                f(l);
            }
        })
    };
    let setter = move |put: fn(&mut Line, Amount)| {
        move |v: Option<Amount>| edit(&|l| put(l, v.unwrap_or(Amount::ZERO)))
    };
    let what = kind.name();
    let in_currency = Signal::derive(move || worksheet.with(|w| EntryKind::Money(w.money())));
    let figures = match kind {
        LineKind::ExpertTime => view! {
            <label class="field-with-cap"><span class="field-cap" aria-hidden="true">"hours"</span><AmountInput zero_is_empty=true name=format!("Hours: {what}") placeholder="hours" kind=EntryKind::Number value=field(|l| l.hours) set=setter(|l, v| l.hours = v) /></label>
            <span aria-hidden="true">"×"</span>
            <label class="field-with-cap"><span class="field-cap" aria-hidden="true">"hourly rate"</span><AmountInput zero_is_empty=true name=format!("Loaded hourly rate: {what}") placeholder="rate per hour" kind=in_currency value=field(|l| l.rate) set=setter(|l, v| l.rate = v) /></label>
        }
        .into_any(),
        LineKind::LearnerTime => view! {
            <label class="field-with-cap"><span class="field-cap" aria-hidden="true">"hours per learner"</span><AmountInput zero_is_empty=true name=format!("Hours per learner: {what}") placeholder="hours each" kind=EntryKind::Number value=field(|l| l.hours) set=setter(|l, v| l.hours = v) /></label>
            <span aria-hidden="true">"×"</span>
            <label class="field-with-cap"><span class="field-cap" aria-hidden="true">"headcount"</span><AmountInput zero_is_empty=true name=format!("Headcount: {what}") placeholder="people" kind=EntryKind::People value=field(|l| l.headcount) set=setter(|l, v| l.headcount = v) /></label>
            <span aria-hidden="true">"×"</span>
            <label class="field-with-cap"><span class="field-cap" aria-hidden="true">"hourly rate"</span><AmountInput zero_is_empty=true name=format!("Loaded hourly rate: {what}") placeholder="rate per hour" kind=in_currency value=field(|l| l.rate) set=setter(|l, v| l.rate = v) /></label>
        }
        .into_any(),
        _ => view! {
            <label class="field-with-cap"><span class="field-cap" aria-hidden="true">"amount"</span><AmountInput zero_is_empty=true name=format!("Amount: {what}") placeholder="amount" kind=in_currency value=field(|l| l.amount) set=setter(|l, v| l.amount = v) /></label>
        }
        .into_any(),
    };
    let total = move || {
        worksheet.with(|w| {
            w.lines
                .get(index)
                .map(|l| money(w.line_total(l), &w.currency))
                .unwrap_or_default()
        })
    };
    // In all, for a time line; and what looks mistyped, said beside it.
    let hours = move || {
        worksheet.with(|w| {
            w.lines
                .get(index)
                .and_then(total_hours)
                .filter(|h| *h > 0)
                .map(|h| format!("{} hours in all", number(h)))
        })
    };
    let warnings = move || {
        worksheet.with(|w| {
            let decimals = w.money().decimals();
            w.lines
                .get(index)
                .map(|l| line_warnings(l, decimals))
                .unwrap_or_default()
        })
    };
    view! {
        <li class="worksheet-line" data-kind=kind.id()>
            <span class="line-kind">{what}</span>
            <label class="field-with-cap line-label-field"><span class="field-cap" aria-hidden="true">"what it is"</span>
            <input
                type="text"
                class="line-label"
                aria-label=format!("What it is: {what}")
                placeholder="e.g. coaching vendor"
                maxlength="120"
                prop:value=move || worksheet.with(|w| w.lines.get(index).map(|l| l.label.clone()).unwrap_or_default())
                on:input:target=move |ev| {
                    let label = ev.target().value();
                    let old = worksheet.with_untracked(|w| w.lines.get(index).map(|l| l.label.clone()).unwrap_or_default());
                    if full.show(doc.text_may_grow(old.len(), label.len())) {
                        edit(&|l| l.label.clone_from(&label));
                    } else {
                        undo_input(&ev.target().into(), &old);
                    }
                }
            />
            </label>
            {full.view()}
            <span class="line-figures">{figures}</span>
            <span class="line-total-cell">
                <output class="line-total">{total}</output>
                {move || hours().map(|h| view! { <span class="line-hours">{h}</span> })}
            </span>
            <button
                type="button"
                class="line-remove"
                aria-label=format!("Remove line: {what}")
                title="Remove this line"
                on:click=move |_| {
                    worksheet.update(|w| {
                        if index < w.lines.len() {
                            w.lines.remove(index);
                        }
                    })
                }
            >
                "×"
            </button>
            {move || {
                let said = warnings();
                (!said.is_empty()).then(|| {
                    let items = said.into_iter().map(|w| view! { <li>{w}</li> }).collect_view();
                    view! { <ul class="line-warnings" role="status" aria-label=format!("Check this line: {what}")>{items}</ul> }
                })
            }}
        </li>
    }
}

/// The lines of one section, and a button per kind of line it can add.
#[component]
fn SectionLines(section: Section, title: &'static str, note: &'static str) -> impl IntoView {
    let doc = expect_context::<Document>();
    let worksheet = doc.canvas.worksheet();
    let full = LimitNote::default();
    // Only the number and kinds of lines re-render the rows, not typing.
    let kinds =
        Memo::new(move |_| worksheet.with(|w| w.lines.iter().map(|l| l.kind).collect::<Vec<_>>()));
    let rows = move || {
        kinds
            .get()
            .into_iter()
            .enumerate()
            .filter(|(_, k)| k.section() == section)
            .map(|(index, kind)| view! { <LineRow index kind /> })
            .collect_view()
    };
    let adders = LineKind::ALL
        .into_iter()
        .filter(|k| k.section() == section)
        .map(|kind| {
            view! {
                <button
                    type="button"
                    class="line-add"
                    disabled=move || worksheet.with(|w| w.lines.len() >= MAX_LINES)
                    title=move || worksheet.with(|w| w.lines.len() >= MAX_LINES).then(|| format!("A worksheet holds at most {MAX_LINES} lines."))
                    on:click=move |_| {
                        if full.show(doc.room_for(Limit::Lines)) {
                            worksheet.update(|w| {
                                w.add_line(kind);
                            })
                        }
                    }
                >
                    {format!("+ {}", kind.name())}
                </button>
            }
        })
        .collect_view();
    let heading_id = format!("worksheet-{}", title.to_lowercase().replace(' ', "-"));
    let labelled_by = heading_id.clone();
    view! {
        <section class="worksheet-section" aria-labelledby=labelled_by>
            <h3 id=heading_id>{title}</h3>
            <p class="section-note">{note}</p>
            <ul class="worksheet-lines">{rows}</ul>
            <div class="line-adders">{adders}</div>
            {full.view()}
        </section>
    }
}

/// The sums, the hidden share as a bar, and the return ratio.
pub fn totals_view(t: Totals, currency: &str) -> impl IntoView {
    let share = t.hidden_share_permille();
    let bar = share.map(|p| {
        // Tenths of a percent, written without float formatting (it costs size).
        let hidden = p.clamp(0, 1000);
        let width = |tenths: i128| format!("width:{}.{}%", tenths / 10, tenths % 10);
        view! {
            <div class="share-bar" role="img" aria-label=format!("Hidden cost: {} of the full investment", percent(p))>
                <span class="share-direct" style=width(1000 - hidden)></span>
                <span class="share-hidden" style=width(hidden)></span>
            </div>
            <p class="bar-key">"The bar: direct spend (solid), then hidden cost (striped)."</p>
        }
    });
    // Per 100 units when the currency has no decimals ("every ¥100 … ¥155"),
    // so the sentence keeps the ratio's two decimals.
    let whole = Currency::of(currency).is_some_and(|c| c.decimals() == 0);
    let (base, scale) = if whole { (100, 1) } else { (1, 100) };
    let ratio = match t.return_ratio() {
        Some(r) => format!(
            "{}.{:02} : 1 — every {} invested is expected to return {}",
            r / 100,
            r % 100,
            money(base * i128::from(SCALE), currency),
            money(r * i128::from(SCALE) / scale, currency)
        ),
        None => "Enter costs and expected benefits to see it.".to_string(),
    };
    view! {
        <dl class="worksheet-totals">
            <dt>"Direct spend"</dt>
            <dd data-total="direct">{money(t.direct, currency)}</dd>
            <dt>"Hidden cost"</dt>
            <dd data-total="hidden">{money(t.hidden, currency)}</dd>
            <dt>"Full investment"</dt>
            <dd data-total="full">{money(t.full(), currency)}</dd>
            <dt>"Hidden share"</dt>
            <dd data-total="share">{share.map(percent).unwrap_or_else(|| "—".into())}</dd>
            <dt>"Expected benefits"</dt>
            <dd data-total="benefits">{money(t.benefits, currency)}</dd>
            <dt>"Return ratio"</dt>
            <dd data-total="ratio">{ratio}</dd>
        </dl>
        {bar}
    }
}

/// What the page says when entries have more decimals than the currency
/// (kept from the one before): they stay as typed, the totals round them.
fn beyond_currency_text(w: &Worksheet) -> Option<String> {
    let count = w.entries_beyond_currency();
    let c = w.money();
    let has = ["none", "one", "two", "three"][usize::from(c.decimals().min(3))];
    let code = c.code();
    match count {
        0 => None,
        1 => Some(format!(
            "One entry has more decimals than {code} has ({has}). It is kept as typed, and \
             its line's total is rounded to {code}."
        )),
        n => Some(format!(
            "{n} entries have more decimals than {code} has ({has}). They are kept as typed, \
             and their lines' totals are rounded to {code}."
        )),
    }
}

#[component]
pub fn WorksheetDialog() -> impl IntoView {
    let worksheet = expect_context::<Document>().canvas.worksheet();
    let totals = move || worksheet.with(|w| totals_view(w.totals(), &w.currency));
    // A currency from a shared link may be one this list lacks: keep it.
    let mut codes: Vec<String> = CURRENCIES.iter().map(|c| c.to_string()).collect();
    let current = worksheet.with_untracked(|w| w.currency.clone());
    if !codes.contains(&current) {
        codes.push(current);
    }
    let currency_options = codes
        .into_iter()
        .map(|c| {
            let (code, value) = (c.clone(), c.clone());
            view! { <option value=value selected=move || worksheet.with(|w| w.currency == code)>{c}</option> }
        })
        .collect_view();
    let empty = Memo::new(move |_| worksheet.with(|w| w.lines.is_empty()));
    let beyond = Memo::new(move |_| worksheet.with(beyond_currency_text));
    view! {
        <ModalDialog title="Investment worksheet">
            <p class="worksheet-intro">
                "Budgets show the direct spend. The full investment adds what no budget line shows: \
                 experts' hours and learners' hours away from the job, at what an hour of their \
                 time really costs."
            </p>
            <label class="currency-picker">
                "Currency "
                <select
                    aria-label="Currency"
                    on:change:target=move |ev| {
                        let code = ev.target().value();
                        worksheet.update(|w| w.currency = code);
                    }
                >
                    {currency_options}
                </select>
            </label>
            {move || beyond.get().map(|t| view! { <p class="currency-note" role="status">{t}</p> })}
            {move || empty.get().then(|| view! {
                <button
                    type="button"
                    class="worksheet-start"
                    on:click=move |_| worksheet.update(|w| *w = Worksheet::starter(&w.currency))
                >
                    "Start with the usual lines"
                </button>
            })}
            <div class="worksheet-grid">
                <div class="worksheet-sections">
                    <SectionLines section=Section::Direct title="Direct spend" note="What the budget shows." />
                    <SectionLines
                        section=Section::Hidden
                        title="Hidden cost"
                        note="Time away from the job, at a loaded hourly rate (salary plus overheads)."
                    />
                    <SectionLines section=Section::Benefit title="Expected benefits" note="What the business expects back, in money." />
                </div>
                <section class="worksheet-summary-box" aria-labelledby="worksheet-totals-title" aria-live="polite">
                    <h3 id="worksheet-totals-title">"Totals"</h3>
                    {totals}
                    {move || {
                        let said = worksheet.with(|w| totals_warnings(&w.totals()));
                        (!said.is_empty()).then(|| {
                            let items = said.into_iter().map(|w| view! { <li>{w}</li> }).collect_view();
                            view! { <ul class="line-warnings">{items}</ul> }
                        })
                    }}
                </section>
            </div>
        </ModalDialog>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn entries_kept_from_another_currency_are_named() {
        let mut w = Worksheet::starter("KWD");
        w.lines[0].amount = Amount(1_250);
        w.lines[1].amount = Amount(2_005);
        assert_eq!(beyond_currency_text(&w), None);
        w.currency = "EUR".into();
        assert_eq!(
            beyond_currency_text(&w).as_deref(),
            Some(
                "One entry has more decimals than EUR has (two). It is kept as typed, and its \
                 line's total is rounded to EUR."
            )
        );
        w.currency = "JPY".into();
        let text = beyond_currency_text(&w).unwrap_or_default();
        assert!(
            text.starts_with("2 entries have more decimals than JPY has (none)."),
            "{text}"
        );
    }
}

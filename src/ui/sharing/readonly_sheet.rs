//! What a reader of a shared canvas (or a template's preview) checks
//! behind the numbers: the investment worksheet line by line, with its
//! totals, and the scorecard's results with their drivers. Read-only,
//! folded until opened.

use crate::browser::number_format::{money, number};
use crate::core::canvas::kind::block_title;
use crate::core::method::scorecard::{scorecard, Metric};
use crate::core::method::worksheet::{Amount, LineKind, Worksheet};
use crate::ui::tools::scorecard::{name_or_untitled, values};
use crate::ui::tools::worksheet::{summary_text, totals_view};
use leptos::prelude::*;

fn figure(a: Amount, shown: bool) -> String {
    if shown && a != Amount::ZERO {
        number(i128::from(a.0))
    } else {
        String::new()
    }
}

#[component]
pub fn ReadOnlyWorksheet(worksheet: Worksheet) -> impl IntoView {
    if worksheet.lines.is_empty() {
        return ().into_any();
    }
    let currency = worksheet.currency.clone();
    let rows = worksheet
        .lines
        .iter()
        .map(|l| {
            let time = l.kind.is_time();
            let learners = l.kind == LineKind::LearnerTime;
            let rate = if time && l.rate != Amount::ZERO {
                money(i128::from(l.rate.0), &currency)
            } else {
                String::new()
            };
            view! {
                <tr data-kind=l.kind.id()>
                    <th scope="row">{l.kind.name()}</th>
                    <td>{l.label.clone()}</td>
                    <td class="num">{figure(l.hours, time)}</td>
                    <td class="num">{figure(l.headcount, learners)}</td>
                    <td class="num">{rate}</td>
                    <td class="num">{money(worksheet.line_total(l), &currency)}</td>
                </tr>
            }
        })
        .collect_view();
    let summary = summary_text(&worksheet).unwrap_or_else(|| "Investment worksheet".into());
    view! {
        <details class="shared-sheet">
            <summary>"Investment worksheet: " {summary}</summary>
            <div class="shared-sheet-table">
                <table>
                    <caption class="visually-hidden">{format!("Investment worksheet, in {currency}")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Line"</th>
                            <th scope="col">"What it is"</th>
                            <th scope="col">"Hours"</th>
                            <th scope="col">"People"</th>
                            <th scope="col">"Hourly rate"</th>
                            <th scope="col">"Amount"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {totals_view(worksheet.totals(), &currency)}
        </details>
    }
    .into_any()
}

fn metric_line(m: &Metric) -> impl IntoView {
    view! {
        {name_or_untitled(m)} " "
        <span class="metric-values">{values(m)}</span>
        <span class="metric-block">{format!(" ({})", block_title(&m.block))}</span>
    }
}

#[component]
pub fn ReadOnlyScorecard(metrics: Vec<Metric>) -> impl IntoView {
    if metrics.is_empty() {
        return ().into_any();
    }
    let card = scorecard(&metrics);
    let find = |id| metrics.iter().find(|m| m.id == id);
    let results = card
        .results
        .iter()
        .filter_map(|row| {
            let result = find(row.result)?;
            let drivers = row
                .drivers
                .iter()
                .filter_map(|d| find(*d))
                .map(|d| view! { <li>"Driven by " {metric_line(d)}</li> })
                .collect_view();
            Some(view! {
                <li>
                    <strong>"Result: "</strong>{metric_line(result)}
                    <ul>{drivers}</ul>
                </li>
            })
        })
        .collect_view();
    let idle = card
        .idle_drivers
        .iter()
        .filter_map(|d| find(*d))
        .map(|d| view! { <li>"Driver that moves no result: " {metric_line(d)}</li> })
        .collect_view();
    view! {
        <details class="shared-sheet">
            <summary>{format!("Scorecard: {} metrics", metrics.len())}</summary>
            <ul class="shared-scorecard">{results}{idle}</ul>
        </details>
    }
    .into_any()
}

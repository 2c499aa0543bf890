//! The "Scorecard": metrics attached to blocks, each a driver or a result,
//! with current and target values, and which results each driver moves.
//! Its view lists every result with its drivers and flags the gaps; each
//! block lists its own metrics. The rules are in `core::scorecard`.

use crate::browser::number_format::number;
use crate::core::canvas::model::CanvasStoreFields;
use crate::core::method::scorecard::{
    next_metric_id, remove_metric, scorecard, set_moves, set_role, Metric, MetricId, MetricRole,
};
use crate::core::share::limits::Limit;
use crate::ui::editor::limit_note::{undo_input, LimitNote};
use crate::ui::state::{Document, EditorState};
use crate::ui::widgets::amount_input::AmountInput;
use crate::ui::widgets::dialog::ModalDialog;
use leptos::prelude::*;

pub fn name_or_untitled(m: &Metric) -> String {
    match m.name.trim() {
        "" => "(unnamed metric)".to_string(),
        name => name.to_string(),
    }
}

/// "9 → 6 months", "→ 6", "9 months", or nothing.
pub fn values(m: &Metric) -> String {
    let unit = if m.unit.trim().is_empty() {
        String::new()
    } else {
        format!(" {}", m.unit.trim())
    };
    match (m.current, m.target) {
        (Some(c), Some(t)) => format!("{} → {}{unit}", number(c.0.into()), number(t.0.into())),
        (Some(c), None) => format!("{}{unit}", number(c.0.into())),
        (None, Some(t)) => format!("target {}{unit}", number(t.0.into())),
        (None, None) => String::new(),
    }
}

/// The metrics of one block as a list; nothing when it has none.
pub fn static_metrics(metrics: &[Metric], block: &str) -> Option<impl IntoView> {
    let rows: Vec<_> = metrics
        .iter()
        .filter(|m| m.block == block)
        .map(|m| {
            view! {
                <li data-role=m.role.id()>
                    <span class="metric-role">{m.role.name()}</span>
                    " " {name_or_untitled(m)} " " <span class="metric-values">{values(m)}</span>
                </li>
            }
        })
        .collect();
    (!rows.is_empty())
        .then(|| view! { <ul class="block-metrics" aria-label="Metrics of this block">{rows}</ul> })
}

/// A block's metrics in the editor, listed under its notes.
#[component]
pub fn BlockMetrics(block: &'static str) -> impl IntoView {
    let metrics = expect_context::<Document>().canvas.metrics();
    move || metrics.with(|ms| static_metrics(ms, block))
}

/// Changes metric `id`, if it is still there.
fn edit_metric(doc: Document, id: MetricId, f: &dyn Fn(&mut Metric)) {
    doc.canvas.metrics().update(|ms| {
        if let Some(m) = ms.iter_mut().find(|m| m.id == id) {
            f(m);
        }
    })
}

/// A text field of a metric (its name, its unit).
#[component]
fn MetricText(
    id: MetricId,
    name: &'static str,
    class: &'static str,
    placeholder: &'static str,
    maxlength: u32,
    get: fn(&Metric) -> String,
    put: fn(&mut Metric, String),
) -> impl IntoView {
    let state = EditorState::expect();
    let metrics = state.doc.canvas.metrics();
    let full = LimitNote::default();
    let current = move || {
        metrics.with_untracked(|ms| ms.iter().find(|m| m.id == id).map(get).unwrap_or_default())
    };
    view! {
        <input
            type="text"
            class=class
            aria-label=name
            placeholder=placeholder
            maxlength=maxlength.to_string()
            prop:value=move || metrics.with(|ms| ms.iter().find(|m| m.id == id).map(get).unwrap_or_default())
            on:input:target=move |ev| {
                let text = ev.target().value();
                let old = current();
                if full.show(state.doc.text_may_grow(old.len(), text.len())) {
                    edit_metric(state.doc, id, &|m| put(m, text.clone()));
                } else {
                    undo_input(&ev.target().into(), &old);
                }
            }
        />
        {full.view()}
    }
}

/// One metric, editable: name, role, block, values, unit, what it moves.
#[component]
fn MetricRow(id: MetricId) -> impl IntoView {
    let state = EditorState::expect();
    let metrics = state.doc.canvas.metrics();
    let kind = state.doc.canvas.kind().get_untracked();
    let edit = move |f: &dyn Fn(&mut Metric)| edit_metric(state.doc, id, f);
    let role =
        Memo::new(move |_| metrics.with(|ms| ms.iter().find(|m| m.id == id).map(|m| m.role)));
    let value = move |f: fn(&Metric) -> Option<crate::core::method::worksheet::Amount>| {
        Signal::derive(move || metrics.with(|ms| ms.iter().find(|m| m.id == id).and_then(f)))
    };
    let block_options = kind
        .def()
        .blocks_in_filling_order()
        .map(|b| {
            view! {
                <option value=b.id selected=move || metrics.with(|ms| ms.iter().any(|m| m.id == id && m.block == b.id))>
                    {b.title}
                </option>
            }
        })
        .collect_view();
    // A driver lists the results it can move; a memo, so ticking a box
    // (which changes the metrics) does not rebuild the boxes under the focus.
    let results = Memo::new(move |_| {
        metrics.with(|ms| {
            ms.iter()
                .filter(|m| m.role == MetricRole::Result)
                .map(|m| (m.id, name_or_untitled(m)))
                .collect::<Vec<_>>()
        })
    });
    let moves = move || {
        (role.get() == Some(MetricRole::Driver)).then(|| {
            let results = results.get();
            let boxes = results
                .into_iter()
                .map(|(result, name)| {
                    view! {
                        <label>
                            <input
                                type="checkbox"
                                prop:checked=move || metrics.with(|ms| ms.iter().any(|m| m.id == id && m.moves.contains(&result)))
                                on:change:target=move |ev| {
                                    let on = ev.target().checked();
                                    metrics.update(|ms| {
                                        set_moves(ms, id, result, on);
                                    });
                                }
                            />
                            {name}
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="metric-moves">
                    <legend>"Moves these results"</legend>
                    {boxes}
                </fieldset>
            }
        })
    };
    view! {
        <li class="metric-row">
            <MetricText
                id
                name="Metric name"
                class="metric-name"
                placeholder="Name the metric"
                maxlength=120
                get=|m| m.name.clone()
                put=|m, text| m.name = text
            />
            <select
                aria-label="Driver or result"
                on:change:target=move |ev| {
                    let r = MetricRole::from_id(&ev.target().value()).unwrap_or(MetricRole::Driver);
                    metrics.update(|ms| set_role(ms, id, r));
                }
            >
                <option value="driver" selected=move || role.get() == Some(MetricRole::Driver)>"Driver"</option>
                <option value="result" selected=move || role.get() == Some(MetricRole::Result)>"Result"</option>
            </select>
            <select
                aria-label="Block of the metric"
                on:change:target=move |ev| {
                    let block = ev.target().value();
                    edit(&|m| m.block.clone_from(&block));
                }
            >
                {block_options}
            </select>
            <AmountInput
                name="Current value"
                placeholder="now"
                kind=crate::core::method::worksheet::EntryKind::Number
                value=value(|m| m.current)
                set=move |v| edit(&|m| m.current = v)
            />
            <AmountInput
                name="Target value"
                placeholder="target"
                kind=crate::core::method::worksheet::EntryKind::Number
                value=value(|m| m.target)
                set=move |v| edit(&|m| m.target = v)
            />
            <MetricText
                id
                name="Unit"
                class="metric-unit"
                placeholder="unit"
                maxlength=20
                get=|m| m.unit.clone()
                put=|m, text| m.unit = text
            />
            <button
                type="button"
                class="line-remove"
                aria-label="Remove metric"
                title="Remove this metric"
                on:click=move |_| metrics.update(|ms| remove_metric(ms, id))
            >
                "×"
            </button>
            {moves}
        </li>
    }
}

/// Each result with the drivers that move it, and the gaps flagged.
#[component]
fn ScorecardView() -> impl IntoView {
    let metrics = expect_context::<Document>().canvas.metrics();
    move || {
        metrics.with(|ms| {
            let card = scorecard(ms);
            let name = |id: MetricId| {
                ms.iter()
                    .find(|m| m.id == id)
                    .map(|m| {
                        let v = values(m);
                        if v.is_empty() { name_or_untitled(m) } else { format!("{} ({v})", name_or_untitled(m)) }
                    })
                    .unwrap_or_default()
            };
            let results = card
                .results
                .iter()
                .map(|row| {
                    let drivers = if row.drivers.is_empty() {
                        view! { <p class="flag">"No driver moves this result yet."</p> }.into_any()
                    } else {
                        let items = row.drivers.iter().map(|d| view! { <li>{name(*d)}</li> }).collect_view();
                        view! { <ul class="drivers">{items}</ul> }.into_any()
                    };
                    view! {
                        <li class="result-row" class:flagged=row.drivers.is_empty()>
                            <strong>{name(row.result)}</strong>
                            {drivers}
                        </li>
                    }
                })
                .collect_view();
            let idle = (!card.idle_drivers.is_empty()).then(|| {
                let items = card.idle_drivers.iter().map(|d| view! { <li>{name(*d)}</li> }).collect_view();
                view! {
                    <p class="flag">"These drivers move no result yet:"</p>
                    <ul class="idle-drivers">{items}</ul>
                }
            });
            let empty = ms.is_empty().then(|| view! {
                <p>"No metrics yet. Add the results the business watches, then the drivers that move them."</p>
            });
            view! {
                {empty}
                <ul class="scorecard-results">{results}</ul>
                {idle}
            }
        })
    }
}

#[component]
pub fn ScorecardDialog() -> impl IntoView {
    let state = EditorState::expect();
    let metrics = state.doc.canvas.metrics();
    let ids = Memo::new(move |_| metrics.with(|ms| ms.iter().map(|m| m.id).collect::<Vec<_>>()));
    let default_block = move |role| {
        let kind = state.doc.canvas.kind().get_untracked();
        let wanted = match role {
            MetricRole::Result => ["business-outcomes", "investment-return", "customers"],
            MetricRole::Driver => ["delivery", "service-delivery", "design"],
        };
        wanted
            .into_iter()
            .find(|b| kind.has_block(b))
            .or_else(|| kind.def().blocks.first().map(|b| b.id))
            .unwrap_or("design")
    };
    let full = LimitNote::default();
    let add = move |role| {
        if !full.show(state.doc.room_for(Limit::Metrics)) {
            return;
        }
        // Read the kind before writing: a store is not read inside its own write.
        let block = default_block(role);
        metrics.update(|ms| {
            let id = next_metric_id(ms);
            ms.push(Metric::new(id, block, role));
        })
    };
    view! {
        <ModalDialog title="Scorecard">
            <p class="worksheet-intro">
                "Results are what the business sees; drivers are what L&D does or changes to move \
                 them. Tie each driver to the results it moves, so causes are easy to find."
            </p>
            <div class="scorecard-grid">
                <section aria-labelledby="scorecard-edit-title">
                    <h3 id="scorecard-edit-title">"Metrics"</h3>
                    <ul class="metric-rows">
                        <For each=move || ids.get() key=|id| *id let:id>
                            <MetricRow id />
                        </For>
                    </ul>
                    <div class="line-adders">
                        <button type="button" class="line-add" on:click=move |_| add(MetricRole::Result)>"+ Result"</button>
                        <button type="button" class="line-add" on:click=move |_| add(MetricRole::Driver)>"+ Driver"</button>
                    </div>
                    {full.view()}
                </section>
                <section class="worksheet-summary-box" aria-labelledby="scorecard-view-title" aria-live="polite">
                    <h3 id="scorecard-view-title">"Results and their drivers"</h3>
                    <ScorecardView />
                </section>
            </div>
        </ModalDialog>
    }
}

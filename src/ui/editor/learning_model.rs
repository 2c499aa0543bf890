//! "Learning model": which of the five models the department runs today
//! and which it aims for, with what each one means; and the hints the
//! choice gives in the blocks where it matters ([`crate::core::method::hints`]).

use crate::core::canvas::model::CanvasStoreFields;
use crate::core::method::learning_model::{LearningModel, ModelChoice, MODELS};
use crate::ui::state::Document;
use leptos::prelude::*;

/// One of the two choices: today's model or the aimed-for one.
#[component]
fn ModelSelect(
    label: &'static str,
    /// The accessible name ("Learning model today").
    name: &'static str,
    get: fn(&ModelChoice) -> Option<LearningModel>,
    set: fn(&mut ModelChoice, Option<LearningModel>),
) -> impl IntoView {
    let models = expect_context::<Document>().canvas.models();
    let options = MODELS
        .into_iter()
        .map(|m| {
            view! {
                <option value=m.id() selected=move || models.with(|c| get(c) == Some(m))>
                    {m.name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <label class="model-select">
            <span>{label}</span>
            <select
                aria-label=name
                on:change:target=move |ev| {
                    let chosen = LearningModel::from_id(&ev.target().value());
                    models.update(|c| set(c, chosen));
                }
            >
                <option value="" selected=move || models.with(|c| get(c).is_none())>"Not chosen"</option>
                {options}
            </select>
        </label>
    }
}

#[component]
pub fn LearningModelBar() -> impl IntoView {
    let explanations = MODELS
        .into_iter()
        .map(|m| {
            view! {
                <dt>{m.name()}</dt>
                <dd>{m.explanation()}</dd>
            }
        })
        .collect_view();
    view! {
        <section class="learning-model" aria-labelledby="learning-model-title">
            <h2 id="learning-model-title">"Learning model"</h2>
            <ModelSelect label="Today" name="Learning model today" get=|c| c.today set=|c, m| c.today = m />
            <span class="model-arrow" aria-hidden="true">"→"</span>
            <ModelSelect label="Aim" name="Learning model we aim for" get=|c| c.aim set=|c, m| c.aim = m />
            <details class="model-help">
                <summary aria-label="What the five models mean" title="What the five models mean">"?"</summary>
                <p>
                    "From handing out information to building skills. Choose the model you run \
                     today and the one you aim for: the blocks where the choice matters show a hint."
                </p>
                <dl>{explanations}</dl>
            </details>
        </section>
    }
}

/// The hints for one block, each with "Dismiss hint".
#[component]
pub fn BlockHints(block: &'static str) -> impl IntoView {
    let doc = expect_context::<Document>();
    let all = doc.hints;
    let here = Memo::new(move |_| {
        all.with(|hs| {
            hs.iter()
                .filter(|h| h.block == block)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    move || {
        here.get()
            .into_iter()
            .map(|hint| {
                let id = hint.id;
                view! {
                    <aside class="hint" aria-label=format!("Hint from the {} model", hint.model.name())>
                        <p>{hint.text}</p>
                        <button
                            type="button"
                            class="hint-dismiss"
                            on:click=move |_| {
                                doc.canvas.dismissed_hints().update(|d| d.push(id.to_string()));
                            }
                        >
                            "Dismiss hint"
                        </button>
                    </aside>
                }
            })
            .collect_view()
    }
}

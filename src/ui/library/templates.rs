//! "Templates": the gallery of blank canvases and worked examples served
//! beside the app, and the page a deep link to one template opens
//! (`#/template/<id>`). "Use template" makes a new draft; a template is
//! never changed. A template that cannot be read says why, and the gallery
//! still lists the others.

use crate::browser::fetch::fetch_text;
use crate::core::format::templates::{
    blanks, decode_index, decode_template, is_template_id, Template, MAX_TEMPLATE_BYTES,
};
use crate::ui::editor::print_view::PrintDate;
use crate::ui::library::actions::{display_title, start_canvas};
use crate::ui::navigation::Navigation;
use crate::ui::sharing::readonly::ReadOnlyBoard;
use crate::ui::state::{EditorState, Panel};
use crate::ui::widgets::dialog::{close_dialogs, ModalDialog};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// A template by id: a blank one, or the file `templates/<id>.json`.
pub async fn load_template(id: &str) -> Result<Template, String> {
    if let Some(blank) = blanks().into_iter().find(|b| b.id == id) {
        return Ok(blank);
    }
    // Only a name the index could list: never a path to another file.
    if !is_template_id(id) {
        return Err("this is not a template name (lower-case letters, digits and dashes)".into());
    }
    let raw = fetch_text(&format!("templates/{id}.json"), MAX_TEMPLATE_BYTES).await?;
    decode_template(id, &raw)
}

/// Every template the site lists, each read or with why it cannot be.
async fn load_gallery() -> Result<Vec<(String, Result<Template, String>)>, String> {
    let index = fetch_text("templates/index.json", MAX_TEMPLATE_BYTES).await?;
    let mut out = Vec::new();
    for id in decode_index(&index)? {
        let template = load_template(&id).await;
        out.push((id, template));
    }
    Ok(out)
}

/// Starts a new draft from a template and shows it in the editor.
fn use_template(state: EditorState, template: &Template) {
    let mut canvas = template.canvas.clone();
    if canvas.title.trim().is_empty() {
        canvas.title = template.name.clone();
    }
    let title = display_title(&canvas.title).to_string();
    if start_canvas(state, canvas) {
        state.view.show_toast(
            format!("A new canvas “{title}” is in My canvases; the template is unchanged."),
            None,
        );
    }
}

fn summary(t: &Template) -> String {
    let models = t
        .canvas
        .models
        .chosen()
        .into_iter()
        .map(|m| m.name())
        .collect::<Vec<_>>()
        .join(" → ");
    let mut parts = vec![t.canvas.kind.name().to_string()];
    if !models.is_empty() {
        parts.push(models);
    }
    if !t.canvas.notes.is_empty() {
        parts.push(format!("{} notes", t.canvas.notes.len()));
    }
    parts.join(" · ")
}

/// One template in the gallery.
#[component]
fn TemplateCard(template: Template) -> impl IntoView {
    let state = EditorState::expect();
    let heading = format!("template-{}", template.id);
    let labelled = heading.clone();
    let about = summary(&template);
    let preview = format!("#/template/{}", template.id);
    let name = template.name.clone();
    let description = template.description.clone();
    view! {
        <article class="template-card" aria-labelledby=labelled>
            <h3 id=heading>{name}</h3>
            <p class="template-about">{about}</p>
            <p>{description}</p>
            <div class="template-actions">
                <button
                    type="button"
                    class="primary"
                    on:click=move |_| {
                        close_dialogs();
                        use_template(state, &template);
                    }
                >
                    "Use template"
                </button>
                <a href=preview on:click=move |_| close_dialogs()>"Preview"</a>
            </div>
        </article>
    }
}

#[component]
pub fn TemplatesDialog() -> impl IntoView {
    let gallery = RwSignal::new(None::<Result<Vec<(String, Result<Template, String>)>, String>>);
    spawn_local(async move {
        let loaded = load_gallery().await;
        // The dialog may be closed (and its signal gone) by then.
        let _ = gallery.try_set(Some(loaded));
    });
    let blank_cards = blanks()
        .into_iter()
        .map(|template| view! { <TemplateCard template /> })
        .collect_view();
    let examples = move || {
        match gallery.get() {
        None => view! { <p role="status">"Loading the examples…"</p> }.into_any(),
        Some(Err(why)) => view! {
            <p class="alert" role="alert">{format!("The list of examples could not be read: {why}.")}</p>
        }
        .into_any(),
        Some(Ok(items)) => {
            let (good, bad): (Vec<_>, Vec<_>) = items.into_iter().partition(|(_, t)| t.is_ok());
            let cards = good
                .into_iter()
                .filter_map(|(_, t)| t.ok())
                .map(|template| view! { <TemplateCard template /> })
                .collect_view();
            let problems = (!bad.is_empty()).then(|| {
                let items = bad
                    .into_iter()
                    .map(|(id, t)| view! { <li>{format!("“{id}”: {}", t.err().unwrap_or_default())}</li> })
                    .collect_view();
                view! {
                    <div class="alert" role="alert">
                        <p>"Some templates could not be opened:"</p>
                        <ul>{items}</ul>
                    </div>
                }
            });
            view! { <div class="template-grid">{cards}</div> {problems} }.into_any()
        }
    }
    };
    view! {
        <ModalDialog title="Templates">
            <p class="worksheet-intro">
                "Start from a blank canvas, or from a worked example of a department running one \
                 of the five learning models. “Use template” makes a new canvas in My canvases; \
                 the template stays as it is."
            </p>
            <h3>"Blank canvases"</h3>
            <div class="template-grid">{blank_cards}</div>
            <h3>"Worked examples"</h3>
            {examples}
        </ModalDialog>
    }
}

/// The page of a deep link to one template: the template read-only, with
/// "Use template".
#[component]
pub fn TemplatePage(id: String) -> impl IntoView {
    let nav = expect_context::<Navigation>();
    let state = EditorState::expect();
    let loaded = RwSignal::new(None::<Result<Template, String>>);
    let wanted = id.clone();
    spawn_local(async move {
        let t = load_template(&wanted).await;
        let _ = loaded.try_set(Some(t));
    });
    let go = move |panel: Panel| nav.show_editor(state, panel, None);
    let body = move || {
        match loaded.get() {
        None => view! { <p role="status" class="loading">"Opening the template…"</p> }.into_any(),
        Some(Err(why)) => view! {
            <main class="broken-link">
                <h1>"This template cannot be opened"</h1>
                <p class="alert" role="alert">{format!("The template “{id}” cannot be opened: {why}.")}</p>
                <p>"Nothing was changed: your own canvases are as you left them."</p>
            </main>
        }
        .into_any(),
        Some(Ok(template)) => {
            let canvas = template.canvas.clone();
            view! {
                <main class="canvas-page">
                    <section class="shared-banner" aria-label="Template">
                        <p class="shared-badge">"Template · read-only"</p>
                        <h1>{template.name.clone()}</h1>
                        <PrintDate />
                        <p>{template.description.clone()}</p>
                        <button
                            type="button"
                            class="primary"
                            on:click=move |_| {
                                go(Panel::None);
                                use_template(state, &template);
                            }
                        >
                            "Use template"
                        </button>
                    </section>
                    <ReadOnlyBoard canvas />
                </main>
            }
            .into_any()
        }
    }
    };
    view! {
        <header class="app-header">
            <p class="brand">"Learning Model Canvas"</p>
            <div class="toolbar">
                <button type="button" class="panel-button" on:click=move |_| go(Panel::Templates)>"Templates"</button>
                <button type="button" class="panel-button" on:click=move |_| go(Panel::MyCanvases)>"My canvases"</button>
            </div>
        </header>
        {body}
    }
}

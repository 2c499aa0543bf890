//! One canvas in "My canvases": a button named by its title that opens it,
//! what it is and when it was edited, and Rename, Duplicate, Delete.

use crate::browser::clock::{now, random_bits};
use crate::browser::locks::with_index_lock;
use crate::browser::storage::library;
use crate::core::canvas::model::CanvasStoreFields;
use crate::core::format::index::Summary;
use crate::ui::library::actions::{delete_canvas, display_title, open_or_explain};
use crate::ui::library::autosave::write_now;
use crate::ui::library::listing::ListError;
use crate::ui::library::time::time_ago;
use crate::ui::state::EditorState;
use crate::ui::widgets::dialog::close_dialogs;
use leptos::prelude::*;

/// Where the dialog's errors go (provided by the dialog).
fn report(error: RwSignal<Option<String>>, what: &str, e: impl std::fmt::Display) {
    error.set(Some(format!("{what}: {e}.")));
}

fn focus_by_id(id: String) {
    // After the list re-renders.
    set_timeout(
        move || {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
            {
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = el.focus();
                }
            }
        },
        std::time::Duration::from_millis(0),
    );
}

#[component]
pub fn CanvasItem(summary: Summary) -> impl IntoView {
    let state = EditorState::expect();
    let ListError(error) = expect_context::<ListError>();
    let renaming = RwSignal::new(false);
    let Summary {
        id,
        title,
        kind,
        notes,
        edited,
        ..
    } = summary;
    let open_id = format!("open-{id}");
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .doc
                .canvas_id
                .with(|open| open.as_deref() == Some(id.as_str()))
        })
    };
    let meta = format!(
        "{} · {} · edited {}",
        kind.name(),
        if notes == 1 {
            "1 note".to_string()
        } else {
            format!("{notes} notes")
        },
        time_ago(edited)
    );
    let id_open = id.clone();
    let open = move |_| {
        open_or_explain(state, &id_open);
        close_dialogs();
    };
    let id_dup = id.clone();
    let duplicate = move |_| {
        let id = id_dup.clone();
        with_index_lock(move || {
            match library()
                .map_err(Into::into)
                .and_then(|mut lib| lib.duplicate(&id, now(), random_bits()))
            {
                Ok(copy) => {
                    state.saving.library_changed();
                    focus_by_id(format!("open-{copy}"));
                }
                Err(e) => report(error, "The canvas could not be duplicated", e),
            }
        })
    };
    let (id_del, title_del) = (id.clone(), title.clone());
    let delete = move |_| {
        delete_canvas(state, &id_del, &title_del, move |e| {
            report(error, "The canvas could not be moved to the trash", e)
        });
    };
    let (id_ren, title_ren, focus_after) = (id.clone(), title.clone(), open_id.clone());
    let commit = move |new_title: String| {
        renaming.set(false);
        // An emptied title is taken as "never mind", not as a new name.
        if new_title == title_ren || new_title.trim().is_empty() {
            return focus_by_id(focus_after.clone());
        }
        if state.doc.canvas_id.get_untracked().as_deref() == Some(id_ren.as_str()) {
            // The open canvas: rename it in the editor, which saves it.
            state.doc.canvas.title().set(new_title);
            write_now(state);
        } else {
            let id = id_ren.clone();
            with_index_lock(move || {
                if let Err(e) = library()
                    .map_err(Into::into)
                    .and_then(|mut lib| lib.rename(&id, &new_title, now()))
                {
                    report(error, "The canvas could not be renamed", e);
                }
                state.saving.library_changed();
            });
        }
        state.saving.library_changed();
        focus_by_id(focus_after.clone());
    };
    let title_input = title.clone();
    let name_view = move || {
        if renaming.get() {
            let commit = commit.clone();
            let commit_enter = commit.clone();
            let input = NodeRef::<leptos::html::Input>::new();
            Effect::new(move |_| {
                if let Some(i) = input.get() {
                    let _ = i.focus();
                    i.select();
                }
            });
            view! {
                <input
                    type="text"
                    class="rename"
                    aria-label="New title"
                    maxlength="200"
                    node_ref=input
                    value=title_input.clone()
                    on:keydown:target=move |ev| {
                        if ev.key() == "Enter" {
                            commit_enter(ev.target().value());
                        } else if ev.key() == "Escape" {
                            // Cancel the rename, not the whole dialog.
                            ev.prevent_default();
                            renaming.set(false);
                        }
                    }
                    on:blur:target=move |ev| {
                        if renaming.try_get_untracked() == Some(true) {
                            commit(ev.target().value());
                        }
                    }
                />
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="open-canvas" id=open_id.clone() on:click=open.clone()>
                    {display_title(&title).to_string()}
                </button>
            }
            .into_any()
        }
    };
    let meta_id = format!("meta-{id}");
    let describe = format!("open-{id} meta-{id}");
    view! {
        <li class="canvas-item" class:current=is_open>
            <div class="canvas-name">
                {name_view}
                {move || is_open.get().then(|| view! { <span class="badge">"Open now"</span> })}
            </div>
            <p class="meta" id=meta_id>{meta}</p>
            <div class="item-actions">
                <button type="button" aria-describedby=describe.clone() on:click=move |_| renaming.set(true)>"Rename"</button>
                <button type="button" aria-describedby=describe.clone() on:click=duplicate>"Duplicate"</button>
                <button type="button" aria-describedby=describe class="danger" on:click=delete>"Delete"</button>
            </div>
        </li>
    }
}

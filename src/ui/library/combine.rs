//! "Combine canvases": gather breakout groups' canvases (from My canvases,
//! share links or files) into one new canvas. The canvases combined stay
//! as they are; the new one opens.

use crate::browser::clock::now;
use crate::browser::picture::file_text;
use crate::browser::storage::library;
use crate::core::canvas::model::Canvas;
use crate::core::library::combine::{
    clean_group_label, combine, default_labels, Combined, Group, MAX_GROUPS,
};
use crate::core::share;
use crate::core::share::file_import::{read_shared_file, size_error};
use crate::ui::library::actions::{display_title, start_canvas};
use crate::ui::library::autosave::save_now;
use crate::ui::state::EditorState;
use crate::ui::widgets::dialog::{close_dialogs, ModalDialog};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where a group's canvas came from.
#[derive(Clone, Debug, PartialEq)]
enum Origin {
    /// A canvas of My canvases, by its id.
    Mine(String),
    Link,
    File(String),
}

#[derive(Clone, Debug, PartialEq)]
struct Source {
    /// Tells sources apart in the list.
    key: u32,
    origin: Origin,
    canvas: Canvas,
    /// The name the user gave the group; empty: the default one.
    label: String,
}

impl Source {
    fn title(&self) -> &str {
        display_title(&self.canvas.title)
    }

    fn described(&self) -> String {
        match &self.origin {
            Origin::Mine(_) => format!("“{}” from My canvases", self.title()),
            Origin::Link => format!("“{}” from a link", self.title()),
            Origin::File(name) => format!("“{}” from the file {name}", self.title()),
        }
    }
}

/// The sources chosen so far, in the order they will be gathered.
#[derive(Clone, Copy)]
struct Sources(RwSignal<Vec<Source>>);

impl Sources {
    fn add(&self, origin: Origin, canvas: Canvas) -> Result<(), String> {
        if self.0.with_untracked(Vec::len) >= MAX_GROUPS {
            return Err(format!(
                "At most {MAX_GROUPS} canvases can be combined at once."
            ));
        }
        self.0.update(|list| {
            let key = list.iter().map(|s| s.key + 1).max().unwrap_or(0);
            list.push(Source {
                key,
                origin,
                canvas,
                label: String::new(),
            });
        });
        Ok(())
    }

    fn remove(&self, key: u32) {
        self.0.update(|list| list.retain(|s| s.key != key));
    }

    fn has_mine(&self, id: &str) -> bool {
        self.0.with(|list| {
            list.iter()
                .any(|s| s.origin == Origin::Mine(id.to_string()))
        })
    }

    /// Each group's name: as the user wrote it, or its default.
    fn labels(&self) -> Vec<String> {
        self.0.with(|list| {
            let titles: Vec<&str> = list.iter().map(Source::title).collect();
            let defaults = default_labels(&titles);
            list.iter()
                .zip(defaults)
                .map(|(s, default)| match clean_group_label(&s.label) {
                    custom if !custom.is_empty() => custom,
                    _ => default,
                })
                .collect()
        })
    }
}

/// What the page says once the new canvas is open.
fn combined_message(n: usize, combined: &Combined) -> String {
    let notes = combined.canvas.notes.len();
    let alike = match combined.alike {
        0 => String::new(),
        1 => ", one of them written alike by several groups".to_string(),
        k => format!(", {k} of them written alike by several groups"),
    };
    format!("Combined {n} canvases into a new one: {notes} notes{alike}.")
}

#[component]
pub fn CombineDialog() -> impl IntoView {
    let state = EditorState::expect();
    // The canvas open now is listed as stored: store its last edits first.
    save_now(state);
    let sources = Sources(RwSignal::new(Vec::new()));
    let error = RwSignal::new(None::<String>);
    let count = move || sources.0.with(Vec::len);
    let run = move |_| {
        let labels = sources.labels();
        let groups: Vec<Group> = sources.0.with_untracked(|list| {
            list.iter()
                .zip(labels)
                .map(|(s, label)| Group {
                    label,
                    canvas: s.canvas.clone(),
                })
                .collect()
        });
        match combine(&groups) {
            Ok(combined) => {
                let message = combined_message(groups.len(), &combined);
                let left_out = combined.left_out.clone();
                if start_canvas(state, combined.canvas) {
                    close_dialogs();
                    state.view.show_toast(message, None);
                    for sentence in left_out {
                        state.view.tell(sentence);
                    }
                }
            }
            Err(e) => error.set(Some(format!("{e}."))),
        }
    };
    view! {
        <ModalDialog title="Combine canvases">
            <p class="worksheet-intro">
                "Gather the canvases of breakout groups into one new canvas. Every note \
                 starts with the name of the group that wrote it, and a note several groups \
                 wrote alike comes once. The canvases you combine stay as they are."
            </p>
            <MineChoices sources error />
            <AddLinkOrFile sources error />
            {move || error.get().map(|e| view! { <p class="alert" role="alert">{e}</p> })}
            <ChosenGroups sources />
            <button
                type="button"
                class="primary"
                disabled=move || count() < 2
                on:click=run
            >
                {move || match count() {
                    0 | 1 => "Combine canvases".to_string(),
                    n => format!("Combine {n} canvases"),
                }}
            </button>
        </ModalDialog>
    }
}

/// A checkbox per canvas of My canvases.
#[component]
fn MineChoices(sources: Sources, error: RwSignal<Option<String>>) -> impl IntoView {
    let listed = library()
        .and_then(|mut lib| lib.listing(now()))
        .map(|l| l.active().cloned().collect::<Vec<_>>())
        .unwrap_or_default();
    let items = listed
        .into_iter()
        .map(|summary| {
            let id = summary.id.clone();
            let checked = {
                let id = id.clone();
                move || sources.has_mine(&id)
            };
            let toggle = move |ev: leptos::ev::Event| {
                error.set(None);
                if !event_target_checked(&ev) {
                    let key = sources.0.with_untracked(|list| {
                        list.iter()
                            .find(|s| s.origin == Origin::Mine(id.clone()))
                            .map(|s| s.key)
                    });
                    if let Some(key) = key {
                        sources.remove(key);
                    }
                    return;
                }
                let loaded = library()
                    .map_err(|e| e.to_string())
                    .and_then(|mut lib| lib.load(&id, now()).map_err(|e| e.to_string()));
                let added = loaded
                    .and_then(|(record, _)| sources.add(Origin::Mine(id.clone()), record.canvas));
                if let Err(why) = added {
                    error.set(Some(format!("That canvas cannot be added: {why}")));
                }
            };
            let text = format!(
                "{} · {} · {} notes",
                display_title(&summary.title),
                summary.kind.name(),
                summary.notes
            );
            view! {
                <li>
                    <label>
                        <input type="checkbox" prop:checked=checked on:change=toggle />
                        " " {text}
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="combine-mine">
            <legend>"From My canvases"</legend>
            <ul>{items}</ul>
        </fieldset>
    }
}

/// A share link pasted, or canvas files chosen.
#[component]
fn AddLinkOrFile(sources: Sources, error: RwSignal<Option<String>>) -> impl IntoView {
    let link = RwSignal::new(String::new());
    let add_link = move |_| {
        let text = link.get_untracked();
        let fragment = text.trim().split_once('#').map_or(text.trim(), |(_, f)| f);
        let added = share::open(fragment)
            .map_err(|e| format!("This link cannot be added: {e}."))
            .and_then(|(canvas, _)| sources.add(Origin::Link, canvas));
        match added {
            Ok(()) => {
                link.set(String::new());
                error.set(None);
            }
            Err(why) => error.set(Some(why)),
        }
    };
    let add_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(files) = input.files() else { return };
        let chosen: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        input.set_value("");
        error.set(None);
        spawn_local(async move {
            for file in chosen {
                let name = file.name();
                let read = match size_error(file.size()) {
                    Some(too_big) => Err(too_big),
                    None => file_text(&file)
                        .await
                        .map_err(|why| format!("it could not be read ({why})"))
                        .and_then(|raw| read_shared_file(&raw, now())),
                };
                let added =
                    read.and_then(|(canvas, _)| sources.add(Origin::File(name.clone()), canvas));
                if let Err(why) = added {
                    let _ = error.try_set(Some(format!("The file {name} cannot be added: {why}")));
                }
            }
        });
    };
    view! {
        <div class="combine-add">
            <label for="combine-link">"Add a share link"</label>
            <input
                id="combine-link"
                type="url"
                placeholder="https://…/#c5…"
                prop:value=move || link.get()
                on:input:target=move |ev| link.set(ev.target().value())
            />
            <button type="button" on:click=add_link disabled=move || link.with(|l| l.trim().is_empty())>
                "Add link"
            </button>
            <label for="combine-files">"Add canvas files"</label>
            <input
                id="combine-files"
                type="file"
                accept=".json,application/json"
                multiple=true
                on:change=add_files
            />
        </div>
    }
}

/// The groups chosen, each with its name and a way to leave it out.
#[component]
fn ChosenGroups(sources: Sources) -> impl IntoView {
    let rows = move || {
        let labels = sources.labels();
        sources.0.with(|list| {
            list.iter()
                .zip(labels)
                .map(|(s, label)| {
                    let key = s.key;
                    let from = s.described();
                    let name = format!("Group name for {from}");
                    let leave = format!("Leave out {label}");
                    view! {
                        <li>
                            <div>
                            <input
                                type="text"
                                aria-label=name
                                maxlength="40"
                                prop:value=label
                                on:change:target=move |ev| {
                                    let value = ev.target().value();
                                    sources.0.update(|list| {
                                        if let Some(s) = list.iter_mut().find(|s| s.key == key) {
                                            s.label = value;
                                        }
                                    });
                                }
                            />
                            <span class="combine-from">{from}</span>
                            <button type="button" on:click=move |_| sources.remove(key)>{leave}</button>
                            </div>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="combine-groups" aria-label="Groups to combine">
            <h3>{move || format!("Groups to combine: {}", sources.0.with(Vec::len))}</h3>
            <p class="field-hint">"Each group's notes are marked with its name; change it here."</p>
            <ol>{rows}</ol>
        </section>
    }
}

//! The bottom of "My canvases": the trash (put back, empty) and the stored
//! texts that could not be read (download, discard).

use crate::browser::clock::now;
use crate::browser::download::download_text;
use crate::browser::locks::with_index_lock;
use crate::browser::storage::library;
use crate::core::library::drafts::Damaged;
use crate::ui::library::actions::display_title;
use crate::ui::library::listing::{ListError, ListingMemo};
use crate::ui::library::time::{local_date, time_ago};
use crate::ui::state::Saving;
use crate::ui::widgets::confirm_button::ConfirmButton;
use leptos::prelude::*;

#[component]
pub fn TrashSection(listing: ListingMemo) -> impl IntoView {
    let saving = expect_context::<Saving>();
    let ListError(error) = expect_context::<ListError>();
    let expanded = RwSignal::new(false);
    let trashed = move || {
        listing.with(|l| {
            l.as_ref()
                .map(|l| l.trashed().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let count = move || match trashed().len() {
        0 => "empty".to_string(),
        1 => "1 canvas".to_string(),
        n => format!("{n} canvases"),
    };
    let put_back = move |id: String| {
        with_index_lock(
            move || match library().and_then(|mut lib| lib.untrash(&id, now())) {
                Ok(()) => saving.library_changed(),
                Err(e) => error.set(Some(format!("The canvas could not be put back: {e}."))),
            },
        )
    };
    let empty = move || {
        with_index_lock(
            move || match library().and_then(|mut lib| lib.empty_trash(now())) {
                Ok(()) => saving.library_changed(),
                Err(e) => error.set(Some(format!("The trash could not be emptied: {e}."))),
            },
        )
    };
    let question =
        Signal::derive(move || format!("Delete {} for good? This cannot be undone.", count()));
    view! {
        <section class="trash" aria-labelledby="trash-heading">
            <h3 id="trash-heading">
                <button
                    type="button"
                    class="disclosure"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls="trash-list"
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    "Trash"
                </button>
                <span class="count">{count}</span>
            </h3>
            {move || {
                (expanded.get()).then(|| {
                    let items = trashed()
                        .into_iter()
                        .map(|s| {
                            let id = s.id.clone();
                            let when = s.deleted.map(time_ago).unwrap_or_default();
                            view! {
                                <li>
                                    <span class="trashed-title">{display_title(&s.title).to_string()}</span>
                                    <span class="meta">" · deleted " {when}</span>
                                    <button type="button" on:click=move |_| put_back(id.clone())>"Put back"</button>
                                </li>
                            }
                        })
                        .collect_view();
                    let has_any = !trashed().is_empty();
                    view! {
                        <ul id="trash-list" class="trash-list">{items}</ul>
                        {has_any.then(|| view! {
                            <ConfirmButton
                                label="Empty trash"
                                question
                                confirm_label="Delete for good"
                                on_confirm=empty
                            />
                        })}
                    }
                })
            }}
        </section>
    }
}

#[component]
pub fn DamagedSection(listing: ListingMemo) -> impl IntoView {
    let damaged =
        move || listing.with(|l| l.as_ref().map(|l| l.damaged.clone()).unwrap_or_default());
    move || {
        let items = damaged();
        (!items.is_empty()).then(|| {
            view! {
                <section class="damaged" aria-labelledby="damaged-heading">
                    <h3 id="damaged-heading">"Damaged"</h3>
                    <p>
                        "These stored texts could not be read by this version of the app. "
                        "They are kept exactly as they were: download one to keep it or to "
                        "open it with a newer version."
                    </p>
                    <ul>{items.into_iter().enumerate().map(|(i, d)| view! { <DamagedItem d n=i + 1 /> }).collect_view()}</ul>
                </section>
            }
        })
    }
}

#[component]
fn DamagedItem(d: Damaged, n: usize) -> impl IntoView {
    let saving = expect_context::<Saving>();
    let ListError(error) = expect_context::<ListError>();
    let when = match d.set_aside {
        Some(ms) => format!("Set aside on {}", local_date(ms)),
        None => "Still under its own key (there was no room to move it)".to_string(),
    };
    let raw = d.raw.clone();
    let download = move |_| {
        let name = format!("damaged-canvas-{n}.txt");
        if download_text(&name, "text/plain", &raw).is_err() {
            error.set(Some("The browser did not start the download.".into()));
        }
    };
    let key = d.key.clone();
    let discard = move || match library().and_then(|mut lib| lib.discard_damaged(&key)) {
        Ok(()) => saving.library_changed(),
        Err(e) => error.set(Some(format!("It could not be discarded: {e}."))),
    };
    view! {
        <li class="damaged-item">
            <p>
                <strong>{format!("Damaged item {n}")}</strong>
                {format!(" · {when}. Why: {}.", d.reason)}
            </p>
            <button type="button" on:click=download>{format!("Download damaged item {n}")}</button>
            <ConfirmButton
                label="Discard"
                question=Signal::derive(move || format!("Discard damaged item {n} for good?"))
                confirm_label="Discard for good"
                on_confirm=discard
            />
        </li>
    }
}

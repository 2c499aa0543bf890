//! "Snapshots" of the open canvas: save one with a label, list them, restore
//! one (the current state is kept as a snapshot first) or compare it with
//! the canvas now.

use crate::browser::clock::now;
use crate::browser::storage::library;
use crate::core::format::index::Snapshot;
use crate::core::library::drafts::LoadError;
use crate::ui::library::compare::ComparisonView;
use crate::ui::library::time::local_date;
use crate::ui::state::EditorState;
use crate::ui::widgets::dialog::{close_dialogs, ModalDialog};
use leptos::prelude::*;

#[component]
pub fn SnapshotsDialog() -> impl IntoView {
    let state = EditorState::expect();
    let error = RwSignal::new(None::<String>);
    let changed = RwSignal::new(0u32);
    let comparing = RwSignal::new(None::<Snapshot>);
    let snapshots = Memo::new(move |_| {
        changed.track();
        let Some(id) = state.doc.canvas_id.get() else {
            return Vec::new();
        };
        match library()
            .map_err(LoadError::from)
            .and_then(|mut l| l.snapshots(&id, now()))
        {
            Ok(list) => list,
            Err(e) => {
                error.set(Some(format!(
                    "The snapshots of this canvas could not be read: {e}. They were set aside \
                     unchanged (see My canvases, under “Damaged”)."
                )));
                Vec::new()
            }
        }
    });
    let restore = move |at: i64| {
        let Some(id) = state.doc.canvas_id.get_untracked() else {
            return;
        };
        let current = state.doc.canvas.get_untracked();
        match library()
            .map_err(LoadError::from)
            .and_then(|mut l| l.restore_snapshot(&id, at, &current, now()))
        {
            Ok(canvas) => {
                // Autosave stores the restored canvas like any edit.
                state.doc.canvas.set(canvas);
                close_dialogs();
                state.view.show_toast(
                    "Snapshot restored. The state before it is kept as a snapshot.".into(),
                    None,
                );
            }
            Err(e) => error.set(Some(format!("The snapshot could not be restored: {e}."))),
        }
    };
    view! {
        <ModalDialog title="Snapshots">
            <SaveSnapshotForm error changed />
            {move || error.get().map(|e| view! { <p class="alert" role="alert">{e}</p> })}
            {move || {
                let list = snapshots.get();
                if list.is_empty() {
                    return view! {
                        <p class="empty">"No snapshots yet. Save one before a workshop or a steering committee, to see later what changed."</p>
                    }
                    .into_any();
                }
                let items = list
                    .into_iter()
                    .rev()
                    .map(|s| {
                        let label_id = format!("snapshot-{}", s.at);
                        let at = s.at;
                        let for_compare = s.clone();
                        view! {
                            <li class="snapshot">
                                <p id=label_id.clone()>
                                    <strong>{s.label.clone()}</strong>
                                    <span class="meta">" · " {local_date(s.at)}</span>
                                </p>
                                <button type="button" aria-describedby=label_id.clone() on:click=move |_| restore(at)>"Restore"</button>
                                <button type="button" aria-describedby=label_id on:click=move |_| comparing.set(Some(for_compare.clone()))>"Compare with current"</button>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="snapshot-list" aria-label="Saved snapshots">{items}</ul> }.into_any()
            }}
            {move || comparing.get().map(|snapshot| view! { <ComparisonView snapshot on_close=move || comparing.set(None) /> })}
        </ModalDialog>
    }
}

#[component]
fn SaveSnapshotForm(error: RwSignal<Option<String>>, changed: RwSignal<u32>) -> impl IntoView {
    let state = EditorState::expect();
    let label = RwSignal::new(String::new());
    let save = move || {
        let Some(id) = state.doc.canvas_id.get_untracked() else {
            error.set(Some(
                "This canvas is not stored yet, so it cannot have snapshots.".into(),
            ));
            return;
        };
        let text = label.get_untracked();
        let text = if text.trim().is_empty() {
            format!("Snapshot of {}", local_date(now()))
        } else {
            text.trim().to_string()
        };
        let current = state.doc.canvas.get_untracked();
        match library()
            .map_err(LoadError::from)
            .and_then(|mut l| l.add_snapshot(&id, &text, &current, now()))
        {
            Ok(_) => {
                label.set(String::new());
                error.set(None);
                changed.update(|n| *n += 1);
            }
            Err(e) => error.set(Some(format!(
                "The snapshot was not saved: {e}. Your canvas itself is unaffected."
            ))),
        }
    };
    view! {
        <form class="save-snapshot" on:submit=move |ev| {
            ev.prevent_default();
            save();
        }>
            <input
                type="text"
                aria-label="Snapshot label"
                placeholder="e.g. Before Q3 steering committee"
                maxlength="120"
                prop:value=move || label.get()
                on:input:target=move |ev| label.set(ev.target().value())
            />
            <button type="submit" class="primary">"Save snapshot"</button>
        </form>
    }
}

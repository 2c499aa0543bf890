//! Drag and drop of notes with a mouse, a pen or a finger (pointer events):
//! within a block to reorder, onto another block to move. A line shows
//! where the note will land; Escape, a cancelled pointer or no move at all
//! drops nothing.

use crate::core::canvas::model::{CanvasStoreFields, NoteId};
use crate::ui::editor::note::moving::move_to;
use crate::ui::state::{Document, EditorState};
use leptos::prelude::WindowListenerHandle;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, PointerEvent};

/// Where a dragged note would land: a block, and the note it goes before
/// or after (`None`: the block's end).
#[derive(Clone, Debug, PartialEq)]
struct Landing {
    block: String,
    next_to: Option<(NoteId, bool)>,
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Removes every drop indicator from the page.
fn clear_indicators() {
    let Some(doc) = document() else { return };
    if let Ok(list) = doc.query_selector_all(".drop-before, .drop-after, .drop-into") {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el
                    .class_list()
                    .remove_3("drop-before", "drop-after", "drop-into");
            }
        }
    }
}

/// What lies under the pointer, skipping the dragged note itself.
fn landing_at(x: f64, y: f64, dragged: &Element) -> Option<(Landing, Element, &'static str)> {
    let doc = document()?;
    let hits = doc.elements_from_point(x as f32, y as f32);
    for hit in hits.iter() {
        let Ok(el) = hit.dyn_into::<Element>() else {
            continue;
        };
        if dragged.contains(Some(&el)) {
            continue;
        }
        let section = el.closest("section.block").ok()??;
        let block = section.id().strip_suffix("-block")?.to_string();
        if let Some(note) = el.closest("li.note").ok().flatten() {
            let id: NoteId = note.get_attribute("data-note")?.parse().ok()?;
            let rect = note.get_bounding_client_rect();
            let before = y < rect.top() + rect.height() / 2.0;
            let class = if before { "drop-before" } else { "drop-after" };
            let landing = Landing {
                block,
                next_to: Some((id, before)),
            };
            return Some((landing, note, class));
        }
        return Some((
            Landing {
                block,
                next_to: None,
            },
            section,
            "drop-into",
        ));
    }
    None
}

/// The index `move_note` wants: the place among the block's other notes.
fn index_for(doc: Document, dragged: NoteId, landing: &Landing) -> Option<usize> {
    let (anchor, before) = landing.next_to?;
    doc.canvas.notes().with_untracked(|notes| {
        notes
            .iter()
            .filter(|n| n.block == landing.block && n.id != dragged)
            .position(|n| n.id == anchor)
            .map(|i| if before { i } else { i + 1 })
    })
}

/// The grip at the top of a note that starts a drag.
#[component]
pub fn DragHandle(id: NoteId) -> impl IntoView {
    let state = EditorState::expect();
    // The landing found by the last move, while a drag is under way.
    let landing = StoredValue::new(None::<Landing>);
    let dragging = StoredValue::new(false);
    // While a drag goes on: Escape calls it off.
    let escape = StoredValue::new_local(None::<WindowListenerHandle>);
    on_cleanup(move || {
        if let Some(handle) = escape.try_update_value(Option::take).flatten() {
            handle.remove();
        }
    });
    let note_of = |ev: &PointerEvent| -> Option<Element> {
        ev.current_target()?
            .dyn_into::<Element>()
            .ok()?
            .closest("li.note")
            .ok()?
    };
    let stop = move || {
        dragging.set_value(false);
        landing.set_value(None);
        clear_indicators();
        if let Some(handle) = escape.try_update_value(Option::take).flatten() {
            handle.remove();
        }
        if let Some(doc) = document() {
            if let Ok(Some(note)) = doc.query_selector(&format!("[data-note='{id}']")) {
                let _ = note.class_list().remove_1("dragging");
            }
        }
    };
    view! {
        <span
            class="drag-handle"
            aria-hidden="true"
            title="Drag to move (or use Move note)"
            on:pointerdown=move |ev: PointerEvent| {
                if ev.button() != 0 {
                    return;
                }
                ev.prevent_default();
                if let Some(handle) = ev.current_target().and_then(|t| t.dyn_into::<Element>().ok()) {
                    let _ = handle.set_pointer_capture(ev.pointer_id());
                }
                if let Some(note) = note_of(&ev) {
                    let _ = note.class_list().add_1("dragging");
                }
                landing.set_value(None);
                dragging.set_value(true);
                let listener = window_event_listener(leptos::ev::keydown, move |e| {
                    if e.key() == "Escape" && dragging.get_value() {
                        e.prevent_default();
                        stop();
                    }
                });
                escape.set_value(Some(listener));
            }
            on:pointermove=move |ev: PointerEvent| {
                if !dragging.get_value() {
                    return;
                }
                let Some(note) = note_of(&ev) else { return };
                clear_indicators();
                let found = landing_at(f64::from(ev.client_x()), f64::from(ev.client_y()), &note);
                if let Some((_, el, class)) = &found {
                    let _ = el.class_list().add_1(class);
                }
                landing.set_value(found.map(|(l, _, _)| l));
            }
            on:pointerup=move |_| {
                if !dragging.get_value() {
                    return;
                }
                let to = landing.get_value();
                stop();
                if let Some(to) = to {
                    let index = index_for(state.doc, id, &to);
                    move_to(state, id, &to.block, index);
                }
            }
            on:pointercancel=move |_| stop()
        >
            "⠿"
        </span>
    }
}

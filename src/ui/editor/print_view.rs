//! What the editor prints: the canvas as the read-only view shows it (text,
//! no form controls) under its title and the date, with the learning
//! models and the legend in words, scaled to fill one landscape page.

use crate::core::canvas::model::CanvasStoreFields;
use crate::ui::library::actions::display_title;
use crate::ui::sharing::readonly::ReadOnlyBoard;
use crate::ui::state::Document;
use leptos::prelude::*;

/// Whether the editor is printing: its print view replaces the board.
#[derive(Clone, Copy)]
pub struct Printing(RwSignal<bool>);

impl Printing {
    pub fn new() -> Printing {
        Printing(RwSignal::new(false))
    }

    pub fn set(&self, on: bool) {
        if self.0.get_untracked() != on {
            self.0.set(on);
        }
    }

    pub fn is_on(&self) -> bool {
        self.0.get()
    }
}

impl Default for Printing {
    fn default() -> Self {
        Printing::new()
    }
}

/// Today's date in the reader's language ("1 December 2026").
fn today() -> String {
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    js_sys::Date::new_0()
        .to_locale_date_string("default", &options)
        .as_string()
        .unwrap_or_default()
}

/// The date line of a printout (shown on paper only).
#[component]
pub fn PrintDate() -> impl IntoView {
    view! { <p class="print-date">{format!("Printed {}", today())}</p> }
}

/// The editor's canvas as it prints, while printing.
#[component]
pub fn PrintView() -> impl IntoView {
    let doc = expect_context::<Document>();
    let printing = expect_context::<Printing>();
    move || {
        printing.is_on().then(|| {
            let canvas = doc.canvas.get_untracked();
            let title = display_title(&doc.canvas.title().get_untracked()).to_string();
            view! {
                <section class="print-view" aria-label="Printout">
                    <h2 class="print-title">{title}</h2>
                    <PrintDate />
                    <ReadOnlyBoard canvas />
                </section>
            }
        })
    }
}

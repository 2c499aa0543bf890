//! "Find notes": a search box that keeps only the notes holding the words
//! searched for, across all blocks, and marks them.

use crate::core::canvas::model::CanvasStoreFields;
use crate::ui::state::{Document, ViewState};
use leptos::prelude::*;

/// Whether `text` matches `query`: every word of it, in any case.
pub fn matches(text: &str, query: &str) -> bool {
    let text = text.to_lowercase();
    query
        .to_lowercase()
        .split_whitespace()
        .all(|word| text.contains(word))
}

#[component]
pub fn FindNotes() -> impl IntoView {
    let doc = expect_context::<Document>();
    let view = expect_context::<ViewState>();
    let find = view.find;
    let notes = doc.canvas.notes();
    // Reads the notes only while searching, so typing elsewhere costs nothing.
    let count = Memo::new(move |_| {
        let q = find.get();
        (!q.trim().is_empty()).then(|| {
            notes.with(|ns| (ns.iter().filter(|n| matches(&n.text, &q)).count(), ns.len()))
        })
    });
    view! {
        <div class="find-notes" role="search">
            <input
                type="search"
                aria-label="Find notes"
                placeholder="Find notes"
                prop:value=move || find.get()
                on:input:target=move |ev| find.set(ev.target().value())
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        find.set(String::new());
                    }
                }
            />
            <span class="find-count" role="status">
                {move || count.get().map(|(hits, all)| match hits {
                    1 => format!("1 of {all} notes matches"),
                    n => format!("{n} of {all} notes match"),
                })}
            </span>
        </div>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::matches;

    #[test]
    fn every_word_must_appear_in_any_case() {
        assert!(matches("Sales managers — EMEA", "sales"));
        assert!(matches("Sales managers — EMEA", "emea SALES"));
        assert!(!matches("Sales managers — EMEA", "sales apac"));
        assert!(matches("Führungskräfte", "FÜHRUNG"));
        assert!(matches("anything", "   "));
    }
}

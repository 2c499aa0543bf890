//! "Theme": light, dark, or following the system (the default). The choice
//! is a preference of this browser, like the questions toggle.

use crate::browser::storage;
use leptos::prelude::*;

pub const THEME_KEY: &str = "learning-model-canvas.theme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    fn id(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Theme::System => "Theme: as the system",
            Theme::Light => "Theme: light",
            Theme::Dark => "Theme: dark",
        }
    }

    fn from_id(id: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.id() == id)
            .unwrap_or(Theme::System)
    }
}

/// The stored choice (anything unreadable counts as "as the system").
pub fn stored_theme() -> Theme {
    storage::read(THEME_KEY)
        .ok()
        .flatten()
        .map_or(Theme::System, |id| Theme::from_id(&id))
}

/// Sets `data-theme` on the page's root, which the style sheet follows.
pub fn apply_theme(theme: Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Theme::System => root.remove_attribute("data-theme"),
        other => root.set_attribute("data-theme", other.id()),
    };
}

#[component]
pub fn ThemePicker() -> impl IntoView {
    let current = stored_theme();
    let options = Theme::ALL
        .into_iter()
        .map(|t| view! { <option value=t.id() selected=t == current>{t.label()}</option> })
        .collect_view();
    view! {
        <select
            class="theme-picker"
            aria-label="Theme"
            on:change:target=move |ev| {
                let theme = Theme::from_id(&ev.target().value());
                apply_theme(theme);
                // A preference only: if it cannot be stored, the page still changes.
                let _ = storage::write(THEME_KEY, theme.id());
            }
        >
            {options}
        </select>
    }
}

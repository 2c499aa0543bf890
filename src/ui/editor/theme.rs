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
    fn id(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_id(id: &str) -> Theme {
        match id {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
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

/// The theme chosen in this browser, shared by the View menus.
#[derive(Clone, Copy)]
pub struct ThemeChoice(RwSignal<Theme>);

impl ThemeChoice {
    /// Applies the stored choice to the page and keeps it.
    pub fn start() -> ThemeChoice {
        let theme = stored_theme();
        apply_theme(theme);
        ThemeChoice(RwSignal::new(theme))
    }

    pub fn get(&self) -> Theme {
        self.0.get()
    }

    pub fn set(&self, theme: Theme) {
        apply_theme(theme);
        // A preference only: if it cannot be stored, the page still changes.
        let _ = storage::write(THEME_KEY, theme.id());
        self.0.set(theme);
    }
}

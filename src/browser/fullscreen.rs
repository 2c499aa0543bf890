//! The Fullscreen API, for presenting. A browser may refuse it (an iframe,
//! a setting): the page then presents in the full window instead.

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Asks for the whole page in full screen; the answer comes as a
/// `fullscreenchange` event, or never when refused.
pub fn enter() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        // Modern browsers return a promise; its refusal needs no handling.
        let _ = root.request_fullscreen();
    }
}

pub fn is_on() -> bool {
    document().is_some_and(|d| d.fullscreen_element().is_some())
}

pub fn leave() {
    if let Some(d) = document() {
        if d.fullscreen_element().is_some() {
            d.exit_fullscreen();
        }
    }
}

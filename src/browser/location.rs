//! The page's address: the fragment that may carry a shared canvas.

/// The fragment of the page's address, without `#` ("" when there is none),
/// percent-decoded: a link pasted back together from a wrapped e-mail keeps
/// its spaces as `%20`, which the share-link decoder then skips.
pub fn current_fragment() -> String {
    let raw = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let raw = raw.strip_prefix('#').unwrap_or(&raw);
    js_sys::decode_uri_component(raw)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| raw.to_string())
}

/// The address of this app with `fragment` after `#`: the share link.
pub fn link_with_fragment(fragment: &str) -> String {
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = base.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// Takes the fragment off the address without reloading or adding a step to
/// the history, so a reload shows my own canvases, not the link again.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

//! Copying text to the clipboard.

use wasm_bindgen::JsCast;

/// Copies `text`. The asynchronous Clipboard API needs a secure context and
/// the page's focus; where it is missing or refused, the text of `fallback`
/// (a textbox holding the same text) is selected and copied the old way.
pub async fn copy_text(text: &str, fallback: Option<web_sys::HtmlTextAreaElement>) -> bool {
    if let Some(window) = web_sys::window() {
        let clipboard = window.navigator().clipboard();
        // `clipboard` is undefined outside secure contexts.
        if !clipboard.is_undefined() {
            let promise = clipboard.write_text(text);
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                return true;
            }
        }
    }
    let Some(area) = fallback else {
        return false;
    };
    // Ctrl+C copies from the focused element: the box, not the button.
    let _ = area.focus();
    area.select();
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

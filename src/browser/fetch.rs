//! Reading the app's own static files (the templates) over the network.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of `url` (relative to the page, so the app works under any
/// sub-path), or why it could not be had. Texts over `max` bytes are refused.
pub async fn fetch_text(url: &str, max: usize) -> Result<String, String> {
    let window = web_sys::window().ok_or("there is no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| {
            "it could not be loaded (offline, or the site cannot be reached)".to_string()
        })?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "the answer was not a file".to_string())?;
    if !response.ok() {
        return Err(match response.status() {
            404 => "there is no such file on the site".to_string(),
            s => format!("the site answered with error {s}"),
        });
    }
    let text = response
        .text()
        .map_err(|_| "the file could not be read".to_string())?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| "the file could not be read".to_string())?
        .as_string()
        .ok_or("the file is not text")?;
    if text.len() > max {
        return Err(format!("the file is larger than {} KB", max / 1024));
    }
    Ok(text)
}

//! Offers text to the user as a file download.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Text as a Blob of type `mime`.
pub fn text_blob(mime: &str, text: &str) -> Result<Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options)
}

pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(&text_blob(mime, text)?)?;
    download_url(file_name, url)
}

/// Downloads what `url` (an object or data URL) holds as `file_name`.
pub fn download_url(file_name: &str, url: String) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let anchor: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoking at once breaks the download in some browsers (Safari): wait.
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// A file name made from a canvas title: letters, digits and dashes only.
pub fn file_name_for(title: &str, extension: &str) -> String {
    let mut stem = String::new();
    for ch in title.chars() {
        if ch.is_alphanumeric() {
            stem.extend(ch.to_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    let stem = if stem.is_empty() { "canvas" } else { stem };
    format!("{stem}.{extension}")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::file_name_for;

    #[test]
    fn file_names_come_from_the_title() {
        assert_eq!(
            file_name_for("Acme L&D — 2027!", "json"),
            "acme-l-d-2027.json"
        );
        assert_eq!(
            file_name_for("Équipe Formation", "json"),
            "équipe-formation.json"
        );
        assert_eq!(file_name_for("  ", "txt"), "canvas.txt");
        assert_eq!(file_name_for("../../etc", "json"), "etc.json");
    }
}

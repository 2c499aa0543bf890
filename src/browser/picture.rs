//! "Export PNG": an SVG drawn onto a canvas element at twice its size
//! (sharp on high-density screens and in slides), saved as a PNG file.

use crate::browser::download::{download_url, text_blob};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement, Url};

const SCALE: f64 = 2.0;

/// Draws `svg` (of `width` × `height` pixels) and downloads it as a PNG.
pub async fn download_svg_as_png(
    svg: &str,
    width: u32,
    height: u32,
    file_name: &str,
) -> Result<(), String> {
    fn fail(what: &'static str) -> impl Fn(JsValue) -> String {
        move |_| format!("the picture could not be made ({what})")
    }
    let url =
        Url::create_object_url_with_blob(&text_blob("image/svg+xml", svg).map_err(fail("blob"))?)
            .map_err(fail("address"))?;
    let image = HtmlImageElement::new().map_err(fail("image"))?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = Url::revoke_object_url(&url);
    decoded.map_err(fail("drawing"))?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("there is no page")?;
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .map_err(fail("canvas"))?
        .dyn_into()
        .map_err(|_| "the picture could not be made (canvas)".to_string())?;
    canvas.set_width((f64::from(width) * SCALE) as u32);
    canvas.set_height((f64::from(height) * SCALE) as u32);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or("the picture could not be made (no drawing surface)")?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(width) * SCALE,
            f64::from(height) * SCALE,
        )
        .map_err(fail("drawing"))?;
    // A Blob, not a data: URL: browsers cap those at a few MB, and a large
    // canvas at twice its size can pass that.
    let blob = JsFuture::from(js_sys::Promise::new(&mut |resolve, _reject| {
        let on_blob = resolve.clone();
        let done = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
            let _ = on_blob.call1(&JsValue::NULL, &blob);
        });
        if canvas
            .to_blob_with_type(done.unchecked_ref(), "image/png")
            .is_err()
        {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
        }
    }))
    .await
    .map_err(fail("encoding"))?;
    let blob: web_sys::Blob = blob
        .dyn_into()
        .map_err(|_| "the picture could not be made (encoding)".to_string())?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail("address"))?;
    download_url(file_name, url).map_err(fail("download"))
}

/// The text of a file the user chose or dropped.
pub async fn file_text(file: &web_sys::File) -> Result<String, String> {
    JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| "the file could not be read".to_string())
}

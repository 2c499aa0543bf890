//! The share link as a QR code in the Share dialog: drawn as SVG from the
//! code's modules, named for screen readers, with a download; or a line
//! saying the link is too long for one.

use crate::browser::download::download_text;
use crate::core::share::qr::{QrMatrix, MAX_QR_CHARS};
use crate::ui::sharing::share_dialog::group_digits;
use leptos::prelude::*;

#[component]
pub fn LinkQrCode(
    link: String,
    /// What the code is, for screen readers.
    #[prop(default = "QR code of the share link")]
    name: &'static str,
    #[prop(default = "Point a phone's camera at it to open this canvas there.")]
    caption: &'static str,
) -> impl IntoView {
    let Some(code) = QrMatrix::of(&link) else {
        return view! {
            <p class="share-qr-none">
                "This link is too long for a QR code (one holds up to "
                {group_digits(MAX_QR_CHARS)}
                " characters): send it as a link or a file."
            </p>
        }
        .into_any();
    };
    let side = code.side().to_string();
    let view_box = format!("0 0 {side} {side}");
    let path = code.svg_path();
    let file = code.svg_file();
    let failed = RwSignal::new(false);
    let download = move |_| {
        failed.set(download_text("canvas-link-qr-code.svg", "image/svg+xml", &file).is_err());
    };
    view! {
        <figure class="share-qr">
            <svg
                viewBox=view_box
                role="img"
                aria-label=name
                shape-rendering="crispEdges"
            >
                <rect width=side.clone() height=side fill="#fff"></rect>
                <path d=path fill="#000"></path>
            </svg>
            <figcaption>
                {caption}
                <button type="button" on:click=download>"Download QR code"</button>
                {move || failed.get().then(|| view! { <span role="alert">"The browser did not start the download."</span> })}
            </figcaption>
        </figure>
    }
    .into_any()
}

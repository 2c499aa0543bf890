//! "Export" (JSON, Markdown, PNG, SVG, Print) and "Import" (a file chosen
//! or dropped onto the page, added as a new draft). Nothing the user has is
//! changed by an import that fails: the page says why.

use crate::browser::clock::{now, today};
use crate::browser::download::{download_text, file_name_for};
use crate::browser::number_format::money;
use crate::browser::picture::{download_svg_as_png, file_text};
use crate::browser::storage::library;
use crate::core::canvas::lineage::day_text;
use crate::core::export::markdown::to_markdown_with;
use crate::core::export::svg::{to_svg_on, WIDTH};
use crate::core::library::names::Arrival;
use crate::core::share;
use crate::core::share::file_import::{read_shared_file, size_error};
use crate::ui::editor::print_view::Printing;
use crate::ui::library::actions::{display_title, start_canvas_as};
use crate::ui::library::storage_alerts::download_canvas_file;
use crate::ui::navigation::{Navigation, SharedLink};
use crate::ui::state::EditorState;
use crate::ui::widgets::dialog::{close_dialogs, ModalDialog};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// The height an SVG of the canvas declares (read back from its header).
fn svg_height(svg: &str) -> u32 {
    svg.split("height=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|h| h.parse().ok())
        .unwrap_or(1000)
}

#[component]
pub fn ExportDialog() -> impl IntoView {
    let state = EditorState::expect();
    let printing = use_context::<Printing>();
    let status = RwSignal::new(None::<Result<String, String>>);
    let title = move || state.doc.canvas.with_untracked(|c| c.title.clone());
    let done = move |name: String| status.set(Some(Ok(format!("Downloaded “{name}”."))));
    let failed = move || status.set(Some(Err("The browser did not start the download.".into())));
    let export_json = move |_| {
        if state.doc.canvas.with_untracked(download_canvas_file) {
            done(file_name_for(&title(), "json"));
        } else {
            failed();
        }
    };
    let export_text = move |extension: &'static str, mime: &'static str, text: String| {
        let name = file_name_for(&title(), extension);
        match download_text(&name, mime, &text) {
            Ok(()) => done(name),
            Err(_) => failed(),
        }
    };
    let export_markdown = move |_| {
        export_text(
            "md",
            "text/markdown",
            state.doc.canvas.with_untracked(|c| {
                let currency = c.worksheet.currency.clone();
                to_markdown_with(c, &|t| money(t, &currency))
            }),
        )
    };
    let export_svg = move |_| {
        export_text(
            "svg",
            "image/svg+xml",
            state
                .doc
                .canvas
                .with_untracked(|c| to_svg_on(c, Some(&day_text(today())))),
        )
    };
    let export_png = move |_| {
        let svg = state
            .doc
            .canvas
            .with_untracked(|c| to_svg_on(c, Some(&day_text(today()))));
        let name = file_name_for(&title(), "png");
        status.set(Some(Ok("Drawing the picture…".into())));
        spawn_local(async move {
            let result = download_svg_as_png(&svg, WIDTH, svg_height(&svg), &name).await;
            let _ = status.try_set(Some(match result {
                Ok(()) => Ok(format!("Downloaded “{name}”.")),
                Err(why) => Err(format!("The PNG could not be made: {why}.")),
            }));
        });
    };
    let print = move |_| {
        close_dialogs();
        print_page(printing);
    };
    view! {
        <ModalDialog title="Export">
            <p class="worksheet-intro">
                "Take the canvas elsewhere: a file to import again or keep on a shared drive, \
                 text for a wiki or an e-mail, a picture for a slide, or a printout."
            </p>
            <ul class="export-choices">
                <li><button type="button" on:click=export_json>"Export JSON"</button>" the whole canvas, to import again"</li>
                <li><button type="button" on:click=export_markdown>"Export Markdown"</button>" headings per block, notes as bullets, the worksheet and scorecard as tables"</li>
                <li><button type="button" on:click=export_png>"Export PNG"</button>" a picture of the canvas as laid out"</li>
                <li><button type="button" on:click=export_svg>"Export SVG"</button>" the same picture, sharp at any size"</li>
                <li><button type="button" on:click=print>"Print"</button>" or save as PDF: one landscape page"</li>
            </ul>
            {move || status.get().map(|s| match s {
                Ok(text) => view! { <p class="export-status" role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p class="alert" role="alert">{text}</p> }.into_any(),
            })}
        </ModalDialog>
    }
}

/// Reads a chosen or dropped file and adds its canvas as a new draft.
fn import_file(state: EditorState, file: web_sys::File) {
    if let Some(too_big) = size_error(file.size()) {
        state.view.tell(too_big.trim_end_matches('.'));
        return;
    }
    // Read now: the task below runs outside the component tree.
    let nav = use_context::<Navigation>();
    spawn_local(async move {
        let result = file_text(&file)
            .await
            .map_err(|why| format!("This file could not be read ({why}). Nothing was changed."))
            .and_then(|raw| read_shared_file(&raw, now()));
        match result {
            // A file of a canvas I have opens like its link would: compared
            // with mine, merged only if I choose.
            Ok((canvas, Some(envelope)))
                if nav.is_some()
                    && library()
                        .is_ok_and(|mut lib| lib.of_lineage(envelope.lineage, now()).is_some()) =>
            {
                let Some(nav) = nav else { return };
                nav.show_copy(
                    state,
                    SharedLink {
                        fingerprint: share::fingerprint(&canvas),
                        canvas: Ok(canvas),
                        envelope: Some(envelope),
                    },
                );
            }
            Ok((canvas, _)) => {
                // Refused while this canvas has unsaved edits (a notice says so).
                if start_canvas_as(state, canvas, Arrival::Imported) {
                    // Its title, told from a canvas already listed.
                    let title = state
                        .doc
                        .canvas
                        .with_untracked(|c| display_title(&c.title).to_string());
                    state
                        .view
                        .show_toast(format!("Imported “{title}” as a new canvas."), None);
                }
            }
            Err(why) => state.view.tell(why.trim_end_matches('.')),
        }
    });
}

/// "Import": a button that opens the file chooser.
const IMPORT_INPUT_ID: &str = "import-file";

/// "Import" (in the Canvas menu): asks for a file through the hidden file
/// chooser below.
pub fn choose_import_file() {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(IMPORT_INPUT_ID))
        .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(i) = input {
        i.click();
    }
}

/// The file chooser behind "Import" (or drop the file onto the page).
#[component]
pub fn ImportFileInput() -> impl IntoView {
    let state = EditorState::expect();
    view! {
        <input
            id=IMPORT_INPUT_ID
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            tabindex="-1"
            aria-hidden="true"
            on:change:target=move |ev| {
                let target = ev.target();
                if let Some(file) = target.files().and_then(|f| f.get(0)) {
                    import_file(state, file);
                }
                // The same file may be chosen again after fixing it.
                target.set_value("");
            }
        />
    }
}

/// Files dropped anywhere on the editor are imported.
pub fn listen_for_dropped_files(state: EditorState) {
    let has_files = |e: &web_sys::DragEvent| {
        e.data_transfer().is_some_and(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
    };
    let over = window_event_listener(ev::dragover, move |e| {
        if has_files(&e) {
            e.prevent_default();
        }
    });
    let drop = window_event_listener(ev::drop, move |e| {
        if !has_files(&e) {
            return;
        }
        e.prevent_default();
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
            .and_then(|f| f.dyn_into::<web_sys::File>().ok());
        if let Some(file) = file {
            import_file(state, file);
        }
    });
    on_cleanup(move || {
        over.remove();
        drop.remove();
    });
}

/// The printable area of a landscape page at 8 mm margins, in CSS pixels,
/// on whichever of A4 and Letter is smaller each way.
const PRINT_WIDTH: f64 = 994.0;
const PRINT_HEIGHT: f64 = 733.0;
/// Widths to lay the canvas out at before scaling it to the page's width:
/// a wider layout is shorter, so a full canvas still fills the width.
const LAYOUT_WIDTHS: [u32; 6] = [994, 1200, 1450, 1750, 2100, 2600];

fn root_style() -> Option<web_sys::CssStyleDeclaration> {
    web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
        .map(|e| e.style())
}

/// Lays the page out at the narrowest width whose height, scaled to the
/// page's width, fits the page (`--print-width`, `--print-zoom`), so the
/// canvas fills the page's width whenever it can.
pub fn fit_to_print_page() {
    let page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".canvas-page").ok().flatten());
    let (Some(page), Some(style)) = (page, root_style()) else {
        return;
    };
    let mut zoom = 1.0;
    for width in LAYOUT_WIDTHS {
        // Whole pixels: no float formatting (it costs size).
        let _ = style.set_property("--print-width", &format!("{width}px"));
        let width = f64::from(width);
        let height = f64::from(page.scroll_height()).max(1.0);
        zoom = (PRINT_WIDTH / width).min(PRINT_HEIGHT / height);
        if height * PRINT_WIDTH / width <= PRINT_HEIGHT {
            break;
        }
    }
    // Thousandths, written without float formatting (it costs size).
    let permille = (zoom.min(1.0) * 1000.0) as u32;
    let value = format!("{}.{:03}", permille / 1000, permille % 1000);
    let _ = style.set_property("--print-zoom", &value);
}

/// Back to the screen's layout after printing.
fn unfit() {
    if let Some(style) = root_style() {
        for p in ["--print-zoom", "--print-width"] {
            let _ = style.remove_property(p);
        }
    }
}

/// Prints the page, fitted, after the editor (if it is the editor) has
/// put its print view in place.
pub fn print_page(printing: Option<Printing>) {
    if let Some(printing) = printing {
        printing.set(true);
    }
    // After the print view has rendered and a closing dialog has gone.
    set_timeout(
        || {
            fit_to_print_page();
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        },
        std::time::Duration::from_millis(50),
    );
}

/// Before printing (from the browser's menu, or Print), fits the canvas to
/// the page; after, puts it back. The editor prints its print view.
pub fn listen_for_print(printing: Option<Printing>) {
    let before = window_event_listener(ev::beforeprint, move |_| {
        if let Some(p) = printing {
            p.set(true);
        }
        fit_to_print_page();
    });
    let after = window_event_listener(ev::afterprint, move |_| {
        if let Some(p) = printing {
            p.set(false);
        }
        unfit();
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

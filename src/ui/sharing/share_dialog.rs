//! "Share": the canvas as a link, ready to copy, with its length, a
//! warning when chat apps might cut it, and its QR code. The link carries
//! the canvas's lineage and, if given, the sender's name (issue 16).

use crate::browser::clipboard::copy_text;
use crate::browser::clock::{now, random_bits, today};
use crate::browser::location::link_with_fragment;
use crate::browser::storage::{library, set_your_name, your_name};
use crate::core::canvas::lineage::{clean_name, Envelope, Lineage, LineageId};
use crate::core::canvas::model::Canvas;
use crate::core::share;
use crate::ui::library::storage_alerts::download_canvas_file_as;
use crate::ui::sharing::link_fit::LinkFit;
use crate::ui::sharing::qr_code::LinkQrCode;
use crate::ui::state::Document;
use crate::ui::widgets::dialog::ModalDialog;
use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Links longer than this are cut by some chat and mail apps.
pub const SAFE_LINK_LENGTH: usize = 2000;

/// 12345 as "12,345".
pub fn group_digits(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// Gives the open canvas its lineage if it has none yet (its first share),
/// and keeps the version shared now as a snapshot ("Shared on …"), so a
/// copy that comes back can be compared against it.
fn mark_as_shared(doc: Document, day: u32) -> Canvas {
    if doc.canvas.with_untracked(|c| c.lineage.is_none()) {
        let lineage = Lineage {
            id: LineageId::new(random_bits()),
            base: None,
        };
        doc.canvas.update(|c| c.lineage = Some(lineage));
    }
    let canvas = doc.canvas.get_untracked();
    if let (Some(id), Ok(mut lib)) = (doc.canvas_id.get_untracked(), library()) {
        // Without it a returned copy is compared two-way: worth no alert.
        let _ = lib.keep_shared_version(&id, &canvas, day, now());
    }
    canvas
}

/// Who shares `canvas` today, as its link and file say.
fn envelope_for(canvas: &Canvas, name: &str, day: u32) -> Option<Envelope> {
    let lineage = canvas.lineage.as_ref()?;
    Some(Envelope {
        lineage: lineage.id,
        made_from: lineage.base.unwrap_or_else(|| share::version_mark(canvas)),
        by: clean_name(name),
        day,
    })
}

#[component]
pub fn ShareDialog() -> impl IntoView {
    let doc = expect_context::<Document>();
    let day = today();
    let canvas = StoredValue::new(mark_as_shared(doc, day));
    let name = RwSignal::new(your_name());
    let envelope = move || canvas.with_value(|c| envelope_for(c, &name.get(), day));
    let link = Memo::new(move |_| {
        let sent = envelope();
        canvas
            .with_value(|c| match &sent {
                Some(e) => share::encode_shared(c, e),
                None => share::encode(c),
            })
            .map(|fragment| link_with_fragment(&fragment))
            .map_err(|e| e.to_string())
    });
    let problem = RwSignal::new(None::<String>);
    let download = move |_| {
        let sent = envelope();
        if !canvas.with_value(|c| download_canvas_file_as(c, sent.as_ref())) {
            problem.set(Some("The browser did not start the download".into()));
        }
    };
    let set_name = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        set_your_name(&value);
        name.set(value);
    };
    view! {
        <ModalDialog title="Share">
            <div class="share-name">
                <label for="share-your-name">"Your name (optional)"</label>
                <input
                    id="share-your-name"
                    type="text"
                    maxlength="60"
                    autocomplete="name"
                    prop:value=move || name.get()
                    on:input=set_name
                    aria-describedby="share-your-name-hint"
                />
                <p id="share-your-name-hint" class="field-hint">
                    "Left empty, the link does not say who sent it. A name is kept in this browser only."
                </p>
            </div>
            {move || match link.get() {
                Ok(link) => view! { <LinkPanel link download /> }.into_any(),
                Err(e) => view! {
                    <p class="alert" role="alert">"This canvas cannot be shared as a link: " {e} "."</p>
                    <button type="button" on:click=download>"Download as a file"</button>
                }
                .into_any(),
            }}
            {move || problem.get().map(|p| view! { <p class="alert" role="alert">{p} "."</p> })}
        </ModalDialog>
    }
}

#[component]
fn LinkPanel(
    link: String,
    download: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
) -> impl IntoView {
    let length = link.chars().count();
    let area = NodeRef::<Textarea>::new();
    let copy_state = RwSignal::new(CopyState::Idle);
    let for_copy = link.clone();
    let qr_link = link.clone();
    let copy = move |_| {
        let text = for_copy.clone();
        // Back to idle first, so that a second "Copied" is announced again.
        copy_state.set(CopyState::Idle);
        spawn_local(async move {
            let ok = copy_text(&text, area.get_untracked()).await;
            copy_state.set(if ok {
                CopyState::Copied
            } else {
                CopyState::Failed
            });
        });
    };
    let select_all = move |_| {
        if let Some(a) = area.get_untracked() {
            a.select();
        }
    };
    let too_long = (length > SAFE_LINK_LENGTH).then(|| {
        view! {
            <div class="share-warning">
                <p>
                    "This link is longer than " {group_digits(SAFE_LINK_LENGTH)} " characters. "
                    "Links this long can arrive cut in some places, for example Outlook and "
                    "other e-mail programs, text messages (SMS) and some chat apps, and the "
                    "other person then gets an incomplete link. A file arrives whole: send the "
                    "canvas as a file instead."
                </p>
                <button type="button" on:click=download>"Download as a file"</button>
            </div>
        }
    });
    view! {
        <p>
            "Anyone with this link can open a read-only copy of this canvas as it is now. "
            "The canvas travels inside the link itself: it is not sent to this app's server, "
            "but wherever the link goes (a chat, an e-mail) the canvas goes with it."
        </p>
        <label class="share-label" for="share-link">"Share link"</label>
        <textarea id="share-link" class="share-link" node_ref=area readonly rows="4" spellcheck="false" on:focus=select_all>
            {link}
        </textarea>
        <div class="share-actions">
            <button type="button" class="primary" on:click=copy>"Copy link"</button>
            <span class="copy-status" role="status">
                {move || match copy_state.get() {
                    CopyState::Idle => "",
                    CopyState::Copied => "Copied",
                    CopyState::Failed => "Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac)",
                }}
            </span>
            <span class="share-length">{group_digits(length)} " characters"</span>
        </div>
        {too_long}
        <LinkFit length send_file=download />
        <LinkQrCode link=qr_link />
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::group_digits;

    #[test]
    fn lengths_are_grouped_by_thousands() {
        assert_eq!(group_digits(0), "0");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1000), "1,000");
        assert_eq!(group_digits(1234567), "1,234,567");
    }
}

//! The backup part of "My canvases": how much of the browser's storage is
//! used and whether the browser keeps it, "Back up all canvases" (one
//! file), "Restore from backup", and a gentle reminder when some work was
//! never backed up.

use crate::browser::clock::{now, random_bits};
use crate::browser::download::download_text;
use crate::browser::locks::with_index_lock;
use crate::browser::persist::{is_kept, units_used, LOCAL_STORAGE_UNITS};
use crate::browser::picture::file_text;
use crate::browser::storage::{self, library};
use crate::core::library::backup::{needs_backup, Restored, LAST_BACKUP_KEY};
use crate::core::library::time_text::iso_date;
use crate::ui::library::listing::{ListError, ListingMemo};
use crate::ui::state::Saving;
use leptos::prelude::*;
use leptos::task::spawn_local;

const RESTORE_INPUT_ID: &str = "restore-backup-file";

/// A size in characters (what the quota counts) as people read it.
fn size_text(units: usize) -> String {
    if units < 1_000_000 {
        format!("{} KB", units.div_ceil(1000))
    } else {
        format!("{:.1} MB", units as f64 / 1_000_000.0)
    }
}

fn usage_text(kept: Option<bool>) -> String {
    let used = units_used().map_or_else(String::new, |u| {
        let share = match u * 100 / LOCAL_STORAGE_UNITS {
            0 => "under 1 %".to_string(),
            p => format!("{p} %"),
        };
        format!(
            "This browser holds {} for this site, {share} of the about 5 MB it allows. ",
            size_text(u)
        )
    });
    let kept = match kept {
        Some(true) => "The browser has agreed to keep it.",
        Some(false) => {
            "The browser may still clear it when the device runs short of space: a backup \
             file protects against that."
        }
        None => "",
    };
    format!("{used}{kept}")
}

fn restored_text(done: &Restored) -> String {
    let mut parts = vec![match done.added + done.copies {
        1 => "1 canvas restored".to_string(),
        n => format!("{n} canvases restored"),
    }];
    if done.copies > 0 {
        parts.push(format!(
            "{} as copies, since the canvas here has changed since",
            done.copies
        ));
    }
    if done.present > 0 {
        parts.push(format!("{} already here as they were", done.present));
    }
    if done.newer > 0 {
        parts.push(format!(
            "{} left out: saved by a newer version of the app",
            done.newer
        ));
    }
    if done.unreadable > 0 {
        parts.push(format!("{} left out: damaged in the file", done.unreadable));
    }
    format!("{}.", parts.join("; "))
}

#[component]
pub fn BackupSection(listing: ListingMemo) -> impl IntoView {
    let saving = expect_context::<Saving>();
    let ListError(error) = expect_context::<ListError>();
    let kept = RwSignal::new(None::<bool>);
    spawn_local(async move { kept.set(is_kept().await) });
    let last = RwSignal::new(
        storage::read(LAST_BACKUP_KEY)
            .ok()
            .flatten()
            .and_then(|t| t.parse::<i64>().ok()),
    );
    let result = RwSignal::new(None::<String>);
    let usage = move || {
        saving.track_library();
        usage_text(kept.get())
    };
    let remind = move || listing.with(|l| l.as_ref().is_ok_and(|l| needs_backup(l, last.get())));
    let back_up = move |_| {
        let t = now();
        let file = library().and_then(|mut lib| lib.backup(t));
        let offset = js_sys::Date::new(&(t as f64).into()).get_timezone_offset();
        let name = format!(
            "learning-model-canvas-backup-{}.json",
            iso_date(t - (offset * 60_000.0) as i64)
        );
        match file.map(|f| download_text(&name, "application/json", &f)) {
            Ok(Ok(())) => {
                // Only a reminder's memory: if it cannot be stored, it reminds again.
                let _ = storage::write(LAST_BACKUP_KEY, &t.to_string());
                last.set(Some(t));
                result.set(Some(
                    "The backup file is downloading: keep it somewhere safe.".into(),
                ));
            }
            Ok(Err(_)) => error.set(Some("The browser did not start the download.".into())),
            Err(e) => error.set(Some(format!("The backup could not be made: {e}."))),
        }
    };
    let choose = move |_| {
        if let Some(input) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(RESTORE_INPUT_ID))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            input.click();
        }
    };
    let restore = move |file: web_sys::File| {
        spawn_local(async move {
            let text = match file_text(&file).await {
                Ok(text) => text,
                Err(why) => {
                    return error.set(Some(format!(
                        "The file could not be read ({why}). Nothing was changed."
                    )))
                }
            };
            with_index_lock(move || {
                match library().map_err(|e| e.to_string()).and_then(|mut lib| {
                    lib.restore(&text, now(), random_bits())
                        .map_err(|e| e.to_string())
                }) {
                    Ok(done) => {
                        error.set(None);
                        result.set(Some(restored_text(&done)));
                    }
                    Err(e) => error.set(Some(format!("The backup was not restored: {e}."))),
                }
                saving.library_changed();
            });
        });
    };
    view! {
        <section class="backup" aria-labelledby="backup-heading">
            <h3 id="backup-heading">"Backup"</h3>
            <p class="storage-use">{usage}</p>
            {move || remind().then(|| view! {
                <p class="backup-reminder">
                    "Some work here has never been backed up. The browser is its only copy: "
                    "a backup file keeps every canvas safe if this browser's data is cleared."
                </p>
            })}
            <div class="backup-actions">
                <button type="button" on:click=back_up>"Back up all canvases"</button>
                <button type="button" on:click=choose>"Restore from backup"</button>
                <input
                    id=RESTORE_INPUT_ID
                    type="file"
                    accept=".json,application/json"
                    class="visually-hidden"
                    tabindex="-1"
                    aria-label="Backup file to restore"
                    on:change:target=move |ev| {
                        let target = ev.target();
                        if let Some(file) = target.files().and_then(|f| f.get(0)) {
                            restore(file);
                        }
                        target.set_value("");
                    }
                />
            </div>
            <p class="backup-result" role="status">{move || result.get()}</p>
        </section>
    }
}

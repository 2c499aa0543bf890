//! The most a canvas may hold: what every reader of the app accepts (a
//! share link, a canvas file, a stored record). The editor checks these
//! where things are added, with a message at the control, so it never
//! saves a canvas it could not open, share or import again.
//!
//! The binding limit on text is the share link's: its payload (every text,
//! plus a few bytes per note and the JSON of links, worksheet and scorecard)
//! is at most [`MAX_PAYLOAD_BYTES`].

use crate::core::canvas::model::Canvas;
pub use crate::core::format::extras::{MAX_LINES, MAX_LINKS, MAX_METRICS};
use crate::core::format::link_extras::{has_extras, link_extras};
pub use crate::core::share::errors::{MAX_NOTES, MAX_PAYLOAD_BYTES};
use crate::core::share::payload::{oldest_format_for, payload_len};
use std::fmt;

/// A limit the user reached, in words for the message at the control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    Notes,
    Links,
    Lines,
    Metrics,
    Text,
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Limit::Notes => write!(
                f,
                "This canvas already has {MAX_NOTES} notes, the most one canvas can hold"
            ),
            Limit::Links => write!(
                f,
                "This canvas already has {MAX_LINKS} links between notes, the most it can hold"
            ),
            Limit::Lines => write!(
                f,
                "The worksheet already has {MAX_LINES} lines, the most it can hold"
            ),
            Limit::Metrics => write!(
                f,
                "The scorecard already has {MAX_METRICS} metrics, the most it can hold"
            ),
            Limit::Text => write!(
                f,
                "This canvas holds as much text as a link or a file can carry ({} MiB): \
                 shorten or remove notes to add more",
                MAX_PAYLOAD_BYTES >> 20
            ),
        }
    }
}

/// The bytes of text and structure the canvas takes in a share link.
pub fn canvas_bytes(canvas: &Canvas) -> usize {
    let extras = if has_extras(canvas) {
        link_extras(canvas).len()
    } else {
        0
    };
    payload_len(canvas, oldest_format_for(canvas), extras)
}

/// Whether one more of `what` may be added to `canvas` (a new thing
/// adds a little structure too: a note its end mark, a link its JSON).
pub fn room_for(canvas: &Canvas, what: Limit) -> Result<(), Limit> {
    let full = match what {
        Limit::Notes => canvas.notes.len() >= MAX_NOTES,
        Limit::Links => canvas.links.len() >= MAX_LINKS,
        Limit::Lines => canvas.worksheet.lines.len() >= MAX_LINES,
        Limit::Metrics => canvas.metrics.len() >= MAX_METRICS,
        Limit::Text => false,
    };
    if full {
        return Err(what);
    }
    if canvas_bytes(canvas) + NEW_THING_BYTES > MAX_PAYLOAD_BYTES {
        return Err(Limit::Text);
    }
    Ok(())
}

/// More than any one note, link, line or metric adds before its text.
const NEW_THING_BYTES: usize = 256;

/// Whether a text of `canvas` may change from `old` to `new` bytes long.
/// Shorter always may (so a canvas over the limit can be mended).
pub fn text_may_grow(canvas: &Canvas, old: usize, new: usize) -> Result<(), Limit> {
    if new <= old {
        return Ok(());
    }
    let now = canvas_bytes(canvas);
    if now.saturating_sub(old) + new <= MAX_PAYLOAD_BYTES {
        Ok(())
    } else {
        Err(Limit::Text)
    }
}

/// Every limit at once: the canvas can be saved, shared and imported.
pub fn check(canvas: &Canvas) -> Result<(), Limit> {
    let over = [
        (canvas.notes.len() > MAX_NOTES, Limit::Notes),
        (canvas.links.len() > MAX_LINKS, Limit::Links),
        (canvas.worksheet.lines.len() > MAX_LINES, Limit::Lines),
        (canvas.metrics.len() > MAX_METRICS, Limit::Metrics),
        (canvas_bytes(canvas) > MAX_PAYLOAD_BYTES, Limit::Text),
    ];
    over.into_iter()
        .find(|(over, _)| *over)
        .map_or(Ok(()), |(_, limit)| Err(limit))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "limits_tests.rs"]
mod tests;

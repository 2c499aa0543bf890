//! "Export SVG" (and, drawn from it, "Export PNG"): the canvas as laid out,
//! its blocks on the kind's grid, each with its notes as coloured boxes and
//! their tags in text. Text is escaped, wrapped by an estimate of its
//! width, and a block too full to show everything says how many notes it
//! leaves out.

use crate::core::canvas::colour::NoteColour;
use crate::core::canvas::model::Canvas;
use crate::core::canvas::thread_key::{numbered_threads, thread_numbers};
use crate::core::export::svg_footer::footer;
use std::fmt::Write;

pub const WIDTH: u32 = 1600;
const PAD: u32 = 16;
const HEADER: u32 = 78;
const ROW_HEIGHT: u32 = 380;
pub(crate) const LINE: u32 = 16;
/// An average character of the 13 px sans-serif text, in pixels.
const CHAR_WIDTH: f32 = 7.0;

/// The paper and edge of a note of this colour (the light theme's).
pub fn note_fill(colour: Option<NoteColour>) -> (&'static str, &'static str) {
    match colour {
        None => ("#fdfcf7", "#b9bfc9"),
        Some(NoteColour::Yellow) => ("#fff1a8", "#c9a92c"),
        Some(NoteColour::Blue) => ("#dcebff", "#5b8fd6"),
        Some(NoteColour::Violet) => ("#ede4fc", "#9a7fd6"),
        Some(NoteColour::Red) => ("#fde1de", "#d9756a"),
        Some(NoteColour::Green) => ("#dcf3e2", "#5fae78"),
        Some(NoteColour::Orange) => ("#ffe6c9", "#d98e3a"),
    }
}

/// Escapes text for XML.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Not allowed in XML at all.
            c if (c as u32) < 0x20 && c != '\n' && c != '\t' => {}
            '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Breaks text into lines of at most `width` characters, at spaces where
/// it can; its own line breaks are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_at_most(text, width, usize::MAX)
}

/// The first `max` lines of [`wrap`], in one pass over the text: each word
/// is counted once and a long word is cut where it stands, never copied
/// again for each piece, and nothing is read past the lines wanted (a
/// block shows a few lines of a note that may be a megabyte long).
pub fn wrap_at_most(text: &str, width: usize, max: usize) -> Vec<String> {
    let width = width.max(4);
    let mut out = Vec::new();
    'text: for para in text.lines() {
        let mut line = String::new();
        // The characters in `line`, kept rather than counted again.
        let mut len = 0;
        for word in para.split_whitespace() {
            let mut rest = word;
            let mut wlen = rest.chars().count();
            loop {
                if out.len() >= max {
                    break 'text;
                }
                if len == 0 && wlen > width {
                    let cut = rest
                        .char_indices()
                        .nth(width)
                        .map_or(rest.len(), |(i, _)| i);
                    out.push(rest[..cut].to_string());
                    rest = &rest[cut..];
                    wlen -= width;
                    continue;
                }
                if len > 0 && len + 1 + wlen > width {
                    out.push(std::mem::take(&mut line));
                    len = 0;
                    continue;
                }
                if len > 0 {
                    line.push(' ');
                    len += 1;
                }
                line.push_str(rest);
                len += wlen;
                break;
            }
        }
        out.push(line);
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out.truncate(max);
    out
}

/// "… and 3 more notes", where a block has no room left.
fn more_notes(out: &mut String, x: u32, y: u32, n: usize) {
    let _ = write!(
        out,
        r##"<text x="{x}" y="{y}" font-size="13" font-style="italic" fill="#505a6b">… and {n} more {}</text>"##,
        if n == 1 { "note" } else { "notes" }
    );
}

/// The canvas as an SVG document.
pub fn to_svg(c: &Canvas) -> String {
    to_svg_on(c, None)
}

/// The picture of `c`, with the day it shows (`None`: no date) and, under
/// the blocks, the legend, the investment summary and the threads.
pub fn to_svg_on(c: &Canvas, date: Option<&str>) -> String {
    let def = c.kind.def();
    let cols = u32::from(def.columns);
    let rows = u32::from(def.rows);
    let threads = numbered_threads(c);
    let numbers = thread_numbers(&threads);
    let grid_bottom = HEADER + rows * ROW_HEIGHT;
    let (footer_svg, footer_h) = footer(c, date, &threads, PAD, grid_bottom);
    let height = grid_bottom + footer_h + PAD;
    let cell_w = (WIDTH - 2 * PAD) / cols;
    let mut out = String::new();
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"><rect width="100%" height="100%" fill="#ffffff"/>"##
    );
    let title = if c.title.trim().is_empty() {
        "Untitled canvas"
    } else {
        c.title.trim()
    };
    let _ = write!(
        out,
        r##"<text x="{PAD}" y="34" font-size="24" font-weight="700" fill="#1d2330">{}</text>"##,
        xml(title)
    );
    let mut subtitle = c.kind.name().to_string();
    let models = c.models.chosen();
    if !models.is_empty() {
        let name = |m: Option<crate::core::method::learning_model::LearningModel>| {
            m.map_or("not chosen", |m| m.name())
        };
        let _ = write!(
            subtitle,
            " · Learning model: today {}, aiming for {}",
            name(c.models.today),
            name(c.models.aim)
        );
    }
    let _ = write!(
        out,
        r##"<text x="{PAD}" y="60" font-size="14" fill="#505a6b">{}</text>"##,
        xml(&subtitle)
    );
    for block in def.blocks {
        let a = block.area;
        let x = PAD + (u32::from(a.col) - 1) * cell_w;
        let y = HEADER + (u32::from(a.row) - 1) * ROW_HEIGHT;
        let w = u32::from(a.col_span) * cell_w;
        let h = u32::from(a.row_span) * ROW_HEIGHT;
        let _ = write!(
            out,
            r##"<g><rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#ffffff" stroke="#1d2330" stroke-width="1.5"/><text x="{}" y="{}" font-size="16" font-weight="700" fill="#1d2330">{}</text>"##,
            x + 10,
            y + 24,
            xml(block.title)
        );
        let chars = (w.saturating_sub(36) as f32 / CHAR_WIDTH) as usize;
        let bottom = y + h - 10;
        let mut top = y + 38;
        let notes: Vec<_> = c.notes_in(block.id).collect();
        for (i, n) in notes.iter().enumerate() {
            let mut labels = Canvas::labels_of(&c.legend, n);
            if let Some(t) = numbers.get(&n.id) {
                labels.push(format!("Thread {t}"));
            }
            // More lines than the block has room for are never drawn.
            let room_lines = (bottom.saturating_sub(top) / LINE) as usize + 1;
            let mut lines = wrap_at_most(&n.text, chars, room_lines);
            let label_lines = usize::from(!labels.is_empty());
            let box_h = (lines.len() + label_lines) as u32 * LINE + 10;
            let left = notes.len() - i;
            // Keep room for the "more notes" line unless this is the last.
            let room = bottom.saturating_sub(top + if left > 1 { LINE } else { 0 });
            let mut box_h = box_h;
            if box_h > room {
                // The lines that fit, the last one ending in "…"; then how
                // many notes the block leaves out.
                let fit = (room.saturating_sub(10) / LINE) as usize;
                let fit = fit.saturating_sub(label_lines);
                if fit == 0 {
                    more_notes(&mut out, x + 10, (top + LINE).min(bottom), left);
                    break;
                }
                lines.truncate(fit);
                if let Some(last) = lines.last_mut() {
                    last.push('…');
                }
                box_h = (lines.len() + label_lines) as u32 * LINE + 10;
            }
            let (fill, edge) = note_fill(n.colour);
            let _ = write!(
                out,
                r##"<rect x="{}" y="{top}" width="{}" height="{box_h}" rx="3" fill="{fill}" stroke="{edge}"/>"##,
                x + 8,
                w - 16
            );
            let mut line_y = top + 5 + 12;
            if !labels.is_empty() {
                let _ = write!(
                    out,
                    r##"<text x="{}" y="{line_y}" font-size="10" font-weight="700" letter-spacing="0.5" fill="#1d2330">{}</text>"##,
                    x + 14,
                    xml(&labels.join(" · ").to_uppercase())
                );
                line_y += LINE;
            }
            for line in &lines {
                let _ = write!(
                    out,
                    r##"<text x="{}" y="{line_y}" font-size="13" fill="#1d2330">{}</text>"##,
                    x + 14,
                    xml(line)
                );
                line_y += LINE;
            }
            top += box_h + 6;
            if top + LINE > bottom && left > 1 {
                more_notes(&mut out, x + 10, (top + LINE).min(bottom), left - 1);
                break;
            }
        }
        out.push_str("</g>");
    }
    out.push_str(&footer_svg);
    out.push_str("</svg>");
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "svg_tests.rs"]
mod tests;

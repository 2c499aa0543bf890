//! What the picture of a canvas adds under its blocks, so it stands alone
//! on a slide: the date, the colours in use with their meanings, the
//! investment summary and the threads by number.

use crate::core::canvas::colour::PALETTE;
use crate::core::canvas::kind::block_title;
use crate::core::canvas::model::{Canvas, NoteId};
use crate::core::canvas::text::clipped;
use crate::core::export::money_text::grouped_money;
use crate::core::export::svg::{note_fill, xml, LINE};
use std::fmt::Write;

/// Threads listed at most; the rest are counted.
const MAX_THREADS: usize = 12;
const ROW: u32 = 22;

/// The footer's SVG, drawn from `top`, and its height.
pub fn footer(
    c: &Canvas,
    date: Option<&str>,
    threads: &[Vec<NoteId>],
    x: u32,
    top: u32,
) -> (String, u32) {
    let mut out = String::new();
    let mut y = top + ROW;
    let line = |out: &mut String, y: &mut u32, text: &str, bold: bool| {
        let weight = if bold { r#" font-weight="700""# } else { "" };
        let _ = write!(
            out,
            r##"<text x="{x}" y="{}" font-size="13"{weight} fill="#1d2330">{}</text>"##,
            *y,
            xml(text)
        );
        *y += ROW;
    };
    if let Some(date) = date {
        line(&mut out, &mut y, &format!("As of {date}"), false);
    }
    // The colours in use, each a swatch and its meaning.
    let used: Vec<_> = PALETTE
        .into_iter()
        .filter(|p| c.notes.iter().any(|n| n.colour == Some(*p)))
        .collect();
    if !used.is_empty() {
        let _ = write!(
            out,
            r##"<text x="{x}" y="{y}" font-size="13" font-weight="700" fill="#1d2330">Legend</text>"##
        );
        let mut at = x + 64;
        for colour in used {
            let (fill, edge) = note_fill(Some(colour));
            let label = c.legend.tag(colour);
            let _ = write!(
                out,
                r##"<rect x="{at}" y="{}" width="14" height="14" rx="2" fill="{fill}" stroke="{edge}"/><text x="{}" y="{y}" font-size="13" fill="#1d2330">{}</text>"##,
                y - 12,
                at + 20,
                xml(label)
            );
            at += 20 + 8 * label.chars().count() as u32 + 24;
        }
        y += ROW;
    }
    let t = c.worksheet.totals();
    if t.full() > 0 {
        let currency = &c.worksheet.currency;
        let mut text = format!("Investment: full {}", grouped_money(t.full(), currency));
        if let Some(p) = t.hidden_share_permille() {
            let _ = write!(text, ", {}.{} % of it hidden", p / 10, p % 10);
        }
        if let Some(r) = t.return_ratio() {
            let _ = write!(text, "; expected return {}.{:02} : 1", r / 100, r % 100);
        }
        line(&mut out, &mut y, &text, false);
    }
    if !threads.is_empty() {
        line(&mut out, &mut y, "Threads (the numbers on the notes)", true);
        for (i, t) in threads.iter().take(MAX_THREADS).enumerate() {
            let names: Vec<String> = t
                .iter()
                .filter_map(|id| c.notes.iter().find(|n| n.id == *id))
                .map(|n| format!("“{}” ({})", clipped(&n.text, 40), block_title(&n.block)))
                .collect();
            line(
                &mut out,
                &mut y,
                &format!("{}: {}", i + 1, names.join(" — ")),
                false,
            );
        }
        if threads.len() > MAX_THREADS {
            line(
                &mut out,
                &mut y,
                &format!("… and {} more threads", threads.len() - MAX_THREADS),
                false,
            );
        }
    }
    let height = if out.is_empty() {
        0
    } else {
        y - top - ROW + LINE
    };
    (out, height)
}

//! "Export Markdown": the canvas as a Markdown document, for a wiki, a
//! slide's notes or an e-mail: a heading per block with its notes as
//! bullets, then the threads, the worksheet and the scorecard as tables.
//! User text is escaped, so it reads as written and never as markup.

use crate::core::canvas::kind::block_title;
use crate::core::canvas::model::{Canvas, NoteId};
use crate::core::canvas::thread_key::{numbered_threads, thread_numbers};
use crate::core::canvas::threads::thread_check;
use crate::core::canvas::votes::ranking;
use crate::core::export::money_text::grouped_money;
use crate::core::method::scorecard::{scorecard, MetricRole};
use crate::core::method::worksheet::{Amount, LineKind, Section};
use std::collections::HashMap;
use std::fmt::Write;

/// Escapes what Markdown would read as markup: its punctuation anywhere,
/// and a list or heading marker at the start ("- x", "1. x", "---").
pub fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let tildes = chars.iter().filter(|&&c| c == '~').count();
    let word = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|c| c.is_alphanumeric())
    };
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        // Only what would turn into markup: "L&D", "~250", "->" stay as typed.
        let markup = match c {
            '\\' | '`' | '*' | '[' | ']' | '|' => true,
            // Inside a word ("snake_case") an underscore is plain text.
            '_' => !(word(i.checked_sub(1)) && word(Some(i + 1))),
            // A pair of tildes strikes through.
            '~' => tildes > 1,
            // An HTML tag or comment.
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
            // An entity: "&amp;", "&#38;".
            '&' => {
                let rest: String = chars[i + 1..].iter().take(33).collect();
                let name = rest.trim_start_matches('#');
                let len = name.chars().take_while(char::is_ascii_alphanumeric).count();
                len > 0 && name[len..].starts_with(';')
            }
            // An image: "![".
            '!' => next == Some('['),
            _ => false,
        };
        if markup {
            out.push('\\');
        }
        out.push(c);
    }
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if out.starts_with(['-', '+', '=', '#', '>']) {
        out.insert(0, '\\');
    } else if digits > 0 && out[digits..].starts_with(['.', ')']) {
        out.insert(digits, '\\');
    }
    out
}

/// A note or cell on one line: its lines joined with " / ".
fn one_line(text: &str) -> String {
    escape(
        &text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" / "),
    )
}

/// How money reads: in the canvas's currency, in the reader's format.
pub type MoneyText<'a> = &'a dyn Fn(i128) -> String;

/// A note as a thread names it: on one line, at most [`NAMED_CHARS`]
/// characters (the block lists it whole), so a long note linked many times
/// is not repeated in full for each link.
fn short(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" / ");
    match line.char_indices().nth(NAMED_CHARS) {
        Some((cut, _)) => escape(&line[..cut]) + "…",
        None => escape(&line),
    }
}

const NAMED_CHARS: usize = 80;

fn figures_of(line: &crate::core::method::worksheet::Line, money: MoneyText) -> String {
    let rate = money(i128::from(line.rate.0));
    match line.kind {
        LineKind::ExpertTime => format!("{} h × {rate}", line.hours),
        LineKind::LearnerTime => {
            format!("{} h × {} people × {rate}", line.hours, line.headcount)
        }
        _ => money(i128::from(line.amount.0)),
    }
}

fn worksheet(out: &mut String, c: &Canvas, money: MoneyText) {
    let w = &c.worksheet;
    if w.lines.is_empty() {
        return;
    }
    let _ = writeln!(out, "## Investment worksheet ({})\n", escape(&w.currency));
    out.push_str("| Line | What it is | Figures | Total |\n| --- | --- | --- | ---: |\n");
    for section in [Section::Direct, Section::Hidden, Section::Benefit] {
        for line in w.lines.iter().filter(|l| l.kind.section() == section) {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                line.kind.name(),
                one_line(&line.label),
                figures_of(line, money),
                money(w.line_total(line))
            );
        }
    }
    let t = w.totals();
    let _ = writeln!(
        out,
        "\n- Direct spend: {}\n- Hidden cost: {}\n- Full investment: {}",
        money(t.direct),
        money(t.hidden),
        money(t.full())
    );
    if let Some(p) = t.hidden_share_permille() {
        let _ = writeln!(out, "- Hidden share: {}.{} %", p / 10, p % 10);
    }
    let _ = writeln!(out, "- Expected benefits: {}", money(t.benefits));
    if let Some(r) = t.return_ratio() {
        let _ = writeln!(out, "- Return ratio: {}.{:02} : 1", r / 100, r % 100);
    }
    out.push('\n');
}

fn scorecard_tables(out: &mut String, c: &Canvas) {
    if c.metrics.is_empty() {
        return;
    }
    out.push_str("## Scorecard\n\n| Metric | Block | Driver or result | Now | Target | Unit | Moves |\n| --- | --- | --- | ---: | ---: | --- | --- |\n");
    let name = |id| {
        c.metrics
            .iter()
            .find(|m| m.id == id)
            .map_or(String::new(), |m| one_line(&m.name))
    };
    for m in &c.metrics {
        let value = |v: Option<Amount>| v.map(Amount::plain).unwrap_or_default();
        let moves = m
            .moves
            .iter()
            .map(|r| name(*r))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} |",
            one_line(&m.name),
            block_title(&m.block),
            m.role.name(),
            value(m.current),
            value(m.target),
            one_line(&m.unit),
            moves
        );
    }
    let card = scorecard(&c.metrics);
    let flags: Vec<String> = card
        .results_without_driver()
        .map(|r| format!("- No driver moves “{}”.", name(r)))
        .chain(
            card.idle_drivers
                .iter()
                .map(|d| format!("- “{}” moves no result.", name(*d))),
        )
        .collect();
    if !flags.is_empty() {
        let _ = writeln!(out, "\n{}", flags.join("\n"));
    }
    out.push('\n');
    debug_assert!(c
        .metrics
        .iter()
        .all(|m| m.role == MetricRole::Driver || m.moves.is_empty()));
}

/// The whole canvas as Markdown.
/// The dot vote: who took part, then the notes ranked over the canvas.
fn vote_ranking(out: &mut String, c: &Canvas) {
    let Some(votes) = &c.votes else {
        return;
    };
    let _ = writeln!(
        out,
        "## Dot vote\n\n{} people voted, {} dots each{}.\n",
        votes.voters(),
        votes.dots,
        if votes.repeat {
            ", several on one note allowed"
        } else {
            ", one per note"
        }
    );
    for r in ranking(c, None) {
        if let Some(n) = c.notes.iter().find(|n| n.id == r.note) {
            let dots = if r.dots == 1 { "dot" } else { "dots" };
            let _ = writeln!(
                out,
                "- Rank {}: {} ({}) — {} {dots}",
                r.rank,
                one_line(&n.text),
                block_title(&n.block),
                r.dots
            );
        }
    }
    out.push('\n');
}

/// The Markdown of `c`, money as "EUR 386,500".
pub fn to_markdown(c: &Canvas) -> String {
    let currency = c.worksheet.currency.clone();
    to_markdown_with(c, &|t| grouped_money(t, &currency))
}

/// The Markdown of `c`, money written by `money` (the page's: the reader's
/// number format).
pub fn to_markdown_with(c: &Canvas, money: MoneyText) -> String {
    let mut out = String::new();
    let title = if c.title.trim().is_empty() {
        "Untitled canvas"
    } else {
        c.title.trim()
    };
    let _ = writeln!(out, "# {}\n\n*{}*", one_line(title), c.kind.name());
    let models = c.models.chosen();
    if !models.is_empty() {
        let name = |m: Option<crate::core::method::learning_model::LearningModel>| {
            m.map_or("not chosen", |m| m.name())
        };
        let _ = writeln!(
            out,
            "\nLearning model: today {}, aiming for {}.",
            name(c.models.today),
            name(c.models.aim)
        );
    }
    out.push('\n');
    // Each linked note says its thread; "Threads" below lists the links.
    let numbers = thread_numbers(&numbered_threads(c));
    for block in c.kind.def().blocks_in_filling_order() {
        let _ = writeln!(out, "## {}\n", block.title);
        let mut any = false;
        for n in c.notes_in(block.id) {
            any = true;
            let labels = Canvas::labels_of(&c.legend, n);
            let tag = if labels.is_empty() {
                String::new()
            } else {
                format!(" ({})", escape(&labels.join(", ")))
            };
            let dots = c.votes.as_ref().map_or(0, |v| v.count(n.id));
            let dots = match dots {
                0 => String::new(),
                1 => " — 1 dot".to_string(),
                d => format!(" — {d} dots"),
            };
            let thread = numbers
                .get(&n.id)
                .map(|t| format!(" — thread {t}"))
                .unwrap_or_default();
            let _ = writeln!(out, "- {}{tag}{dots}{thread}", one_line(&n.text));
        }
        if !any {
            out.push_str("*No notes.*\n");
        }
        out.push('\n');
    }
    let strays: Vec<_> = c.stray_notes().collect();
    if !strays.is_empty() {
        out.push_str("## Notes from other canvas kinds\n\n");
        for n in strays {
            let _ = writeln!(out, "- {}: {}", block_title(&n.block), one_line(&n.text));
        }
        out.push('\n');
    }
    if !c.links.is_empty() {
        out.push_str("## Threads\n\n");
        // Each note named once, then found by id: a note may be in
        // thousands of links, and be a megabyte long.
        let named: HashMap<NoteId, String> = c
            .notes
            .iter()
            .map(|n| {
                (
                    n.id,
                    format!("“{}” ({})", short(&n.text), block_title(&n.block)),
                )
            })
            .collect();
        for (a, b) in &c.links {
            if let (Some(a), Some(b)) = (named.get(a), named.get(b)) {
                let _ = writeln!(out, "- {a} — {b}");
            }
        }
        let broken = thread_check(c);
        if !broken.is_empty() {
            out.push_str("\nBroken threads:\n\n");
            for b in broken {
                let _ = writeln!(out, "- {}", escape(&b.text));
            }
        }
        out.push('\n');
    }
    worksheet(&mut out, c, money);
    scorecard_tables(&mut out, c);
    vote_ranking(&mut out, c);
    out.trim_end().to_string() + "\n"
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "markdown_tests.rs"]
mod tests;

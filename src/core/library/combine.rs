//! "Combine canvases": one new canvas gathered from several of the same
//! kind, say the breakout groups of a workshop that all started from one
//! template. Each block gets every group's notes in turn; a note that
//! several groups wrote alike comes once; and every note's text starts with
//! a mark naming the groups it came from ("\[North\] …", "\[North, South\] …",
//! "\[All groups\] …"). The mark is text, so every export keeps it.
//!
//! Worksheet lines and metrics are gathered the same way. Links between a
//! group's notes follow its notes. What cannot be gathered without a
//! choice (two learning models, lines in another currency) is left out
//! and said in [`Combined::left_out`].

use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::marks::Role;
use crate::core::canvas::model::{Canvas, Note, NoteId};
use crate::core::method::learning_model::LearningModel;
use crate::core::method::scorecard::{Metric, MetricId};
use crate::core::method::worksheet::Line;
use crate::core::share::limits::{check, Limit};
use std::collections::HashMap;
use std::fmt;

/// The most canvases one combine takes: more groups than a workshop has.
pub const MAX_GROUPS: usize = 12;
/// A group's name in a mark, at most this long.
pub const MAX_GROUP_LABEL_CHARS: usize = 40;

/// One canvas to gather, under the name its notes are marked with.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub label: String,
    pub canvas: Canvas,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CombineError {
    TooFew,
    TooMany,
    /// This group's canvas is of another kind than the first one's.
    KindDiffers {
        label: String,
        kind: CanvasKind,
        first: CanvasKind,
    },
    /// The gathered canvas would be more than one canvas may hold.
    TooBig(Limit),
}

impl fmt::Display for CombineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CombineError::TooFew => write!(f, "Choose at least two canvases to combine"),
            CombineError::TooMany => {
                write!(f, "At most {MAX_GROUPS} canvases can be combined at once")
            }
            CombineError::KindDiffers { label, kind, first } => write!(
                f,
                "“{label}” is a {} canvas and the others are {} canvases: only canvases of \
                 one kind can be combined",
                kind.name(),
                first.name()
            ),
            CombineError::TooBig(limit) => {
                write!(
                    f,
                    "Together they are more than one canvas can hold. {limit}"
                )
            }
        }
    }
}

/// The gathered canvas, with what the page should say about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Combined {
    pub canvas: Canvas,
    /// Notes that several groups wrote alike, each kept once.
    pub alike: usize,
    /// What was not taken in, one sentence each.
    pub left_out: Vec<String>,
}

/// A group's name as a mark shows it: one line, no brackets or commas
/// (they would blur where the mark ends), at most
/// [`MAX_GROUP_LABEL_CHARS`].
pub fn clean_group_label(raw: &str) -> String {
    let cleaned: String = raw
        .chars()
        .map(|c| match c {
            '[' => '(',
            ']' => ')',
            ',' | ';' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    cleaned
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_GROUP_LABEL_CHARS)
        .collect()
}

/// The names groups start with: each canvas's title, or "Group n" where
/// titles are empty or the same (groups that kept a template's title).
pub fn default_labels(titles: &[&str]) -> Vec<String> {
    let cleaned: Vec<String> = titles.iter().map(|t| clean_group_label(t)).collect();
    cleaned
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let repeated = cleaned.iter().filter(|l| *l == label).count() > 1;
            if label.is_empty() || repeated {
                format!("Group {}", i + 1)
            } else {
                label.clone()
            }
        })
        .collect()
}

/// What makes two texts "alike": the same words, whatever the spacing
/// and case.
fn alike_key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Things gathered from the groups, each with the groups it came from.
struct Gathered<T> {
    items: Vec<(T, Vec<usize>)>,
    by_key: HashMap<String, Vec<usize>>,
}

impl<T> Gathered<T> {
    fn new() -> Self {
        Gathered {
            items: Vec::new(),
            by_key: HashMap::new(),
        }
    }

    /// Adds `item` of `group`, or, when an earlier group has one alike
    /// that this group has not matched yet, marks that one as this
    /// group's too. Returns the index of the item kept.
    fn add(&mut self, key: String, group: usize, item: T, join: impl FnOnce(&mut T, T)) -> usize {
        let same = self.by_key.entry(key).or_default();
        if let Some(&at) = same.iter().find(|&&at| !self.items[at].1.contains(&group)) {
            join(&mut self.items[at].0, item);
            self.items[at].1.push(group);
            return at;
        }
        same.push(self.items.len());
        self.items.push((item, vec![group]));
        self.items.len() - 1
    }

    fn alike(&self) -> usize {
        self.items.iter().filter(|(_, g)| g.len() > 1).count()
    }
}

/// The mark a text starts with, naming its groups.
fn mark(groups: &[usize], labels: &[String]) -> String {
    if groups.len() == labels.len() && labels.len() > 1 {
        return "[All groups]".to_string();
    }
    let names: Vec<&str> = groups.iter().map(|&g| labels[g].as_str()).collect();
    format!("[{}]", names.join(", "))
}

fn marked(text: &str, groups: &[usize], labels: &[String]) -> String {
    format!("{} {}", mark(groups, labels), text.trim())
        .trim_end()
        .to_string()
}

/// One canvas holding every group's notes, lines and metrics.
pub fn combine(groups: &[Group]) -> Result<Combined, CombineError> {
    let first = match groups {
        [] | [_] => return Err(CombineError::TooFew),
        _ if groups.len() > MAX_GROUPS => return Err(CombineError::TooMany),
        [first, ..] => &first.canvas,
    };
    if let Some(other) = groups.iter().find(|g| g.canvas.kind != first.kind) {
        return Err(CombineError::KindDiffers {
            label: other.label.clone(),
            kind: other.canvas.kind,
            first: first.kind,
        });
    }
    let labels: Vec<String> = groups.iter().map(|g| g.label.clone()).collect();
    let mut canvas = Canvas::new(first.kind);
    canvas.title = combined_title(groups);
    canvas.legend = first.legend.clone();
    let mut left_out = Vec::new();

    let (notes, ids) = gather_notes(groups);
    let alike = notes.alike();
    for (i, (mut note, from)) in notes.items.into_iter().enumerate() {
        note.id = i as NoteId + 1;
        note.text = marked(&note.text, &from, &labels);
        canvas.notes.push(note);
    }
    for (g, group) in groups.iter().enumerate() {
        for &(a, b) in &group.canvas.links {
            let (Some(&a), Some(&b)) = (ids[g].get(&a), ids[g].get(&b)) else {
                continue;
            };
            let link = (a.min(b), a.max(b));
            if a != b && !canvas.links.contains(&link) {
                canvas.links.push(link);
            }
        }
    }

    canvas.models.today = agreed(groups, |c| c.models.today, "today", &mut left_out);
    canvas.models.aim = agreed(groups, |c| c.models.aim, "aimed for", &mut left_out);
    canvas.worksheet.currency = first.worksheet.currency.clone();
    canvas.worksheet.lines = gather_lines(groups, &labels, &mut left_out);
    canvas.metrics = gather_metrics(groups, &labels);

    check(&canvas).map_err(CombineError::TooBig)?;
    Ok(Combined {
        canvas,
        alike,
        left_out,
    })
}

fn combined_title(groups: &[Group]) -> String {
    let first = alike_key(&groups[0].canvas.title);
    if groups.iter().all(|g| alike_key(&g.canvas.title) == first) && !first.is_empty() {
        format!("{} (combined)", groups[0].canvas.title.trim())
    } else {
        format!("Combined canvas of {} groups", groups.len())
    }
}

/// Every group's notes with text, alike ones once; and, per group, where
/// each of its note ids went (as an index into the gathered notes, plus 1).
fn gather_notes(groups: &[Group]) -> (Gathered<Note>, Vec<HashMap<NoteId, NoteId>>) {
    let mut notes = Gathered::new();
    let mut ids = vec![HashMap::new(); groups.len()];
    for (g, group) in groups.iter().enumerate() {
        for note in group
            .canvas
            .notes
            .iter()
            .filter(|n| !n.text.trim().is_empty())
        {
            let key = format!("{}\n{}", note.block, alike_key(&note.text));
            let at = notes.add(key, g, note.clone(), |kept, other| {
                kept.colour = kept.colour.or(other.colour);
                kept.partner = kept.partner.or(other.partner);
                for role in Role::ALL {
                    if other.roles.has(role) {
                        kept.roles = kept.roles.with(role, true);
                    }
                }
            });
            ids[g].insert(note.id, at as NoteId + 1);
        }
    }
    (notes, ids)
}

/// The model every group chose, or none (said) when they differ.
fn agreed(
    groups: &[Group],
    pick: impl Fn(&Canvas) -> Option<LearningModel>,
    which: &str,
    left_out: &mut Vec<String>,
) -> Option<LearningModel> {
    let choices: Vec<Option<LearningModel>> = groups.iter().map(|g| pick(&g.canvas)).collect();
    let chosen: Vec<LearningModel> = choices.iter().flatten().copied().collect();
    match chosen.first() {
        Some(&one) if chosen.iter().all(|&m| m == one) => Some(one),
        Some(_) => {
            left_out.push(format!(
                "The groups chose different learning models for the one run {which}, so none \
                 is chosen: pick it on the combined canvas."
            ));
            None
        }
        None => None,
    }
}

/// Worksheet lines in the first group's currency, alike ones once.
fn gather_lines(groups: &[Group], labels: &[String], left_out: &mut Vec<String>) -> Vec<Line> {
    let currency = &groups[0].canvas.worksheet.currency;
    let mut lines = Gathered::new();
    for (g, group) in groups.iter().enumerate() {
        let sheet = &group.canvas.worksheet;
        if sheet.currency != *currency && !sheet.lines.is_empty() {
            left_out.push(format!(
                "The worksheet of “{}” is in {}, not {currency}: its {} lines were left out.",
                labels[g],
                sheet.currency,
                sheet.lines.len()
            ));
            continue;
        }
        for line in &sheet.lines {
            let key = format!(
                "{:?} {:?} {:?} {:?} {:?}\n{}",
                line.kind,
                line.amount,
                line.hours,
                line.headcount,
                line.rate,
                alike_key(&line.label)
            );
            lines.add(key, g, line.clone(), |_, _| {});
        }
    }
    lines
        .items
        .into_iter()
        .map(|(mut line, from)| {
            line.label = marked(&line.label, &from, labels);
            line
        })
        .collect()
}

/// Every group's metrics, alike ones (same block, name, role, unit and
/// figures) once; the results a driver moves follow it.
fn gather_metrics(groups: &[Group], labels: &[String]) -> Vec<Metric> {
    let mut metrics = Gathered::new();
    let mut ids: Vec<HashMap<MetricId, MetricId>> = vec![HashMap::new(); groups.len()];
    for (g, group) in groups.iter().enumerate() {
        for metric in &group.canvas.metrics {
            let key = format!(
                "{}\n{:?} {} {:?} {:?}\n{}",
                metric.block,
                metric.role,
                alike_key(&metric.unit),
                metric.current,
                metric.target,
                alike_key(&metric.name)
            );
            let at = metrics.add(key, g, metric.clone(), |_, _| {});
            ids[g].insert(metric.id, at as MetricId + 1);
        }
    }
    let mut moves: Vec<Vec<MetricId>> = vec![Vec::new(); metrics.items.len()];
    for (g, group) in groups.iter().enumerate() {
        for metric in &group.canvas.metrics {
            let Some(&at) = ids[g].get(&metric.id) else {
                continue;
            };
            let target = &mut moves[at as usize - 1];
            target.extend(metric.moves.iter().filter_map(|m| ids[g].get(m)));
        }
    }
    metrics
        .items
        .into_iter()
        .zip(moves)
        .enumerate()
        .map(|(i, ((mut metric, from), mut moved))| {
            metric.id = i as MetricId + 1;
            metric.name = marked(&metric.name, &from, labels);
            moved.sort_unstable();
            moved.dedup();
            metric.moves = moved;
            metric
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "combine_tests.rs"]
mod tests;

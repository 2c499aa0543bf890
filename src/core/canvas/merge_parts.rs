//! The parts of a canvas beyond its notes and links, for a merge: the
//! title, the legend, the learning models, the worksheet's currency and
//! lines, and the scorecard's metrics. A whole part (the title, say) is
//! theirs or mine; worksheet lines, which have no ids, are matched as they
//! are (a changed line is one removed and one added); metrics by id.

use crate::core::canvas::colour::Legend;
use crate::core::canvas::model::Canvas;
use crate::core::method::learning_model::ModelChoice;
use crate::core::method::scorecard::{next_metric_id, remove_metric, Metric, MetricRole};
use crate::core::method::worksheet::Line;

/// A difference in one of those parts: mine, then theirs where both exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Title(String, String),
    Legend(Legend, Legend),
    Models(ModelChoice, ModelChoice),
    Currency(String, String),
    LineAdded(Line),
    LineRemoved(Line),
    MetricAdded(Metric),
    MetricRemoved(Metric),
    MetricChanged(Metric, Metric),
}

/// A whole part: theirs when only they changed it (three-way), or when it
/// differs (two-way); `Err` when both changed it.
fn whole<T: PartialEq + Clone>(
    base: Option<&T>,
    mine: &T,
    theirs: &T,
    part: fn(T, T) -> Part,
) -> Option<Result<Part, Part>> {
    if mine == theirs || base == Some(theirs) {
        return None;
    }
    let p = part(mine.clone(), theirs.clone());
    Some(match base {
        Some(b) if b != mine => Err(p),
        _ => Ok(p),
    })
}

/// What their side changed in these parts: `Ok` for a change I can take,
/// `Err` for one both sides made.
pub fn part_changes(
    base: Option<&Canvas>,
    mine: &Canvas,
    theirs: &Canvas,
) -> Vec<Result<Part, Part>> {
    let mut out: Vec<Result<Part, Part>> = Vec::new();
    out.extend(whole(
        base.map(|b| &b.title),
        &mine.title,
        &theirs.title,
        Part::Title,
    ));
    out.extend(whole(
        base.map(|b| &b.legend),
        &mine.legend,
        &theirs.legend,
        Part::Legend,
    ));
    out.extend(whole(
        base.map(|b| &b.models),
        &mine.models,
        &theirs.models,
        Part::Models,
    ));
    out.extend(whole(
        base.map(|b| &b.worksheet.currency),
        &mine.worksheet.currency,
        &theirs.worksheet.currency,
        Part::Currency,
    ));
    let (mine_lines, their_lines) = (&mine.worksheet.lines, &theirs.worksheet.lines);
    let base_lines = base.map(|b| &b.worksheet.lines);
    for line in their_lines {
        let new_here = !mine_lines.contains(line) && !base_lines.is_some_and(|b| b.contains(line));
        if new_here {
            out.push(Ok(Part::LineAdded(line.clone())));
        }
    }
    if let Some(b) = base_lines {
        for line in mine_lines {
            if b.contains(line) && !their_lines.contains(line) {
                out.push(Ok(Part::LineRemoved(line.clone())));
            }
        }
    }
    let find = |ms: &[Metric], id| ms.iter().find(|m| m.id == id).cloned();
    for t in &theirs.metrics {
        let b = base.and_then(|b| find(&b.metrics, t.id));
        match (b, find(&mine.metrics, t.id)) {
            (_, Some(m)) if m == *t => {}
            (None, None) => out.push(Ok(Part::MetricAdded(t.clone()))),
            (None, Some(_)) if base.is_some() => out.push(Ok(Part::MetricAdded(t.clone()))),
            (None, Some(m)) => out.push(Ok(Part::MetricChanged(m, t.clone()))),
            (Some(b), None) if b == *t => {}
            (Some(_), None) => out.push(Err(Part::MetricAdded(t.clone()))),
            (Some(b), Some(_)) if b == *t => {}
            (Some(b), Some(m)) if b == m => out.push(Ok(Part::MetricChanged(m, t.clone()))),
            (Some(_), Some(m)) => out.push(Err(Part::MetricChanged(m, t.clone()))),
        }
    }
    if let Some(base) = base {
        for m in &mine.metrics {
            match (find(&base.metrics, m.id), find(&theirs.metrics, m.id)) {
                (Some(b), None) if b == *m => out.push(Ok(Part::MetricRemoved(m.clone()))),
                (Some(_), None) => out.push(Err(Part::MetricRemoved(m.clone()))),
                _ => {}
            }
        }
    }
    out
}

/// Takes `part` into `out`.
pub fn take_part(out: &mut Canvas, part: &Part) {
    match part {
        Part::Title(_, t) => out.title = t.clone(),
        Part::Legend(_, t) => out.legend = t.clone(),
        Part::Models(_, t) => out.models = *t,
        Part::Currency(_, t) => out.worksheet.currency = t.clone(),
        Part::LineAdded(line) => out.worksheet.lines.push(line.clone()),
        Part::LineRemoved(line) => {
            if let Some(i) = out.worksheet.lines.iter().position(|l| l == line) {
                out.worksheet.lines.remove(i);
            }
        }
        Part::MetricAdded(m) => {
            let mut metric = m.clone();
            if out.metrics.iter().any(|x| x.id == m.id) {
                // Its id is taken here: a metric of its own, without links.
                metric.id = next_metric_id(&out.metrics);
                metric.moves.clear();
            }
            out.metrics.push(metric);
        }
        Part::MetricRemoved(m) => remove_metric(&mut out.metrics, m.id),
        Part::MetricChanged(_, t) => {
            if let Some(slot) = out.metrics.iter_mut().find(|x| x.id == t.id) {
                *slot = t.clone();
            }
        }
    }
}

/// After parts were taken: each driver moves only results that are here,
/// and a result moves nothing, as the scorecard keeps them.
pub fn tidy_moves(metrics: &mut [Metric]) {
    let results: Vec<_> = metrics
        .iter()
        .filter(|m| m.role == MetricRole::Result)
        .map(|m| m.id)
        .collect();
    for m in metrics.iter_mut() {
        if m.role == MetricRole::Result {
            m.moves.clear();
        } else {
            m.moves.retain(|id| results.contains(id));
            m.moves.sort_unstable();
            m.moves.dedup();
        }
    }
}

//! The JSON form of what a canvas holds beyond its notes' text and colour:
//! note marks (partner side, segment roles), the learning models, dismissed
//! hints, threads, the worksheet and the scorecard. Canvas records (from
//! version 4) and share links (from format 3) both use it; each part is
//! left out while it is empty, so a canvas without them stays as it was.
//!
//! Numbers with decimals are JSON numbers with at most two decimals
//! (`85.5`), never negative. Links name notes through `note_ref`: the note
//! id in storage, the note's place (1, 2, …) in a share link.

use crate::core::canvas::marks::{PartnerSide, Role, Roles};
use crate::core::canvas::model::{Canvas, Note, NoteId};
use crate::core::format::json::Json;
use crate::core::format::record::{field, text, text_field};
use crate::core::method::learning_model::{LearningModel, ModelChoice};
use crate::core::method::scorecard::{Metric, MetricId, MetricRole};
use crate::core::method::worksheet::{
    is_currency_code, parse_entry, Amount, Line, LineKind, Worksheet, MAX_ENTRY,
};

fn number(a: Amount) -> Json {
    if a.0 % 100 == 0 {
        Json::Int(a.0 / 100)
    } else {
        Json::Number(a.plain())
    }
}

fn read_number(j: &Json, at: &str) -> Result<Amount, String> {
    let bad = || format!("{at} is not a number of zero or more with at most two decimals");
    let value = match j {
        Json::Int(n) if (0..=MAX_ENTRY / 100).contains(n) => Amount(n * 100),
        Json::Number(t) if !t.contains(['e', 'E', '-', '+']) => {
            parse_entry(t, '.').map_err(|_| bad())?
        }
        _ => return Err(bad()),
    };
    Ok(value)
}

fn texts(items: impl Iterator<Item = &'static str>) -> Json {
    Json::Array(items.map(text).collect())
}

fn list<'a>(j: &'a Json, at: &str) -> Result<&'a [Json], String> {
    j.as_array().ok_or_else(|| format!("{at} is not a list"))
}

/// The fields a note adds for its marks.
pub fn note_marks(note: &Note) -> Vec<(String, Json)> {
    let mut out = Vec::new();
    if let Some(side) = note.partner {
        out.push(("partner".into(), text(side.id())));
    }
    if !note.roles.is_empty() {
        out.push(("roles".into(), texts(note.roles.iter().map(Role::id))));
    }
    out
}

pub fn read_note_marks(item: &Json, at: &str) -> Result<(Option<PartnerSide>, Roles), String> {
    let partner = match item.get("partner") {
        None => None,
        Some(j) => Some(
            j.as_str()
                .and_then(PartnerSide::from_id)
                .ok_or_else(|| format!("{at}.partner is neither internal nor external"))?,
        ),
    };
    let mut roles = Roles::default();
    if let Some(j) = item.get("roles") {
        for (i, r) in list(j, &format!("{at}.roles"))?.iter().enumerate() {
            let role = r
                .as_str()
                .and_then(Role::from_id)
                .ok_or_else(|| format!("{at}.roles[{i}] is not a role"))?;
            roles = roles.with(role, true);
        }
    }
    Ok((partner, roles))
}

fn line_json(line: &Line) -> Json {
    let mut f = vec![("kind".into(), text(line.kind.id()))];
    if !line.label.is_empty() {
        f.push(("label".into(), text(&line.label)));
    }
    match line.kind {
        LineKind::ExpertTime => {
            f.push(("hours".into(), number(line.hours)));
            f.push(("rate".into(), number(line.rate)));
        }
        LineKind::LearnerTime => {
            f.push(("hours".into(), number(line.hours)));
            f.push(("headcount".into(), number(line.headcount)));
            f.push(("rate".into(), number(line.rate)));
        }
        _ => f.push(("amount".into(), number(line.amount))),
    }
    Json::Object(f)
}

fn read_line(j: &Json, at: &str) -> Result<Line, String> {
    let kind_id = text_field(j, "kind", at)?;
    let kind = LineKind::from_id(&kind_id)
        .ok_or_else(|| format!("{at} has the unknown kind \"{kind_id}\""))?;
    let mut line = Line::new(kind);
    if let Some(label) = j.get("label") {
        line.label = label
            .as_str()
            .ok_or_else(|| format!("{at}.label is not text"))?
            .to_string();
    }
    let num = |key: &str| read_number(field(j, key, at)?, &format!("{at}.{key}"));
    match kind {
        LineKind::ExpertTime => {
            line.hours = num("hours")?;
            line.rate = num("rate")?;
        }
        LineKind::LearnerTime => {
            line.hours = num("hours")?;
            line.headcount = num("headcount")?;
            line.rate = num("rate")?;
            if line.headcount.0 % 100 != 0 {
                return Err(format!("{at}.headcount is not a whole number"));
            }
        }
        _ => line.amount = num("amount")?,
    }
    Ok(line)
}

fn metric_json(m: &Metric) -> Json {
    let mut f = vec![
        ("id".into(), Json::Int(m.id.into())),
        ("block".into(), text(&m.block)),
        ("name".into(), text(&m.name)),
        ("role".into(), text(m.role.id())),
        ("unit".into(), text(&m.unit)),
    ];
    if let Some(v) = m.current {
        f.push(("current".into(), number(v)));
    }
    if let Some(v) = m.target {
        f.push(("target".into(), number(v)));
    }
    if !m.moves.is_empty() {
        f.push((
            "moves".into(),
            Json::Array(m.moves.iter().map(|r| Json::Int((*r).into())).collect()),
        ));
    }
    Json::Object(f)
}

fn metric_id(j: &Json, at: &str) -> Result<MetricId, String> {
    j.as_i64()
        .and_then(|n| MetricId::try_from(n).ok())
        .ok_or_else(|| format!("{at} is not a metric number"))
}

fn read_metric(j: &Json, at: &str) -> Result<Metric, String> {
    let role_id = text_field(j, "role", at)?;
    let role = MetricRole::from_id(&role_id)
        .ok_or_else(|| format!("{at}.role is neither driver nor result"))?;
    let mut m = Metric::new(
        metric_id(field(j, "id", at)?, &format!("{at}.id"))?,
        &text_field(j, "block", at)?,
        role,
    );
    m.name = text_field(j, "name", at)?;
    m.unit = text_field(j, "unit", at)?;
    m.current = j
        .get("current")
        .map(|v| read_number(v, &format!("{at}.current")))
        .transpose()?;
    m.target = j
        .get("target")
        .map(|v| read_number(v, &format!("{at}.target")))
        .transpose()?;
    if let Some(moves) = j.get("moves") {
        m.moves = list(moves, &format!("{at}.moves"))?
            .iter()
            .map(|r| metric_id(r, &format!("{at}.moves")))
            .collect::<Result<_, _>>()?;
    }
    Ok(m)
}

/// The canvas-level fields beyond title, kind, notes and legend.
pub fn extras(canvas: &Canvas, note_ref: impl Fn(NoteId) -> i64) -> Vec<(String, Json)> {
    let mut f = Vec::new();
    let ModelChoice { today, aim } = canvas.models;
    if !canvas.models.is_empty() {
        let mut m = Vec::new();
        if let Some(t) = today {
            m.push(("today".into(), text(t.id())));
        }
        if let Some(a) = aim {
            m.push(("aim".into(), text(a.id())));
        }
        f.push(("models".into(), Json::Object(m)));
    }
    if !canvas.dismissed_hints.is_empty() {
        f.push((
            "dismissed_hints".into(),
            Json::Array(canvas.dismissed_hints.iter().map(|h| text(h)).collect()),
        ));
    }
    if !canvas.links.is_empty() {
        // Places need not follow ids (a moved note): each pair smaller
        // first, in order, as the reader checks.
        let mut pairs: Vec<(i64, i64)> = canvas
            .links
            .iter()
            .map(|(a, b)| {
                let (a, b) = (note_ref(*a), note_ref(*b));
                (a.min(b), a.max(b))
            })
            .collect();
        pairs.sort_unstable();
        let links = pairs
            .into_iter()
            .map(|(a, b)| Json::Array(vec![Json::Int(a), Json::Int(b)]))
            .collect();
        f.push(("links".into(), Json::Array(links)));
    }
    if !canvas.worksheet.is_default() {
        f.push((
            "worksheet".into(),
            Json::Object(vec![
                ("currency".into(), text(&canvas.worksheet.currency)),
                (
                    "lines".into(),
                    Json::Array(canvas.worksheet.lines.iter().map(line_json).collect()),
                ),
            ]),
        ));
    }
    if !canvas.metrics.is_empty() {
        f.push((
            "metrics".into(),
            Json::Array(canvas.metrics.iter().map(metric_json).collect()),
        ));
    }
    f
}

fn read_model(j: &Json, key: &str) -> Result<Option<LearningModel>, String> {
    j.get(key)
        .map(|v| {
            v.as_str()
                .and_then(LearningModel::from_id)
                .ok_or_else(|| format!("models.{key} is not a learning model"))
        })
        .transpose()
}

/// More than any canvas needs; larger lists are refused before they are
/// checked (a hostile link must not keep the page busy, nor overflow sums).
pub const MAX_LINKS: usize = 20_000;
pub const MAX_LINES: usize = 1_000;
pub const MAX_METRICS: usize = 500;

fn capped<'a>(items: &'a [Json], max: usize, what: &str) -> Result<&'a [Json], String> {
    if items.len() > max {
        return Err(format!("it holds more than {max} {what}"));
    }
    Ok(items)
}

/// Reads the fields of [`extras`] into `canvas`; `note_id` turns a note
/// reference back into the note's id.
pub fn read_extras(
    j: &Json,
    canvas: &mut Canvas,
    note_id: impl Fn(i64) -> Option<NoteId>,
) -> Result<(), String> {
    if let Some(m) = j.get("models") {
        if !matches!(m, Json::Object(_)) {
            return Err("models is not an object".into());
        }
        canvas.models = ModelChoice {
            today: read_model(m, "today")?,
            aim: read_model(m, "aim")?,
        };
    }
    if let Some(d) = j.get("dismissed_hints") {
        canvas.dismissed_hints = list(d, "dismissed_hints")?
            .iter()
            .map(|h| {
                h.as_str()
                    .map(str::to_string)
                    .ok_or("dismissed_hints holds something not text")
            })
            .collect::<Result<_, _>>()?;
    }
    if let Some(links) = j.get("links") {
        for (i, l) in capped(list(links, "links")?, MAX_LINKS, "links")?
            .iter()
            .enumerate()
        {
            let ends = match l.as_array() {
                Some([a, b]) => a
                    .as_i64()
                    .and_then(&note_id)
                    .zip(b.as_i64().and_then(&note_id)),
                _ => None,
            };
            let (a, b) = ends.ok_or_else(|| format!("links[{i}] does not join two notes"))?;
            canvas.links.push((a, b));
        }
    }
    if let Some(w) = j.get("worksheet") {
        let currency = text_field(w, "currency", "worksheet")?;
        if !is_currency_code(&currency) {
            return Err(format!(
                "worksheet.currency \"{currency}\" is not a currency code"
            ));
        }
        let lines = capped(
            list(field(w, "lines", "worksheet")?, "worksheet.lines")?,
            MAX_LINES,
            "worksheet lines",
        )?
        .iter()
        .enumerate()
        .map(|(i, l)| read_line(l, &format!("worksheet.lines[{i}]")))
        .collect::<Result<_, _>>()?;
        canvas.worksheet = Worksheet { currency, lines };
    }
    if let Some(ms) = j.get("metrics") {
        canvas.metrics = capped(list(ms, "metrics")?, MAX_METRICS, "metrics")?
            .iter()
            .enumerate()
            .map(|(i, m)| read_metric(m, &format!("metrics[{i}]")))
            .collect::<Result<_, _>>()?;
    }
    Ok(())
}

/// The extras of a share link (format 3): [`extras`] with notes named by
/// their place (1, 2, …), and `"marks"`: `[[place, {"partner"…, "roles"…}]]`
/// for the notes that have any. Empty when the canvas has none of it.
pub fn link_extras(canvas: &Canvas) -> String {
    let places: std::collections::HashMap<NoteId, i64> = canvas
        .notes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id, i as i64 + 1))
        .collect();
    let place = |id: NoteId| places.get(&id).copied().unwrap_or(0);
    let marks: Vec<Json> = canvas
        .notes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| {
            let m = note_marks(n);
            (!m.is_empty()).then(|| Json::Array(vec![Json::Int(i as i64 + 1), Json::Object(m)]))
        })
        .collect();
    let mut fields = Vec::new();
    if !marks.is_empty() {
        fields.push(("marks".into(), Json::Array(marks)));
    }
    fields.extend(extras(canvas, place));
    if fields.is_empty() {
        String::new()
    } else {
        Json::Object(fields).to_text()
    }
}

/// Whether a share link needs format 3 for this canvas.
pub fn has_extras(canvas: &Canvas) -> bool {
    canvas
        .notes
        .iter()
        .any(|n| n.partner.is_some() || !n.roles.is_empty())
        || !extras(canvas, |_| 0).is_empty()
}

/// Reads [`link_extras`] into a canvas whose notes are numbered 1..=n.
pub fn read_link_extras(raw: &str, canvas: &mut Canvas) -> Result<(), String> {
    if raw.is_empty() {
        return Ok(());
    }
    let j = crate::core::format::json::parse(raw)
        .map_err(|e| format!("its extras are not JSON ({e})"))?;
    if !matches!(j, Json::Object(_)) {
        return Err("its extras are not an object".into());
    }
    let count = canvas.notes.len() as i64;
    let note_id = |n: i64| (1..=count).contains(&n).then_some(n as NoteId);
    if let Some(marks) = j.get("marks") {
        for (i, m) in list(marks, "marks")?.iter().enumerate() {
            let at = format!("marks[{i}]");
            let (place, fields) = match m.as_array() {
                Some([p, f]) => (p.as_i64().and_then(note_id), f),
                _ => (None, m),
            };
            let place = place.ok_or_else(|| format!("{at} names no note"))?;
            let (partner, roles) = read_note_marks(fields, &at)?;
            let note = &mut canvas.notes[place as usize - 1];
            note.partner = partner;
            note.roles = roles;
        }
    }
    read_extras(&j, canvas, note_id)
}

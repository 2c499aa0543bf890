//! Merging a returned copy of a canvas into mine (issue 16, its core):
//! what their side changed, note by note and link by link, against the
//! version both started from when it is known (three-way), or against
//! mine alone (two-way); then mine with the changes the user takes.
//!
//! Notes are matched by id, which every copy of a canvas keeps. Nothing of
//! mine changes until a change is taken; a conflict (both sides changed
//! the same note, or one changed what the other removed) is resolved only
//! by the user's choice, and "keep both" keeps both notes.

pub use crate::core::canvas::merge_parts::Part;
use crate::core::canvas::merge_parts::{part_changes, take_part, tidy_moves};
use crate::core::canvas::model::{next_note_id, Canvas, Link, Note, NoteId};
use crate::core::canvas::threads;
use std::collections::{BTreeSet, HashMap};

/// One difference their side brings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// A note only they have (added on their side).
    Added(Note),
    /// A note they removed, which I left as it was.
    Removed(Note),
    /// A note they changed, which I left as it was: mine, then theirs.
    Changed(Note, Note),
    /// Both sides changed the same note, or one changed what the other
    /// removed: mine and theirs (`None`: removed on that side).
    Conflict(Option<Note>, Option<Note>),
    /// A link they added between two notes.
    Linked(Link),
    /// A link they removed.
    Unlinked(Link),
    /// Their order of the notes, where mine kept the shared ones in place.
    Order(Vec<NoteId>),
    /// A part beyond notes and links they changed (the title, a worksheet
    /// line, a metric…; see [`crate::core::canvas::merge_parts`]).
    Part(Part),
    /// A part both sides changed: taking it takes theirs.
    BothChanged(Part),
}

/// What to do with a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Leave,
    /// Take theirs (for a conflict: their version).
    Take,
    /// For a conflict: keep my note and add theirs beside it.
    KeepBoth,
}

fn by_id(c: &Canvas) -> HashMap<NoteId, &Note> {
    c.notes.iter().map(|n| (n.id, n)).collect()
}

/// What `theirs` changed, against `base` (the version both started from)
/// when known. Notes come in their order, then links.
pub fn changes(base: Option<&Canvas>, mine: &Canvas, theirs: &Canvas) -> Vec<Change> {
    let (b, m) = (base.map(by_id), by_id(mine));
    let t = by_id(theirs);
    let mut out = Vec::new();
    for tn in &theirs.notes {
        let id = tn.id;
        let (bn, mn) = (b.as_ref().and_then(|b| b.get(&id)), m.get(&id));
        let change = match (bn, mn) {
            (_, Some(mn)) if *mn == tn => None,
            (None, None) => Some(Change::Added(tn.clone())),
            // Both added a note under the same id: theirs is another note.
            (None, Some(_)) if b.is_some() => Some(Change::Added(tn.clone())),
            (None, Some(mn)) => Some(Change::Conflict(Some((*mn).clone()), Some(tn.clone()))),
            // I removed it; they left it as it was.
            (Some(bn), None) if *bn == tn => None,
            (Some(_), None) => Some(Change::Conflict(None, Some(tn.clone()))),
            (Some(bn), Some(_)) if *bn == tn => None,
            (Some(bn), Some(mn)) if bn == mn => Some(Change::Changed((*mn).clone(), tn.clone())),
            (Some(_), Some(mn)) => Some(Change::Conflict(Some((*mn).clone()), Some(tn.clone()))),
        };
        out.extend(change);
    }
    // Notes they removed: only a base can tell a removal from my addition.
    if let Some(b) = &b {
        for mn in &mine.notes {
            match (b.get(&mn.id), t.get(&mn.id)) {
                (Some(bn), None) if *bn == mn => out.push(Change::Removed(mn.clone())),
                (Some(_), None) => out.push(Change::Conflict(Some(mn.clone()), None)),
                _ => {}
            }
        }
    }
    if let Some(base) = base {
        let order = |c: &Canvas, among: &HashMap<NoteId, &Note>| -> Vec<NoteId> {
            c.notes
                .iter()
                .map(|n| n.id)
                .filter(|id| among.contains_key(id))
                .collect()
        };
        // The notes all three share, in each one's order.
        let shared: HashMap<NoteId, &Note> = by_id(base)
            .into_iter()
            .filter(|(id, _)| m.contains_key(id) && t.contains_key(id))
            .collect();
        let (bo, mo, to) = (
            order(base, &shared),
            order(mine, &shared),
            order(theirs, &shared),
        );
        let ids = |c: &Canvas| c.notes.iter().map(|n| n.id).collect::<Vec<_>>();
        // Their order, where mine did not move notes itself; added notes
        // then land where they put them.
        let (theirs_ids, mine_ids) = (ids(theirs), ids(mine));
        // Without it, their notes come in my order, their new ones last.
        let in_theirs: BTreeSet<NoteId> = theirs_ids.iter().copied().collect();
        let in_mine: BTreeSet<NoteId> = mine_ids.iter().copied().collect();
        let expected: Vec<NoteId> = mine_ids
            .iter()
            .copied()
            .filter(|id| in_theirs.contains(id))
            .chain(
                theirs_ids
                    .iter()
                    .copied()
                    .filter(|id| !in_mine.contains(id)),
            )
            .collect();
        if mo == bo && theirs_ids != expected && (to != bo || theirs_ids != ids(base)) {
            out.push(Change::Order(theirs_ids));
        }
    }
    let base_links: BTreeSet<Link> =
        base.map_or_else(BTreeSet::new, |b| b.links.iter().copied().collect());
    let my_links: BTreeSet<Link> = mine.links.iter().copied().collect();
    for &l in &theirs.links {
        if !my_links.contains(&l) && !base_links.contains(&l) {
            out.push(Change::Linked(l));
        }
    }
    let their_links: BTreeSet<Link> = theirs.links.iter().copied().collect();
    for &l in &mine.links {
        if base_links.contains(&l) && !their_links.contains(&l) {
            out.push(Change::Unlinked(l));
        }
    }
    out.extend(
        part_changes(base, mine, theirs)
            .into_iter()
            .map(|p| p.map_or_else(Change::BothChanged, Change::Part)),
    );
    out
}

/// Mine with the changes chosen (`choices[i]` for `changes[i]`; missing
/// ones are left). A note of theirs whose id is taken here gets a new id,
/// and their links follow it.
pub fn apply(mine: &Canvas, changes: &[Change], choices: &[Choice]) -> Canvas {
    let mut out = mine.clone();
    let mut renamed: HashMap<NoteId, NoteId> = HashMap::new();
    let chosen = |i: usize| choices.get(i).copied().unwrap_or(Choice::Leave);
    for (i, change) in changes.iter().enumerate() {
        match (change, chosen(i)) {
            (_, Choice::Leave) => {}
            (Change::Added(n), _) | (Change::Conflict(Some(_), Some(n)), Choice::KeepBoth) => {
                add_note(&mut out, n, &mut renamed);
            }
            (Change::Removed(n), _) | (Change::Conflict(Some(n), None), Choice::Take) => {
                remove_note(&mut out, n.id);
            }
            (Change::Changed(_, n), _) | (Change::Conflict(Some(_), Some(n)), Choice::Take) => {
                if let Some(slot) = out.notes.iter_mut().find(|m| m.id == n.id) {
                    *slot = n.clone();
                }
            }
            (Change::Conflict(None, Some(n)), _) => add_note(&mut out, n, &mut renamed),
            (Change::Conflict(Some(_), None), Choice::KeepBoth)
            | (Change::Conflict(None, None), _) => {}
            (Change::Part(p) | Change::BothChanged(p), Choice::Take) => take_part(&mut out, p),
            (Change::Part(_) | Change::BothChanged(_), _) => {}
            (Change::Linked(_) | Change::Unlinked(_) | Change::Order(_), _) => {}
        }
    }
    tidy_moves(&mut out.metrics);
    for (i, change) in changes.iter().enumerate() {
        if let (Change::Order(order), Choice::Take) = (change, chosen(i)) {
            follow_order(&mut out, order, &renamed);
        }
    }
    // Links last, once every note they name has its id here.
    let id = |n: NoteId| renamed.get(&n).copied().unwrap_or(n);
    let has = |c: &Canvas, n: NoteId| c.notes.iter().any(|x| x.id == n);
    for (i, change) in changes.iter().enumerate() {
        match (change, chosen(i)) {
            (Change::Linked((a, b)), Choice::Take) if has(&out, id(*a)) && has(&out, id(*b)) => {
                threads::link(&mut out.links, id(*a), id(*b));
            }
            (Change::Unlinked((a, b)), Choice::Take) => {
                threads::unlink(&mut out.links, *a, *b);
            }
            _ => {}
        }
    }
    out
}

/// Adds their note (under a new id if its id is taken here).
fn add_note(out: &mut Canvas, n: &Note, renamed: &mut HashMap<NoteId, NoteId>) {
    let mut note = n.clone();
    if out.notes.iter().any(|m| m.id == n.id) {
        note.id = next_note_id(&out.notes);
        renamed.insert(n.id, note.id);
    }
    out.notes.push(note);
}

/// Puts the notes in `order` (their ids, before any renaming); a note not
/// in it stays right after the note it followed.
fn follow_order(out: &mut Canvas, order: &[NoteId], renamed: &HashMap<NoteId, NoteId>) {
    let place: HashMap<NoteId, usize> = order
        .iter()
        .enumerate()
        .map(|(i, id)| (renamed.get(id).copied().unwrap_or(*id), i))
        .collect();
    let mut key = 0;
    let mut keyed: Vec<(usize, usize, Note)> = Vec::with_capacity(out.notes.len());
    for (i, n) in std::mem::take(&mut out.notes).into_iter().enumerate() {
        if let Some(p) = place.get(&n.id) {
            key = *p;
        }
        keyed.push((key, i, n));
    }
    keyed.sort_by_key(|(k, i, _)| (*k, *i));
    out.notes = keyed.into_iter().map(|(_, _, n)| n).collect();
}

fn remove_note(out: &mut Canvas, id: NoteId) {
    out.notes.retain(|n| n.id != id);
    crate::core::canvas::votes::forget_note(&mut out.votes, id);
    out.links.retain(|&(a, b)| a != id && b != id);
}

/// "Take all": every change that is not a conflict.
pub fn take_all(changes: &[Change]) -> Vec<Choice> {
    changes
        .iter()
        .map(|c| match c {
            Change::Conflict(..) | Change::BothChanged(_) => Choice::Leave,
            _ => Choice::Take,
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "merge_tests.rs"]
mod tests;

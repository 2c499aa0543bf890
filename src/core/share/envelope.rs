//! What a link of format 5 carries beside the canvas: its lineage, a short
//! mark of the version it was made from, who shared it and on which day,
//! and the notes' ids (so notes can be matched across copies; earlier
//! formats send notes by place only).
//!
//! The ids go in the payload, after the extras text and before the notes:
//! a varint byte count (0 when the ids are 1, 2, 3…), then runs of ids
//! that each follow the one before by one: for each run, the first id less
//! one more than the id before it (zig-zag), and how many ids follow in the
//! run, each an unsigned LEB128 of up to ten bytes. Edits leave long runs
//! (a note removed is a gap, a note added takes the next id).
//! The rest does not compress, so it follows the deflate stream as it is
//! (the "tail", which the checksum covers with the payload): the lineage id
//! (6 bytes, big-endian), a flags byte, the version mark (4 bytes; only
//! when the link was made from another version than it carries), the day
//! (varint, days since 2020-01-01 in the sender's calendar), and the
//! sender's name (UTF-8, to the end). Unknown flags are a newer build's.

pub use crate::core::canvas::lineage::{
    clean_name, day_from_iso, day_iso, day_text, Envelope, LAST_DAY, MAX_NAME_CHARS,
};
use crate::core::canvas::lineage::{LineageId, VersionMark, LINEAGE_BITS};
use crate::core::canvas::model::{Canvas, NoteId};
use crate::core::share::errors::ShareError;

const MADE_FROM_ANOTHER: u8 = 1;
const NAMED: u8 = 2;

/// FNV-1a, 32 bits: not for security, only to recognise a version.
fn fnv32(bytes: impl IntoIterator<Item = u8>) -> u32 {
    bytes.into_iter().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// The mark of a version of a canvas: its payload (in the oldest format
/// that carries it) and its note ids. The lineage is not part of it.
pub fn version_mark(canvas: &Canvas) -> VersionMark {
    use crate::core::share::payload::{encode_payload, oldest_format_for};
    let payload = encode_payload(canvas, oldest_format_for(canvas)).unwrap_or_default();
    let ids = canvas.notes.iter().flat_map(|n| n.id.to_le_bytes());
    fnv32(payload.into_iter().chain(ids))
}

/// Unsigned LEB128, as every varint of the links is written.
pub(crate) fn push_varint64(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Days since 1970 of 2020-01-01, from which links count days.
const FIRST_DAY: u32 = 18_262;

/// The ids section of the payload.
pub(crate) fn write_ids(out: &mut Vec<u8>, canvas: &Canvas) {
    let mut section = Vec::new();
    if !canvas.notes.iter().zip(1..).all(|(n, i)| n.id == i) {
        let mut expected: i64 = 1;
        let mut notes = canvas.notes.iter().map(|n| i64::from(n.id)).peekable();
        while let Some(first) = notes.next() {
            let delta = first - expected;
            push_varint64(&mut section, ((delta << 1) ^ (delta >> 63)) as u64);
            let mut last = first;
            let mut run = 0u64;
            while notes.next_if(|id| *id == last + 1).is_some() {
                last += 1;
                run += 1;
            }
            push_varint64(&mut section, run);
            expected = last + 1;
        }
    }
    push_varint64(out, section.len() as u64);
    out.extend_from_slice(&section);
}

/// The tail of the link: what follows the deflate stream.
pub(crate) fn write_tail(canvas: &Canvas, envelope: &Envelope) -> Vec<u8> {
    let mut out = envelope.lineage.bits().to_be_bytes()[2..].to_vec();
    let by = envelope.by.as_deref().and_then(clean_name);
    let another = envelope.made_from != version_mark(canvas);
    out.push(u8::from(another) * MADE_FROM_ANOTHER + u8::from(by.is_some()) * NAMED);
    if another {
        out.extend_from_slice(&envelope.made_from.to_be_bytes());
    }
    let day = envelope.day.clamp(FIRST_DAY, LAST_DAY) - FIRST_DAY;
    push_varint64(&mut out, u64::from(day));
    if let Some(by) = by {
        out.extend_from_slice(by.as_bytes());
    }
    out
}

fn damaged(why: &str) -> ShareError {
    ShareError::Damaged(format!("its sharing details {why}"))
}

/// Reads an unsigned LEB128 of at most ten bytes, in its shortest form.
fn varint64(bytes: &[u8], pos: &mut usize) -> Result<u64, ShareError> {
    let mut value: u64 = 0;
    for i in 0..10 {
        let byte = *bytes.get(*pos).ok_or_else(|| damaged("stop short"))?;
        *pos += 1;
        let bits = u64::from(byte & 0x7f);
        if i == 9 && bits > 1 {
            return Err(damaged("hold too large a number"));
        }
        value |= bits << (7 * i);
        if byte & 0x80 == 0 {
            if i > 0 && byte == 0 {
                return Err(damaged("are not written in their shortest form"));
            }
            return Ok(value);
        }
    }
    Err(damaged("hold too long a number"))
}

fn take<'a>(bytes: &'a [u8], pos: &mut usize, n: usize) -> Result<&'a [u8], ShareError> {
    let end = pos.checked_add(n).ok_or_else(|| damaged("stop short"))?;
    let part = bytes.get(*pos..end).ok_or_else(|| damaged("stop short"))?;
    *pos = end;
    Ok(part)
}

/// Reads the ids section at `pos`, moving `pos` past it: `None` for 1, 2, 3…
pub(crate) fn read_ids(bytes: &[u8], pos: &mut usize) -> Result<Option<Vec<NoteId>>, ShareError> {
    let len = usize::try_from(varint64(bytes, pos)?).map_err(|_| damaged("stop short"))?;
    if len == 0 {
        return Ok(None);
    }
    let section = take(bytes, pos, len)?;
    let (mut at, mut expected, mut ids) = (0, 1i64, Vec::new());
    let out_of_range = || damaged("give a note an id out of range");
    while at < section.len() {
        let z = varint64(section, &mut at)?;
        let delta = ((z >> 1) as i64) ^ -((z & 1) as i64);
        let run = varint64(section, &mut at)?;
        // No run is longer than the notes a link may hold.
        if run >= crate::core::share::errors::MAX_NOTES as u64
            || ids.len() as u64 + run >= 2 * crate::core::share::errors::MAX_NOTES as u64
        {
            return Err(damaged("name more notes than a link may hold"));
        }
        let first = expected.checked_add(delta).ok_or_else(out_of_range)?;
        for id in first..=first + run as i64 {
            ids.push(
                NoteId::try_from(id)
                    .ok()
                    .filter(|id| *id > 0)
                    .ok_or_else(out_of_range)?,
            );
        }
        expected = first + run as i64 + 1;
    }
    Ok(Some(ids))
}

/// What the tail says; the version mark is `None` when the link was made
/// from what it carries (known once the notes are read).
pub(crate) struct Tail {
    lineage: LineageId,
    made_from: Option<VersionMark>,
    by: Option<String>,
    day: u32,
}

pub(crate) fn read_tail(tail: &[u8]) -> Result<Tail, ShareError> {
    let mut pos = 0;
    let mut id = [0u8; 8];
    id[2..].copy_from_slice(take(tail, &mut pos, 6)?);
    const { assert!(LINEAGE_BITS == 48) };
    let lineage =
        LineageId::from_bits(u64::from_be_bytes(id)).ok_or_else(|| damaged("name no canvas"))?;
    let flags = take(tail, &mut pos, 1)?[0];
    if flags & !(MADE_FROM_ANOTHER | NAMED) != 0 {
        return Err(ShareError::Unreadable(
            "it was shared with details a newer version of the app adds".into(),
        ));
    }
    let made_from = if flags & MADE_FROM_ANOTHER != 0 {
        let b = take(tail, &mut pos, 4)?;
        Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    } else {
        None
    };
    let day = u32::try_from(varint64(tail, &mut pos)?)
        .ok()
        .and_then(|d| d.checked_add(FIRST_DAY))
        .filter(|d| *d <= LAST_DAY)
        .ok_or_else(|| damaged("name a day past the year 9999"))?;
    let rest = &tail[pos..];
    let by = match (flags & NAMED != 0, rest.is_empty()) {
        (false, true) => None,
        (true, false) => {
            let name =
                std::str::from_utf8(rest).map_err(|_| damaged("hold a name that is not text"))?;
            if clean_name(name).as_deref() != Some(name) {
                return Err(damaged(
                    "hold a name not written the one way links write it",
                ));
            }
            Some(name.to_string())
        }
        _ => return Err(damaged("end where they should not")),
    };
    Ok(Tail {
        lineage,
        made_from,
        by,
        day,
    })
}

/// Gives the notes of a canvas read by place (1, 2, …) the ids the link
/// names, links following, and returns who shared it.
pub(crate) fn finish(
    canvas: &mut Canvas,
    ids: Option<Vec<NoteId>>,
    tail: Tail,
) -> Result<Envelope, ShareError> {
    if let Some(ids) = ids {
        if ids.len() != canvas.notes.len() {
            return Err(damaged("name another number of notes than it holds"));
        }
        if ids.iter().zip(1..).all(|(id, i)| *id == i) {
            return Err(damaged("name the note ids a link leaves out"));
        }
        for (note, id) in canvas.notes.iter_mut().zip(&ids) {
            note.id = *id;
        }
        for link in &mut canvas.links {
            let (a, b) = (ids[link.0 as usize - 1], ids[link.1 as usize - 1]);
            *link = (a.min(b), a.max(b));
        }
        canvas.links.sort_unstable();
        if let Some(votes) = &mut canvas.votes {
            for dot in votes.ballots.iter_mut().flat_map(|b| b.dots.iter_mut()) {
                *dot = ids[*dot as usize - 1];
            }
        }
        canvas
            .validate()
            .map_err(|_| damaged("give two notes the same id"))?;
    }
    let mark = version_mark(canvas);
    if tail.made_from == Some(mark) {
        return Err(damaged(
            "name the version they carry, which links leave out",
        ));
    }
    Ok(Envelope {
        lineage: tail.lineage,
        made_from: tail.made_from.unwrap_or(mark),
        by: tail.by,
        day: tail.day,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "envelope_tests.rs"]
mod tests;

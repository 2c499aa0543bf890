//! Voting from phones, without a server: two links.
//!
//! The invitation (`#v1.<dots><r|o>.<canvas>`) carries the canvas's title,
//! kind, legend and notes with their ids, as a format 5 link whose lineage
//! is the vote's round; `r` lets a note take several dots from a person,
//! `o` one. A phone opens it read-only with dot placement only.
//!
//! The ballot (`#b1.` then base64url) is what a phone sends back: the
//! round (4 bytes), the phone's id (4 bytes), the number of dots and each
//! dot's note id (varints), the voter's name (UTF-8 to the end) and an
//! Adler-32 of all that. The facilitator's browser adds it to the canvas
//! whose vote has that round, checked against the vote's rules.

use crate::core::canvas::lineage::{Envelope, LineageId};
use crate::core::canvas::model::{Canvas, NoteId};
use crate::core::canvas::votes::{clean_voter, Votes, MAX_DOTS};
use crate::core::share::envelope::{push_varint64, version_mark};
use crate::core::share::errors::{EncodeError, ShareError};
use crate::core::share::link::{encode_shared, open};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// A vote as a phone opens it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    /// The notes to vote on (ids as the facilitator's canvas has them).
    pub canvas: Canvas,
    pub round: u32,
    pub dots: u8,
    pub repeat: bool,
}

/// What a phone sends back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentBallot {
    pub round: u32,
    pub phone: u32,
    pub voter: String,
    pub dots: Vec<NoteId>,
}

pub fn is_invitation(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with("v1.")
}

pub fn is_ballot(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with("b1.")
}

/// The invitation to the vote on `canvas` (only what voting needs of it).
pub fn invitation(canvas: &Canvas, votes: &Votes, day: u32) -> Result<String, EncodeError> {
    let mut notes_only = Canvas::new(canvas.kind);
    notes_only.title = canvas.title.clone();
    notes_only.legend = canvas.legend.clone();
    notes_only.notes = canvas.notes.clone();
    for note in &mut notes_only.notes {
        note.partner = None;
        note.roles = Default::default();
    }
    let envelope = Envelope {
        lineage: LineageId::new(u64::from(votes.round)),
        made_from: version_mark(&notes_only),
        by: None,
        day,
    };
    let link = encode_shared(&notes_only, &envelope)?;
    let rule = if votes.repeat { 'r' } else { 'o' };
    Ok(format!("v1.{}{rule}.{link}", votes.dots))
}

pub fn read_invitation(fragment: &str) -> Result<Invitation, ShareError> {
    let rest = fragment
        .trim_start_matches('#')
        .strip_prefix("v1.")
        .ok_or(ShareError::NotALink)?;
    let (rules, link) = rest.split_once('.').ok_or(ShareError::Incomplete)?;
    let bad =
        || ShareError::Damaged("its vote's rules are not written the way links write them".into());
    let (dots, repeat) = match rules.strip_suffix('r') {
        Some(d) => (d, true),
        None => (rules.strip_suffix('o').ok_or_else(bad)?, false),
    };
    let dots: u8 = dots.parse().map_err(|_| bad())?;
    if !(1..=MAX_DOTS).contains(&dots) || dots.to_string().len() != rules.len() - 1 {
        return Err(bad());
    }
    let (canvas, envelope) = open(link)?;
    let envelope = envelope.ok_or_else(|| ShareError::Damaged("it names no vote".into()))?;
    Ok(Invitation {
        canvas,
        round: (envelope.lineage.bits() & 0xffff_ffff) as u32,
        dots,
        repeat,
    })
}

pub fn ballot_link(ballot: &SentBallot) -> String {
    let mut bytes = Vec::with_capacity(16 + ballot.dots.len() * 2 + ballot.voter.len());
    bytes.extend_from_slice(&ballot.round.to_be_bytes());
    bytes.extend_from_slice(&ballot.phone.to_be_bytes());
    push_varint64(&mut bytes, ballot.dots.len() as u64);
    for &d in &ballot.dots {
        push_varint64(&mut bytes, u64::from(d));
    }
    bytes.extend_from_slice(clean_voter(&ballot.voter).as_bytes());
    let sum = adler2::adler32_slice(&bytes);
    bytes.extend_from_slice(&sum.to_be_bytes());
    format!("b1.{}", URL_SAFE_NO_PAD.encode(bytes))
}

fn varint(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    for i in 0..5 {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        value |= u64::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return (i == 0 || b != 0).then_some(value);
        }
    }
    None
}

pub fn read_ballot(fragment: &str) -> Result<SentBallot, ShareError> {
    let data = fragment
        .trim_start_matches('#')
        .strip_prefix("b1.")
        .ok_or(ShareError::NotALink)?;
    let data: String = data.chars().filter(|c| !c.is_whitespace()).collect();
    let damaged = |why: &str| ShareError::Damaged(why.to_string());
    let bytes = URL_SAFE_NO_PAD
        .decode(
            data.trim_end_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')),
        )
        .map_err(|_| damaged("it is not written the way vote links are"))?;
    if bytes.len() < 13 {
        return Err(ShareError::Incomplete);
    }
    let (body, sum) = bytes.split_at(bytes.len() - 4);
    if adler2::adler32_slice(body).to_be_bytes() != sum {
        return Err(damaged("its checksum does not match"));
    }
    let word = |at: usize| u32::from_be_bytes([body[at], body[at + 1], body[at + 2], body[at + 3]]);
    let mut pos = 8;
    let count = varint(body, &mut pos).ok_or_else(|| damaged("its dots are cut"))?;
    if count > u64::from(MAX_DOTS) {
        return Err(damaged("it holds more dots than any vote gives"));
    }
    let mut dots = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let id = varint(body, &mut pos).ok_or_else(|| damaged("its dots are cut"))?;
        dots.push(NoteId::try_from(id).map_err(|_| damaged("a dot names no note"))?);
    }
    let voter = String::from_utf8(body[pos..].to_vec())
        .map_err(|_| damaged("its voter's name is not text"))?;
    if clean_voter(&voter) != voter {
        return Err(damaged(
            "its voter's name is not written the way links write it",
        ));
    }
    Ok(SentBallot {
        round: word(0),
        phone: word(4),
        voter,
        dots,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "vote_links_tests.rs"]
mod tests;

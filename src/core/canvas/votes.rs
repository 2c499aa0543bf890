//! Dot voting: each person gets a few dots to put on the notes that matter
//! most; the dots per note rank the notes, per block and over the canvas.
//! A vote is part of the canvas (saved, undone, shared); on screen it
//! shows counts, never who voted for what.

use crate::core::canvas::model::{Canvas, Note, NoteId};
use std::fmt;

/// Dots a person may get at most.
pub const MAX_DOTS: u8 = 20;
/// Ballots one vote holds at most: more voters than any room has.
pub const MAX_BALLOTS: usize = 500;
/// A voter's name, at most this long.
pub const MAX_VOTER_CHARS: usize = 40;
pub const DEFAULT_DOTS: u8 = 3;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Votes {
    /// Tells this vote's phone links from another vote's (random).
    pub round: u32,
    /// Dots per person, 1 to [`MAX_DOTS`].
    pub dots: u8,
    /// Whether one person may put more than one dot on a note.
    pub repeat: bool,
    pub ballots: Vec<Ballot>,
}

/// One person's dots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ballot {
    /// "Voter 1", a typed name, or the name a phone sent.
    pub voter: String,
    /// The id a phone votes under: its votes sent again replace its ballot.
    pub phone: Option<u32>,
    /// The notes, one entry per dot.
    pub dots: Vec<NoteId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VoteError {
    /// The person has no dot left.
    NoDotLeft(u8),
    /// One dot per note, and this note has this person's.
    OnePerNote,
    /// The ballot names a note the canvas does not have.
    NoSuchNote,
    TooManyVoters,
}

impl fmt::Display for VoteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VoteError::NoDotLeft(n) => write!(
                f,
                "All {n} dots are placed: take one back from a note to place it elsewhere"
            ),
            VoteError::OnePerNote => write!(f, "In this vote a note takes one dot per person"),
            VoteError::NoSuchNote => write!(f, "it names a note this canvas does not have"),
            VoteError::TooManyVoters => {
                write!(
                    f,
                    "this vote already has {MAX_BALLOTS} voters, the most it can hold"
                )
            }
        }
    }
}

/// Takes the dots off a note that is removed: a dot is on a note, and the
/// voter may place it again.
pub fn forget_note(votes: &mut Option<Votes>, note: NoteId) {
    if let Some(v) = votes {
        for b in &mut v.ballots {
            b.dots.retain(|&d| d != note);
        }
    }
}

/// A voter's name as kept: one line, at most [`MAX_VOTER_CHARS`].
pub fn clean_voter(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_VOTER_CHARS)
        .collect()
}

impl Votes {
    pub fn new(round: u32, dots: u8, repeat: bool) -> Votes {
        Votes {
            // Never zero: links name the vote by a non-zero id.
            round: round.max(1),
            dots: dots.clamp(1, MAX_DOTS),
            repeat,
            ballots: Vec::new(),
        }
    }

    /// The ballot of `voter` in the room, made when it is their first turn.
    pub fn ballot_of(&mut self, voter: &str) -> Result<usize, VoteError> {
        let voter = clean_voter(voter);
        if let Some(i) = self
            .ballots
            .iter()
            .position(|b| b.phone.is_none() && b.voter == voter)
        {
            return Ok(i);
        }
        if self.ballots.len() >= MAX_BALLOTS {
            return Err(VoteError::TooManyVoters);
        }
        self.ballots.push(Ballot {
            voter,
            phone: None,
            dots: Vec::new(),
        });
        Ok(self.ballots.len() - 1)
    }

    /// Puts one of ballot `b`'s dots on `note`.
    pub fn give(&mut self, b: usize, note: NoteId) -> Result<(), VoteError> {
        let (dots, repeat) = (self.dots, self.repeat);
        let Some(ballot) = self.ballots.get_mut(b) else {
            return Ok(());
        };
        if ballot.dots.len() >= usize::from(dots) {
            return Err(VoteError::NoDotLeft(dots));
        }
        if !repeat && ballot.dots.contains(&note) {
            return Err(VoteError::OnePerNote);
        }
        ballot.dots.push(note);
        Ok(())
    }

    /// Takes one of ballot `b`'s dots back from `note`; false if it had none.
    pub fn take_back(&mut self, b: usize, note: NoteId) -> bool {
        let Some(ballot) = self.ballots.get_mut(b) else {
            return false;
        };
        match ballot.dots.iter().rposition(|&n| n == note) {
            Some(i) => {
                ballot.dots.remove(i);
                true
            }
            None => false,
        }
    }

    /// A click on a note: a dot on it, or, when this person's dot is there
    /// and no other may go on it (one per note, or none left), that dot back.
    pub fn click(&mut self, b: usize, note: NoteId) -> Result<(), VoteError> {
        let Some(ballot) = self.ballots.get(b) else {
            return Ok(());
        };
        let has = ballot.dots.contains(&note);
        let full = ballot.dots.len() >= usize::from(self.dots);
        if has && (!self.repeat || full) {
            self.take_back(b, note);
            return Ok(());
        }
        self.give(b, note)
    }

    /// Dots ballot `b` has left.
    pub fn left(&self, b: usize) -> u8 {
        let used = self.ballots.get(b).map_or(0, |b| b.dots.len());
        self.dots.saturating_sub(used.min(255) as u8)
    }

    /// A ballot sent from a phone, checked against this vote and the
    /// canvas's `notes`:
    /// within the budget, one dot per note unless repeats are allowed, only
    /// notes the canvas has. The same phone sent again replaces its ballot.
    /// Returns whether it replaced one.
    pub fn add_phone_ballot(&mut self, notes: &[Note], ballot: Ballot) -> Result<bool, VoteError> {
        self.check_ballot(notes, &ballot)?;
        if let Some(old) = self
            .ballots
            .iter_mut()
            .find(|b| b.phone.is_some() && b.phone == ballot.phone)
        {
            *old = ballot;
            return Ok(true);
        }
        if self.ballots.len() >= MAX_BALLOTS {
            return Err(VoteError::TooManyVoters);
        }
        self.ballots.push(ballot);
        Ok(false)
    }

    fn check_ballot(&self, notes: &[Note], ballot: &Ballot) -> Result<(), VoteError> {
        if ballot.dots.len() > usize::from(self.dots) {
            return Err(VoteError::NoDotLeft(self.dots));
        }
        for (i, note) in ballot.dots.iter().enumerate() {
            if !notes.iter().any(|n| n.id == *note) {
                return Err(VoteError::NoSuchNote);
            }
            if !self.repeat && ballot.dots[..i].contains(note) {
                return Err(VoteError::OnePerNote);
            }
        }
        Ok(())
    }

    /// The dots on `note`.
    pub fn count(&self, note: NoteId) -> u32 {
        self.ballots
            .iter()
            .flat_map(|b| &b.dots)
            .filter(|&&n| n == note)
            .count() as u32
    }

    /// People who placed at least one dot.
    pub fn voters(&self) -> usize {
        self.ballots.iter().filter(|b| !b.dots.is_empty()).count()
    }
}

/// A note's place in a ranking: its dots and its rank (equal dots, equal
/// rank: 1, 1, 3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub note: NoteId,
    pub dots: u32,
    pub rank: usize,
}

/// The notes with dots, most first (ties in canvas order), of `block` or,
/// with `None`, of the whole canvas.
pub fn ranking(canvas: &Canvas, block: Option<&str>) -> Vec<Ranked> {
    let Some(votes) = &canvas.votes else {
        return Vec::new();
    };
    let mut counted: Vec<(NoteId, u32)> = canvas
        .notes
        .iter()
        .filter(|n| block.is_none_or(|b| n.block == b))
        .map(|n| (n.id, votes.count(n.id)))
        .filter(|&(_, dots)| dots > 0)
        .collect();
    // Stable: equal counts keep the canvas's order.
    counted.sort_by_key(|&(_, dots)| std::cmp::Reverse(dots));
    let mut ranked: Vec<Ranked> = Vec::with_capacity(counted.len());
    for (i, (note, dots)) in counted.into_iter().enumerate() {
        let rank = match ranked.last() {
            Some(last) if last.dots == dots => last.rank,
            _ => i + 1,
        };
        ranked.push(Ranked { note, dots, rank });
    }
    ranked
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "votes_tests.rs"]
mod tests;

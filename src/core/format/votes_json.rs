//! A dot vote as JSON (records from version 7, share links from format 6):
//! `{"round":"0000002a","dots":3,"repeat":true,"ballots":[{"voter":"Ana",
//! "phone":"00ff00ff","dots":[1,4,4]}]}`, `repeat` left out while false
//! and `phone` for the ballots sent from phones. Notes are named as the
//! document names them (ids in a record, places in a link).

use crate::core::canvas::model::NoteId;
use crate::core::canvas::votes::{clean_voter, Ballot, Votes, MAX_BALLOTS, MAX_DOTS};
use crate::core::format::json::{capped, none, present, Obj};
use serde::{Deserialize, Deserializer, Serialize};

#[derive(Serialize, Deserialize)]
pub struct VotesJson {
    round: String,
    dots: u8,
    #[serde(default, skip_serializing_if = "is_false")]
    repeat: bool,
    #[serde(deserialize_with = "ballots_capped")]
    ballots: Vec<Obj<BallotJson>>,
}

#[derive(Serialize, Deserialize)]
struct BallotJson {
    voter: String,
    #[serde(default, deserialize_with = "present", skip_serializing_if = "none")]
    phone: Option<String>,
    #[serde(deserialize_with = "dots_capped")]
    dots: Vec<i64>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn ballots_capped<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Obj<BallotJson>>, D::Error> {
    capped(d, MAX_BALLOTS, "ballots")
}

fn dots_capped<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<i64>, D::Error> {
    capped(d, usize::from(MAX_DOTS), "dots")
}

fn hex8(n: u32) -> String {
    format!("{n:08x}")
}

/// Eight lower-case hex digits, as written; nothing else.
fn from_hex8(text: &str) -> Option<u32> {
    (text.len() == 8 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        .then(|| u32::from_str_radix(text, 16).ok())
        .flatten()
}

pub fn votes_json(votes: &Votes, note_ref: impl Fn(NoteId) -> i64) -> Obj<VotesJson> {
    Obj(VotesJson {
        round: hex8(votes.round),
        dots: votes.dots,
        repeat: votes.repeat,
        ballots: votes
            .ballots
            .iter()
            .map(|b| {
                Obj(BallotJson {
                    voter: b.voter.clone(),
                    phone: b.phone.map(hex8),
                    dots: b.dots.iter().map(|&n| note_ref(n)).collect(),
                })
            })
            .collect(),
    })
}

/// The vote a document holds, checked: a budget of 1 to [`MAX_DOTS`], no
/// ballot over it, one dot per note unless repeats are allowed, and only
/// notes the document has.
pub fn read_votes(j: VotesJson, note_id: impl Fn(i64) -> Option<NoteId>) -> Result<Votes, String> {
    let round = from_hex8(&j.round).ok_or("its vote's round is not eight hex digits")?;
    if !(1..=MAX_DOTS).contains(&j.dots) {
        return Err(format!("its vote gives {} dots per person", j.dots));
    }
    let mut votes = Votes::new(round, j.dots, j.repeat);
    for (i, Obj(b)) in j.ballots.into_iter().enumerate() {
        let bad = |why: &str| format!("ballots[{i}] {why}");
        if clean_voter(&b.voter) != b.voter {
            return Err(bad("names its voter in a way this app never writes"));
        }
        let phone = match b.phone {
            Some(p) => Some(
                from_hex8(&p).ok_or_else(|| bad("has a phone id that is not eight hex digits"))?,
            ),
            None => None,
        };
        if b.dots.len() > usize::from(votes.dots) {
            return Err(bad("holds more dots than the vote gives"));
        }
        let mut dots = Vec::with_capacity(b.dots.len());
        for n in b.dots {
            let id = note_id(n).ok_or_else(|| bad("puts a dot on no note"))?;
            if !votes.repeat && dots.contains(&id) {
                return Err(bad("puts two dots on one note"));
            }
            dots.push(id);
        }
        votes.ballots.push(Ballot {
            voter: b.voter,
            phone,
            dots,
        });
    }
    Ok(votes)
}

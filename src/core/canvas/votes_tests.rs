//! Dot voting: budgets, one dot per note or several, dots taken back, a
//! phone's ballot checked and counted once, and the ranking.

use super::*;
use crate::core::canvas::kind::CanvasKind;
use crate::core::testing::canvas_with;

fn canvas() -> Canvas {
    let (mut c, _) = canvas_with(
        CanvasKind::LearningModelNine,
        &[
            ("design", "Job aids"),
            ("design", "Coaching"),
            ("delivery", "In the app"),
            ("delivery", "Classroom"),
        ],
    );
    c.votes = Some(Votes::new(7, 3, false));
    c
}

#[test]
fn a_voter_places_their_dots_within_the_budget_and_takes_one_back_by_clicking_again() {
    let mut v = Votes::new(1, 3, false);
    let ana = v.ballot_of("Ana").expect("a ballot");
    assert_eq!(v.ballot_of(" Ana ").expect("the same ballot"), ana);
    v.click(ana, 1).expect("a dot");
    assert_eq!(v.click(ana, 1), Ok(()), "a second click takes it back");
    assert_eq!(v.count(1), 0);
    for note in [1, 2, 3] {
        v.click(ana, note).expect("a dot");
    }
    assert_eq!(v.left(ana), 0);
    assert_eq!(v.give(ana, 4), Err(VoteError::NoDotLeft(3)));
    assert_eq!(v.give(ana, 1), Err(VoteError::NoDotLeft(3)));
    assert!(v.take_back(ana, 2));
    assert_eq!(v.give(ana, 1), Err(VoteError::OnePerNote));
    v.give(ana, 4).expect("a dot");
    assert_eq!(
        (v.count(1), v.count(2), v.count(3), v.count(4)),
        (1, 0, 1, 1)
    );
}

#[test]
fn where_repeats_are_allowed_a_note_takes_several_dots_from_one_person() {
    let mut v = Votes::new(1, 3, true);
    let b = v.ballot_of("Voter 1").expect("a ballot");
    for _ in 0..3 {
        v.click(b, 2).expect("a dot");
    }
    assert_eq!(v.count(2), 3);
    // Out of dots: a click on the note takes one back.
    v.click(b, 2).expect("one back");
    assert_eq!(v.count(2), 2);
}

#[test]
fn notes_rank_by_dots_per_block_and_over_the_canvas_with_ties_sharing_a_rank() {
    let mut c = canvas();
    let votes = c.votes.as_mut().expect("a vote");
    for (voter, notes) in [("A", [1, 3, 4]), ("B", [3, 4, 2]), ("C", [3, 1, 2])] {
        let b = votes.ballot_of(voter).expect("a ballot");
        for n in notes {
            votes.give(b, n).expect("a dot");
        }
    }
    let all: Vec<(NoteId, u32, usize)> = ranking(&c, None)
        .into_iter()
        .map(|r| (r.note, r.dots, r.rank))
        .collect();
    assert_eq!(all, [(3, 3, 1), (1, 2, 2), (2, 2, 2), (4, 2, 2)]);
    let design: Vec<NoteId> = ranking(&c, Some("design")).iter().map(|r| r.note).collect();
    assert_eq!(design, [1, 2]);
    assert_eq!(c.votes.as_ref().map(Votes::voters), Some(3));
}

#[test]
fn a_phone_ballot_is_checked_and_the_same_phone_sent_twice_counts_once() {
    let mut c = canvas();
    let mut votes = c.votes.take().expect("a vote");
    let phone = |dots: Vec<NoteId>| Ballot {
        voter: "Ana".into(),
        phone: Some(42),
        dots,
    };
    assert_eq!(
        votes.add_phone_ballot(&c.notes, phone(vec![1, 2])),
        Ok(false)
    );
    assert_eq!(
        votes.add_phone_ballot(&c.notes, phone(vec![1, 2])),
        Ok(true)
    );
    assert_eq!(votes.ballots.len(), 1);
    assert_eq!(votes.count(1), 1);
    assert_eq!(
        votes.add_phone_ballot(&c.notes, phone(vec![1, 2, 3, 4])),
        Err(VoteError::NoDotLeft(3))
    );
    assert_eq!(
        votes.add_phone_ballot(&c.notes, phone(vec![1, 1])),
        Err(VoteError::OnePerNote)
    );
    assert_eq!(
        votes.add_phone_ballot(&c.notes, phone(vec![99])),
        Err(VoteError::NoSuchNote)
    );
    // Refused ballots changed nothing.
    assert_eq!(votes.ballots[0].dots, [1, 2]);
}

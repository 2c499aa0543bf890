//! Running a workshop: present mode, the time-box of each discussion and
//! dot voting.
pub mod phone_ballots;
pub mod phone_vote;
pub mod present;
pub mod timer;
pub mod timer_dialog;
pub mod vote_dialog;
pub mod voting;

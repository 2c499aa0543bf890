//! A ballot sent back from a phone (`#b1.…`), opened in the facilitator's
//! browser: it goes to the canvas whose vote it names, checked against
//! that vote's rules, as one undoable edit. The same phone's votes sent
//! again replace its earlier ones; anything wrong is said and changes
//! nothing.

use crate::browser::clock::now;
use crate::browser::location::clear_fragment;
use crate::browser::storage::library;
use crate::core::canvas::model::CanvasStoreFields;
use crate::core::canvas::votes::{clean_voter, Ballot, VoteError};
use crate::core::share::vote_links::read_ballot;
use crate::ui::library::actions::open_or_explain;
use crate::ui::state::EditorState;
use leptos::prelude::*;

/// Adds the ballot `fragment` carries (the editor must be started).
pub fn receive_ballot(state: EditorState, fragment: &str) {
    clear_fragment();
    let sent = match read_ballot(fragment) {
        Ok(sent) => sent,
        Err(e) => {
            state.view.tell(format!(
                "These votes cannot be added: {e}. Nothing was changed"
            ));
            return;
        }
    };
    let Some(id) = library()
        .ok()
        .and_then(|mut lib| lib.of_vote_round(sent.round, now()))
    else {
        state.view.tell(
            "These votes belong to a vote this browser does not hold: another canvas's vote, \
             or one that was cleared. Nothing was changed",
        );
        return;
    };
    if state.doc.canvas_id.get_untracked().as_deref() != Some(id.as_str()) {
        open_or_explain(state, &id);
        if state.doc.canvas_id.get_untracked().as_deref() != Some(id.as_str()) {
            return;
        }
    }
    let voter = match clean_voter(&sent.voter) {
        v if v.is_empty() => format!("Phone {:04x}", sent.phone & 0xffff),
        v => v,
    };
    let dots = sent.dots.len();
    let ballot = Ballot {
        voter: voter.clone(),
        phone: Some(sent.phone),
        dots: sent.dots,
    };
    // The notes only: the ballot is checked against them.
    let notes = state.doc.canvas.notes().get_untracked();
    let mut result = None;
    state.doc.canvas.votes().update(|v| {
        if let Some(v) = v.as_mut() {
            result = Some(v.add_phone_ballot(&notes, ballot));
        }
    });
    let dots = if dots == 1 {
        "1 dot".to_string()
    } else {
        format!("{dots} dots")
    };
    match result {
        Some(Ok(false)) => state
            .view
            .show_toast(format!("Added the votes of {voter}: {dots}."), None),
        Some(Ok(true)) => state.view.show_toast(
            format!("{voter} had sent votes before: they count once, as sent now ({dots})."),
            None,
        ),
        Some(Err(e)) => {
            let why = match e {
                VoteError::NoDotLeft(n) => {
                    format!("they hold more than the {n} dots each person has")
                }
                VoteError::OnePerNote => {
                    "they put two dots on one note, which this vote does not allow".to_string()
                }
                other => other.to_string(),
            };
            state.view.tell(format!(
                "The votes of {voter} were not added: {why}. Nothing was changed"
            ))
        }
        None => {}
    }
}

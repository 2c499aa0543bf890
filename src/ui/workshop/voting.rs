//! Dot voting in the room: voters take turns on the one screen. While it
//! is someone's turn, each note has a dot button (a click places a dot, a
//! click again takes it back) and the vote bar says how many dots are
//! left. Otherwise each note with dots shows how many: counts, never names.

use crate::core::canvas::model::{CanvasStoreFields, NoteId};
use crate::core::canvas::text::clipped;
use crate::core::canvas::votes::{clean_voter, Votes};
use crate::ui::state::EditorState;
use leptos::prelude::*;

/// Whose turn it is: the index of their ballot, or `None` (no one votes
/// now; the counts show).
#[derive(Clone, Copy)]
pub struct VoteTurn(pub RwSignal<Option<usize>>);

/// What went wrong with the last dot (no dot left…), for the vote bar.
#[derive(Clone, Copy)]
pub struct VoteProblem(pub RwSignal<Option<String>>);

pub fn provide_voting() {
    provide_context(VoteTurn(RwSignal::new(None)));
    provide_context(VoteProblem(RwSignal::new(None)));
}

/// Gives the turn to `name`, or to the next "Voter n" when it is empty.
pub fn start_turn(state: EditorState, name: &str) {
    let turn = expect_context::<VoteTurn>();
    let votes = state.doc.canvas.votes();
    let mut index = None;
    votes.update(|v| {
        if let Some(v) = v {
            let name = match clean_voter(name) {
                n if n.is_empty() => format!("Voter {}", v.ballots.len() + 1),
                n => n,
            };
            index = v.ballot_of(&name).ok();
        }
    });
    expect_context::<VoteProblem>().0.set(None);
    turn.0.set(index);
}

/// The bar above the board during a turn.
#[component]
pub fn VoteBar() -> impl IntoView {
    let state = EditorState::expect();
    let turn = expect_context::<VoteTurn>();
    let problem = expect_context::<VoteProblem>();
    let votes = state.doc.canvas.votes();
    // A turn ends when its vote is cleared (or undone away).
    let ballot = Memo::new(move |_| {
        let b = turn.0.get()?;
        votes.with(|v| {
            v.as_ref()
                .and_then(|v| v.ballots.get(b).map(|ballot| (b, ballot.voter.clone())))
        })
    });
    let left = move || {
        ballot.get().map_or(0, |(b, _)| {
            votes.with(|v| v.as_ref().map_or(0, |v| v.left(b)))
        })
    };
    let budget = move || votes.with(|v| v.as_ref().map_or(0, |v| v.dots));
    move || {
        ballot.get().map(|(_, voter)| {
            view! {
                <section class="vote-bar" aria-label="Voting">
                    <p>
                        <strong>{voter}</strong>
                        <span aria-live="polite">{move || format!(": {} of {} dots left. ", left(), budget())}</span>
                        "Press a note's dot button to place a dot; press it again to take the dot back."
                    </p>
                    {move || problem.0.get().map(|p| view! { <p class="alert" role="alert">{p}</p> })}
                    <div class="vote-actions">
                        <button type="button" class="primary" on:click=move |_| start_turn(state, "")>"Next voter"</button>
                        <button type="button" on:click=move |_| turn.0.set(None)>"Done voting"</button>
                    </div>
                </section>
            }
        })
    }
}

/// A note's dots: its button during a turn, its count otherwise.
#[component]
pub fn NoteDots(id: NoteId, text: Signal<String>) -> impl IntoView {
    let state = EditorState::expect();
    // A board mounted without the editor (the browser tests) has no turns.
    let turn = use_context::<VoteTurn>().unwrap_or(VoteTurn(RwSignal::new(None)));
    let problem = use_context::<VoteProblem>().unwrap_or(VoteProblem(RwSignal::new(None)));
    let votes = state.doc.canvas.votes();
    let count = Memo::new(move |_| votes.with(|v| v.as_ref().map_or(0, |v| v.count(id))));
    let mine = Memo::new(move |_| {
        let b = turn.0.get()?;
        votes.with(|v| {
            let v = v.as_ref()?;
            let ballot = v.ballots.get(b)?;
            Some(ballot.dots.iter().filter(|&&d| d == id).count())
        })
    });
    let click = move |_| {
        let Some(b) = turn.0.get_untracked() else {
            return;
        };
        let mut result = Ok(());
        votes.update(|v| {
            if let Some(v) = v.as_mut() {
                result = Votes::click(v, b, id);
            }
        });
        problem.0.set(result.err().map(|e| format!("{e}.")));
    };
    move || match mine.get() {
        Some(n) => {
            let dotted = n > 0;
            view! {
            <button
                type="button"
                class="dot-button"
                class:dotted=dotted
                aria-pressed=dotted.to_string()
                aria-label=move || {
                    let t = text.with(|t| clipped(t, 40));
                    if t.is_empty() {
                        "Dot for an empty note".to_string()
                    } else {
                        format!("Dot for “{t}”")
                    }
                }
                on:click=click
            >
                {if dotted { format!("● {n}") } else { "+ dot".to_string() }}
            </button>
            }
            .into_any()
        }
        None => (count.get() > 0).then(|| dot_count(count.get())).into_any(),
    }
}

/// How many dots a note has, as text (the dot itself is not read out).
pub fn dot_count(n: u32) -> impl IntoView {
    view! {
        <span class="dot-count" title=if n == 1 { "1 dot".to_string() } else { format!("{n} dots") }>
            <span aria-hidden="true">"● "</span>
            {n}
            <span class="visually-hidden">{if n == 1 { " dot" } else { " dots" }}</span>
        </span>
    }
}

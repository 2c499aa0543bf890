//! "Dot vote" (View menu): start a vote (dots per person, one or several
//! on a note), give the next voter their turn, see the ranking over the
//! canvas, clear the vote. Every change is one undo step.

use crate::browser::clipboard::copy_text;
use crate::browser::clock::random_bits;
use crate::browser::clock::today;
use crate::browser::location::link_with_fragment;
use crate::core::canvas::kind::block_title;
use crate::core::canvas::model::CanvasStoreFields;
use crate::core::canvas::votes::{ranking, Votes, DEFAULT_DOTS, MAX_DOTS};
use crate::core::share::vote_links::invitation;
use crate::ui::sharing::qr_code::LinkQrCode;
use crate::ui::state::EditorState;
use crate::ui::widgets::dialog::{close_dialogs, ModalDialog};
use crate::ui::workshop::voting::{start_turn, VoteTurn};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn VoteDialog() -> impl IntoView {
    let state = EditorState::expect();
    let votes = state.doc.canvas.votes();
    let started = Memo::new(move |_| votes.with(Option::is_some));
    view! {
        <ModalDialog title="Dot vote">
            {move || if started.get() {
                view! { <RunningVote /> }.into_any()
            } else {
                view! { <StartVote /> }.into_any()
            }}
        </ModalDialog>
    }
}

#[component]
fn StartVote() -> impl IntoView {
    let state = EditorState::expect();
    let dots = RwSignal::new(DEFAULT_DOTS.to_string());
    let repeat = RwSignal::new(false);
    let wrong = RwSignal::new(false);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match dots.get_untracked().trim().parse::<u8>() {
            Ok(n) if (1..=MAX_DOTS).contains(&n) => {
                let round = (random_bits() & 0xffff_ffff) as u32;
                state
                    .doc
                    .canvas
                    .votes()
                    .set(Some(Votes::new(round, n, repeat.get_untracked())));
            }
            _ => wrong.set(true),
        }
    };
    view! {
        <p class="worksheet-intro">
            "Each person gets a few dots to put on the notes that matter most. Voters take \
             turns on this screen; the notes then show how many dots they have, never whose."
        </p>
        <form class="vote-start" on:submit=start>
            <label for="vote-dots">"Dots per person"</label>
            <input
                id="vote-dots"
                type="number"
                min="1"
                max=MAX_DOTS.to_string()
                prop:value=move || dots.get()
                aria-invalid=move || wrong.get().then_some("true")
                on:input:target=move |ev| dots.set(ev.target().value())
            />
            <label class="vote-repeat">
                <input type="checkbox" prop:checked=move || repeat.get() on:change=move |ev| repeat.set(event_target_checked(&ev)) />
                " A note may take more than one dot from the same person"
            </label>
            {move || wrong.get().then(|| view! {
                <p class="alert" role="alert">{format!("Give each person 1 to {MAX_DOTS} dots.")}</p>
            })}
            <button type="submit" class="primary">"Start the vote"</button>
        </form>
    }
}

#[component]
fn RunningVote() -> impl IntoView {
    let state = EditorState::expect();
    let turn = expect_context::<VoteTurn>();
    let votes = state.doc.canvas.votes();
    let name = RwSignal::new(String::new());
    let summary = move || {
        votes.with(|v| {
            v.as_ref().map(|v| {
                let dots: usize = v.ballots.iter().map(|b| b.dots.len()).sum();
                format!(
                    "{} dots per person{}. {} people voted, {dots} dots placed.",
                    v.dots,
                    if v.repeat {
                        ", several on one note allowed"
                    } else {
                        ", one per note"
                    },
                    v.voters()
                )
            })
        })
    };
    let vote = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        start_turn(state, &name.get_untracked());
        close_dialogs();
    };
    let clear = move |_| {
        turn.0.set(None);
        votes.set(None);
        state.view.show_toast(
            "The vote was cleared. Undo brings it back.".to_string(),
            None,
        );
    };
    let results = move || {
        state.doc.canvas.with(|c| {
            ranking(c, None)
                .into_iter()
                .take(15)
                .filter_map(|r| {
                    let n = c.notes.iter().find(|n| n.id == r.note)?;
                    let dots = if r.dots == 1 { "1 dot".to_string() } else { format!("{} dots", r.dots) };
                    Some(view! {
                        <li>
                            <span class="vote-rank">{format!("{}.", r.rank)}</span>
                            " " {n.text.clone()} " "
                            <span class="vote-block">{format!("({}) — {dots}", block_title(&n.block))}</span>
                        </li>
                    })
                })
                .collect_view()
        })
    };
    view! {
        <p>{summary}</p>
        <form class="vote-turn" on:submit=vote>
            <label for="voter-name">"Next voter's name (optional)"</label>
            <input id="voter-name" type="text" maxlength="40" placeholder="Voter 1, Voter 2…" prop:value=move || name.get() on:input:target=move |ev| name.set(ev.target().value()) />
            <button type="submit" class="primary">"Vote now"</button>
        </form>
        <PhoneInvitation />
        <section class="vote-results" aria-label="Results">
            <h3>"Most dots over the canvas"</h3>
            <ul class="vote-ranking">{results}</ul>
        </section>
        <button type="button" on:click=clear>"Clear the vote"</button>
    }
}

/// "Vote from phones": the link (and its QR code) that opens this vote on
/// a phone, with dot placement only.
#[component]
fn PhoneInvitation() -> impl IntoView {
    let state = EditorState::expect();
    let open = RwSignal::new(false);
    let link = move || {
        state.doc.canvas.with_untracked(|c| {
            let votes = c.votes.as_ref()?;
            invitation(c, votes, today())
                .ok()
                .map(|f| link_with_fragment(&f))
        })
    };
    let area = NodeRef::<leptos::html::Textarea>::new();
    let copied = RwSignal::new(None::<bool>);
    view! {
        <section class="vote-phones" aria-label="Vote from phones">
            <button type="button" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                "Vote from phones"
            </button>
            {move || open.get().then(|| match link() {
                Some(link) => {
                    let for_copy = link.clone();
                    let copy = move |_| {
                        let text = for_copy.clone();
                        spawn_local(async move {
                            copied.set(Some(copy_text(&text, area.get_untracked()).await));
                        });
                    };
                    view! {
                        <p>"Each person opens this link (or scans the code) on their phone, places their dots and sends back the short link it gives. Open those links here to add their votes; a phone that sends again replaces its votes."</p>
                        <label for="vote-invitation">"Vote link"</label>
                        <textarea id="vote-invitation" node_ref=area readonly rows="3">{link.clone()}</textarea>
                        <button type="button" on:click=copy>"Copy vote link"</button>
                        <span role="status">{move || match copied.get() {
                            Some(true) => "Copied",
                            Some(false) => "Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac)",
                            None => "",
                        }}</span>
                        <LinkQrCode link name="QR code of the vote link" caption="Point a phone's camera at it to vote there." />
                    }
                    .into_any()
                }
                None => view! { <p class="alert" role="alert">"This canvas is too large for a vote link."</p> }.into_any(),
            })}
        </section>
    }
}

//! The page a phone opens from "Vote from phones": the canvas's notes,
//! read-only, block by block, each a button that places or takes back a
//! dot; then "Send my votes" gives the short link to send back. Nothing is
//! stored on the phone but its voter id.

use crate::browser::clock::random_bits;
use crate::browser::location::link_with_fragment;
use crate::browser::storage::{self, your_name};
use crate::core::canvas::votes::Votes;
use crate::core::share::link::ShareError;
use crate::core::share::vote_links::{ballot_link, Invitation, SentBallot};
use crate::ui::sharing::qr_code::LinkQrCode;
use leptos::prelude::*;

const VOTER_ID_KEY: &str = "learning-model-canvas.voter-id";

/// This phone's voter id: kept, so votes sent again replace the first.
fn voter_id() -> u32 {
    if let Ok(Some(id)) = storage::read(VOTER_ID_KEY) {
        if let Ok(id) = u32::from_str_radix(&id, 16) {
            return id;
        }
    }
    let id = (random_bits() & 0xffff_ffff) as u32;
    // If it cannot be kept, a second sending counts as another phone.
    let _ = storage::write(VOTER_ID_KEY, &format!("{id:08x}"));
    id
}

#[component]
pub fn PhoneVotePage(invitation: Result<Invitation, ShareError>) -> impl IntoView {
    match invitation {
        Ok(invitation) => view! { <PhoneVote invitation /> }.into_any(),
        Err(e) => view! {
            <main class="broken-link">
                <h1>"This vote link cannot be opened"</h1>
                <p class="alert" role="alert">{format!("The vote link cannot be opened: {e}.")}</p>
                <p>"Ask the facilitator to show the vote link or its QR code again."</p>
            </main>
        }
        .into_any(),
    }
}

#[component]
fn PhoneVote(invitation: Invitation) -> impl IntoView {
    let Invitation {
        canvas,
        round,
        dots,
        repeat,
    } = invitation;
    let votes = RwSignal::new({
        let mut v = Votes::new(round, dots, repeat);
        let _ = v.ballot_of("me");
        v
    });
    let problem = RwSignal::new(None::<String>);
    let name = RwSignal::new(your_name());
    let sent = RwSignal::new(None::<String>);
    let left = move || votes.with(|v| v.left(0));
    let rule = if repeat {
        "A note may take more than one of your dots."
    } else {
        "One dot per note."
    };
    let blocks = canvas
        .kind
        .def()
        .present_order
        .iter()
        .filter_map(|id| canvas.kind.block(id))
        .filter(|b| canvas.notes_in(b.id).next().is_some())
        .map(|block| {
            let notes = canvas
                .notes_in(block.id)
                .filter(|n| !n.text.trim().is_empty())
                .map(|note| {
                    let id = note.id;
                    let text = note.text.clone();
                    let mine = move || {
                        votes.with(|v| v.ballots[0].dots.iter().filter(|&&d| d == id).count())
                    };
                    let click = move |_| {
                        let mut result = Ok(());
                        votes.update(|v| result = v.click(0, id));
                        problem.set(result.err().map(|e| format!("{e}.")));
                        sent.set(None);
                    };
                    view! {
                        <li>
                            <button
                                type="button"
                                class="phone-note"
                                aria-pressed=move || (mine() > 0).to_string()
                                on:click=click
                            >
                                <span class="phone-note-text">{text}</span>
                                <span class="phone-note-dots" aria-hidden="true">
                                    {move || "●".repeat(mine())}
                                </span>
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="phone-block" aria-label=block.title>
                    <h2>{block.title}</h2>
                    <ul>{notes}</ul>
                </section>
            }
        })
        .collect_view();
    let send = move |_| {
        let ballot = SentBallot {
            round,
            phone: voter_id(),
            voter: name.get_untracked(),
            dots: votes.with_untracked(|v| v.ballots[0].dots.clone()),
        };
        sent.set(Some(link_with_fragment(&ballot_link(&ballot))));
    };
    view! {
        <main class="phone-vote">
            <h1>{format!("Dot vote: {}", canvas.title.trim())}</h1>
            <p>
                {format!("Place your {dots} dots on the notes that matter most. {rule} ")}
                "Press a note to place a dot, press it again to take it back, then send your votes to the facilitator."
            </p>
            <p class="phone-left" aria-live="polite">{move || format!("Dots left: {}", left())}</p>
            {move || problem.get().map(|p| view! { <p class="alert" role="alert">{p}</p> })}
            <div class="phone-name">
                <label for="phone-voter-name">"Your name (optional)"</label>
                <input id="phone-voter-name" type="text" maxlength="40" autocomplete="name" prop:value=move || name.get() on:input:target=move |ev| name.set(ev.target().value()) />
            </div>
            {blocks}
            <button type="button" class="primary phone-send" on:click=send>"Send my votes"</button>
            {move || sent.get().map(|link| view! {
                <section class="phone-sent" aria-label="Your votes">
                    <p>"Send this link to the facilitator (a chat or an e-mail); opened in their browser, it adds your dots. Sending again replaces them."</p>
                    <label for="ballot-link">"Your votes as a link"</label>
                    <textarea id="ballot-link" readonly rows="2">{link.clone()}</textarea>
                    <LinkQrCode link name="QR code of your votes" caption="The facilitator can scan it instead of opening the link." />
                </section>
            })}
        </main>
    }
}

//! "Where this link fits": the link's length against the channels people
//! send it through (see [`crate::core::share::fit`]).

use crate::core::share::fit::fits;
use leptos::prelude::*;

#[component]
pub fn LinkFit(length: usize) -> impl IntoView {
    let rows: Vec<_> = fits(length).collect();
    let fitting = rows.iter().filter(|(_, ok)| *ok).count();
    let items = rows
        .into_iter()
        .map(|(channel, ok)| {
            view! {
                <li class:too-long=!ok>
                    <span class="fit-channel">{channel.name}</span>
                    ": "
                    <strong>{if ok { "fits" } else { "too long" }}</strong>
                    " (" {channel.basis} ")"
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="link-fit">
            <summary>{format!("Where this link fits: {fitting} of {} places", fits(0).count())}</summary>
            <ul>{items}</ul>
            {(fitting < fits(0).count()).then(|| view! {
                <p>"Where it is too long, send the canvas as a file: a file arrives whole."</p>
            })}
        </details>
    }
}

//! "Where this link fits": the link's length against the channels people
//! send it through (see [`crate::core::share::fit`]).

use crate::core::share::fit::fits;
use leptos::prelude::*;

/// The channels' names joined for a sentence: "A, B and C".
fn joined(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[component]
pub fn LinkFit(
    length: usize,
    /// Downloads the canvas as a file, for where the link is too long.
    send_file: impl Fn(leptos::ev::MouseEvent) + Copy + 'static,
) -> impl IntoView {
    let rows: Vec<_> = fits(length).collect();
    let fitting = rows.iter().filter(|(_, ok)| *ok).count();
    let too_long: Vec<&str> = rows
        .iter()
        .filter(|(_, ok)| !*ok)
        .map(|(c, _)| c.short)
        .collect();
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
            {(!too_long.is_empty()).then(|| view! {
                <p>
                    {format!("Too long for {}: send the canvas as a file there, a file arrives whole. ", joined(&too_long))}
                    <button type="button" on:click=send_file>"Send as a file"</button>
                </p>
            })}
        </details>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::joined;

    #[test]
    fn channels_are_named_as_in_a_sentence() {
        assert_eq!(joined(&[]), "");
        assert_eq!(joined(&["SMS"]), "SMS");
        assert_eq!(
            joined(&["SMS", "e-mail", "a QR code"]),
            "SMS, e-mail and a QR code"
        );
    }
}

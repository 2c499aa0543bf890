//! Where a link of a given length fits: the channels people send canvases
//! through, each with the longest link it takes whole. The figures and
//! their sources are listed in the README ("Where a link fits").

use crate::core::share::qr::MAX_QR_CHARS;

/// A channel and the longest link it carries whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Channel {
    pub name: &'static str,
    pub max_chars: usize,
    /// Its name inside a sentence ("too long for …").
    pub short: &'static str,
    /// Why this figure, in a few words for the page.
    pub basis: &'static str,
}

/// The channels, shortest first. A link fits a channel when it is no
/// longer than its figure.
pub const CHANNELS: [Channel; 6] = [
    Channel {
        name: "Text message (SMS)",
        short: "text messages",
        max_chars: 1_600,
        basis: "the most a long SMS carries, in about ten parts; many phones cut earlier",
    },
    Channel {
        name: "E-mail (Outlook and older mail programs)",
        short: "e-mail",
        max_chars: 2_083,
        basis: "longer links are cut or not clickable in some mail programs",
    },
    Channel {
        name: "QR code",
        short: "a QR code",
        max_chars: MAX_QR_CHARS,
        basis: "the largest QR code holds 2,953 bytes; large codes are hard to scan from a screen",
    },
    Channel {
        name: "Microsoft Teams",
        short: "Teams",
        max_chars: 28_000,
        basis: "a post holds about 28 KB",
    },
    Channel {
        name: "Slack",
        short: "Slack",
        max_chars: 40_000,
        basis: "longer messages are cut at 40,000 characters",
    },
    Channel {
        name: "Firefox and Chrome (opening the link)",
        short: "browsers",
        max_chars: 1 << 20,
        basis: "Firefox opens links of up to 1 MB, Chrome up to 2 MB",
    },
];

/// Each channel with whether a link of `length` characters fits it.
pub fn fits(length: usize) -> impl Iterator<Item = (Channel, bool)> {
    CHANNELS
        .into_iter()
        .map(move |c| (c, length <= c.max_chars))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_short_link_fits_everywhere_and_a_long_one_only_where_it_can() {
        assert!(fits(400).all(|(_, ok)| ok));
        let long: Vec<&str> = fits(5_000)
            .filter(|(_, ok)| !ok)
            .map(|(c, _)| c.name)
            .collect();
        assert_eq!(
            long,
            [
                "Text message (SMS)",
                "E-mail (Outlook and older mail programs)",
                "QR code"
            ]
        );
        assert!(CHANNELS.windows(2).all(|w| w[0].max_chars < w[1].max_chars));
        assert!(fits(2_083).nth(1).is_some_and(|(_, ok)| ok));
        assert!(fits(2_084).nth(1).is_some_and(|(_, ok)| !ok));
    }
}

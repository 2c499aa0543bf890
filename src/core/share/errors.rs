//! What a share link may hold and why one could not be made or opened: the
//! codec and the payload both refuse by these limits and these reasons.

use std::fmt;

/// The newest format this build writes and reads.
pub const LINK_VERSION: u32 = 6;
/// No canvas this app makes comes near this; anything larger is refused
/// before it can fill the memory (a "zip bomb").
pub const MAX_PAYLOAD_BYTES: usize = 1 << 20;
/// More notes than any workshop makes: a tiny link of empty notes must not
/// make the page build a million of them.
pub const MAX_NOTES: usize = 5000;
/// Longer fragments are refused before decoding (base64 of a payload at the
/// cap, even incompressible, stays well under this).
pub const MAX_LINK_CHARS: usize = 2 << 20;

/// Why a link could not be opened. The text is shown to the user as is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The fragment is not a canvas link at all.
    NotALink,
    /// Cut short somewhere between the sender and us.
    Incomplete,
    /// Made by a newer build: (its format).
    TooNew(u32),
    /// Characters changed on the way, or never a link of ours: (detail).
    Damaged(String),
    /// Larger than any canvas could be.
    TooLarge,
    /// Intact, but holding what this build does not know: (detail).
    Unreadable(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NotALink => write!(
                f,
                "this address does not hold a canvas: ask the sender to copy the link again \
                 with “Copy link”"
            ),
            ShareError::Incomplete => write!(
                f,
                "this link is incomplete: ask the sender for the whole link (some chat and \
                 mail apps cut long links; a file travels safely)"
            ),
            ShareError::TooNew(v) => write!(
                f,
                "this link was made by a newer version of Learning Model Canvas (link format \
                 {v}; this version reads up to {LINK_VERSION}): reload the page to get the \
                 newest version, or ask the sender for the canvas as a file"
            ),
            ShareError::Damaged(why) => write!(
                f,
                "this link was changed or damaged on the way ({why}): ask the sender to share \
                 it again"
            ),
            ShareError::TooLarge => write!(
                f,
                "this link holds more than any canvas can ({} MiB of text and {MAX_NOTES} \
                 notes at most), so it was not opened",
                MAX_PAYLOAD_BYTES >> 20
            ),
            ShareError::Unreadable(why) => write!(
                f,
                "this link holds a canvas this version cannot read ({why}): reload the page to \
                 get the newest version, or ask the sender for the canvas as a file"
            ),
        }
    }
}

/// Why a canvas could not be put in a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodeError {
    /// A note sits in a block no canvas kind of this app has: (block id).
    UnknownBlock(String),
    /// The canvas kind has no number in this format: (kind id).
    UnknownKind(String),
    /// More than [`MAX_PAYLOAD_BYTES`] of text or [`MAX_NOTES`] notes: no
    /// link could open it.
    TooLarge,
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EncodeError::UnknownBlock(b) => write!(
                f,
                "a note sits in a block this app does not know (“{b}”), so the link could not \
                 carry it"
            ),
            EncodeError::UnknownKind(k) => {
                write!(f, "links cannot carry this kind of canvas (“{k}”) yet")
            }
            EncodeError::TooLarge => write!(
                f,
                "the canvas holds more than {} MiB of text or {MAX_NOTES} notes, more than a \
                 link can carry",
                MAX_PAYLOAD_BYTES >> 20
            ),
        }
    }
}

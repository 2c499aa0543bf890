//! One note: the card at rest, and the selected note's tools (drag, move,
//! colour, marks), with the keys and focus handled once for the board.
pub mod card;
pub mod colour;
pub mod drag;
pub mod keys;
pub mod marks;
pub mod moving;
pub mod tools;

//! The Check menu's dialogs: thread check, investment worksheet, scorecard.
pub mod scorecard;
pub mod threads;
pub mod worksheet;

//! The L&D method on top of the canvas: the five learning models and their
//! hints, the investment worksheet and the scorecard.
pub mod amount;
pub mod currency;
pub mod hints;
pub mod learning_model;
pub mod plausibility;
pub mod scorecard;
pub mod worksheet;

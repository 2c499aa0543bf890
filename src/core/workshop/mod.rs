//! Running a workshop with the canvas: presenting block by block and the
//! time-box of each discussion.
pub mod present;
pub mod timer;

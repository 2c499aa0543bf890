//! Running a workshop: present mode and the time-box of each discussion.
pub mod present;
pub mod timer;
pub mod timer_dialog;

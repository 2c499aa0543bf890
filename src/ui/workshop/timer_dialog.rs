//! "Timer" (View menu): the time-box outside present mode; while it runs,
//! the header shows its clock.

use crate::ui::widgets::dialog::ModalDialog;
use crate::ui::workshop::timer::TimerControls;
use leptos::prelude::*;

#[component]
pub fn TimerDialog() -> impl IntoView {
    view! {
        <ModalDialog title="Timer">
            <p class="worksheet-intro">
                "Time-box a discussion. Once started, the header keeps the clock in view; \
                 \"Present\" shows it large, and it starts over for each block."
            </p>
            <TimerControls />
        </ModalDialog>
    }
}

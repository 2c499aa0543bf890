//! The time-box: its state for the page, its controls (large while
//! presenting, in a dialog otherwise) and the small clock in the header.
//! The clock is a `role="timer"` (not announced as it ticks); the end is
//! announced once, shown by a calm change of colour and, if switched on,
//! a short tone.

use crate::browser::storage;
use crate::browser::tone::chime;
use crate::core::workshop::timer::{clock_text, parse_duration, Timer, CHOICES_MINUTES};
use leptos::prelude::*;
use std::time::Duration;

const SOUND_KEY: &str = "learning-model-canvas.timer-sound";

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The page's one timer, given by context.
#[derive(Clone, Copy)]
pub struct TimerState {
    timer: RwSignal<Timer>,
    /// The clock, moved on while the timer runs.
    now: RwSignal<f64>,
    /// "Sound at the end": kept in this browser, off by default.
    pub sound: RwSignal<bool>,
    /// Said to screen readers at the end (and only then).
    pub announcement: RwSignal<String>,
    ticker: StoredValue<Option<IntervalHandle>>,
}

impl TimerState {
    pub fn provide() -> TimerState {
        let state = TimerState {
            timer: RwSignal::new(Timer::minutes(5)),
            now: RwSignal::new(now_ms()),
            sound: RwSignal::new(matches!(storage::read(SOUND_KEY), Ok(Some(v)) if v == "1")),
            announcement: RwSignal::new(String::new()),
            ticker: StoredValue::new(None),
        };
        provide_context(state);
        state
    }

    pub fn expect() -> TimerState {
        expect_context::<TimerState>()
    }

    pub fn remaining_ms(&self) -> f64 {
        let now = self.now.get();
        self.timer.with(|t| t.remaining_ms(now))
    }

    pub fn is_running(&self) -> bool {
        self.timer.with(Timer::is_running)
    }

    pub fn is_started(&self) -> bool {
        self.timer.with(Timer::is_started)
    }

    pub fn is_done(&self) -> bool {
        let now = self.now.get();
        self.timer.with(|t| t.is_started() && t.is_done(now))
    }

    fn change(&self, f: impl FnOnce(&mut Timer, f64)) {
        let now = now_ms();
        self.now.set(now);
        self.timer.update(|t| f(t, now));
        self.announcement.set(String::new());
        self.keep_ticking();
    }

    /// Ticks while the timer runs, and not otherwise.
    fn keep_ticking(&self) {
        let running = self.timer.with_untracked(Timer::is_running);
        let ticking = self.ticker.with_value(Option::is_some);
        if running && !ticking {
            let me = *self;
            let handle =
                set_interval_with_handle(move || me.tick(), Duration::from_millis(250)).ok();
            self.ticker.set_value(handle);
        } else if !running && ticking {
            if let Some(handle) = self.ticker.try_update_value(Option::take).flatten() {
                handle.clear();
            }
        }
    }

    fn tick(&self) {
        let now = now_ms();
        self.now.set(now);
        if self.timer.with_untracked(|t| t.is_done(now)) {
            self.timer.update(|t| t.pause(now));
            self.keep_ticking();
            self.announcement.set("Time is up.".to_string());
            if self.sound.get_untracked() {
                chime();
            }
        }
    }

    pub fn set(&self, duration_ms: f64) {
        self.change(|t, _| *t = Timer::new(duration_ms));
    }

    pub fn start(&self) {
        self.change(|t, now| t.start(now));
    }

    pub fn pause(&self) {
        self.change(|t, now| t.pause(now));
    }

    pub fn reset(&self) {
        self.change(|t, _| t.reset());
    }

    pub fn add_minute(&self) {
        self.change(|t, now| t.add_minute(now));
    }

    /// A new block: the same time-box from its start, running on if it ran.
    pub fn next_discussion(&self) {
        let running = self.timer.with_untracked(Timer::is_running);
        self.change(|t, now| {
            t.reset();
            if running {
                t.start(now);
            }
        });
    }

    pub fn set_sound(&self, on: bool) {
        self.sound.set(on);
        // A preference only: if it cannot be stored, the switch still works.
        let _ = storage::write(SOUND_KEY, if on { "1" } else { "0" });
    }
}

/// The clock: "4:05", calm green-blue while it runs, another colour at the end.
#[component]
pub fn TimerClock(#[prop(optional)] large: bool) -> impl IntoView {
    let timer = TimerState::expect();
    view! {
        <span
            class="timer-clock"
            class:large=large
            class:running=move || timer.is_running()
            class:done=move || timer.is_done()
            role="timer"
            aria-label="Time left"
        >
            {move || clock_text(timer.remaining_ms())}
        </span>
    }
}

/// Start, pause, resume, a minute more, reset; the durations offered and
/// one typed; the sound switch.
#[component]
pub fn TimerControls(#[prop(optional)] large: bool) -> impl IntoView {
    let timer = TimerState::expect();
    let typed = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let choices = CHOICES_MINUTES
        .into_iter()
        .map(|m| {
            view! {
                <button type="button" aria-label=format!("Set the timer to {m} minutes") on:click=move |_| timer.set(f64::from(m) * 60_000.0)>
                    {format!("{m} min")}
                </button>
            }
        })
        .collect_view();
    let set_typed = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match parse_duration(&typed.get_untracked()) {
            Some(ms) => {
                wrong.set(false);
                timer.set(ms);
            }
            None => wrong.set(true),
        }
    };
    view! {
        <div class="timer-controls" class:large=large role="group" aria-label="Timer">
            <TimerClock large />
            <div class="timer-buttons">
                {move || if timer.is_running() {
                    view! { <button type="button" on:click=move |_| timer.pause()>"Pause"</button> }.into_any()
                } else if timer.is_started() && !timer.is_done() {
                    view! { <button type="button" class="primary" on:click=move |_| timer.start()>"Resume"</button> }.into_any()
                } else {
                    view! { <button type="button" class="primary" disabled=move || timer.is_done() on:click=move |_| timer.start()>"Start timer"</button> }.into_any()
                }}
                <button type="button" aria-label="Add one minute" on:click=move |_| timer.add_minute()>"+1 min"</button>
                <button type="button" aria-label="Reset the timer" on:click=move |_| timer.reset()>"Reset"</button>
            </div>
            <div class="timer-choices">{choices}</div>
            <form class="timer-typed" on:submit=set_typed>
                <label for=if large { "timer-minutes-present" } else { "timer-minutes" }>"Minutes"</label>
                <input
                    id=if large { "timer-minutes-present" } else { "timer-minutes" }
                    type="text"
                    inputmode="decimal"
                    size="5"
                    placeholder="7 or 4:30"
                    aria-invalid=move || wrong.get().then_some("true")
                    prop:value=move || typed.get()
                    on:input:target=move |ev| typed.set(ev.target().value())
                />
                <button type="submit">"Set"</button>
            </form>
            {move || wrong.get().then(|| view! {
                <p class="alert" role="alert">"Type minutes (7, 2.5) or minutes and seconds (4:30), up to 4 hours."</p>
            })}
            <label class="timer-sound">
                <input type="checkbox" prop:checked=move || timer.sound.get() on:change=move |ev| timer.set_sound(event_target_checked(&ev)) />
                " Sound at the end"
            </label>
        </div>
    }
}

/// The header's small clock, while a time-box runs or waits paused.
#[component]
pub fn HeaderTimer() -> impl IntoView {
    // A header mounted without the editor (the browser tests) has no timer.
    let timer = use_context::<TimerState>();
    move || {
        let timer = timer?;
        timer.is_started().then(|| {
            view! {
                <div class="header-timer" role="group" aria-label="Timer">
                    <TimerClock />
                    {move || if timer.is_running() {
                        view! { <button type="button" aria-label="Pause the timer" on:click=move |_| timer.pause()>"Pause"</button> }.into_any()
                    } else if timer.is_done() {
                        view! { <button type="button" aria-label="Reset the timer" on:click=move |_| timer.reset()>"Reset"</button> }.into_any()
                    } else {
                        view! { <button type="button" aria-label="Resume the timer" on:click=move |_| timer.start()>"Resume"</button> }.into_any()
                    }}
                </div>
            }
        })
    }
}

/// What screen readers hear of the timer: its end, once.
#[component]
pub fn TimerAnnouncement() -> impl IntoView {
    let timer = TimerState::expect();
    view! {
        <p class="visually-hidden" role="status" aria-live="polite">{move || timer.announcement.get()}</p>
    }
}

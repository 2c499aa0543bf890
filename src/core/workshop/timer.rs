//! The time-box of a discussion: a duration that runs down, can be paused,
//! resumed, reset and given a minute more. Times are milliseconds on the
//! page's monotonic clock, passed in, so the timer is pure.

/// The durations offered as one click, in minutes.
pub const CHOICES_MINUTES: [u32; 4] = [3, 5, 10, 15];
/// The longest time-box one may type: a long workshop session.
pub const MAX_MS: f64 = 4.0 * 3600.0 * 1000.0;
const MINUTE_MS: f64 = 60_000.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timer {
    /// The time-box as set (with the minutes added).
    pub duration_ms: f64,
    /// Time run before the current run (the runs before pauses).
    run_before_ms: f64,
    /// When the current run started; `None` while paused or not started.
    running_since: Option<f64>,
}

impl Timer {
    /// A timer of `duration_ms`, not started.
    pub fn new(duration_ms: f64) -> Timer {
        Timer {
            duration_ms: duration_ms.clamp(0.0, MAX_MS),
            run_before_ms: 0.0,
            running_since: None,
        }
    }

    pub fn minutes(minutes: u32) -> Timer {
        Timer::new(f64::from(minutes) * MINUTE_MS)
    }

    fn run_ms(&self, now: f64) -> f64 {
        self.run_before_ms
            + self
                .running_since
                .map_or(0.0, |since| (now - since).max(0.0))
    }

    /// What is left, never below zero.
    pub fn remaining_ms(&self, now: f64) -> f64 {
        (self.duration_ms - self.run_ms(now)).max(0.0)
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Started, and not yet at its end.
    pub fn is_started(&self) -> bool {
        self.running_since.is_some() || self.run_before_ms > 0.0
    }

    pub fn is_done(&self, now: f64) -> bool {
        self.remaining_ms(now) <= 0.0
    }

    /// Starts, or resumes after a pause.
    pub fn start(&mut self, now: f64) {
        if self.running_since.is_none() && !self.is_done(now) {
            self.running_since = Some(now);
        }
    }

    pub fn pause(&mut self, now: f64) {
        if self.running_since.is_some() {
            self.run_before_ms = self.run_ms(now);
            self.running_since = None;
        }
    }

    /// Back to the full time-box, stopped.
    pub fn reset(&mut self) {
        self.run_before_ms = 0.0;
        self.running_since = None;
    }

    /// One minute more. A timer that had ended runs on, if it was running.
    pub fn add_minute(&mut self, now: f64) {
        let was_done = self.is_done(now);
        let running = self.running_since.is_some();
        if was_done {
            // Counts from the end, not from the overrun.
            self.pause(now);
            self.run_before_ms = self.duration_ms;
        }
        self.duration_ms = (self.duration_ms + MINUTE_MS).min(MAX_MS);
        if was_done && running {
            self.running_since = Some(now);
        }
    }
}

/// What the timer shows: "4:05", or "1:02:00" past an hour. Rounded up, so
/// it shows 0:00 only at the end.
pub fn clock_text(ms: f64) -> String {
    let total = (ms / 1000.0).ceil().max(0.0) as u64;
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A time-box as typed: minutes ("7", "2.5") or minutes and seconds
/// ("4:30", "0:05"). `None` for anything else, zero, or past [`MAX_MS`].
pub fn parse_duration(text: &str) -> Option<f64> {
    let text = text.trim();
    let ms = match text.split_once(':') {
        Some((m, s)) => {
            let m: u32 = m.trim().parse().ok()?;
            let s: u32 = s.trim().parse().ok()?;
            if s >= 60 {
                return None;
            }
            f64::from(m) * MINUTE_MS + f64::from(s) * 1000.0
        }
        None => {
            let m: f64 = text.replace(',', ".").parse().ok()?;
            if !m.is_finite() {
                return None;
            }
            (m * MINUTE_MS).round()
        }
    };
    (ms > 0.0 && ms <= MAX_MS).then_some(ms)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn a_timer_runs_down_pauses_resumes_and_resets() {
        let mut t = Timer::minutes(5);
        assert_eq!(t.remaining_ms(1_000.0), 300_000.0);
        t.start(1_000.0);
        assert_eq!(t.remaining_ms(61_000.0), 240_000.0);
        t.pause(61_000.0);
        assert_eq!(t.remaining_ms(500_000.0), 240_000.0);
        t.start(500_000.0);
        assert_eq!(t.remaining_ms(510_000.0), 230_000.0);
        assert!(t.is_done(800_000.0));
        assert_eq!(t.remaining_ms(900_000.0), 0.0);
        t.reset();
        assert!(!t.is_started());
        assert_eq!(t.remaining_ms(900_000.0), 300_000.0);
    }

    #[test]
    fn a_minute_more_counts_from_the_end_when_the_time_was_up() {
        let mut t = Timer::new(5_000.0);
        t.start(0.0);
        t.add_minute(2_000.0);
        assert_eq!(t.remaining_ms(2_000.0), 63_000.0);
        // Ended 10 s ago: one more minute from now, not 50 s.
        t.add_minute(75_000.0);
        assert_eq!(t.remaining_ms(75_000.0), 60_000.0);
        assert!(t.is_running());
        assert_eq!(t.remaining_ms(80_000.0), 55_000.0);
    }

    #[test]
    fn the_clock_rounds_up_and_shows_hours_past_an_hour() {
        assert_eq!(clock_text(300_000.0), "5:00");
        assert_eq!(clock_text(299_001.0), "5:00");
        assert_eq!(clock_text(4_200.0), "0:05");
        assert_eq!(clock_text(0.0), "0:00");
        assert_eq!(clock_text(3_720_000.0), "1:02:00");
    }

    #[test]
    fn typed_durations_are_minutes_or_minutes_and_seconds() {
        assert_eq!(parse_duration("7"), Some(420_000.0));
        assert_eq!(parse_duration(" 2,5 "), Some(150_000.0));
        assert_eq!(parse_duration("0:05"), Some(5_000.0));
        assert_eq!(parse_duration("4:30"), Some(270_000.0));
        for bad in ["", "0", "-3", "4:60", "abc", "NaN", "inf", "241", "1:2:3"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
    }
}

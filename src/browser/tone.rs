//! A short, soft tone made with Web Audio (no sound file): the end of a
//! time-box, when the facilitator switched the sound on.

/// Plays two gentle notes, about a second in all. Does nothing where the
/// browser has no audio, or has not allowed it yet.
pub fn chime() {
    let Ok(context) = web_sys::AudioContext::new() else {
        return;
    };
    let start = context.current_time();
    for (i, frequency) in [660.0_f32, 880.0].into_iter().enumerate() {
        let at = start + 0.45 * i as f64;
        let (Ok(oscillator), Ok(gain)) = (context.create_oscillator(), context.create_gain())
        else {
            return;
        };
        oscillator.frequency().set_value(frequency);
        // A soft attack and a long fade: a chime, not a beep.
        let volume = gain.gain();
        let _ = volume.set_value_at_time(0.0, at);
        let _ = volume.linear_ramp_to_value_at_time(0.15, at + 0.03);
        let _ = volume.exponential_ramp_to_value_at_time(0.001, at + 0.6);
        let connected = oscillator
            .connect_with_audio_node(&gain)
            .and_then(|_| gain.connect_with_audio_node(&context.destination()));
        if connected.is_err() {
            return;
        }
        let _ = oscillator.start_with_when(at);
        let _ = oscillator.stop_with_when(at + 0.65);
    }
}

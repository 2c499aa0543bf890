//! A note's text where only its start fits (a button's name, a key, a
//! picture's footer): on one line, cut with "…" past `max` characters.

/// `text` on one line (runs of spaces and line breaks as one space), at
/// most `max` characters and "…".
pub fn clipped(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::clipped;

    #[test]
    fn a_long_text_is_cut_on_one_line() {
        assert_eq!(clipped("  Job\naids ", 40), "Job aids");
        assert_eq!(clipped("abcdef", 3), "abc…");
        assert_eq!(clipped("Zürich", 6), "Zürich");
    }
}

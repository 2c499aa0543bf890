//! Titles for canvases that arrive in the library (new, imported, saved
//! from a link), so that two entries of My canvases never look the same:
//! a title already in use gets where the canvas came from ("… (from link,
//! 3 Dec)", "… (imported, 3 Dec)") and, if that is taken too, a number.

use crate::core::canvas::lineage::day_text;

/// How a canvas came into the library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// "New canvas", a template, a combine, a duplicate: numbered only.
    Made,
    FromLink,
    Imported,
}

fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// "3 Dec" for the day `now_ms` falls on.
fn short_day(now_ms: i64) -> String {
    let day = u32::try_from(now_ms.div_euclid(86_400_000)).unwrap_or(0);
    let text = day_text(day);
    text.rsplit_once(' ')
        .map_or(text.clone(), |(d, _)| d.to_string())
}

/// The title `wanted` may keep, or the one that tells it from `taken`.
pub fn distinct_title(wanted: &str, arrival: Arrival, now_ms: i64, taken: &[&str]) -> String {
    let is_taken = |t: &str| taken.iter().any(|o| same(o, t));
    if !is_taken(wanted) {
        return wanted.to_string();
    }
    let base = wanted.trim();
    let marked = match arrival {
        Arrival::Made => base.to_string(),
        Arrival::FromLink => format!("{base} (from link, {})", short_day(now_ms)),
        Arrival::Imported => format!("{base} (imported, {})", short_day(now_ms)),
    };
    if !is_taken(&marked) {
        return marked;
    }
    (2..)
        .map(|n| format!("{marked} ({n})"))
        .find(|t| !is_taken(t))
        .unwrap_or(marked)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    // 3 December 2026, midday UTC.
    const DEC_3: i64 = 1_796_299_200_000;

    #[test]
    fn a_title_in_use_gets_where_the_canvas_came_from_then_a_number() {
        let taken = ["Our L&D department", "Acme", "Acme (from link, 3 Dec)"];
        assert_eq!(
            distinct_title("Fresh", Arrival::Made, DEC_3, &taken),
            "Fresh"
        );
        assert_eq!(
            distinct_title("Our L&D department", Arrival::Made, DEC_3, &taken),
            "Our L&D department (2)"
        );
        assert_eq!(
            distinct_title("acme ", Arrival::Imported, DEC_3, &taken),
            "acme (imported, 3 Dec)"
        );
        assert_eq!(
            distinct_title("Acme", Arrival::FromLink, DEC_3, &taken),
            "Acme (from link, 3 Dec) (2)"
        );
    }
}

//! The Markdown export: headings, bullets, tables, and user text that
//! never becomes markup.

use super::*;
use crate::core::canvas::colour::NoteColour;
use crate::core::canvas::kind::CanvasKind;
use crate::core::method::worksheet::Line;
use crate::core::testing::canvas_with;

#[test]
fn blocks_become_headings_and_notes_bullets_with_their_labels() {
    let (mut c, ids) = canvas_with(
        CanvasKind::LearningModelNine,
        &[
            ("customer-segments", "New managers\nin EMEA"),
            ("design", "Cohort *programme* #1 | pilot"),
        ],
    );
    c.title = "Acme L&D".into();
    c.set_note_colour(ids[1], Some(NoteColour::Red));
    let md = to_markdown(&c);
    assert!(
        md.starts_with("# Acme L&D\n\n*Learning Model Canvas (9 blocks)*\n"),
        "{md}"
    );
    assert!(
        md.contains("## Customer Segments\n\n- New managers / in EMEA\n"),
        "{md}"
    );
    assert!(
        md.contains("- Cohort \\*programme\\* #1 \\| pilot (Risk)\n"),
        "{md}"
    );
    assert!(md.contains("## Key Partners\n\n*No notes.*\n"), "{md}");
    // Headings come in the filling order.
    assert!(md.find("## Customer Segments") < md.find("## Business Outcomes"));
}

#[test]
fn threads_worksheet_and_scorecard_become_lists_and_tables() {
    use crate::core::method::scorecard::{set_moves, Metric};
    let (mut c, ids) = canvas_with(
        CanvasKind::LearningModelNine,
        &[("design", "Coaching"), ("delivery", "Live sessions")],
    );
    crate::core::canvas::threads::link(&mut c.links, ids[0], ids[1]);
    let mut expert = Line::new(LineKind::ExpertTime);
    expert.hours = Amount(1_200_000);
    expert.rate = Amount(85_500);
    let mut payroll = Line::new(LineKind::Payroll);
    payroll.amount = Amount(150_000_000);
    c.worksheet.lines = vec![expert, payroll];
    c.metrics = vec![
        Metric::new(1, "business-outcomes", MetricRole::Result),
        Metric::new(2, "delivery", MetricRole::Driver),
    ];
    c.metrics[0].name = "Time to competence".into();
    c.metrics[1].name = "Coaching hours".into();
    set_moves(&mut c.metrics, 2, 1, true);
    let md = to_markdown(&c);
    assert!(
        md.contains("## Threads\n\n- “Coaching” (Design) — “Live sessions” (Delivery)\n"),
        "{md}"
    );
    assert!(md.contains("| L&D payroll |  | EUR 150,000 | EUR 150,000 |\n| Subject-matter experts' time |  | 1200 h × EUR 85.50 | EUR 102,600 |"), "{md}");
    assert!(md.contains("- Hidden share: 40.6 %"), "{md}");
    assert!(
        md.contains("| Coaching hours | Delivery | Driver |  |  |  | Time to competence |"),
        "{md}"
    );
    assert!(!md.contains("No driver moves"), "{md}");
}

#[test]
fn a_thread_names_a_long_note_by_its_start() {
    let long = format!("First line\n{}", "word ".repeat(50));
    let (mut c, ids) = canvas_with(
        CanvasKind::LearningModelNine,
        &[("design", &long), ("delivery", "A"), ("delivery", "B")],
    );
    crate::core::canvas::threads::link(&mut c.links, ids[0], ids[1]);
    crate::core::canvas::threads::link(&mut c.links, ids[0], ids[2]);
    let md = to_markdown(&c);
    // 80 characters: "First line / " and 67 of the words.
    let named = format!("“First line / {}wo…” (Design)", "word ".repeat(13));
    assert!(
        md.contains(&format!("- {named} — “A” (Delivery)\n- {named} — “B”")),
        "{md}"
    );
    let whole = long.trim_end().lines().last().unwrap_or("");
    assert_eq!(
        md.matches(whole).count(),
        1,
        "listed whole in its block only"
    );
}

#[test]
fn a_vote_shows_as_dots_on_the_notes_and_a_ranking() {
    use crate::core::canvas::votes::Votes;
    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    for text in ["Job aids", "Coaching"] {
        let id = c.add_note("design");
        c.set_note_text(id, text);
    }
    let mut votes = Votes::new(1, 2, false);
    for voter in ["A", "B"] {
        let b = votes.ballot_of(voter).expect("a ballot");
        votes.give(b, 2).expect("a dot");
    }
    let b = votes.ballot_of("A").expect("A's ballot");
    votes.give(b, 1).expect("a dot");
    c.votes = Some(votes);
    let md = to_markdown(&c);
    assert!(
        md.contains("- Job aids — 1 dot\n- Coaching — 2 dots\n"),
        "{md}"
    );
    assert!(
        md.ends_with(
            "## Dot vote\n\n2 people voted, 2 dots each, one per note.\n\n\
             - Rank 1: Coaching (Design) — 2 dots\n- Rank 2: Job aids (Design) — 1 dot\n"
        ),
        "{md}"
    );
}

#[test]
fn user_text_never_becomes_markup() {
    assert_eq!(
        escape("<b>x</b> [a](b) `c` ~d~ ![e](f)"),
        "\\<b>x\\</b> \\[a\\](b) \\`c\\` \\~d\\~ \\!\\[e\\](f)"
    );
    let (c, _) = canvas_with(CanvasKind::Lean, &[("problem", "# not a heading")]);
    assert!(to_markdown(&c).contains("- \\# not a heading\n"));
    assert_eq!(escape("- a"), "\\- a");
    assert_eq!(escape("2027. A year"), "2027\\. A year");
    assert_eq!(escape("--- rule"), "\\--- rule");
    assert_eq!(escape("R&D &amp; &#38;"), "R&D \\&amp; \\&#38;");
    // What reads as plain text stays as typed.
    for plain in [
        "L&D",
        "~250 people",
        "Design -> Delivery",
        "snake_case",
        "3 < 4 > 2",
        "Wow!",
    ] {
        assert_eq!(escape(plain), plain);
    }
    assert_eq!(escape("_lead_"), "\\_lead\\_");
    assert_eq!(escape("> quoted"), "\\> quoted");
    assert_eq!(escape("3 - 2"), "3 - 2");
}

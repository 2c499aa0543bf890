//! Combining breakout groups: every note of every group is in the result,
//! alike ones once, each marked with its groups.

use super::*;
use crate::core::canvas::colour::NoteColour;
use crate::core::canvas::threads;
use crate::core::method::learning_model::MODELS;
use crate::core::method::scorecard::MetricRole;
use crate::core::method::worksheet::{Amount, LineKind};
use crate::core::testing::{arb_canvas, canvas_with};
use proptest::prelude::*;

const NINE: CanvasKind = CanvasKind::LearningModelNine;

fn group(label: &str, notes: &[(&str, &str)]) -> Group {
    let (mut canvas, _) = canvas_with(NINE, notes);
    canvas.title = "Workshop template".to_string();
    Group {
        label: label.to_string(),
        canvas,
    }
}

fn texts(c: &Canvas, block: &str) -> Vec<String> {
    c.notes
        .iter()
        .filter(|n| n.block == block)
        .map(|n| n.text.clone())
        .collect()
}

#[test]
fn three_groups_gather_into_one_canvas_with_alike_notes_once_and_marked() {
    let groups = [
        group(
            "North",
            &[("design", "Onboarding path"), ("delivery", "Coaching")],
        ),
        group(
            "South",
            &[
                ("design", "onboarding  path"),
                ("delivery", "Peer learning"),
            ],
        ),
        group("East", &[("design", "Onboarding path"), ("delivery", " ")]),
    ];
    let combined = combine(&groups).expect("combines");
    let c = &combined.canvas;
    assert_eq!(texts(c, "design"), ["[All groups] Onboarding path"]);
    assert_eq!(
        texts(c, "delivery"),
        ["[North] Coaching", "[South] Peer learning"]
    );
    assert_eq!(combined.alike, 1);
    assert_eq!(c.title, "Workshop template (combined)");
    assert_eq!(c.kind, NINE);
    assert!(c.lineage.is_none());
    let ids: Vec<NoteId> = c.notes.iter().map(|n| n.id).collect();
    assert_eq!(ids, [1, 2, 3]);
}

#[test]
fn a_note_two_of_three_groups_wrote_names_both() {
    let groups = [
        group("North", &[("design", "Job aids")]),
        group("South", &[("design", "Job aids")]),
        group("East", &[("design", "Something else")]),
    ];
    let c = combine(&groups).expect("combines").canvas;
    assert_eq!(
        texts(&c, "design"),
        ["[North, South] Job aids", "[East] Something else"]
    );
}

#[test]
fn a_group_that_wrote_a_note_twice_keeps_both_and_the_other_group_matches_one() {
    let groups = [
        group("A", &[("design", "Same"), ("design", "Same")]),
        group("B", &[("design", "Same")]),
    ];
    let c = combine(&groups).expect("combines").canvas;
    assert_eq!(texts(&c, "design"), ["[All groups] Same", "[A] Same"]);
}

#[test]
fn links_colours_and_marks_follow_the_notes() {
    let mut a = group("A", &[("design", "Aids"), ("delivery", "In the app")]);
    threads::link(&mut a.canvas.links, 1, 2);
    a.canvas.set_note_colour(2, Some(NoteColour::Green));
    let mut b = group("B", &[("delivery", "Coaching"), ("design", "aids")]);
    threads::link(&mut b.canvas.links, 1, 2);
    b.canvas.set_note_colour(2, Some(NoteColour::Red));
    let c = combine(&[a, b]).expect("combines").canvas;
    // Notes: 1 "Aids" (A and B), 2 "In the app" (A), 3 "Coaching" (B).
    assert_eq!(c.notes[0].text, "[All groups] Aids");
    assert_eq!(c.notes[0].colour, Some(NoteColour::Red));
    assert_eq!(c.notes[1].colour, Some(NoteColour::Green));
    assert_eq!(c.links, [(1, 2), (1, 3)]);
}

#[test]
fn groups_name_themselves_by_title_or_by_number_when_titles_repeat() {
    assert_eq!(
        default_labels(&["North", "South", "North", ""]),
        ["Group 1", "South", "Group 3", "Group 4"]
    );
    assert_eq!(clean_group_label("  Team [A], west\n"), "Team (A) west");
    assert_eq!(
        clean_group_label(&"x".repeat(90)).chars().count(),
        MAX_GROUP_LABEL_CHARS
    );
}

#[test]
fn canvases_of_another_kind_or_too_few_are_refused() {
    let a = group("A", &[("design", "x")]);
    assert_eq!(combine(std::slice::from_ref(&a)), Err(CombineError::TooFew));
    let (other, _) = canvas_with(CanvasKind::BusinessModel, &[]);
    let b = Group {
        label: "B".into(),
        canvas: other,
    };
    let refused = combine(&[a.clone(), b]).expect_err("kinds differ");
    assert!(refused.to_string().contains("“B”"), "{refused}");
    let many = vec![a; MAX_GROUPS + 1];
    assert_eq!(combine(&many), Err(CombineError::TooMany));
}

#[test]
fn lines_and_metrics_are_gathered_and_another_currency_is_left_out_and_said() {
    let mut a = group("A", &[]);
    let mut line = Line::new(LineKind::Travel);
    line.label = "Trips".into();
    line.amount = Amount::from_units(100);
    a.canvas.worksheet.lines.push(line.clone());
    let mut result = Metric::new(1, "business-outcomes", MetricRole::Result);
    result.name = "Time to competence".into();
    let mut driver = Metric::new(2, "delivery", MetricRole::Driver);
    driver.name = "Aids opened".into();
    driver.moves = vec![1];
    a.canvas.metrics = vec![result.clone(), driver];
    let mut b = group("B", &[]);
    b.canvas.worksheet.lines.push(line.clone());
    b.canvas.metrics = vec![result];
    let mut c = group("C", &[]);
    c.canvas.worksheet.currency = "USD".into();
    c.canvas.worksheet.lines.push(line);
    c.canvas.models.today = Some(MODELS[0]);
    let combined = combine(&[a, b, c]).expect("combines");
    let sheet = &combined.canvas.worksheet;
    assert_eq!(sheet.lines.len(), 1);
    assert_eq!(sheet.lines[0].label, "[A, B] Trips");
    let names: Vec<&str> = combined
        .canvas
        .metrics
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(names, ["[A, B] Time to competence", "[A] Aids opened"]);
    assert_eq!(combined.canvas.metrics[1].moves, [1]);
    // One group's choice is every group's that chose.
    assert_eq!(combined.canvas.models.today, Some(MODELS[0]));
    assert_eq!(combined.left_out.len(), 1, "{:?}", combined.left_out);
    assert!(combined.left_out[0].contains("USD"));
}

#[test]
fn groups_that_chose_different_models_leave_the_choice_open_and_it_is_said() {
    let mut a = group("A", &[]);
    a.canvas.models.aim = Some(MODELS[0]);
    let mut b = group("B", &[]);
    b.canvas.models.aim = Some(MODELS[1]);
    let combined = combine(&[a, b]).expect("combines");
    assert_eq!(combined.canvas.models.aim, None);
    assert_eq!(combined.left_out.len(), 1);
}

fn without_mark(text: &str) -> &str {
    text.split_once("] ").map_or(text, |(_, rest)| rest)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// No note with text is lost: each is in the result, once per group
    /// that wrote it alike, under a mark naming its group.
    #[test]
    fn every_note_of_every_group_is_in_the_combined_canvas(
        canvases in prop::collection::vec(arb_canvas(), 2..5)
    ) {
        let kind = canvases[0].kind;
        let groups: Vec<Group> = canvases
            .into_iter()
            .enumerate()
            .map(|(i, mut canvas)| {
                canvas.kind = kind;
                Group { label: format!("G{i}"), canvas }
            })
            .collect();
        let Ok(combined) = combine(&groups) else {
            // Only when together they are over a limit.
            return Ok(());
        };
        let c = &combined.canvas;
        for (g, group) in groups.iter().enumerate() {
            for note in group.canvas.notes.iter().filter(|n| !n.text.trim().is_empty()) {
                let found = c.notes.iter().any(|n| {
                    n.block == note.block
                        && alike_key(without_mark(&n.text)) == alike_key(&note.text)
                        && (n.text.starts_with("[All groups]")
                            || n.text.split("] ").next().is_some_and(|m| {
                                m.trim_start_matches('[').split(", ").any(|l| l == format!("G{g}"))
                            }))
                });
                prop_assert!(found, "lost {:?} of G{}", note.text, g);
            }
        }
        let with_text: usize = groups
            .iter()
            .map(|g| g.canvas.notes.iter().filter(|n| !n.text.trim().is_empty()).count())
            .sum();
        // Each note of the result stands for as many as its mark names.
        let stood_for: usize = c
            .notes
            .iter()
            .map(|n| match n.text.split("] ").next() {
                Some("[All groups") => groups.len(),
                Some(mark) => mark.split(", ").count(),
                None => 0,
            })
            .sum();
        prop_assert_eq!(stood_for, with_text);
        for &(a, b) in &c.links {
            prop_assert!(a < b && c.notes.iter().any(|n| n.id == a) && c.notes.iter().any(|n| n.id == b));
        }
    }
}

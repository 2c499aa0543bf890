//! Vote links: the invitation carries the notes with their ids and the
//! vote's rules; a ballot comes back whole or is refused; a 30-note
//! canvas's invitation fits a QR code.

use super::*;
use crate::core::canvas::kind::CanvasKind;
use crate::core::share::qr::MAX_QR_CHARS;
use crate::core::testing::canvas_with;

fn voted_canvas() -> Canvas {
    let (mut c, _) = canvas_with(
        CanvasKind::LearningModelNine,
        &[("design", "Job aids"), ("delivery", "Coaching")],
    );
    // Ids as an edited canvas has them.
    c.delete_note(1);
    let id = c.add_note("design");
    c.set_note_text(id, "Peer learning");
    c.votes = Some(Votes::new(0xabcd_1234, 3, true));
    c
}

#[test]
fn an_invitation_carries_the_notes_with_their_ids_and_the_rules() {
    let c = voted_canvas();
    let votes = c.votes.clone().expect("a vote");
    let link = invitation(&c, &votes, 20_790).expect("encodes");
    assert!(link.starts_with("v1.3r.c5."), "{link}");
    assert!(is_invitation(&format!("#{link}")));
    let got = read_invitation(&link).expect("opens");
    assert_eq!((got.round, got.dots, got.repeat), (0xabcd_1234, 3, true));
    let ids: Vec<NoteId> = got.canvas.notes.iter().map(|n| n.id).collect();
    assert_eq!(ids, [2, 3]);
    assert_eq!(got.canvas.notes[1].text, "Peer learning");
    for bad in ["v1.0o.", "v1.21o.", "v1.3x.", "v1.03o.", "v1.3o"] {
        let tampered = format!("{bad}{}", &link[6..]);
        assert!(read_invitation(&tampered).is_err(), "{tampered}");
    }
}

#[test]
fn a_ballot_comes_back_whole_and_a_changed_one_is_refused() {
    let ballot = SentBallot {
        round: 0xabcd_1234,
        phone: 7,
        voter: "Ana Ruiz".into(),
        dots: vec![3, 3, 2],
    };
    let link = ballot_link(&ballot);
    assert!(link.len() < 60, "{link}");
    assert_eq!(read_ballot(&format!("#{link}")), Ok(ballot));
    // Every changed character and every cut is refused, never a panic.
    for i in 3..link.len() {
        let mut chars: Vec<char> = link.chars().collect();
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let changed: String = chars.into_iter().collect();
        assert!(read_ballot(&changed).is_err(), "changed at {i}: {changed}");
        assert!(read_ballot(&link[..i]).is_err(), "cut at {i}");
    }
}

#[test]
fn the_invitation_of_a_thirty_note_canvas_fits_a_qr_code() {
    let template = crate::core::format::templates::decode_template(
        "field-service-performance-support",
        include_str!("../../../templates/field-service-performance-support.json"),
    )
    .expect("the template");
    let mut c = template.canvas;
    let id = c.add_note("delivery");
    c.set_note_text(id, "A thirtieth note, as a workshop adds one");
    assert_eq!(c.notes.len(), 30);
    let votes = Votes::new(0x1234_5678, 3, false);
    let link = invitation(&c, &votes, 20_790).expect("encodes");
    // With the app's address in front of it, as the page shows it.
    let url = format!("https://learning-model-canvas.example.org/#{link}");
    assert!(url.len() <= MAX_QR_CHARS, "{} characters", url.len());
    eprintln!("a 30-note invitation: {} characters", url.len());
}

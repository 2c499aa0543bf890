//! The benchmark corpus, shared by the native and the browser benchmark:
//! 200 canvases of 50 realistic notes each.

use lmc::core::canvas::kind::CanvasKind;
use lmc::core::canvas::model::Canvas;

pub const CANVASES: usize = 200;
pub const NOTES: usize = 50;

pub fn realistic_canvas(i: usize) -> Canvas {
    let mut c = Canvas::new(CanvasKind::LearningModelNine);
    c.title = format!("Client {i:03} — learning plan 2027");
    let blocks = CanvasKind::LearningModelNine.def().blocks;
    for n in 0..NOTES {
        let id = c.add_note(blocks[n % blocks.len()].id);
        c.set_note_text(
            id,
            &format!(
                "Note {n}: sponsors in Sales, onboarding in weeks, SME hours counted — €{n}00"
            ),
        );
    }
    c
}

//! Threads numbered for a reader who cannot click: each group of linked
//! notes gets a number (in the canvas's order of its first note), so a
//! shared view, a picture or a printout can mark each note "Thread 2" and
//! list the threads in a key.

use crate::core::canvas::model::{Canvas, NoteId};
use crate::core::canvas::threads::Neighbours;
use std::collections::HashMap;

/// The threads of `canvas`: each its notes in canvas order, numbered from
/// 1 by their place in the list. Notes without links are in none.
pub fn numbered_threads(canvas: &Canvas) -> Vec<Vec<NoteId>> {
    let neighbours = Neighbours::of(&canvas.links);
    let mut number: HashMap<NoteId, usize> = HashMap::new();
    let mut threads: Vec<Vec<NoteId>> = Vec::new();
    for note in &canvas.notes {
        if number.contains_key(&note.id) {
            continue;
        }
        let members = neighbours.thread(note.id);
        if members.len() < 2 {
            continue;
        }
        for &m in &members {
            number.insert(m, threads.len() + 1);
        }
        // In the canvas's order, as the reader meets them.
        let ordered: Vec<NoteId> = canvas
            .notes
            .iter()
            .map(|n| n.id)
            .filter(|id| members.contains(id))
            .collect();
        threads.push(ordered);
    }
    threads
}

/// Each linked note's thread number.
pub fn thread_numbers(threads: &[Vec<NoteId>]) -> HashMap<NoteId, usize> {
    threads
        .iter()
        .enumerate()
        .flat_map(|(i, t)| t.iter().map(move |&id| (id, i + 1)))
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::canvas::kind::CanvasKind;
    use crate::core::canvas::threads::link;
    use crate::core::testing::canvas_with;

    #[test]
    fn linked_notes_are_numbered_by_thread_in_canvas_order() {
        let (mut c, ids) = canvas_with(
            CanvasKind::LearningModelNine,
            &[
                ("design", "a"),
                ("design", "b"),
                ("delivery", "c"),
                ("delivery", "d"),
                ("delivery", "e"),
            ],
        );
        link(&mut c.links, ids[3], ids[4]);
        link(&mut c.links, ids[0], ids[2]);
        link(&mut c.links, ids[2], ids[1]);
        let threads = numbered_threads(&c);
        assert_eq!(
            threads,
            [vec![ids[0], ids[1], ids[2]], vec![ids[3], ids[4]]]
        );
        let numbers = thread_numbers(&threads);
        assert_eq!(numbers.get(&ids[1]), Some(&1));
        assert_eq!(numbers.get(&ids[4]), Some(&2));
    }
}

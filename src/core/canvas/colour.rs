//! Note colours and the legend that gives each colour its meaning.
//!
//! A note has no colour or one of [`PALETTE`]. What a colour means is up to
//! each canvas: its [`Legend`] holds one label per colour, renamable, and
//! starts with the meanings workshops use most (idea, fact, assumption,
//! risk, decision, question). The label is also the note's tag in text, so
//! colour is never the only cue.

/// The colours a note can have. Their order is part of the stored and
/// shared formats: append only, never reorder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoteColour {
    Yellow,
    Blue,
    Violet,
    Red,
    Green,
    Orange,
}

pub const PALETTE: [NoteColour; 6] = [
    NoteColour::Yellow,
    NoteColour::Blue,
    NoteColour::Violet,
    NoteColour::Red,
    NoteColour::Green,
    NoteColour::Orange,
];

/// The longest label the legend keeps; longer ones are cut on entry.
pub const MAX_LABEL_CHARS: usize = 40;

impl NoteColour {
    /// The stable id used in storage and in the page (`data-colour`).
    pub fn id(self) -> &'static str {
        match self {
            NoteColour::Yellow => "yellow",
            NoteColour::Blue => "blue",
            NoteColour::Violet => "violet",
            NoteColour::Red => "red",
            NoteColour::Green => "green",
            NoteColour::Orange => "orange",
        }
    }

    /// The colour's name as people say it.
    pub fn name(self) -> &'static str {
        match self {
            NoteColour::Yellow => "Yellow",
            NoteColour::Blue => "Blue",
            NoteColour::Violet => "Violet",
            NoteColour::Red => "Red",
            NoteColour::Green => "Green",
            NoteColour::Orange => "Orange",
        }
    }

    /// What the colour means on a new canvas.
    pub fn default_label(self) -> &'static str {
        match self {
            NoteColour::Yellow => "Idea",
            NoteColour::Blue => "Fact",
            NoteColour::Violet => "Assumption",
            NoteColour::Red => "Risk",
            NoteColour::Green => "Decision",
            NoteColour::Orange => "Question",
        }
    }

    /// Its place in [`PALETTE`].
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(i: usize) -> Option<NoteColour> {
        PALETTE.get(i).copied()
    }

    pub fn from_id(id: &str) -> Option<NoteColour> {
        PALETTE.into_iter().find(|c| c.id() == id)
    }
}

/// One label per colour of [`PALETTE`], in its order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Legend {
    labels: [String; PALETTE.len()],
}

impl Default for Legend {
    fn default() -> Self {
        Legend {
            labels: PALETTE.map(|c| c.default_label().to_string()),
        }
    }
}

impl Legend {
    /// The label as the user wrote it (maybe empty).
    pub fn label(&self, colour: NoteColour) -> &str {
        &self.labels[colour.index()]
    }

    /// Renames a colour; the label is cut to [`MAX_LABEL_CHARS`] and its
    /// line breaks become spaces (a legend entry is one line).
    pub fn set_label(&mut self, colour: NoteColour, label: &str) {
        self.labels[colour.index()] = clean_label(label);
    }

    /// The tag a note of this colour shows in text: its label, or the
    /// colour's name when the label was emptied.
    pub fn tag(&self, colour: NoteColour) -> &str {
        match self.label(colour).trim() {
            "" => colour.name(),
            label => label,
        }
    }

    pub fn is_default(&self) -> bool {
        *self == Legend::default()
    }

    /// The colours whose label is not the default one.
    pub fn renamed(&self) -> impl Iterator<Item = NoteColour> + '_ {
        PALETTE
            .into_iter()
            .filter(|c| self.label(*c) != c.default_label())
    }
}

/// A label as the legend keeps it: one line, at most [`MAX_LABEL_CHARS`].
pub fn clean_label(label: &str) -> String {
    label
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_LABEL_CHARS)
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_colour_has_a_unique_id_and_its_place() {
        for (i, c) in PALETTE.into_iter().enumerate() {
            assert_eq!(c.index(), i);
            assert_eq!(NoteColour::from_index(i), Some(c));
            assert_eq!(NoteColour::from_id(c.id()), Some(c));
        }
        assert_eq!(NoteColour::from_index(PALETTE.len()), None);
        assert_eq!(NoteColour::from_id("Yellow"), None);
    }

    #[test]
    fn a_new_legend_names_the_usual_meanings() {
        let legend = Legend::default();
        let tags: Vec<&str> = PALETTE.into_iter().map(|c| legend.tag(c)).collect();
        assert_eq!(
            tags,
            ["Idea", "Fact", "Assumption", "Risk", "Decision", "Question"]
        );
        assert!(legend.is_default());
        assert_eq!(legend.renamed().count(), 0);
    }

    #[test]
    fn a_renamed_colour_tags_its_notes_and_an_empty_label_falls_back_to_the_name() {
        let mut legend = Legend::default();
        legend.set_label(NoteColour::Red, "Blocker\nfor Q3");
        assert_eq!(legend.tag(NoteColour::Red), "Blocker for Q3");
        legend.set_label(NoteColour::Blue, "  ");
        assert_eq!(legend.tag(NoteColour::Blue), "Blue");
        assert_eq!(legend.label(NoteColour::Blue), "  ");
        let renamed: Vec<_> = legend.renamed().collect();
        assert_eq!(renamed, [NoteColour::Blue, NoteColour::Red]);
        legend.set_label(NoteColour::Green, &"x".repeat(100));
        assert_eq!(legend.label(NoteColour::Green).len(), MAX_LABEL_CHARS);
    }
}

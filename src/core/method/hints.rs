//! Gentle hints from the learning model: where a chosen model needs
//! something the canvas does not show yet, the block concerned says so.
//!
//! The rules are data ([`RULES`]): a model, the blocks to look in (the
//! first one the canvas's kind has), what to look for, and what to say.
//! Adding a rule is adding an entry. A hint goes away when the canvas
//! meets it, or when the user dismisses it (remembered per canvas).

use crate::core::canvas::marks::PartnerSide;
use crate::core::canvas::model::Canvas;
use crate::core::method::learning_model::LearningModel;

/// What a rule looks for in its blocks; the hint shows while it is missing.
#[derive(Clone, Copy, Debug)]
pub enum Wants {
    /// A note mentioning any of these terms. A term is one or more words;
    /// a word ending in `*` matches any word it begins, other words match
    /// themselves and their plural in -s or -es. Case is ignored.
    Mention(&'static [&'static str]),
    /// A partner note marked external, or a mention of one of these terms.
    ExternalPartner(&'static [&'static str]),
}

pub struct HintRule {
    /// Stable: dismissals are stored by it.
    pub id: &'static str,
    pub model: LearningModel,
    /// Candidate blocks across kinds; the rule looks in (and speaks from)
    /// those the canvas's kind has, and shows in the first of them.
    pub blocks: &'static [&'static str],
    pub wants: Wants,
    pub text: &'static str,
}

pub const RULES: &[HintRule] = &[
    HintRule {
        id: "performance-support-it",
        model: LearningModel::PerformanceSupport,
        blocks: &["key-partners", "service-delivery", "key-resources"],
        wants: Wants::Mention(&[
            "it",
            "information technology",
            "tech*",
            "system*",
            "digital",
            "intranet",
            "lms",
            "crm",
            "erp",
            "platform*",
        ]),
        text: "Performance Support reaches people inside the systems they work in, so it \
               depends on IT. No note here names an IT partner yet.",
    },
    HintRule {
        id: "mass-distribution-content",
        model: LearningModel::MassDistribution,
        blocks: &["key-partners", "service-delivery", "key-resources"],
        wants: Wants::Mention(&[
            "sme",
            "subject matter",
            "expert*",
            "content*",
            "library",
            "libraries",
            "vendor*",
            "provider*",
            "publisher*",
            "author*",
        ]),
        text: "Mass Distribution is only as good as its content. No note here names the \
               subject experts or content providers behind it.",
    },
    HintRule {
        id: "innovation-practice",
        model: LearningModel::Innovation,
        blocks: &[
            "design",
            "delivery",
            "products-services",
            "service-delivery",
        ],
        wants: Wants::Mention(&[
            "simulat*",
            "game*",
            "gamif*",
            "role play*",
            "roleplay*",
            "role-play*",
            "practi*",
            "sandbox*",
            "lab",
            "scenario*",
            "rehears*",
            "drill*",
            "vr",
            "virtual reality",
        ]),
        text: "Innovation builds skill through safe practice. Neither design nor delivery \
               mentions simulations, games, role play or other practice yet.",
    },
    HintRule {
        id: "partnership-external",
        model: LearningModel::Partnership,
        blocks: &["key-partners", "service-delivery"],
        wants: Wants::ExternalPartner(&[
            "vendor*",
            "agenc*",
            "consult*",
            "universit*",
            "school*",
            "college*",
            "alliance*",
            "coalition*",
            "network*",
            "external",
        ]),
        text: "Partnership runs on a network beyond L&D. No partner here is marked external \
               or named as a vendor, school or network yet.",
    },
    HintRule {
        id: "university-catalogue",
        model: LearningModel::University,
        blocks: &["design", "products-services", "key-resources"],
        wants: Wants::Mention(&[
            "catalog*",
            "catalogue*",
            "curricul*",
            "academy",
            "academies",
            "programme*",
            "program*",
            "track*",
            "elective*",
            "course*",
            "learning path*",
            "faculty",
        ]),
        text: "A University model offers a catalogue people follow over time. No note here \
               mentions programmes, tracks, courses or a curriculum yet.",
    },
];

/// A hint to show: which rule, in which block, saying what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    pub id: &'static str,
    pub block: &'static str,
    pub model: LearningModel,
    pub text: &'static str,
}

/// The words of a text, lower case, split at anything not a letter or digit.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn word_matches(pattern: &str, word: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => {
            word == pattern
                || word
                    .strip_prefix(pattern)
                    .is_some_and(|rest| rest == "s" || rest == "es")
        }
    }
}

/// Whether a text, as its [`words`], mentions `term` (see [`Wants::Mention`]).
fn mentions_in(words: &[String], term: &str) -> bool {
    let pattern: Vec<&str> = term
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    !pattern.is_empty()
        && words
            .windows(pattern.len())
            .any(|window| window.iter().zip(&pattern).all(|(w, p)| word_matches(p, w)))
}

/// Whether `text` mentions `term` (see [`Wants::Mention`]).
pub fn mentions(text: &str, term: &str) -> bool {
    mentions_in(&words(text), term)
}

fn rule_met(canvas: &Canvas, blocks: &[&'static str], wants: Wants) -> bool {
    let (terms, external_counts) = match wants {
        Wants::Mention(terms) => (terms, false),
        Wants::ExternalPartner(terms) => (terms, true),
    };
    canvas
        .notes
        .iter()
        .filter(|n| blocks.contains(&n.block.as_str()))
        .any(|n| {
            (external_counts && n.partner == Some(PartnerSide::External)) || {
                let words = words(&n.text);
                terms.iter().any(|t| mentions_in(&words, t))
            }
        })
}

/// The hints the canvas shows now: for each chosen model, each rule whose
/// blocks the kind has and whose want is missing, unless dismissed.
pub fn hints(canvas: &Canvas) -> Vec<Hint> {
    let models = canvas.models.chosen();
    RULES
        .iter()
        .filter(|r| models.contains(&r.model))
        .filter(|r| !canvas.dismissed_hints.iter().any(|d| d == r.id))
        .filter_map(|r| {
            let blocks: Vec<&'static str> = r
                .blocks
                .iter()
                .copied()
                .filter(|b| canvas.kind.has_block(b))
                .collect();
            let shown_in = *blocks.first()?;
            (!rule_met(canvas, &blocks, r.wants)).then_some(Hint {
                id: r.id,
                block: shown_in,
                model: r.model,
                text: r.text,
            })
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::canvas::kind::CanvasKind;
    use crate::core::method::learning_model::MODELS;

    fn canvas(kind: CanvasKind, notes: &[(&str, &str)]) -> Canvas {
        crate::core::testing::canvas_with(kind, notes).0
    }

    fn shown(c: &Canvas) -> Vec<(&'static str, &'static str)> {
        hints(c).into_iter().map(|h| (h.id, h.block)).collect()
    }

    #[test]
    fn terms_match_whole_words_plurals_and_stems() {
        assert!(mentions("Help desk run by IT.", "it"));
        assert!(!mentions("Built with care", "it"));
        assert!(mentions("Two SMEs per course", "sme"));
        assert!(mentions("Sales role-play on Fridays", "role play*"));
        assert!(mentions("Role plays", "role play*"));
        assert!(mentions("Flight SIMULATORS", "simulat*"));
        assert!(!mentions("Simple quiz", "simulat*"));
        assert!(mentions("subject-matter experts", "subject matter"));
        assert!(!mentions("anything", ""));
    }

    #[test]
    fn no_model_no_hints() {
        assert!(hints(&canvas(CanvasKind::LearningModelNine, &[])).is_empty());
    }

    #[test]
    fn performance_support_wants_an_it_partner_in_key_partners() {
        let mut c = canvas(
            CanvasKind::LearningModelNine,
            &[("key-partners", "Sales VP")],
        );
        c.models.aim = Some(LearningModel::PerformanceSupport);
        assert_eq!(shown(&c), [("performance-support-it", "key-partners")]);
        let id = c.add_note("key-partners");
        c.set_note_text(id, "IT service desk for the CRM");
        assert!(hints(&c).is_empty());
    }

    #[test]
    fn mass_distribution_wants_experts_or_content_partners() {
        let mut c = canvas(
            CanvasKind::LearningModelNine,
            &[("design", "Content studio")],
        );
        c.models.today = Some(LearningModel::MassDistribution);
        assert_eq!(shown(&c), [("mass-distribution-content", "key-partners")]);
        let id = c.add_note("key-partners");
        c.set_note_text(id, "Subject-matter experts from Product");
        assert!(hints(&c).is_empty());
    }

    #[test]
    fn innovation_wants_practice_in_design_or_delivery() {
        let mut c = canvas(CanvasKind::LearningModelNine, &[("delivery", "Webinars")]);
        c.models.aim = Some(LearningModel::Innovation);
        assert_eq!(shown(&c), [("innovation-practice", "design")]);
        let id = c.add_note("delivery");
        c.set_note_text(id, "Negotiation simulations in the lab");
        assert!(hints(&c).is_empty());
    }

    #[test]
    fn partnership_is_met_by_a_note_marked_external() {
        let mut c = canvas(
            CanvasKind::LearningModelNine,
            &[("key-partners", "Acme Ltd")],
        );
        c.models.aim = Some(LearningModel::Partnership);
        assert_eq!(shown(&c), [("partnership-external", "key-partners")]);
        c.notes[0].partner = Some(PartnerSide::External);
        assert!(hints(&c).is_empty());
    }

    #[test]
    fn rules_follow_the_kind_and_skip_kinds_without_their_blocks() {
        let mut c = canvas(CanvasKind::LearningModelFive, &[]);
        c.models.today = Some(LearningModel::PerformanceSupport);
        c.models.aim = Some(LearningModel::University);
        assert_eq!(
            shown(&c),
            [
                ("performance-support-it", "service-delivery"),
                ("university-catalogue", "products-services")
            ]
        );
        let mut lean = canvas(CanvasKind::Lean, &[]);
        lean.models.aim = Some(LearningModel::Innovation);
        assert!(
            hints(&lean).is_empty(),
            "the Lean Canvas has none of its blocks"
        );
    }

    #[test]
    fn a_dismissed_hint_stays_away() {
        let mut c = canvas(CanvasKind::LearningModelNine, &[]);
        c.models.aim = Some(LearningModel::Innovation);
        c.dismissed_hints.push("innovation-practice".into());
        assert!(hints(&c).is_empty());
    }

    #[test]
    fn every_model_has_a_rule_and_rule_ids_are_unique() {
        for m in MODELS {
            assert!(RULES.iter().any(|r| r.model == m), "{}", m.name());
        }
        for (i, r) in RULES.iter().enumerate() {
            assert!(RULES[..i].iter().all(|o| o.id != r.id), "{}", r.id);
            assert!(!r.blocks.is_empty() && !r.text.is_empty());
        }
    }
}

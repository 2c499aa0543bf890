//! The five learning models an L&D department can run, from handing out
//! information to building skills, and the canvas's choice of the one it
//! runs today and the one it aims for.

/// In order along the line from spreading information to developing
/// skills. Ids are part of the stored and shared formats: never renamed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LearningModel {
    PerformanceSupport,
    MassDistribution,
    Partnership,
    University,
    Innovation,
}

pub const MODELS: [LearningModel; 5] = [
    LearningModel::PerformanceSupport,
    LearningModel::MassDistribution,
    LearningModel::Partnership,
    LearningModel::University,
    LearningModel::Innovation,
];

impl LearningModel {
    pub fn id(self) -> &'static str {
        match self {
            LearningModel::PerformanceSupport => "performance-support",
            LearningModel::MassDistribution => "mass-distribution",
            LearningModel::Partnership => "partnership",
            LearningModel::University => "university",
            LearningModel::Innovation => "innovation",
        }
    }

    pub fn from_id(id: &str) -> Option<LearningModel> {
        MODELS.into_iter().find(|m| m.id() == id)
    }

    pub fn name(self) -> &'static str {
        match self {
            LearningModel::PerformanceSupport => "Performance Support",
            LearningModel::MassDistribution => "Mass Distribution",
            LearningModel::Partnership => "Partnership",
            LearningModel::University => "University",
            LearningModel::Innovation => "Innovation",
        }
    }

    /// What the model is, in a paragraph of our own.
    pub fn explanation(self) -> &'static str {
        match self {
            LearningModel::PerformanceSupport => {
                "Help arrives inside the work itself, at the moment someone needs it: a \
                 checklist in the CRM, a short how-to beside the form, a search that answers. \
                 People learn just enough to get the task done. It lives or dies with the \
                 systems people already use, so IT is a partner from day one."
            }
            LearningModel::MassDistribution => {
                "One body of content goes out to everyone who needs it, the same way, at low \
                 cost per head: compliance, product launches, company-wide changes. Reach and \
                 consistency matter more than depth. The quality of the content, and the \
                 experts and providers behind it, decide how well it works."
            }
            LearningModel::Partnership => {
                "L&D orchestrates rather than produces: a network of business units, experts, \
                 vendors, schools or peers designs and delivers learning close to where it is \
                 used. L&D sets standards, brokers the right partner and keeps the whole \
                 coherent."
            }
            LearningModel::University => {
                "A broad and deep catalogue, organised into programmes, tracks and electives, \
                 that people follow over months or years. It builds careers and shared \
                 culture, and asks for curriculum management, faculty and a place, physical \
                 or online, to learn."
            }
            LearningModel::Innovation => {
                "People build skill by doing, in a place where mistakes are safe: \
                 simulations, games, role play, labs and practice with feedback. It costs \
                 more per learner and aims at the hardest, most valuable skills."
            }
        }
    }
}

/// Which model the department runs today and which it aims for; either
/// may be left open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ModelChoice {
    pub today: Option<LearningModel>,
    pub aim: Option<LearningModel>,
}

impl ModelChoice {
    pub fn is_empty(&self) -> bool {
        self.today.is_none() && self.aim.is_none()
    }

    /// The models chosen, today's first, each once.
    pub fn chosen(&self) -> Vec<LearningModel> {
        let mut out: Vec<LearningModel> = self.today.into_iter().collect();
        if let Some(aim) = self.aim.filter(|a| Some(*a) != self.today) {
            out.push(aim);
        }
        out
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn every_model_has_an_id_a_name_and_an_explanation() {
        for m in MODELS {
            assert_eq!(LearningModel::from_id(m.id()), Some(m));
            assert!(!m.name().is_empty());
            assert!(m.explanation().len() > 150, "{}", m.name());
        }
        assert_eq!(LearningModel::from_id("Innovation"), None);
    }

    #[test]
    fn the_chosen_models_are_listed_once() {
        let mut c = ModelChoice::default();
        assert!(c.is_empty() && c.chosen().is_empty());
        c.aim = Some(LearningModel::Innovation);
        assert_eq!(c.chosen(), [LearningModel::Innovation]);
        c.today = Some(LearningModel::MassDistribution);
        assert_eq!(
            c.chosen(),
            [LearningModel::MassDistribution, LearningModel::Innovation]
        );
        c.today = Some(LearningModel::Innovation);
        assert_eq!(c.chosen(), [LearningModel::Innovation]);
    }
}

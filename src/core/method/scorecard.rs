//! The scorecard: metrics attached to blocks, each a driver (something the
//! department does or changes) or a result (what the business sees), with
//! current and target values, and links from drivers to the results they
//! move. Seeing the drivers beside each result makes causes visible.

use crate::core::method::worksheet::Amount;

pub type MetricId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MetricRole {
    Driver,
    Result,
}

impl MetricRole {
    pub fn id(self) -> &'static str {
        match self {
            MetricRole::Driver => "driver",
            MetricRole::Result => "result",
        }
    }

    pub fn from_id(id: &str) -> Option<MetricRole> {
        [MetricRole::Driver, MetricRole::Result]
            .into_iter()
            .find(|r| r.id() == id)
    }

    pub fn name(self) -> &'static str {
        match self {
            MetricRole::Driver => "Driver",
            MetricRole::Result => "Result",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metric {
    pub id: MetricId,
    /// The block the metric belongs to.
    pub block: String,
    pub name: String,
    pub role: MetricRole,
    /// "%", "days", "EUR", "points"…
    pub unit: String,
    pub current: Option<Amount>,
    pub target: Option<Amount>,
    /// For a driver: the results it moves, sorted, each once.
    pub moves: Vec<MetricId>,
}

impl Metric {
    pub fn new(id: MetricId, block: &str, role: MetricRole) -> Metric {
        Metric {
            id,
            block: block.to_string(),
            name: String::new(),
            role,
            unit: String::new(),
            current: None,
            target: None,
            moves: Vec::new(),
        }
    }
}

/// One more than the highest id in use; if a (shared) canvas already holds
/// the highest possible id, the smallest free one.
pub fn next_metric_id(metrics: &[Metric]) -> MetricId {
    match metrics.iter().map(|m| m.id).max() {
        None => 1,
        Some(MetricId::MAX) => (1..=MetricId::MAX)
            .find(|id| !metrics.iter().any(|m| m.id == *id))
            .unwrap_or(0),
        Some(m) => m + 1,
    }
}

/// Says that driver `driver` moves result `result` (or no longer does).
/// False, changing nothing, unless `driver` is a driver and `result` a result.
pub fn set_moves(metrics: &mut [Metric], driver: MetricId, result: MetricId, on: bool) -> bool {
    let is = |id, role| metrics.iter().any(|m| m.id == id && m.role == role);
    if !is(driver, MetricRole::Driver) || !is(result, MetricRole::Result) {
        return false;
    }
    let Some(d) = metrics.iter_mut().find(|m| m.id == driver) else {
        return false;
    };
    match (d.moves.binary_search(&result), on) {
        (Err(at), true) => d.moves.insert(at, result),
        (Ok(at), false) => {
            d.moves.remove(at);
        }
        _ => {}
    }
    true
}

/// Removes a metric and every link to it.
pub fn remove_metric(metrics: &mut Vec<Metric>, id: MetricId) {
    metrics.retain(|m| m.id != id);
    for m in metrics.iter_mut() {
        m.moves.retain(|r| *r != id);
    }
}

/// Turns a driver into a result or back: its links no longer fit, so
/// they go (a result moves nothing, and nothing moves a driver).
pub fn set_role(metrics: &mut [Metric], id: MetricId, role: MetricRole) {
    for m in metrics.iter_mut() {
        if m.id == id {
            m.role = role;
            m.moves.clear();
        } else {
            m.moves.retain(|r| *r != id);
        }
    }
}

/// A result and the drivers that move it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultRow {
    pub result: MetricId,
    pub drivers: Vec<MetricId>,
}

/// What the scorecard view shows: each result with its drivers (a result
/// without any is flagged), then the drivers that move nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scorecard {
    pub results: Vec<ResultRow>,
    pub idle_drivers: Vec<MetricId>,
}

impl Scorecard {
    pub fn results_without_driver(&self) -> impl Iterator<Item = MetricId> + '_ {
        self.results
            .iter()
            .filter(|r| r.drivers.is_empty())
            .map(|r| r.result)
    }
}

pub fn scorecard(metrics: &[Metric]) -> Scorecard {
    let results = metrics
        .iter()
        .filter(|m| m.role == MetricRole::Result)
        .map(|r| ResultRow {
            result: r.id,
            drivers: metrics
                .iter()
                .filter(|d| d.role == MetricRole::Driver && d.moves.contains(&r.id))
                .map(|d| d.id)
                .collect(),
        })
        .collect();
    let idle_drivers = metrics
        .iter()
        .filter(|d| d.role == MetricRole::Driver)
        .filter(|d| {
            !d.moves.iter().any(|r| {
                metrics
                    .iter()
                    .any(|m| m.id == *r && m.role == MetricRole::Result)
            })
        })
        .map(|d| d.id)
        .collect();
    Scorecard {
        results,
        idle_drivers,
    }
}

/// Checks what the stored shape cannot: unique ids, and links only from
/// drivers to results that exist, sorted and each once.
pub fn validate(metrics: &[Metric]) -> Result<(), String> {
    for (i, m) in metrics.iter().enumerate() {
        if metrics[..i].iter().any(|o| o.id == m.id) {
            return Err(format!("two metrics share the id {}", m.id));
        }
        if m.block.is_empty() {
            return Err(format!("metric {} has no block", m.id));
        }
        if m.role == MetricRole::Result && !m.moves.is_empty() {
            return Err(format!("metric {} is a result but moves others", m.id));
        }
        if !m.moves.windows(2).all(|w| w[0] < w[1]) {
            return Err(format!("the links of metric {} are not in order", m.id));
        }
        for r in &m.moves {
            if !metrics
                .iter()
                .any(|o| o.id == *r && o.role == MetricRole::Result)
            {
                return Err(format!("metric {} moves {r}, which is not a result", m.id));
            }
        }
    }
    Ok(())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> Vec<Metric> {
        let mut ms = vec![
            Metric::new(1, "business-outcomes", MetricRole::Result),
            Metric::new(2, "delivery", MetricRole::Driver),
            Metric::new(3, "design", MetricRole::Driver),
            Metric::new(4, "business-outcomes", MetricRole::Result),
        ];
        ms[0].name = "Time to competence".into();
        ms[1].name = "Coaching hours per new hire".into();
        ms
    }

    #[test]
    fn each_result_lists_its_drivers_and_the_gaps_are_flagged() {
        let mut ms = sample();
        assert!(set_moves(&mut ms, 2, 1, true));
        assert!(set_moves(&mut ms, 2, 1, true), "twice is once");
        let card = scorecard(&ms);
        assert_eq!(
            card.results,
            [
                ResultRow {
                    result: 1,
                    drivers: vec![2]
                },
                ResultRow {
                    result: 4,
                    drivers: vec![]
                }
            ]
        );
        assert_eq!(card.results_without_driver().collect::<Vec<_>>(), [4]);
        assert_eq!(card.idle_drivers, [3]);
        assert!(validate(&ms).is_ok());
    }

    #[test]
    fn only_drivers_move_and_only_results_are_moved() {
        let mut ms = sample();
        assert!(!set_moves(&mut ms, 1, 4, true), "a result moves nothing");
        assert!(!set_moves(&mut ms, 2, 3, true), "a driver is not moved");
        assert!(!set_moves(&mut ms, 2, 99, true));
        assert!(ms.iter().all(|m| m.moves.is_empty()));
    }

    #[test]
    fn removing_or_recasting_a_metric_drops_the_links_that_no_longer_fit() {
        let mut ms = sample();
        set_moves(&mut ms, 2, 1, true);
        set_moves(&mut ms, 3, 1, true);
        set_moves(&mut ms, 3, 4, true);
        remove_metric(&mut ms, 1);
        assert_eq!(ms.iter().find(|m| m.id == 3).unwrap().moves, [4]);
        set_role(&mut ms, 4, MetricRole::Driver);
        assert!(ms.iter().all(|m| m.moves.is_empty()));
        assert!(validate(&ms).is_ok());
        assert_eq!(next_metric_id(&ms), 5);
        assert_eq!(next_metric_id(&[]), 1);
        let top = vec![Metric::new(MetricId::MAX, "design", MetricRole::Driver)];
        assert_eq!(next_metric_id(&top), 1, "never a duplicate");
    }

    #[test]
    fn validate_rejects_what_no_edit_makes() {
        let mut ms = sample();
        ms[3].id = 1;
        assert!(validate(&ms).unwrap_err().contains("share the id"));
        let mut ms = sample();
        ms[1].moves = vec![3];
        assert!(validate(&ms).unwrap_err().contains("not a result"));
        let mut ms = sample();
        ms[0].moves = vec![4];
        assert!(validate(&ms).unwrap_err().contains("is a result"));
        let mut ms = sample();
        ms[1].moves = vec![4, 1];
        assert!(validate(&ms).unwrap_err().contains("not in order"));
    }

    proptest! {
        /// Any edits leave a scorecard that validates.
        #[test]
        fn edits_keep_the_scorecard_valid(ops in prop::collection::vec((0u8..4, 1u32..7, 1u32..7, any::<bool>()), 0..50)) {
            let mut ms: Vec<Metric> = Vec::new();
            for (op, a, b, on) in ops {
                match op {
                    0 => {
                        let id = next_metric_id(&ms);
                        let role = if on { MetricRole::Driver } else { MetricRole::Result };
                        ms.push(Metric::new(id, "design", role));
                    }
                    1 => { set_moves(&mut ms, a, b, on); }
                    2 => remove_metric(&mut ms, a),
                    _ => set_role(&mut ms, a, if on { MetricRole::Driver } else { MetricRole::Result }),
                }
                prop_assert!(validate(&ms).is_ok(), "{:?}", ms);
            }
        }
    }
}

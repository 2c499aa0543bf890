//! Presenting: stepping through a kind's blocks in its present order
//! ([`crate::core::canvas::kind::KindDef::present_order`]).

use crate::core::canvas::kind::{BlockDef, CanvasKind};

/// The block shown at step `index` of `kind` (the last one past the end).
pub fn block_at(kind: CanvasKind, index: usize) -> Option<&'static BlockDef> {
    let order = kind.def().present_order;
    let id = order.get(index.min(order.len().saturating_sub(1)))?;
    kind.block(id)
}

/// The step `delta` away from `index`, kept within the blocks.
pub fn step(kind: CanvasKind, index: usize, delta: i32) -> usize {
    let last = kind.def().present_order.len().saturating_sub(1) as i64;
    (index as i64 + i64::from(delta)).clamp(0, last) as usize
}

/// The step a digit key jumps to ("1" the first block), if there is one.
pub fn jump(kind: CanvasKind, key: &str) -> Option<usize> {
    let n: usize = key.parse().ok()?;
    (1..=kind.def().present_order.len())
        .contains(&n)
        .then(|| n - 1)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn presenting_steps_through_the_blocks_and_stops_at_either_end() {
        let nine = CanvasKind::LearningModelNine;
        assert_eq!(block_at(nine, 0).map(|b| b.id), Some("customer-segments"));
        assert_eq!(block_at(nine, 1).map(|b| b.id), Some("business-outcomes"));
        assert_eq!(block_at(nine, 99).map(|b| b.id), Some("cost-structure"));
        assert_eq!(step(nine, 0, -1), 0);
        assert_eq!(step(nine, 7, 1), 8);
        assert_eq!(step(nine, 8, 1), 8);
        assert_eq!(jump(nine, "3"), Some(2));
        assert_eq!(jump(nine, "0"), None);
        assert_eq!(jump(CanvasKind::LearningModelFive, "6"), None);
        assert_eq!(jump(nine, "x"), None);
    }
}

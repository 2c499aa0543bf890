//! The drafts library: every canvas kept in this browser, its trash and
//! snapshots, the copies saved from share links, over a key-value store.
pub mod backup;
pub mod combine;
pub mod drafts;
mod index_writes;
pub mod lineage;
mod migration;
pub mod names;
pub mod shared_copies;
pub mod snapshots;
pub mod store;
pub mod time_text;
pub mod trash;

pub use drafts::Library;
pub use store::{KeyValueStore, StoreError};

//! Where canvases come from and stay: My canvases with its trash,
//! snapshots and compare, templates, autosave and the storage alerts.
pub mod actions;
pub mod autosave;
pub mod backup;
pub mod combine;
pub mod compare;
pub mod indexing;
pub mod item;
pub mod listing;
pub mod panel;
pub mod saving;
pub mod snapshots;
pub mod storage_alerts;
pub mod templates;
pub mod time;
pub mod trash;

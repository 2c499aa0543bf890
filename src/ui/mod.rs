//! UI components, one concern per file, in folders by feature. `state`
//! holds the contexts every folder reads; `widgets` are the building
//! blocks; `app` and `navigation` choose the page.
pub mod app;
pub mod editor;
pub mod library;
pub mod navigation;
pub mod sharing;
pub mod state;
pub mod tools;
pub mod widgets;
pub mod workshop;

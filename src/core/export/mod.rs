//! The canvas as other tools read it: Markdown and SVG.
pub mod markdown;
pub mod svg;

//! The canvas as other tools read it: Markdown and SVG.
pub mod markdown;
pub mod money_text;
pub mod svg;
mod svg_footer;

//! The share link as a QR code: the module matrix from the `qrcode` crate
//! (error correction L, the most a code can carry), drawn by the page as
//! one SVG path, so no markup is ever built from text.

use qrcode::{Color, EcLevel, QrCode};

/// The most characters of a link a QR code carries (version 40, level L,
/// bytes); longer links are offered as a file instead.
pub const MAX_QR_CHARS: usize = 2953;

/// The quiet border scanners need, in modules.
const QUIET: usize = 4;

/// A QR code: `width` modules a side, dark ones `true`, row by row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrMatrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// The code of `text`, or `None` when no QR code holds that much.
    pub fn of(text: &str) -> Option<QrMatrix> {
        let code = QrCode::with_error_correction_level(text, EcLevel::L).ok()?;
        Some(QrMatrix {
            width: code.width(),
            dark: code
                .to_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect(),
        })
    }

    /// The side of the drawing, the quiet border included.
    pub fn side(&self) -> usize {
        self.width + 2 * QUIET
    }

    /// Whether module (`x`, `y`) of the drawing (border included) is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        let inside = |v: usize| (QUIET..QUIET + self.width).contains(&v);
        inside(x) && inside(y) && self.dark[(y - QUIET) * self.width + x - QUIET]
    }

    /// The dark modules as one SVG path: a unit square each, runs of a
    /// row joined.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.side() {
            let mut x = 0;
            while x < self.side() {
                if self.is_dark(x, y) {
                    let start = x;
                    while x < self.side() && self.is_dark(x, y) {
                        x += 1;
                    }
                    d.push_str(&format!("M{start} {y}h{}v1h-{}z", x - start, x - start));
                } else {
                    x += 1;
                }
            }
        }
        d
    }

    /// A whole SVG file of the code, for the download.
    pub fn svg_file(&self) -> String {
        let side = self.side();
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" width=\"{}\" height=\"{}\" shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{}\"/></svg>",
            side * 8,
            side * 8,
            self.svg_path()
        )
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Reads a drawn code back as a phone would (rqrr), at `scale` pixels
    /// a module.
    pub(crate) fn read_back(m: &QrMatrix, scale: usize) -> Option<String> {
        let side = m.side() * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            if m.is_dark(x / scale, y / scale) {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        grids.first()?.decode().ok().map(|(_, text)| text)
    }

    #[test]
    fn a_link_comes_back_from_its_code() {
        let link =
            "https://lmc.example/#c3.hZoxDoAgDEWN5xECDYQLuBhjHJm9gt5fpASsmIoLIwz_9dMP7Re8EiLk";
        let m = QrMatrix::of(link).expect("fits");
        assert_eq!(read_back(&m, 4).as_deref(), Some(link));
        let long = format!("https://lmc.example/#c3.{}", "A".repeat(1800));
        assert_eq!(
            read_back(&QrMatrix::of(&long).expect("fits"), 3),
            Some(long)
        );
    }

    #[test]
    fn a_link_too_long_for_any_code_is_said_so() {
        assert!(QrMatrix::of(&"a".repeat(MAX_QR_CHARS)).is_some());
        assert!(QrMatrix::of(&"a".repeat(MAX_QR_CHARS + 1)).is_none());
    }

    #[test]
    fn the_drawing_is_one_path_of_unit_rows() {
        let m = QrMatrix::of("x").expect("fits");
        let d = m.svg_path();
        assert!(d.starts_with("M4 4h7v1h-7z"), "{d}");
        assert!(m.svg_file().contains("viewBox=\"0 0 29 29\""));
    }
}

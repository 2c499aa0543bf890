//! The payload of share links: the canvas as compact bytes, before
//! compression (see [`crate::core::share::link`] for the whole link).
//!
//! Format 1: the kind as a varint (its index in [`KINDS_V1`]), the title,
//! then the notes in order, each its text; every text ends with the byte
//! `0xff`. Where the block changes from the note before (and before the
//! first note) comes the byte `0xfe` and the block's index in [`BLOCKS_V1`]
//! as a varint.
//!
//! Format 2 adds colours. After the title comes a varint whose bit `i` says
//! that colour `i` of [`PALETTE`] was renamed, then the renamed labels in
//! palette order, each ending with `0xff`. A coloured note has, after any
//! block mark and before its text, the byte `0xfd` and the colour's index.
//!
//! Format 3 adds, after the legend, one more text: the JSON of what the
//! canvas holds beyond notes and colours (learning models, threads, note
//! marks, the worksheet, the scorecard; see [`crate::core::format::extras`]), empty
//! when there is none.
//!
//! Format 4 is format 3 whose worksheet may hold amounts with three
//! decimals (currencies such as KWD): older builds refuse it as newer
//! instead of as damaged. It is written only for such a canvas.
//!
//! Format 5 is format 4 with the note ids between the extras and the
//! notes, and a tail after the compressed payload: the lineage, and who
//! shared it and when (see [`crate::core::share::envelope`]). It is written
//! only for a canvas shared with its lineage; a decoded canvas keeps the
//! ids it names.
//!
//! None of these marks ever occurs in UTF-8, so texts need no lengths or
//! escapes. Varints are unsigned LEB128, at most five bytes, no needless
//! zero bytes; each canvas has exactly one payload in each format. Note ids
//! do not travel.

use crate::core::canvas::colour::{clean_label, Legend, NoteColour, PALETTE};
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::lineage::Lineage;
use crate::core::canvas::model::{Canvas, Note, NoteId};
use crate::core::format::link_extras::{
    has_extras, link_extras, link_extras_with_votes, read_link_extras,
};
use crate::core::share::envelope::{
    finish, push_varint64, read_ids, read_tail, version_mark, write_ids, Envelope,
};
use crate::core::share::errors::{EncodeError, ShareError, MAX_NOTES, MAX_PAYLOAD_BYTES};

/// Canvas kinds by their number in format 1. Append only, never reorder.
pub const KINDS_V1: [CanvasKind; 4] = [
    CanvasKind::LearningModelNine,
    CanvasKind::LearningModelFive,
    CanvasKind::BusinessModel,
    CanvasKind::Lean,
];

/// Block ids by their number in format 1. Append only, never reorder: a
/// block id shared by several kinds has one number.
pub const BLOCKS_V1: [&str; 24] = [
    "key-partners",
    "design",
    "key-resources",
    "value-proposition",
    "customer-relationship",
    "delivery",
    "customer-segments",
    "cost-structure",
    "business-outcomes",
    "strategy-governance",
    "service-delivery",
    "products-services",
    "customers",
    "investment-return",
    "key-activities",
    "value-propositions",
    "customer-relationships",
    "channels",
    "revenue-streams",
    "problem",
    "solution",
    "key-metrics",
    "unique-value-proposition",
    "unfair-advantage",
];

fn push_varint(out: &mut Vec<u8>, n: u32) {
    push_varint64(out, u64::from(n));
}

/// Ends the title and each note's text. Never part of UTF-8 text.
const END_OF_TEXT: u8 = 0xff;
/// Comes before a block number. Never part of UTF-8 text either.
const BLOCK_MARK: u8 = 0xfe;
/// Comes before a note's colour (format 2). Never part of UTF-8 text.
const COLOUR_MARK: u8 = 0xfd;

/// The oldest format that carries `canvas` whole.
pub(crate) fn oldest_format_for(canvas: &Canvas) -> u32 {
    if canvas.worksheet.has_thousandths() {
        4
    } else if has_extras(canvas) {
        3
    } else if canvas.legend.is_default() && canvas.notes.iter().all(|n| n.colour.is_none()) {
        1
    } else {
        2
    }
}

fn varint_len(mut n: u32) -> usize {
    let mut len = 1;
    while n >= 0x80 {
        n >>= 7;
        len += 1;
    }
    len
}

/// The length of the payload [`encode_payload`] writes for `canvas` in
/// `format`, with `extras` the length of its extras text (format 3), and
/// without its caps: what the limits compare with them.
pub(crate) fn payload_len(canvas: &Canvas, format: u32, extras: usize) -> usize {
    let kind = KINDS_V1.iter().position(|k| *k == canvas.kind).unwrap_or(0);
    let mut len = varint_len(kind as u32) + canvas.title.len() + 1;
    if format >= 2 {
        let renamed = canvas
            .legend
            .renamed()
            .fold(0u32, |mask, c| mask | 1 << c.index());
        len += varint_len(renamed);
        len += canvas
            .legend
            .renamed()
            .map(|c| canvas.legend.label(c).len() + 1)
            .sum::<usize>();
    }
    if format >= 3 {
        len += extras + 1;
    }
    let mut current = None;
    for note in &canvas.notes {
        let block = BLOCKS_V1.iter().position(|b| *b == note.block).unwrap_or(0);
        if current != Some(block) {
            len += 1 + varint_len(block as u32);
            current = Some(block);
        }
        if let (Some(colour), true) = (note.colour, format >= 2) {
            len += 1 + varint_len(colour.index() as u32);
        }
        len += note.text.len() + 1;
    }
    len
}

/// The payload of `canvas` in `format` (1 to 4). An older format leaves
/// out what it cannot carry: use [`oldest_format_for`] or newer.
pub(crate) fn encode_payload(canvas: &Canvas, format: u32) -> Result<Vec<u8>, EncodeError> {
    write_payload(canvas, format.min(4))
}

/// The payload of `canvas` in format 5, or 6 when it holds a vote (its
/// tail apart).
pub(crate) fn encode_shared_payload(canvas: &Canvas) -> Result<Vec<u8>, EncodeError> {
    write_payload(canvas, shared_format_for(canvas))
}

/// The format "Share" writes: 6 carries the vote, 5 the rest.
pub(crate) fn shared_format_for(canvas: &Canvas) -> u32 {
    if canvas.votes.is_some() {
        6
    } else {
        5
    }
}

/// The extras of a payload of `format`.
fn extras_of(canvas: &Canvas, format: u32) -> String {
    if format >= 6 {
        link_extras_with_votes(canvas)
    } else {
        link_extras(canvas)
    }
}

fn write_payload(canvas: &Canvas, format: u32) -> Result<Vec<u8>, EncodeError> {
    let kind = KINDS_V1
        .iter()
        .position(|k| *k == canvas.kind)
        .ok_or_else(|| EncodeError::UnknownKind(canvas.kind.id().to_string()))?;
    if canvas.notes.len() > MAX_NOTES {
        return Err(EncodeError::TooLarge);
    }
    let texts = canvas.title.len() + canvas.notes.iter().map(|n| n.text.len()).sum::<usize>();
    if texts > MAX_PAYLOAD_BYTES {
        return Err(EncodeError::TooLarge);
    }
    let mut out = Vec::with_capacity(texts + 2 * canvas.notes.len() + 8);
    push_varint(&mut out, kind as u32);
    out.extend_from_slice(canvas.title.as_bytes());
    out.push(END_OF_TEXT);
    if format >= 2 {
        let renamed = canvas
            .legend
            .renamed()
            .fold(0u32, |mask, c| mask | 1 << c.index());
        push_varint(&mut out, renamed);
        for colour in canvas.legend.renamed() {
            out.extend_from_slice(canvas.legend.label(colour).as_bytes());
            out.push(END_OF_TEXT);
        }
    }
    if format >= 3 {
        out.extend_from_slice(extras_of(canvas, format).as_bytes());
        out.push(END_OF_TEXT);
    }
    if format >= 5 {
        write_ids(&mut out, canvas);
    }
    let mut current = None;
    for note in &canvas.notes {
        let block = BLOCKS_V1
            .iter()
            .position(|b| *b == note.block)
            .ok_or_else(|| EncodeError::UnknownBlock(note.block.clone()))?;
        if current != Some(block) {
            out.push(BLOCK_MARK);
            push_varint(&mut out, block as u32);
            current = Some(block);
        }
        if let (Some(colour), true) = (note.colour, format >= 2) {
            out.push(COLOUR_MARK);
            push_varint(&mut out, colour.index() as u32);
        }
        out.extend_from_slice(note.text.as_bytes());
        out.push(END_OF_TEXT);
    }
    if out.len() > MAX_PAYLOAD_BYTES {
        return Err(EncodeError::TooLarge);
    }
    Ok(out)
}

/// Reads the payload front to back; it never allocates more than the
/// payload's own size.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn varint(&mut self, what: &str) -> Result<u32, String> {
        let mut value: u32 = 0;
        for i in 0..5 {
            let Some(&byte) = self.bytes.get(self.pos) else {
                return Err(format!("it stops inside {what}"));
            };
            self.pos += 1;
            let bits = u32::from(byte & 0x7f);
            if i == 4 && bits > 0x0f {
                return Err(format!("{what} is too large"));
            }
            value |= bits << (7 * i);
            if byte & 0x80 == 0 {
                // A zero last byte after the first is a needless padding byte.
                if i > 0 && byte == 0 {
                    return Err(format!("{what} is not written in its shortest form"));
                }
                return Ok(value);
            }
        }
        Err(format!("{what} is too long"))
    }

    fn text(&mut self, what: &str) -> Result<String, String> {
        let rest = &self.bytes[self.pos..];
        let len = rest
            .iter()
            .position(|b| *b == END_OF_TEXT)
            .ok_or_else(|| format!("it stops inside {what}"))?;
        self.pos += len + 1;
        String::from_utf8(rest[..len].to_vec())
            .map_err(|_| format!("{what} is not valid UTF-8 text"))
    }
}

/// The legend of a format 2 payload: which colours were renamed, then
/// their labels, each as this app keeps labels and unlike the default.
fn read_legend(r: &mut Reader) -> Result<Legend, ShareError> {
    let mask = r.varint("the legend").map_err(ShareError::Damaged)?;
    if mask >> PALETTE.len() != 0 {
        return Err(ShareError::Unreadable(
            "the legend names colours this version does not have".into(),
        ));
    }
    let mut legend = Legend::default();
    for colour in PALETTE.into_iter().filter(|c| mask & 1 << c.index() != 0) {
        let label = r.text("the legend").map_err(ShareError::Damaged)?;
        if label == colour.default_label() || clean_label(&label) != label {
            return Err(ShareError::Damaged(format!(
                "the legend's label for {} is not written the one way links write it",
                colour.name().to_lowercase()
            )));
        }
        legend.set_label(colour, &label);
    }
    Ok(legend)
}

/// Reads a payload of format 1, 2 or 3. What no build of the app ever wrote
/// is "damaged"; numbers this build does not know are "unreadable" (a newer
/// build may know them).
/// A payload of format 5 comes with its `tail`; the others have none.
pub(crate) fn decode_payload(
    bytes: &[u8],
    format: u32,
    tail: &[u8],
) -> Result<(Canvas, Option<Envelope>), ShareError> {
    let mut r = Reader { bytes, pos: 0 };
    let kind_number = r.varint("the canvas kind").map_err(ShareError::Damaged)?;
    let kind = *KINDS_V1.get(kind_number as usize).ok_or_else(|| {
        ShareError::Unreadable(format!("unknown canvas kind number {kind_number}"))
    })?;
    let title = r.text("the title").map_err(ShareError::Damaged)?;
    let legend = if format >= 2 {
        read_legend(&mut r)?
    } else {
        Legend::default()
    };
    let extras = if format >= 3 {
        r.text("the extras").map_err(ShareError::Damaged)?
    } else {
        String::new()
    };
    let ids = if format >= 5 {
        read_ids(bytes, &mut r.pos)?
    } else {
        None
    };
    let mut notes = Vec::new();
    let mut block: Option<u32> = None;
    while r.pos < bytes.len() {
        let number = notes.len() + 1;
        if number > MAX_NOTES {
            return Err(ShareError::TooLarge);
        }
        if bytes[r.pos] == BLOCK_MARK {
            r.pos += 1;
            let code = r.varint("a block number").map_err(ShareError::Damaged)?;
            // One way to write each canvas: a mark only where the block changes.
            if block == Some(code) {
                return Err(ShareError::Damaged(format!(
                    "note {number} repeats its block number"
                )));
            }
            block = Some(code);
        }
        let code =
            block.ok_or_else(|| ShareError::Damaged(format!("note {number} has no block")))?;
        let id = BLOCKS_V1.get(code as usize).ok_or_else(|| {
            ShareError::Unreadable(format!("note {number} is in unknown block number {code}"))
        })?;
        let mut colour = None;
        if format >= 2 && bytes.get(r.pos) == Some(&COLOUR_MARK) {
            r.pos += 1;
            let code = r.varint("a note colour").map_err(ShareError::Damaged)?;
            colour = Some(NoteColour::from_index(code as usize).ok_or_else(|| {
                ShareError::Unreadable(format!("note {number} has unknown colour number {code}"))
            })?);
        }
        let mut note = Note::new(
            number as NoteId,
            id,
            &r.text("a note").map_err(ShareError::Damaged)?,
        );
        note.colour = colour;
        notes.push(note);
    }
    let mut canvas = Canvas::new(kind);
    canvas.title = title;
    canvas.notes = notes;
    canvas.legend = legend;
    if format >= 3 {
        read_link_extras(&extras, &mut canvas, format >= 6).map_err(ShareError::Damaged)?;
        canvas.validate().map_err(ShareError::Damaged)?;
        // One way to write each canvas: the extras as this build writes them.
        if extras_of(&canvas, format) != extras {
            return Err(ShareError::Damaged(
                "its extras are not written the one way links write them".into(),
            ));
        }
    }
    match format {
        5.. => {
            let envelope = finish(&mut canvas, ids, read_tail(tail)?)?;
            canvas.lineage = Some(Lineage {
                id: envelope.lineage,
                // A copy saved from this link starts from this version.
                base: Some(version_mark(&canvas)),
            });
            Ok((canvas, Some(envelope)))
        }
        _ if tail.is_empty() => Ok((canvas, None)),
        _ => Err(ShareError::Damaged("extra data follows the canvas".into())),
    }
}

//! Share links: a whole canvas in the fragment of a URL (`#c1.…`), which
//! browsers never send to a server.
//!
//! Format 1: `c1.` then base64url (no padding) of
//! `deflate(payload) ++ adler32(payload)`, where the deflate stream is raw
//! (RFC 1951), compressed against the preset dictionary
//! [`crate::core::share::dictionary::DICTIONARY_V1`], and
//! `payload` is the compact binary form of [`crate::core::share::payload`].
//! Format 2 (`c2.`) is the same with note colours and the legend in the
//! payload. A canvas is written in the oldest format that carries it whole
//! (format 1 when no note has a colour and the legend is the default), so
//! older builds still open most links. Format 3 (`c3.`) adds the learning
//! models, threads, note marks, the worksheet and the scorecard.
//! Format 5 (`c5.`) adds the lineage, who shared it and when, and the
//! note ids ([`crate::core::share::envelope`]); only [`encode_shared`]
//! writes it. Format 6 (`c6.`) is format 5 with the dot vote in the
//! extras (`"votes"`, notes by place); "Share" writes it for a canvas with
//! a vote. The older formats carry no vote.
//! Field names never travel: kinds and blocks are small numbers from tables
//! that only ever grow. A decoded canvas numbers its notes 1..=n.
//!
//! Every released format keeps decoding, forever: a newer format gets a new
//! prefix (`c4.`), and the tests hold a fixed link of each format.

use crate::core::canvas::model::Canvas;
use crate::core::share::dictionary::dictionary;
use crate::core::share::envelope::{write_tail, Envelope};
use crate::core::share::payload::{
    decode_payload as decode_canvas, encode_payload, encode_shared_payload, oldest_format_for,
    shared_format_for,
};
pub use crate::core::share::payload::{BLOCKS_V1, KINDS_V1};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::deflate::core::{
    compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};
use miniz_oxide::inflate::core::inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

pub use crate::core::share::errors::{
    EncodeError, ShareError, LINK_VERSION, MAX_LINK_CHARS, MAX_NOTES, MAX_PAYLOAD_BYTES,
};

/// Whether a URL fragment (with or without `#`) is meant as a canvas link:
/// `c` then the format number. Other fragments are left to other routes.
pub fn is_share_fragment(fragment: &str) -> bool {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut chars = f.chars();
    chars.next() == Some('c') && chars.next().is_none_or(|c| c.is_ascii_digit())
}

/// The fragment (without `#`) that carries `canvas`.
pub fn encode(canvas: &Canvas) -> Result<String, EncodeError> {
    let format = oldest_format_for(canvas);
    let payload = encode_payload(canvas, format)?;
    Ok(pack(format, &payload, &[]))
}

/// The fragment of format 5 that carries `canvas` with `envelope`: what
/// "Share" writes for a canvas with a lineage.
pub fn encode_shared(canvas: &Canvas, envelope: &Envelope) -> Result<String, EncodeError> {
    let payload = encode_shared_payload(canvas)?;
    let format = shared_format_for(canvas);
    Ok(pack(format, &payload, &write_tail(canvas, envelope)))
}

/// The link: the deflate stream, the tail (format 5), then the checksum of
/// the payload and the tail together.
fn pack(format: u32, payload: &[u8], tail: &[u8]) -> String {
    let mut bytes = deflate_with_dictionary(payload, &dictionary(format));
    bytes.extend_from_slice(tail);
    let mut checksum = adler2::Adler32::new();
    checksum.write_slice(payload);
    checksum.write_slice(tail);
    bytes.extend_from_slice(&checksum.checksum().to_be_bytes());
    format!("c{format}.{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// The canvas a fragment (with or without `#`) carries. Never panics, and
/// never allocates more than the input justifies or the caps allow.
pub fn decode(fragment: &str) -> Result<Canvas, ShareError> {
    open(fragment).map(|(canvas, _)| canvas)
}

/// The canvas a fragment carries, and what format 5 says of who shared it
/// (`None` for the older formats).
pub fn open(fragment: &str) -> Result<(Canvas, Option<Envelope>), ShareError> {
    let (format, payload, tail) = decode_payload(fragment)?;
    decode_canvas(&payload, format, &tail)
}

/// A short stable name for the canvas a link carries, so a second "Save a
/// copy" of the same link can be noticed. Equal canvases, equal names,
/// whichever format or spacing the link had.
pub fn fingerprint(canvas: &Canvas) -> String {
    // FNV-1a: not for security, only to recognise a link seen before. The
    // payload of the link's own format keeps the names of links saved
    // before colours existed.
    let bytes = encode_payload(canvas, oldest_format_for(canvas)).unwrap_or_default();
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// For the benchmark: how long the link would be without the preset
/// dictionary (same payload, same compressor, same checksum and prefix).
pub fn length_without_dictionary(canvas: &Canvas) -> Result<usize, EncodeError> {
    let format = oldest_format_for(canvas);
    let payload = encode_payload(canvas, format)?;
    let bytes = deflate_with_dictionary(&payload, &[]).len() + 4;
    Ok(format!("c{format}.").len() + (bytes * 8).div_ceil(6))
}

fn is_base64url(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The format number, the checked payload and the tail of a fragment.
fn decode_payload(fragment: &str) -> Result<(u32, Vec<u8>, Vec<u8>), ShareError> {
    if fragment.len() > MAX_LINK_CHARS {
        return Err(ShareError::TooLarge);
    }
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    // Mail apps wrap long lines: spaces and line breaks are not part of it.
    let f: String = f.chars().filter(|c| !c.is_whitespace()).collect();
    // Nor is what a sentence or a chat app puts after it ("…", ".", ")"):
    // base64url never holds such characters, and the checksum guards the rest.
    let f = f.trim_end_matches(|c: char| !is_base64url(c));
    let rest = f.strip_prefix('c').ok_or(ShareError::NotALink)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (number, data) = rest.split_at(digits);
    let Some(data) = data.strip_prefix('.') else {
        // "c", "c1": the link stops before its data.
        return Err(if data.is_empty() {
            ShareError::Incomplete
        } else {
            ShareError::NotALink
        });
    };
    let format = match number.parse::<u32>() {
        Ok(v @ 1..=LINK_VERSION) => v,
        Ok(v) if v > LINK_VERSION => return Err(ShareError::TooNew(v)),
        // Format numbers above u32 are far newer still.
        Err(_) if digits > 0 => return Err(ShareError::TooNew(u32::MAX)),
        _ => return Err(ShareError::NotALink),
    };
    if let Some(odd) = data.chars().find(|c| !is_base64url(*c)) {
        return Err(ShareError::Damaged(format!(
            "it holds “{}”, a character these links never contain",
            odd.escape_default()
        )));
    }
    let bytes = URL_SAFE_NO_PAD.decode(data).map_err(|e| match e {
        base64::DecodeError::InvalidByte(..) => {
            ShareError::Damaged("it holds a character these links never contain".into())
        }
        // A length or last character that base64 cannot end on: cut short.
        base64::DecodeError::InvalidLength(_) | base64::DecodeError::InvalidLastSymbol(..) => {
            ShareError::Incomplete
        }
        base64::DecodeError::InvalidPadding => {
            ShareError::Damaged("it ends with padding characters".into())
        }
    })?;
    let (payload, used) = inflate_with_dictionary(&bytes, &dictionary(format))?;
    let rest = &bytes[used..];
    if rest.len() < 4 {
        return Err(ShareError::Incomplete);
    }
    let (tail, sum) = rest.split_at(rest.len() - 4);
    if format < 5 && !tail.is_empty() {
        return Err(ShareError::Damaged("extra data follows the canvas".into()));
    }
    let mut checksum = adler2::Adler32::new();
    checksum.write_slice(&payload);
    checksum.write_slice(tail);
    if sum != checksum.checksum().to_be_bytes() {
        return Err(ShareError::Damaged("its checksum does not match".into()));
    }
    Ok((format, payload, tail.to_vec()))
}

/// Raw deflate of `data` as if `dictionary` had come just before it: the
/// dictionary is compressed first and ends with a sync flush (a byte-aligned
/// block boundary); its part of the output is dropped, so the rest is a
/// valid stream for an inflater whose window already holds the dictionary.
fn deflate_with_dictionary(data: &[u8], dictionary: &[u8]) -> Vec<u8> {
    let flags = create_comp_flags_from_zip_params(10, -15, 0);
    let mut compressor = Box::new(CompressorOxide::new(flags));
    let mut out = Vec::with_capacity(data.len() / 2 + 64);
    let mut sink = |chunk: &[u8]| {
        out.extend_from_slice(chunk);
        true
    };
    let (status, _) = compress_to_output(&mut compressor, dictionary, TDEFLFlush::Sync, &mut sink);
    debug_assert_eq!(status, TDEFLStatus::Okay);
    let skip = out.len();
    let mut sink = |chunk: &[u8]| {
        out.extend_from_slice(chunk);
        true
    };
    let (status, _) = compress_to_output(&mut compressor, data, TDEFLFlush::Finish, &mut sink);
    debug_assert_eq!(status, TDEFLStatus::Done);
    out.split_off(skip)
}

/// Inflates a raw deflate stream whose window starts with `dictionary`.
/// Returns the data and how many input bytes the stream took.
fn inflate_with_dictionary(
    input: &[u8],
    dictionary: &[u8],
) -> Result<(Vec<u8>, usize), ShareError> {
    let cap = dictionary.len() + MAX_PAYLOAD_BYTES;
    let mut out = vec![0u8; (dictionary.len() + input.len().saturating_mul(4) + 256).min(cap)];
    out[..dictionary.len()].copy_from_slice(dictionary);
    let mut inflater = Box::<DecompressorOxide>::default();
    let (mut in_pos, mut out_pos) = (0, dictionary.len());
    loop {
        let rest = input.get(in_pos..).unwrap_or_default();
        let (status, used, written) = decompress(
            &mut inflater,
            rest,
            &mut out,
            out_pos,
            TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF,
        );
        in_pos += used;
        out_pos += written;
        match status {
            TINFLStatus::Done => break,
            TINFLStatus::HasMoreOutput if out.len() < cap => {
                let grown = out.len().saturating_mul(2).min(cap);
                out.resize(grown, 0);
            }
            TINFLStatus::HasMoreOutput => return Err(ShareError::TooLarge),
            TINFLStatus::NeedsMoreInput | TINFLStatus::FailedCannotMakeProgress => {
                return Err(ShareError::Incomplete)
            }
            _ => {
                return Err(ShareError::Damaged(
                    "its compressed data is not valid".into(),
                ))
            }
        }
    }
    out.truncate(out_pos);
    Ok((out.split_off(dictionary.len()), in_pos.min(input.len())))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "link_tests.rs"]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "link_extras_tests.rs"]
mod extras_tests;

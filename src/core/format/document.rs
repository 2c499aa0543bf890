//! A versioned JSON document (a record, an index, a list, a template) and
//! why one could not be read. Every document has a `version` first: it is
//! read before the rest, so a document of a newer build is named as such
//! and never taken for a damaged one.

use crate::core::format::json::{self, ReadError, Version};
use serde::de::DeserializeOwned;
use std::fmt;

/// Why a stored document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// The text is not JSON.
    NotJson(String),
    /// JSON, but with no usable `version` field: not written by this app.
    NoVersion,
    /// Written by a newer build of the app: (its version, the newest we read).
    TooNew(i64, i64),
    /// A known version, but the content does not fit the format.
    Invalid(String),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::NotJson(e) => write!(f, "the stored text is not valid JSON ({e})"),
            FormatError::NoVersion => {
                write!(f, "the stored data has no format version, so this app did not write it")
            }
            FormatError::TooNew(v, newest) => write!(
                f,
                "it was saved by a newer version of this app (format {v}; this version reads up to {newest})"
            ),
            FormatError::Invalid(e) => write!(f, "it is damaged ({e})"),
        }
    }
}

/// The `version` of `raw`, checked against the newest one we read.
pub fn versioned(raw: &str, newest: i64) -> Result<i64, FormatError> {
    let version = match json::version_of(raw) {
        Version::Of(v) => v,
        Version::Missing => return Err(FormatError::NoVersion),
        Version::NotJson(detail) => return Err(FormatError::NotJson(detail)),
    };
    if version > newest {
        return Err(FormatError::TooNew(version, newest));
    }
    Ok(version)
}

/// Reads `raw`, of a version already checked, as `T`.
pub fn read_as<T: DeserializeOwned>(raw: &str) -> Result<T, FormatError> {
    json::read(raw).map_err(|e| match e {
        ReadError::NotJson(detail) => FormatError::NotJson(detail),
        ReadError::Invalid(why) => FormatError::Invalid(why),
    })
}

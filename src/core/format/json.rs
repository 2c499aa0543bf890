//! JSON text in and out, through serde, for every stored format.
//!
//! What is decided here, once for all formats:
//! - text is written compactly, escaped as the first builds wrote it
//!   (backspace and form feed as `\u0008`, `\u000c`);
//! - an error names where and why in plain words
//!   (`canvas.notes[3].colour: unknown colour "teal"`);
//! - an object is an object: serde would also take a list of its fields in
//!   order, which no build of this app ever wrote ([`Obj`]);
//! - a field that may be left out may not be `null` ([`present`]);
//! - a list with a cap is refused at the first item past it ([`capped`]).

use serde::de::{self, DeserializeOwned, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};
use std::fmt;
use std::marker::PhantomData;

/// Compact output, with the escapes of the hand-written writer it replaced.
struct AsReleased;

impl Formatter for AsReleased {
    fn write_char_escape<W: ?Sized + std::io::Write>(
        &mut self,
        writer: &mut W,
        escape: CharEscape,
    ) -> std::io::Result<()> {
        match escape {
            CharEscape::Backspace => writer.write_all(b"\\u0008"),
            CharEscape::FormFeed => writer.write_all(b"\\u000c"),
            other => CompactFormatter.write_char_escape(writer, other),
        }
    }
}

/// The JSON text of `value`.
pub fn write<T: Serialize>(value: &T) -> String {
    let mut out = Vec::with_capacity(256);
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, AsReleased);
    // Our formats have no map with keys other than text, nor floats: the
    // only ways serde_json can fail.
    value
        .serialize(&mut serializer)
        .expect("every format serializes");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// Why a text could not be read as a format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON at all (the detail says where it stops being JSON).
    NotJson(String),
    /// JSON, but not of the format: where and why.
    Invalid(String),
}

/// Reads `raw` as `T`, with errors that name where and why.
pub fn read<T: DeserializeOwned>(raw: &str) -> Result<T, ReadError> {
    let mut deserializer = serde_json::Deserializer::from_str(raw);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        match inner.classify() {
            serde_json::error::Category::Data => {
                ReadError::Invalid(at(&path, &without_position(&inner.to_string())))
            }
            _ => ReadError::NotJson(inner.to_string()),
        }
    })?;
    deserializer
        .end()
        .map_err(|e| ReadError::NotJson(e.to_string()))?;
    Ok(value)
}

/// serde_json ends its messages with the place: ours say where by path.
fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(end) => message[..end].to_string(),
        None => message.to_string(),
    }
}

/// `path: why`, with serde's own words turned into plain ones.
fn at(path: &str, message: &str) -> String {
    let why = plain(message);
    if path.is_empty() || path == "." {
        why.trim_start_matches('.').to_string()
    } else if why.starts_with('.') {
        // A reader that checks its fields itself names the field this way.
        format!("{path}{why}")
    } else {
        format!("{path}: {why}")
    }
}

fn plain(message: &str) -> String {
    if let Some(field) = message.strip_prefix("missing field `") {
        return format!("\"{}\" is missing", field.trim_end_matches('`'));
    }
    if let Some(field) = message.strip_prefix("duplicate field `") {
        return format!("\"{}\" is given twice", field.trim_end_matches('`'));
    }
    let rest = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "));
    if let Some((found, expected)) = rest.and_then(|r| r.split_once(", expected ")) {
        let found = plain_found(found);
        if found.starts_with('-') && expected.starts_with('u') {
            return format!("{found} is negative");
        }
        return format!("{found} is not {}", plain_expected(expected));
    }
    message.to_string()
}

fn plain_found(found: &str) -> String {
    for kind in ["string ", "integer ", "floating point ", "boolean "] {
        if let Some(value) = found.strip_prefix(kind) {
            return value.trim_matches('`').to_string();
        }
    }
    match found {
        "sequence" => "a list".into(),
        "map" => "an object".into(),
        "unit value" => "null".into(),
        other => other.to_string(),
    }
}

fn plain_expected(expected: &str) -> &str {
    match expected {
        "a string" => "text",
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number of zero or more",
        "i32" | "i64" => "a whole number",
        "a sequence" => "a list",
        e if e.starts_with("struct ") || e.starts_with("a map") => "an object",
        other => other,
    }
}

/// What a document says of its format version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Version {
    /// A whole number of 1 or more.
    Of(i64),
    /// JSON, but no usable `version` member (none, another type, below 1).
    Missing,
    /// Not JSON at all: where it stops being JSON.
    NotJson(String),
}

/// The format version of a document, read before the rest of it.
pub fn version_of(raw: &str) -> Version {
    let mut deserializer = serde_json::Deserializer::from_str(raw);
    let probe =
        VersionProbe::deserialize(&mut deserializer).and_then(|p| deserializer.end().map(|()| p));
    match probe {
        Err(e) => Version::NotJson(e.to_string()),
        Ok(VersionProbe(Some(v))) if v >= 1 => Version::Of(v),
        Ok(_) => Version::Missing,
    }
}

/// A document's `version` member if it is a whole number; anything else
/// (another type, a list, no member) reads as none.
struct VersionProbe(Option<i64>);

impl<'de> Deserialize<'de> for VersionProbe {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ProbeVisitor { member: false })
            .map(VersionProbe)
    }
}

/// Reads a document (`member: false`) or the value of its `version`.
struct ProbeVisitor {
    member: bool,
}

struct ProbeSeed;

impl<'de> de::DeserializeSeed<'de> for ProbeSeed {
    type Value = Option<i64>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<i64>, D::Error> {
        d.deserialize_any(ProbeVisitor { member: true })
    }
}

impl<'de> Visitor<'de> for ProbeVisitor {
    type Value = Option<i64>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_i64<E>(self, v: i64) -> Result<Option<i64>, E> {
        Ok(self.member.then_some(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Option<i64>, E> {
        Ok(self.member.then(|| i64::try_from(v).ok()).flatten())
    }
    fn visit_f64<E>(self, _: f64) -> Result<Option<i64>, E> {
        Ok(None)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Option<i64>, E> {
        Ok(None)
    }
    fn visit_str<E>(self, _: &str) -> Result<Option<i64>, E> {
        Ok(None)
    }
    fn visit_unit<E>(self) -> Result<Option<i64>, E> {
        Ok(None)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Option<i64>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Option<i64>, A::Error> {
        // As in `JSON.parse`, the last `version` wins.
        let mut version = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if !self.member && key == "version" {
                version = map.next_value_seed(ProbeSeed)?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(version)
    }
}

/// A value that must be a JSON object (serde also takes a struct as the
/// list of its fields).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Obj<T>(pub T);

impl<T: Serialize> Serialize for Obj<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct ObjectOnly<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectOnly<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        d.deserialize_map(ObjectOnly(PhantomData)).map(Obj)
    }
}

/// For `#[serde(default, deserialize_with = "present")]`: a field that may
/// be left out, but not given as `null`.
pub fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// For `skip_serializing_if`: an optional field is left out while empty
/// (a short name keeps each field's attribute on one line).
pub fn none<T>(value: &Option<T>) -> bool {
    value.is_none()
}

/// A list refused as soon as it holds more than `max` items (a hostile
/// document must not keep the page busy): `what` names its items.
pub fn capped<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
    max: usize,
    what: &'static str,
) -> Result<Vec<T>, D::Error> {
    struct Capped<T> {
        max: usize,
        what: &'static str,
        items: PhantomData<T>,
    }
    impl<'de, T: Deserialize<'de>> Visitor<'de> for Capped<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element()? {
                if items.len() == self.max {
                    return Err(de::Error::custom(format!(
                        "it holds more than {} {}",
                        self.max, self.what
                    )));
                }
                items.push(item);
            }
            Ok(items)
        }
    }
    d.deserialize_seq(Capped {
        max,
        what,
        items: PhantomData,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Inner {
        n: u32,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Outer {
        items: Vec<Obj<Inner>>,
        #[serde(default, deserialize_with = "present")]
        label: Option<String>,
    }

    fn invalid(raw: &str) -> String {
        match read::<Outer>(raw) {
            Err(ReadError::Invalid(why)) => why,
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    #[test]
    fn errors_say_where_and_why_in_plain_words() {
        assert_eq!(
            invalid(r#"{"items":[{"n":1},{}]}"#),
            r#"items[1]: "n" is missing"#
        );
        assert_eq!(
            invalid(r#"{"items":[{"n":-1}]}"#),
            "items[0].n: -1 is negative"
        );
        assert_eq!(
            invalid(r#"{"items":[{"n":"1"}]}"#),
            "items[0].n: \"1\" is not a whole number of zero or more"
        );
        assert_eq!(
            invalid(r#"{"items":[[1]]}"#),
            "items[0]: a list is not an object"
        );
        assert_eq!(
            invalid(r#"{"items":[],"label":null}"#),
            "label: null is not text"
        );
        assert!(matches!(
            read::<Outer>(r#"{"items":[]"#),
            Err(ReadError::NotJson(_))
        ));
        assert!(matches!(
            read::<Outer>(r#"{"items":[]} x"#),
            Err(ReadError::NotJson(_))
        ));
        assert_eq!(
            read::<Outer>(r#"{"items":[{"n":2}],"other":[1,{"a":null}]}"#),
            Ok(Outer {
                items: vec![Obj(Inner { n: 2 })],
                label: None
            })
        );
    }

    #[test]
    fn the_version_is_a_whole_number_of_one_or_more_and_the_last_one_wins() {
        assert_eq!(
            version_of(r#"{"version":3,"a":{"version":9}}"#),
            Version::Of(3)
        );
        assert_eq!(version_of(r#"{"version":1,"version":2}"#), Version::Of(2));
        for none in [
            r#"{"version":0}"#,
            r#"{"version":"1"}"#,
            r#"{"version":1.0}"#,
            "[1]",
            "{}",
            "7",
        ] {
            assert_eq!(version_of(none), Version::Missing, "{none}");
        }
        assert!(matches!(version_of("{\"version\":1"), Version::NotJson(_)));
    }

    #[test]
    fn control_characters_are_escaped_as_the_first_builds_did() {
        assert_eq!(
            write(&"a\"\\\n\r\t\u{8}\u{c}\u{1}\u{7f}é"),
            r#""a\"\\\n\r\t\u0008\u000c\u0001é""#.replace('é', "\u{7f}é")
        );
    }
}

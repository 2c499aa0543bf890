//! The fixed ids of the formats as serde reads and writes them: kinds,
//! colours, marks, learning models, worksheet lines and metric roles are
//! their id strings (which never change), amounts are JSON numbers with at
//! most three decimals, at most ten billion, never negative, written in
//! their shortest exact text (`1250`, `85.5`, `0.125`), a set of roles is a list of role ids
//! and the legend holds only the colours renamed from their defaults.

use crate::core::canvas::colour::{Legend, NoteColour};
use crate::core::canvas::kind::CanvasKind;
use crate::core::canvas::marks::{PartnerSide, Role, Roles};
use crate::core::method::learning_model::LearningModel;
use crate::core::method::scorecard::MetricRole;
use crate::core::method::worksheet::{Amount, LineKind, SCALE};
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use std::fmt;

/// Serde for a type with `id()` and `from_id()`; `$why` says why an id it
/// does not know is refused.
macro_rules! by_id {
    ($type:ty, $why:expr) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }
        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let id = std::borrow::Cow::<'de, str>::deserialize(d)?;
                <$type>::from_id(&id).ok_or_else(|| de::Error::custom(($why)(&id)))
            }
        }
    };
}

by_id!(CanvasKind, |id| format!("unknown canvas kind \"{id}\""));
by_id!(NoteColour, |id| format!("unknown colour \"{id}\""));
by_id!(PartnerSide, |id| format!(
    "\"{id}\" is neither internal nor external"
));
by_id!(Role, |id| format!("\"{id}\" is not a role"));
by_id!(LearningModel, |id| format!(
    "\"{id}\" is not a learning model"
));
by_id!(LineKind, |id| format!("unknown kind of line \"{id}\""));
by_id!(MetricRole, |id| format!(
    "\"{id}\" is neither driver nor result"
));

/// `#[serde(with = "roles")]`: the roles of a note, as a list in the fixed
/// order of [`Role::ALL`]; a role listed twice is the same role.
pub mod roles {
    use super::*;

    pub fn serialize<S: Serializer>(roles: &Roles, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(roles.iter())
    }

    /// For `skip_serializing_if`: a note without roles has no `roles`.
    pub fn is_empty(roles: &Roles) -> bool {
        roles.is_empty()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Roles, D::Error> {
        let listed = Vec::<Role>::deserialize(d)?;
        Ok(listed
            .into_iter()
            .fold(Roles::default(), |roles, role| roles.with(role, true)))
    }
}

/// Whole amounts as integers (`1200`), others with their decimals (`85.5`,
/// `0.125`): the shortest text that is exactly the amount.
impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % SCALE == 0 {
            return s.serialize_i64(self.0 / SCALE);
        }
        // Written as text, so no float ever rounds it.
        match RawValue::from_string(self.plain()) {
            Ok(raw) => raw.serialize(s),
            Err(_) => Err(serde::ser::Error::custom("an amount is not a number")),
        }
    }
}

/// Read from the number as written: no float, no exponent, no sign.
impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = <Box<RawValue>>::deserialize(d)?;
        amount_from_text(raw.get()).map_err(de::Error::custom)
    }
}

/// An amount from its JSON text: zero or more, at most three decimals, at
/// most ten billion.
pub fn amount_from_text(text: &str) -> Result<Amount, String> {
    // JSON allows a minus zero; it is zero.
    let digits = if text == "-0" { "0" } else { text };
    Amount::from_stored(digits).ok_or_else(|| {
        format!("{text} is not a number from 0 to 10000000000 with at most three decimals")
    })
}

/// `#[serde(with = "legend")]`: the colours renamed from their default
/// labels, in palette order (the defaults are part of the format).
pub mod legend {
    use super::*;

    pub fn serialize<S: Serializer>(legend: &Legend, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        for colour in legend.renamed() {
            map.serialize_entry(colour.id(), legend.label(colour))?;
        }
        map.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Legend, D::Error> {
        struct Renamed;
        impl<'de> Visitor<'de> for Renamed {
            type Value = Legend;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Legend, A::Error> {
                let mut legend = Legend::default();
                while let Some((colour, label)) = map.next_entry::<NoteColour, String>()? {
                    legend.set_label(colour, &label);
                }
                Ok(legend)
            }
        }
        d.deserialize_map(Renamed)
    }
}

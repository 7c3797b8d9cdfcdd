//! The wire format of each type, from one list: [`wire_struct!`] gives a struct its decoder
//! ([`crate::decode::FromJson`]), its encoder ([`crate::encode::ToJson`]) and serde's
//! `Deserialize` and `Serialize` through them, from its fields in order; [`wire_enum!`]
//! does the same for an enum written as one of its names; [`encode_struct!`] gives a result
//! type only its encoder. The JSON Schema comes from the same types' serde attributes, and a
//! test holds the two to each other.
//!
//! A field is `required` (always there), `optional` (an `Option`: absent or `null` is
//! `None`, and `None` is left out), `or_default` (absent is the type's default; always
//! written) or `or_default(is_empty)` (absent is the default, and a value for which the
//! function is true is left out); `name as "wire"` for a field named otherwise on the wire.

/// Decoder, encoder and serde for a struct; `ignore_unknown` before the braces for one that
/// takes fields it does not name.
#[macro_export]
#[doc(hidden)]
macro_rules! wire_struct {
    ($type:ident $(, $ignore:ident)? { $($field:ident $(as $wire:literal)?: $how:ident $(($skip:path))?),* $(,)? }) => {
        impl $crate::decode::Fields for $type {
            const NAMES: &'static [&'static str] =
                &[$($crate::wire_struct!(@name $field $($wire)?)),*];
            const REQUIRED: &'static [bool] = &[$($crate::wire_struct!(@required $how)),*];
            const DENY_UNKNOWN: bool = $crate::wire_struct!(@deny $($ignore)?);
        }

        // Required fields start as placeholders, the others as their defaults: what a
        // struct is before its object is read.
        impl $crate::decode::Blank for $type {
            fn blank() -> Self {
                $type {
                    $($field: $crate::wire_struct!(@start $how),)*
                }
            }
        }

        impl $crate::decode::FromJson for $type {
            fn from_json(
                node: &$crate::json::Node<'_>,
            ) -> ::std::result::Result<Self, $crate::decode::DecodeError> {
                let mut value = <Self as $crate::decode::Blank>::blank();
                $crate::decode::FromJson::decode_into(&mut value, node)?;
                Ok(value)
            }

            // A field of this type in a struct being decoded holds the blank already: the
            // object's fields are written over it in place.
            fn decode_into(
                &mut self,
                node: &$crate::json::Node<'_>,
            ) -> ::std::result::Result<(), $crate::decode::DecodeError> {
                $crate::decode::fields(
                    node,
                    concat!("struct ", stringify!($type)),
                    <Self as $crate::decode::Fields>::NAMES,
                    <Self as $crate::decode::Fields>::REQUIRED,
                    <Self as $crate::decode::Fields>::DENY_UNKNOWN,
                    &mut [$(&mut self.$field as &mut dyn $crate::decode::Slot),*],
                )
            }
        }

        $crate::encode_struct!($type { $($field $(as $wire)?: $how $(($skip))?),* });
        $crate::wire::deserialize_through_wire!($type);
    };
    (@name $field:ident) => { stringify!($field) };
    (@name $field:ident $wire:literal) => { $wire };
    (@required required) => { true };
    (@required $other:ident) => { false };
    (@start required) => { $crate::decode::Blank::blank() };
    (@start $other:ident) => { ::std::default::Default::default() };
    (@deny) => { true };
    (@deny ignore_unknown) => { false };
}
pub use wire_struct;

/// The encoder (and serde's `Serialize` through it) of a struct; alone, for a struct that is
/// only ever written.
#[macro_export]
#[doc(hidden)]
macro_rules! encode_struct {
    ($type:ident { $($field:ident $(as $wire:literal)?: $how:ident $(($skip:path))?),* $(,)? }) => {
        impl $crate::encode::ToJson for $type {
            fn write_json(&self, out: &mut $crate::encode::Writer) {
                out.object(&[$((
                    $crate::wire_struct!(@name $field $($wire)?),
                    $crate::encode_struct!(@value self.$field, $how $(($skip))?),
                )),*]);
            }
        }

        $crate::wire::serialize_through_wire!($type);
    };
    (@value $value:expr, optional) => {
        $value.as_ref().map(|v| v as &dyn $crate::encode::ToJson)
    };
    (@value $value:expr, $how:ident ($skip:path)) => {
        (!$skip(&$value)).then_some(&$value as &dyn $crate::encode::ToJson)
    };
    (@value $value:expr, $how:ident) => {
        Some(&$value as &dyn $crate::encode::ToJson)
    };
}
pub use encode_struct;

/// Decoder, encoder and serde for an enum written as one of its names:
/// `wire_enum!(Vote { For: "for", … })`. Its [`crate::decode::Blank`] is the first.
#[macro_export]
#[doc(hidden)]
macro_rules! wire_enum {
    ($type:ident { $first:ident: $first_name:literal $(, $variant:ident: $name:literal)* $(,)? }) => {
        impl $crate::decode::FromJson for $type {
            fn from_json(
                node: &$crate::json::Node<'_>,
            ) -> ::std::result::Result<Self, $crate::decode::DecodeError> {
                const NAMES: &[&str] = &[$first_name, $($name),*];
                const VALUES: &[$type] = &[$type::$first, $($type::$variant),*];
                let i = $crate::decode::variant(node, NAMES)?;
                Ok(VALUES.get(i).copied().unwrap_or($type::$first))
            }
        }

        impl $crate::decode::Blank for $type {
            fn blank() -> Self {
                $type::$first
            }
        }

        impl $crate::encode::ToJson for $type {
            fn write_json(&self, out: &mut $crate::encode::Writer) {
                out.string(match self {
                    $type::$first => $first_name,
                    $($type::$variant => $name,)*
                });
            }
        }

        $crate::wire::serde_through_wire!($type);
    };
}
pub use wire_enum;

/// serde's `Deserialize` and `Serialize` through the wire format's decoder and encoder, so
/// that serde users read and write exactly what the library does. Deserializing reads the
/// value into the JSON tree first; serializing writes the JSON and hands its tree to the
/// serializer (a serde user pays for the round; the library's own callers do not).
#[macro_export]
#[doc(hidden)]
macro_rules! serde_through_wire {
    ($($type:ty),* $(,)?) => {$(
        $crate::wire::deserialize_through_wire!($type);
        $crate::wire::serialize_through_wire!($type);
    )*};
}
pub use serde_through_wire;

/// serde's `Deserialize` through the decoder only.
#[macro_export]
#[doc(hidden)]
macro_rules! deserialize_through_wire {
    ($($type:ty),* $(,)?) => {$(
        impl<'de> ::serde::Deserialize<'de> for $type {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                let node = $crate::decode::OwnedNode::deserialize(deserializer)?;
                <$type as $crate::decode::FromJson>::from_json(&node.0)
                    .map_err(<D::Error as ::serde::de::Error>::custom)
            }
        }
    )*};
}
pub use deserialize_through_wire;

/// serde's `Serialize` through the encoder only.
#[macro_export]
#[doc(hidden)]
macro_rules! serialize_through_wire {
    ($($type:ty),* $(,)?) => {$(
        impl ::serde::Serialize for $type {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                $crate::encode::serialize(self, serializer)
            }
        }
    )*};
}
pub use serialize_through_wire;

//! Python objects read through serde as strictly as JSON text is read: each object says what
//! it is (`None`, `bool` apart from `int`, `int`, `float`, `str`, a list or tuple, a dict or
//! other mapping) and the type being decoded takes it or refuses it, exactly as it does a
//! JSON value of that kind. `True` is not `1`, `1` is not `True`, `"yes"` is not a status.
//! (A deserializer that converts to what the type asks for — `bool(x)` for a boolean, `int(x)`
//! for a number — would take all three.) A mapping's keys are read as JSON keys are: text,
//! which a map keyed by year reads as a number.

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple};
use serde::de::value::{Error, StrDeserializer};
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

/// One Python object as a serde deserializer.
#[derive(Clone, Copy)]
pub(crate) struct Input<'a, 'py>(pub(crate) &'a Bound<'py, PyAny>);

fn python_error(error: PyErr) -> Error {
    de::Error::custom(error)
}

/// A key and its value.
type Entry<'py> = (Bound<'py, PyAny>, Bound<'py, PyAny>);

/// A dict's or mapping's entries, in their order.
fn entries<'py>(object: &Bound<'py, PyAny>) -> PyResult<Option<Vec<Entry<'py>>>> {
    if let Ok(dict) = object.cast::<PyDict>() {
        return Ok(Some(dict.iter().collect()));
    }
    if let Ok(mapping) = object.cast::<PyMapping>() {
        let items = mapping.items()?;
        let pairs = items
            .iter()
            .map(|pair| pair.extract::<Entry<'py>>())
            .collect::<PyResult<_>>()?;
        return Ok(Some(pairs));
    }
    Ok(None)
}

/// A list's or tuple's items.
fn items<'py>(object: &Bound<'py, PyAny>) -> Option<Vec<Bound<'py, PyAny>>> {
    if let Ok(list) = object.cast::<PyList>() {
        return Some(list.iter().collect());
    }
    object
        .cast::<PyTuple>()
        .ok()
        .map(|tuple| tuple.iter().collect())
}

/// The deepest nesting of lists and mappings in `object`, counted without recursion and
/// stopping past `max`: what JSON text is refused for is refused in an object too.
pub(crate) fn deeper_than(object: &Bound<'_, PyAny>, max: usize) -> PyResult<bool> {
    let mut stack = vec![(object.clone(), 0usize)];
    while let Some((object, depth)) = stack.pop() {
        let children = match (items(&object), entries(&object)?) {
            (Some(items), _) => items,
            (None, Some(entries)) => entries.into_iter().map(|(_, value)| value).collect(),
            (None, None) => continue,
        };
        if depth + 1 > max {
            return Ok(true);
        }
        stack.extend(children.into_iter().map(|child| (child, depth + 1)));
    }
    Ok(false)
}

impl<'de> de::Deserializer<'de> for Input<'_, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let object = self.0;
        if object.is_none() {
            return visitor.visit_unit();
        }
        // `bool` is a subclass of `int`: asked first, so that `True` is never a number.
        if let Ok(flag) = object.cast::<PyBool>() {
            return visitor.visit_bool(flag.is_true());
        }
        if let Ok(int) = object.cast::<PyInt>() {
            if let Ok(n) = int.extract::<i64>() {
                return visitor.visit_i64(n);
            }
            if let Ok(n) = int.extract::<u64>() {
                return visitor.visit_u64(n);
            }
            return Err(de::Error::custom(format_args!(
                "the integer {int} is beyond 64 bits"
            )));
        }
        if let Ok(float) = object.cast::<PyFloat>() {
            return visitor.visit_f64(float.value());
        }
        if let Ok(text) = object.cast::<PyString>() {
            return visitor.visit_str(&text.to_cow().map_err(python_error)?);
        }
        if let Some(items) = items(object) {
            return visitor.visit_seq(de::value::SeqDeserializer::new(items.iter().map(Input)));
        }
        if let Some(entries) = entries(object).map_err(python_error)? {
            return visitor.visit_map(de::value::MapDeserializer::new(
                entries.iter().map(|(key, value)| (Key(key), Input(value))),
            ));
        }
        let kind = object
            .get_type()
            .name()
            .map_or_else(|_| "object".to_owned(), |name| name.to_string());
        Err(de::Error::custom(format_args!(
            "a {kind} is not a JSON value"
        )))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_none() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    /// An enum as JSON writes one: its name as text, or a mapping of one entry from its name
    /// to its value (`{"municipality": "5059"}`).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if let Ok(text) = self.0.cast::<PyString>() {
            let text = text.to_cow().map_err(python_error)?;
            let name: StrDeserializer<'_, Error> = text.as_ref().into_deserializer();
            return visitor.visit_enum(name);
        }
        match entries(self.0).map_err(python_error)?.as_deref() {
            Some([(key, value)]) => visitor.visit_enum(Variant { key, value }),
            _ => self.deserialize_any(visitor),
        }
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

impl<'de, 'a, 'py> IntoDeserializer<'de, Error> for Input<'a, 'py> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// A mapping's key: read as the value it is, and as a number from its text where a number
/// is asked for (a table keyed by year, as JSON writes it: `{"2023": 18690}`).
#[derive(Clone, Copy)]
struct Key<'a, 'py>(&'a Bound<'py, PyAny>);

impl<'de, 'a, 'py> IntoDeserializer<'de, Error> for Key<'a, 'py> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

macro_rules! number_from_text {
    ($($method:ident: $type:ty => $visit:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            let Ok(text) = self.0.cast::<PyString>() else {
                return Input(self.0).deserialize_any(visitor);
            };
            let text = text.to_cow().map_err(python_error)?;
            match text.parse::<$type>() {
                Ok(n) => visitor.$visit(n),
                Err(_) => Err(de::Error::invalid_value(de::Unexpected::Str(&text), &visitor)),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Key<'_, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        Input(self.0).deserialize_any(visitor)
    }

    number_from_text! {
        deserialize_i8: i8 => visit_i8,
        deserialize_i16: i16 => visit_i16,
        deserialize_i32: i32 => visit_i32,
        deserialize_i64: i64 => visit_i64,
        deserialize_u8: u8 => visit_u8,
        deserialize_u16: u16 => visit_u16,
        deserialize_u32: u32 => visit_u32,
        deserialize_u64: u64 => visit_u64,
    }

    serde::forward_to_deserialize_any! {
        bool i128 u128 f32 f64 char str string bytes byte_buf option unit unit_struct
        newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// The one entry of a mapping that names an enum's variant.
struct Variant<'a, 'py> {
    key: &'a Bound<'py, PyAny>,
    value: &'a Bound<'py, PyAny>,
}

impl<'de> de::EnumAccess<'de> for Variant<'_, '_> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self), Error> {
        let name = seed.deserialize(Input(self.key))?;
        Ok((name, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, '_> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        de::Deserialize::deserialize(Input(self.value))
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, Error> {
        seed.deserialize(Input(self.value))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_any(Input(self.value), visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_any(Input(self.value), visitor)
    }
}

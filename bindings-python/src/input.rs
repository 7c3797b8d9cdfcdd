//! Python objects read through serde as strictly as JSON text is read: each object says what
//! it is (`None`, `bool` apart from `int`, `int`, `float`, `str`, a list or tuple, a dict or
//! other mapping) and the type being decoded takes it or refuses it, exactly as it does a
//! JSON value of that kind. `True` is not `1`, `1` is not `True`, `"yes"` is not a status.
//! (A deserializer that converts to what the type asks for — `bool(x)` for a boolean, `int(x)`
//! for a number — would take all three.) A mapping's keys are read as JSON keys are: text,
//! which a map keyed by year reads as a number. Lists and mappings nested deeper than the
//! library reads in JSON text are refused as they are reached, before anything recurses
//! further. Text is read as JavaScript's strings reach the library: a lone surrogate, which
//! UTF-8 cannot hold, as U+FFFD, so that the same input gets the same answer in both.

use std::borrow::Cow;
use std::cell::Cell;

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyMapping, PyString, PyTuple};
use regionrad::limits::MAX_DEPTH;
use serde::de::value::{Error, StrDeserializer};
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};

/// Whether a reading went deeper than [`MAX_DEPTH`]: its error then says that, and the
/// caller reports `input.too_deep` rather than a bad value.
#[derive(Default)]
pub(crate) struct Nesting {
    too_deep: Cell<bool>,
}

impl Nesting {
    pub(crate) fn too_deep(&self) -> bool {
        self.too_deep.get()
    }
}

/// One Python object as a serde deserializer, with how many more levels of lists and
/// mappings may open inside it.
pub(crate) struct Input<'py, 'n> {
    object: Bound<'py, PyAny>,
    levels: usize,
    nesting: &'n Nesting,
}

impl<'py, 'n> Input<'py, 'n> {
    /// A document's root.
    pub(crate) fn new(object: Bound<'py, PyAny>, nesting: &'n Nesting) -> Self {
        Input {
            object,
            levels: MAX_DEPTH,
            nesting,
        }
    }

    /// What makes the objects one level inside this list or mapping, or the error past the
    /// limit.
    fn inside(&self) -> Result<impl Fn(Bound<'py, PyAny>) -> Input<'py, 'n>, Error> {
        let Some(levels) = self.levels.checked_sub(1) else {
            self.nesting.too_deep.set(true);
            return Err(de::Error::custom(format_args!(
                "nested deeper than {MAX_DEPTH} levels"
            )));
        };
        let nesting = self.nesting;
        Ok(move |object| Input {
            object,
            levels,
            nesting,
        })
    }

    fn map<'de, V: Visitor<'de>>(
        &self,
        entries: impl Iterator<Item = (Bound<'py, PyAny>, Bound<'py, PyAny>)>,
        visitor: V,
    ) -> Result<V::Value, Error> {
        let at = self.inside()?;
        let mut map = de::value::MapDeserializer::new(entries.map(|(k, v)| (Key(at(k)), at(v))));
        let value = visitor.visit_map(&mut map)?;
        map.end()?;
        Ok(value)
    }

    fn seq<'de, V: Visitor<'de>>(
        &self,
        items: impl Iterator<Item = Bound<'py, PyAny>>,
        visitor: V,
    ) -> Result<V::Value, Error> {
        let mut seq = de::value::SeqDeserializer::new(items.map(self.inside()?));
        let value = visitor.visit_seq(&mut seq)?;
        seq.end()?;
        Ok(value)
    }
}

fn python_error(error: PyErr) -> Error {
    de::Error::custom(error)
}

/// A mapping that is not a dict, as its entries.
fn mapping_entries<'py>(
    mapping: &Bound<'py, PyMapping>,
) -> PyResult<Vec<(Bound<'py, PyAny>, Bound<'py, PyAny>)>> {
    mapping.items()?.iter().map(|pair| pair.extract()).collect()
}

/// A `decimal.Decimal`, asked by its type's name and module, so that the module is not
/// imported to ask.
fn is_decimal(object: &Bound<'_, PyAny>) -> bool {
    let kind = object.get_type();
    kind.name().is_ok_and(|name| name == "Decimal")
        && kind.module().is_ok_and(|module| module == "decimal")
}

impl<'de> de::Deserializer<'de> for Input<'_, '_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let object = &self.object;
        if object.is_none() {
            return visitor.visit_unit();
        }
        // The most common first; `bool` is a subclass of `int`, asked before it, so that
        // `True` is never a number.
        if let Ok(text) = object.cast::<PyString>() {
            return visitor.visit_str(&text_of(text).map_err(python_error)?);
        }
        if let Ok(dict) = object.cast::<PyDict>() {
            return self.map(dict.iter(), visitor);
        }
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
        if let Ok(list) = object.cast::<PyList>() {
            return self.seq(list.iter(), visitor);
        }
        if let Ok(float) = object.cast::<PyFloat>() {
            return visitor.visit_f64(float.value());
        }
        if is_decimal(object) {
            // Money is exact: a whole Decimal is its integer, any other is refused rather
            // than rounded.
            let whole = object
                .call_method0("__int__")
                .ok()
                .filter(|int| object.eq(int).unwrap_or(false));
            return match whole {
                Some(int) => Input {
                    object: int,
                    levels: self.levels,
                    nesting: self.nesting,
                }
                .deserialize_any(visitor),
                None => Err(de::Error::custom(format_args!(
                    "the Decimal {object} is not a whole number"
                ))),
            };
        }
        if let Ok(tuple) = object.cast::<PyTuple>() {
            return self.seq(tuple.iter(), visitor);
        }
        if let Ok(mapping) = object.cast::<PyMapping>() {
            let entries = mapping_entries(mapping).map_err(python_error)?;
            return self.map(entries.into_iter(), visitor);
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
        if self.object.is_none() {
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
        if let Ok(text) = self.object.cast::<PyString>() {
            let text = text_of(text).map_err(python_error)?;
            let name: StrDeserializer<'_, Error> = text.as_ref().into_deserializer();
            return visitor.visit_enum(name);
        }
        if let Ok(dict) = self.object.cast::<PyDict>() {
            if let Some((key, value)) = dict.iter().next().filter(|_| dict.len() == 1) {
                let at = self.inside()?;
                return visitor.visit_enum(Variant {
                    name: at(key),
                    value: at(value),
                });
            }
        }
        self.deserialize_any(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier ignored_any
    }
}

impl<'de, 'py, 'n> IntoDeserializer<'de, Error> for Input<'py, 'n> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// A mapping's key: read as the value it is, and as a number from its text where a number
/// is asked for (a table keyed by year, as JSON writes it: `{"2023": 18690}`).
struct Key<'py, 'n>(Input<'py, 'n>);

impl<'de, 'py, 'n> IntoDeserializer<'de, Error> for Key<'py, 'n> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

macro_rules! number_from_text {
    ($($method:ident: $type:ty => $visit:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            let Ok(text) = self.0.object.cast::<PyString>() else {
                return self.0.deserialize_any(visitor);
            };
            let text = text_of(text).map_err(python_error)?;
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
        self.0.deserialize_any(visitor)
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
struct Variant<'py, 'n> {
    name: Input<'py, 'n>,
    value: Input<'py, 'n>,
}

impl<'de, 'py, 'n> de::EnumAccess<'de> for Variant<'py, 'n> {
    type Error = Error;
    type Variant = Input<'py, 'n>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), Error> {
        let name = seed.deserialize(self.name)?;
        Ok((name, self.value))
    }
}

/// A variant's value: whatever it holds, read as any other value.
impl<'de> de::VariantAccess<'de> for Input<'_, '_> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        de::Deserialize::deserialize(self)
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_any(self, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_any(self, visitor)
    }
}

/// The text of a `str`, each lone surrogate (which UTF-8 cannot hold) as one U+FFFD, as
/// JavaScript's strings are encoded on their way into the library.
pub(crate) fn text_of<'s>(text: &'s Bound<'_, PyString>) -> PyResult<Cow<'s, str>> {
    if let Ok(utf8) = text.to_cow() {
        return Ok(utf8);
    }
    // In UTF-16 a lone surrogate is one unit, which decodes to one U+FFFD.
    let encoded = text.call_method1("encode", ("utf-16-le", "surrogatepass"))?;
    let bytes = encoded.cast::<pyo3::types::PyBytes>()?.as_bytes();
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|pair| u16::from_le_bytes([pair[0], pair[1]]))
        .collect();
    Ok(Cow::Owned(String::from_utf16_lossy(&units)))
}

/// A `str` argument, read as the text inside documents is (see [`text_of`]).
pub(crate) struct Text(String);

impl<'a, 'py> FromPyObject<'a, 'py> for Text {
    type Error = PyErr;

    fn extract(object: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let text = object.cast::<PyString>()?;
        Ok(Text(text_of(&text)?.into_owned()))
    }
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

//! Random changes to documents and text, for the property tests: a JSON value of any shape,
//! every place in a document, a fixture with one value replaced, text with characters
//! changed, a list in another order.

use proptest::prelude::*;
use serde_json::Value;

/// How many cases each property test runs: 10 000, or `PROPTEST_CASES` where it is set
/// (to try a change quickly).
pub fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000)
}

/// The proptest configuration of every property test: [`cases`] cases, and no files of
/// failures written into the source tree (a failure prints its input).
pub fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A JSON value of any shape, small.
pub fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "[a-zA-Z0-9 /.:-]{0,12}".prop_map(Value::from),
        Just(Value::from("2021-02-30")),
        Just(Value::from("KDU 5 /23")),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,10}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every place in a document where a value could be replaced, as a path of steps.
pub fn places(value: &Value, here: Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let mut next = here.clone();
                next.push(Value::from(k.as_str()));
                places(v, next, out);
            }
        }
        Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                let mut next = here.clone();
                next.push(Value::from(i));
                places(v, next, out);
            }
        }
        _ => {}
    }
}

pub fn replace(doc: &mut Value, path: &[Value], value: Value) {
    let mut target = doc;
    for step in path {
        target = match step {
            Value::String(k) => &mut target[k.as_str()],
            i => &mut target[i.as_u64().unwrap() as usize],
        };
    }
    *target = value;
}

/// A fixture document with the value at one of its places (chosen by `pick`) replaced.
pub fn mutated(file: &str, pick: usize, value: Value) -> String {
    let mut doc: Value = serde_json::from_str(&super::read(file)).unwrap();
    let mut all = Vec::new();
    places(&doc, Vec::new(), &mut all);
    let path = all[pick % all.len()].clone();
    replace(&mut doc, &path, value);
    doc.to_string()
}

/// Text with a few bytes changed, kept as valid UTF-8.
pub fn edited(text: &str, edits: &[(usize, char)]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for (at, c) in edits {
        if chars.is_empty() {
            break;
        }
        let i = at % chars.len();
        if *c == '\u{0}' {
            chars.remove(i);
        } else {
            chars[i] = *c;
        }
    }
    chars.into_iter().collect()
}

/// A permutation of `0..n` from a seed (xorshift; the same seed, the same order).
pub fn permutation(n: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut state = seed | 1;
    for i in (1..n).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        order.swap(i, (state % (i as u64 + 1)) as usize);
    }
    order
}

/// `order[new] = old`: the list in the new order.
pub fn reordered<T: Clone>(list: &[T], order: &[usize]) -> Vec<T> {
    order.iter().map(|&old| list[old].clone()).collect()
}

//! Upper and lower case, exactly as the standard library maps each character
//! (`char::to_lowercase`, `char::to_uppercase`), for comparing names and headings without
//! regard to case and for writing prefixes in capitals.
//!
//! std's own tables are over 20 KB of the WebAssembly module; these hold the same mappings
//! as runs of characters that move by one offset (`build.rs` generates them from std, and a
//! test holds every character to std). Text is mapped character by character: unlike
//! `str::to_lowercase`, a final Greek sigma is `σ`, not `ς`, which is what comparing needs.
//!
//! ```
//! use regionrad::case::{lowercase, uppercase};
//! assert_eq!(lowercase("ØRLAND Åfjord"), "ørland åfjord");
//! assert_eq!(uppercase("kdu"), "KDU");
//! assert_eq!(uppercase("straße"), "STRASSE");
//! ```

include!(concat!(env!("OUT_DIR"), "/case_tables.rs"));

/// The characters one character maps to: one, or up to three (`ß` → `SS`).
#[derive(Debug, Clone)]
pub struct Mapped {
    chars: [char; 3],
    len: usize,
    next: usize,
}

impl Iterator for Mapped {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let c = self
            .chars
            .get(self.next)
            .copied()
            .filter(|_| self.next < self.len)?;
        self.next += 1;
        Some(c)
    }
}

/// `c` in lower case, as `char::to_lowercase` gives it.
pub fn lower(c: char) -> Mapped {
    if c.is_ascii() {
        return one(c.to_ascii_lowercase());
    }
    map(c, &LOWER_RUNS, &LOWER_SEVERAL)
}

/// `c` in upper case, as `char::to_uppercase` gives it.
pub fn upper(c: char) -> Mapped {
    if c.is_ascii() {
        return one(c.to_ascii_uppercase());
    }
    map(c, &UPPER_RUNS, &UPPER_SEVERAL)
}

/// `text` in lower case, character by character.
pub fn lowercase(text: &str) -> String {
    mapped(text, str::make_ascii_lowercase, lower)
}

/// `text` in lower case where a character's lower case is one character of the same length
/// in UTF-8 — every letter of Norwegian and nearly all others — so that a byte offset found
/// in the result is the same offset in `text`. The few whose lower case is longer or
/// shorter (`Ⱥ`, `İ`, the Kelvin sign) stay as they are.
///
/// ```
/// use regionrad::case::lowercase_keeping_offsets;
/// let text = "ȺSE FOR Øie";
/// let lowered = lowercase_keeping_offsets(text);
/// assert_eq!(lowered, "Ⱥse for øie");
/// let at = lowered.find(" for ").unwrap();
/// assert_eq!(&text[at + 5..], "Øie");
/// ```
pub fn lowercase_keeping_offsets(text: &str) -> String {
    mapped(text, str::make_ascii_lowercase, |c| {
        let mapped = lower(c);
        match mapped.chars {
            [l, '\0', '\0'] if mapped.len == 1 && l.len_utf8() == c.len_utf8() => one(l),
            _ => one(c),
        }
    })
}

/// `text` in upper case, character by character.
pub fn uppercase(text: &str) -> String {
    mapped(text, str::make_ascii_uppercase, upper)
}

/// `text` with each run of ASCII mapped at once by `ascii`, and each other character by `one`:
/// Norwegian text is mostly ASCII, with an æ, ø or å here and there.
fn mapped(text: &str, ascii: fn(&mut str), one: fn(char) -> Mapped) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (plain, tail) = rest.split_at(run);
        let start = out.len();
        out.push_str(plain);
        if let Some(written) = out.get_mut(start..) {
            ascii(written);
        }
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            out.extend(one(c));
        }
        rest = chars.as_str();
    }
    out
}

fn one(c: char) -> Mapped {
    Mapped {
        chars: [c, '\0', '\0'],
        len: 1,
        next: 0,
    }
}

/// `c` by the tables: a mapping to several characters, or a run holding `c`, or itself.
fn map(c: char, runs: &[(u32, i32)], several: &[(char, [char; 3])]) -> Mapped {
    if let Ok(i) = several.binary_search_by_key(&c, |(from, _)| *from) {
        if let Some((_, chars)) = several.get(i) {
            // Padded with NULs, which no mapping to several characters holds.
            return Mapped {
                chars: *chars,
                len: chars.iter().take_while(|&&c| c != '\0').count(),
                next: 0,
            };
        }
    }
    let code = u32::from(c);
    // The last run starting at or before `c`.
    let at = runs.partition_point(|(packed, _)| packed & 0x1F_FFFF <= code);
    let Some(&(packed, offset)) = at.checked_sub(1).and_then(|i| runs.get(i)) else {
        return one(c);
    };
    let start = packed & 0x1F_FFFF;
    let stride = if packed & 1 << 21 != 0 { 2 } else { 1 };
    let count = packed >> 22;
    let step = code - start;
    if step % stride != 0 || step / stride > count {
        return one(c);
    }
    let mapped = u32::try_from(i64::from(code) + i64::from(offset)).ok();
    one(mapped.and_then(char::from_u32).unwrap_or(c))
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)] // compared with std's own mappings
mod tests {
    use super::*;

    #[test]
    fn lowering_keeping_offsets_keeps_every_character_s_length() {
        let mut changed = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let text = c.to_string();
            let lowered = lowercase_keeping_offsets(&text);
            assert_eq!(lowered.len(), text.len(), "{c:?}");
            let std: Vec<char> = c.to_lowercase().collect();
            if std.len() == 1 && std[0].len_utf8() == c.len_utf8() {
                assert_eq!(lowered, std[0].to_string(), "{c:?}");
            } else {
                assert_eq!(lowered, text, "{c:?}");
                changed += 1;
            }
        }
        // Ⱥ, Ⱦ, İ, the Kelvin and ångström signs, the ohm sign, ẞ, … : a handful.
        assert!((1..40).contains(&changed), "{changed}");
        for c in ['Æ', 'Ø', 'Å', 'Č', 'Š', 'Ŋ', 'Ŧ', 'Ž', 'Á', 'Đ'] {
            assert_ne!(
                lowercase_keeping_offsets(&c.to_string()),
                c.to_string(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn every_character_maps_as_std_maps_it() {
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            assert!(lower(c).eq(c.to_lowercase()), "lower case of {c:?}");
            assert!(upper(c).eq(c.to_uppercase()), "upper case of {c:?}");
        }
    }

    #[test]
    fn text_maps_character_by_character() {
        assert_eq!(lowercase("Beathe ÆRØ Ǆ İ"), "beathe ærø ǆ i\u{307}");
        assert_eq!(uppercase("ǰ ŉ ß"), "J\u{30c} ʼN SS");
        // A final sigma as any other: comparing needs one form.
        assert_eq!(lowercase("ΟΔΟΣ"), "οδοσ");
    }
}

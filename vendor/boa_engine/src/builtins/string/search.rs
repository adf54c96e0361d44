//! runnel patch: `StringIndexOf` in time linear in the text searched (see
//! vendor/README.md).
//!
//! `JsStr::index_of` walks a window iterator that `skip`s to the start
//! one window at a time and compares each window through the generic
//! string comparison, so a search starting at position `p` cost `p` steps
//! before it looked at anything. `indexOf` loops, `split` and `replaceAll`
//! (which search again from each match) were quadratic in the string's
//! length. Here the search starts at `from` directly: Latin-1 text with
//! memchr's substring search, UTF-16 text by scanning for the first code
//! unit and comparing from there.

use crate::string::{JsStr, JsStrVariant};

/// The index of the first occurrence of `search` in `string` at or after
/// `from`, as the spec's StringIndexOf (an empty `search` is found at
/// `from` when `from` is not past the end).
pub(crate) fn index_of(string: JsStr<'_>, search: JsStr<'_>, from: usize) -> Option<usize> {
    let len = string.len();
    if search.is_empty() {
        return (from <= len).then_some(from);
    }
    if from >= len || search.len() > len - from {
        return None;
    }
    let found = match (string.variant(), search.variant()) {
        (JsStrVariant::Latin1(text), JsStrVariant::Latin1(needle)) => {
            memchr::memmem::find(&text[from..], needle)
        }
        (JsStrVariant::Utf16(text), JsStrVariant::Utf16(needle)) => find_units(&text[from..], needle),
        (JsStrVariant::Latin1(text), JsStrVariant::Utf16(needle)) => {
            // Latin-1 text holds no code unit above 0xFF.
            let needle: Option<Vec<u8>> = needle.iter().map(|&u| u8::try_from(u).ok()).collect();
            memchr::memmem::find(&text[from..], &needle?)
        }
        (JsStrVariant::Utf16(text), JsStrVariant::Latin1(needle)) => {
            let needle: Vec<u16> = needle.iter().map(|&b| u16::from(b)).collect();
            find_units(&text[from..], &needle)
        }
    };
    found.map(|i| i + from)
}

/// The first index of the non-empty `needle` in `text`.
fn find_units(text: &[u16], needle: &[u16]) -> Option<usize> {
    let last_start = text.len().checked_sub(needle.len())?;
    let first = needle[0];
    let mut i = 0;
    while i <= last_start {
        i += text[i..=last_start].iter().position(|&u| u == first)?;
        if text[i..i + needle.len()] == *needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

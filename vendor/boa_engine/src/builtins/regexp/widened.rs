//! runnel patch: the UTF-16 form of the last Latin-1 string a RegExp
//! matched (see vendor/README.md).
//!
//! regress matches UTF-16 code units only, so a match against a Latin-1
//! string (Boa's compact form of any string without a code unit above
//! 0xFF: most strings) first widens the whole string. A loop of `exec` or
//! `test` with the `g` or `y` flag over one long string (a tokenizer,
//! `replace`/`split`/`matchAll` with a RegExp, readline's line splitter)
//! widened it again at every step, which made the loop quadratic in the
//! string's length. The realm keeps the widened form of the last Latin-1
//! string matched and reuses it while that same string is matched again.

use crate::JsString;

/// Below this length widening is cheaper than keeping a copy around.
const MIN_CACHED_LEN: usize = 256;

/// The widened code units of `source`, which this cache keeps alive so
/// that its storage (compared by address) cannot be reused by another
/// string while cached.
#[derive(Debug, Default)]
pub(crate) struct WidenedLatin1 {
    source: Option<JsString>,
    units: Vec<u16>,
}

impl WidenedLatin1 {
    /// Calls `f` with the UTF-16 code units of `string`, whose Latin-1
    /// bytes are `bytes`.
    pub(crate) fn with_units<R>(
        cell: &std::cell::RefCell<Self>,
        string: &JsString,
        bytes: &[u8],
        f: impl FnOnce(&[u16]) -> R,
    ) -> R {
        if bytes.len() < MIN_CACHED_LEN {
            let units: Vec<u16> = bytes.iter().map(|&b| u16::from(b)).collect();
            return f(&units);
        }
        let mut cache = cell.borrow_mut();
        if !cache.holds(bytes) {
            cache.units.clear();
            cache.units.extend(bytes.iter().map(|&b| u16::from(b)));
            cache.source = Some(string.clone());
        }
        f(&cache.units)
    }

    /// Whether the cached string is the one stored at `bytes`: the same
    /// address and length is the same immutable storage.
    fn holds(&self, bytes: &[u8]) -> bool {
        self.source.as_ref().is_some_and(|s| match s.as_str().variant() {
            crate::string::JsStrVariant::Latin1(cached) => {
                std::ptr::eq(cached.as_ptr(), bytes.as_ptr()) && cached.len() == bytes.len()
            }
            crate::string::JsStrVariant::Utf16(_) => false,
        })
    }
}

//! `internalBinding('buffer')`: the byte work behind `Buffer` — encoding
//! strings to bytes and back in node's encodings, and searching, comparing
//! and filling bytes. `lib/buffer.js` validates arguments (with node's
//! errors) and passes encodings as small numbers ([`Encoding`]).
//!
//! Bytes are borrowed from the views (`with_view_bytes`), never copied on
//! the way in; a new buffer's bytes are built once, in the ArrayBuffer's
//! own storage.
//!
//! Node's rules for bad input, which scripts can observe:
//! - UTF-8 encoding turns a lone surrogate into U+FFFD (`EF BF BD`);
//!   decoding replaces each maximal invalid subsequence with U+FFFD;
//! - `latin1`/`ascii` encoding keep the low byte of each UTF-16 unit;
//!   `ascii` decoding clears the high bit;
//! - hex decoding stops at the first pair that is not two hex digits;
//! - base64 decoding accepts both alphabets, skips characters outside them
//!   (whitespace included) and stops at the first `=`;
//! - hex and base64 decoding read only the low byte of each UTF-16 unit.

use boa_engine::builtins::typed_array::TypedArray;
use boa_engine::object::builtins::{AlignedVec, JsArrayBuffer, JsTypedArray};
use boa_engine::string::{JsStrVariant, Latin1JsStringBuilder};
use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsStr, JsString, JsValue};
use boa_gc::{Finalize, Trace};
use engine_glue::native::{arg, arg_function, arg_number, binding_object, closure_function, with_view_bytes, with_view_bytes_mut};

/// The encodings, numbered as `lib/buffer.js` numbers them.
#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    Utf8,
    Utf16le,
    Latin1,
    Ascii,
    Base64,
    Base64url,
    Hex,
}

impl Encoding {
    fn from_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<Encoding> {
        Ok(match arg_number(args, i, ctx)? as u32 {
            1 => Encoding::Utf16le,
            2 => Encoding::Latin1,
            3 => Encoding::Ascii,
            4 => Encoding::Base64,
            5 => Encoding::Base64url,
            6 => Encoding::Hex,
            _ => Encoding::Utf8,
        })
    }
}

/// The UTF-16 units of a JS string (Latin-1 strings widen on the fly).
fn units(s: JsStr<'_>) -> impl Iterator<Item = u16> + '_ {
    let (latin1, utf16) = match s.variant() {
        JsStrVariant::Latin1(b) => (b, &[][..]),
        JsStrVariant::Utf16(u) => (&[][..], u),
    };
    latin1.iter().map(|&b| u16::from(b)).chain(utf16.iter().copied())
}

/// The code points of a string, a lone surrogate becoming U+FFFD.
fn chars(s: JsStr<'_>) -> impl Iterator<Item = char> + '_ {
    char::decode_utf16(units(s)).map(|r| r.unwrap_or('\u{FFFD}'))
}

/// Bulk conversions go through a stack block of this many units: it stays
/// in the L1 cache, so copying it on into the destination costs next to
/// nothing, and no intermediate buffer as large as the data is made.
const BLOCK: usize = 8192;

/// Where encoded bytes go: a plain vector (`write`), or the aligned block
/// that becomes a new ArrayBuffer's storage (`Buffer.from`).
trait ByteSink {
    fn put(&mut self, bytes: &[u8]);
}

impl ByteSink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

impl ByteSink for AlignedVec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// Puts `f(unit)` for each unit of `input`, a block at a time.
fn map_units<T: Copy, const W: usize>(input: &[T], out: &mut impl ByteSink, f: impl Fn(T) -> [u8; W]) {
    let mut block = [0u8; BLOCK];
    for chunk in input.chunks(BLOCK / W) {
        let dst = &mut block[..chunk.len() * W];
        for (&unit, d) in chunk.iter().zip(dst.chunks_exact_mut(W)) {
            d.copy_from_slice(&f(unit));
        }
        out.put(dst);
    }
}

/// Appends the bytes of `s` in `enc` to `out`, stopping before the first
/// character that would take it past `limit` bytes (node never writes part
/// of a character). Returns how many bytes were appended.
fn encode(s: JsStr<'_>, enc: Encoding, limit: usize, out: &mut impl ByteSink) -> usize {
    let variant = s.variant();
    match enc {
        Encoding::Utf8 => match variant {
            JsStrVariant::Latin1(b) if b.is_ascii() => {
                let take = b.len().min(limit);
                out.put(&b[..take]);
                take
            }
            _ if limit == usize::MAX => encode_utf8_all(variant, out),
            _ => {
                let mut n = 0;
                let mut buf = [0u8; 4];
                for c in chars(s) {
                    let bytes = c.encode_utf8(&mut buf).as_bytes();
                    if n + bytes.len() > limit {
                        break;
                    }
                    out.put(bytes);
                    n += bytes.len();
                }
                n
            }
        },
        Encoding::Utf16le => {
            let take = s.len().min(limit / 2);
            match variant {
                JsStrVariant::Latin1(b) => map_units(&b[..take], out, |b| [b, 0]),
                JsStrVariant::Utf16(u) => map_units(&u[..take], out, u16::to_le_bytes),
            }
            take * 2
        }
        Encoding::Latin1 | Encoding::Ascii => {
            let take = s.len().min(limit);
            match variant {
                JsStrVariant::Latin1(b) => out.put(&b[..take]),
                JsStrVariant::Utf16(u) => map_units(&u[..take], out, |u| [u as u8]),
            }
            take
        }
        // Hex and base64 read each UTF-16 unit's low byte, as node does;
        // every byte they produce stands alone, so a limit just cuts.
        Encoding::Hex => {
            // Two digits a byte: digits past the limit are not looked at.
            let digits = s.len().min(limit.saturating_mul(2));
            match variant {
                JsStrVariant::Latin1(b) => decode_hex(&b[..digits], |c| c, out),
                JsStrVariant::Utf16(u) => decode_hex(&u[..digits], |u| u as u8, out),
            }
        }
        Encoding::Base64 | Encoding::Base64url => match variant {
            JsStrVariant::Latin1(b) => decode_base64(b, |c| c, limit, out),
            JsStrVariant::Utf16(u) => decode_base64(u, |u| u as u8, limit, out),
        },
    }
}

/// A whole string in UTF-8 (encoding_rs's converters, a block at a time;
/// they turn lone surrogates into U+FFFD as node does).
fn encode_utf8_all(s: JsStrVariant<'_>, out: &mut impl ByteSink) -> usize {
    let mut block = [0u8; BLOCK];
    let mut n = 0;
    match s {
        JsStrVariant::Latin1(mut src) => {
            while !src.is_empty() {
                let (read, written) = encoding_rs::mem::convert_latin1_to_utf8_partial(src, &mut block);
                out.put(&block[..written]);
                n += written;
                src = &src[read..];
            }
        }
        JsStrVariant::Utf16(mut src) => {
            while !src.is_empty() {
                let (read, written) = encoding_rs::mem::convert_utf16_to_utf8_partial(src, &mut block);
                out.put(&block[..written]);
                n += written;
                src = &src[read..];
            }
        }
    }
    n
}

/// The UTF-8 encoding of `s` appended to `out` (a lone surrogate becomes
/// U+FFFD), for other bindings that take strings as UTF-8.
pub(crate) fn encode_utf8(s: JsStr<'_>, out: &mut Vec<u8>) {
    encode(s, Encoding::Utf8, usize::MAX, out);
}

/// The length of `s` in UTF-8.
pub(crate) fn utf8_length(s: JsStr<'_>) -> usize {
    match s.variant() {
        JsStrVariant::Latin1(b) => b.len() + b.iter().filter(|&&c| c >= 0x80).count(),
        JsStrVariant::Utf16(u) => {
            // Counted on the units: a valid surrogate pair is 4 bytes, a
            // lone surrogate 3 (it becomes U+FFFD).
            let mut n = 0;
            let mut i = 0;
            while i < u.len() {
                let c = u[i];
                n += match c {
                    0..=0x7F => 1,
                    0x80..=0x7FF => 2,
                    0xD800..=0xDBFF if u.get(i + 1).is_some_and(|d| (0xDC00..=0xDFFF).contains(d)) => {
                        i += 1;
                        4
                    }
                    _ => 3,
                };
                i += 1;
            }
            n
        }
    }
}

/// `bytes` decoded as UTF-8, each maximal bad sequence becoming U+FFFD.
pub(crate) fn decode_utf8(bytes: &[u8]) -> JsString {
    decode(bytes, Encoding::Utf8)
}

/// Each digit's value (0xFF: not a hex digit).
const HEX_VALUES: [u8; 256] = {
    let mut table = [0xFF; 256];
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 6 {
        table[b'a' as usize + i] = 10 + i as u8;
        table[b'A' as usize + i] = 10 + i as u8;
        i += 1;
    }
    table
};

/// Each character's value in either base64 alphabet (0xFF: not in them).
const BASE64_VALUES: [u8; 256] = {
    let mut table = [0xFF; 256];
    let mut i = 0;
    while i < 26 {
        table[b'A' as usize + i] = i as u8;
        table[b'a' as usize + i] = 26 + i as u8;
        i += 1;
    }
    let mut i = 0;
    while i < 10 {
        table[b'0' as usize + i] = 52 + i as u8;
        i += 1;
    }
    table[b'+' as usize] = 62;
    table[b'-' as usize] = 62;
    table[b'/' as usize] = 63;
    table[b'_' as usize] = 63;
    table
};

/// Marks a character outside the alphabets in [`BASE64_SHIFTED`].
const BASE64_INVALID: u32 = 1 << 31;

/// [`BASE64_VALUES`] already shifted to each of the four places of a
/// group (`table[k][c]` is `c`'s value `<< (18 - 6k)`, or
/// [`BASE64_INVALID`]), so that a group of four characters is four
/// lookups OR-ed together.
const BASE64_SHIFTED: [[u32; 256]; 4] = {
    let mut tables = [[BASE64_INVALID; 256]; 4];
    let mut k = 0;
    while k < 4 {
        let mut c = 0;
        while c < 256 {
            let v = BASE64_VALUES[c];
            if v != 0xFF {
                tables[k][c] = (v as u32) << (18 - 6 * k);
            }
            c += 1;
        }
        k += 1;
    }
    tables
};

/// Hex digits (`low` gives each unit's byte) to bytes, up to the first
/// pair that is not two digits; a last lone digit is ignored.
fn decode_hex<T: Copy>(digits: &[T], low: impl Fn(T) -> u8, out: &mut impl ByteSink) -> usize {
    let mut block = [0u8; BLOCK];
    let mut total = 0;
    for chunk in digits.chunks(BLOCK * 2) {
        let mut n = 0;
        for pair in chunk.chunks_exact(2) {
            let hi = HEX_VALUES[usize::from(low(pair[0]))];
            let lo = HEX_VALUES[usize::from(low(pair[1]))];
            if (hi | lo) > 15 {
                out.put(&block[..n]);
                return total + n;
            }
            block[n] = hi << 4 | lo;
            n += 1;
        }
        out.put(&block[..n]);
        total += n;
    }
    total
}

/// base64 in either alphabet (`low` gives each unit's byte) to at most
/// `max` bytes: characters outside the alphabets are skipped, the first
/// `=` ends the data, and a last partial group gives what bits it has.
fn decode_base64<T: Copy>(chars: &[T], low: impl Fn(T) -> u8, max: usize, out: &mut impl ByteSink) -> usize {
    // One spare byte: a group's three bytes are stored as a 4-byte word.
    let mut block = [0u8; BLOCK + 1];
    let mut n = 0;
    let mut room = max;
    let mut acc: u32 = 0;
    let mut bits = 0;
    let mut i = 0;
    loop {
        if n + 3 > BLOCK {
            let take = n.min(room);
            out.put(&block[..take]);
            room -= take;
            n = 0;
            if room == 0 {
                return max;
            }
        }
        // The common case: groups of four alphabet characters, three bytes
        // each, while they fit in the block.
        if bits == 0 {
            while n + 3 <= BLOCK {
                let Some(g) = chars.get(i..i + 4) else { break };
                let v = BASE64_SHIFTED[0][usize::from(low(g[0]))]
                    | BASE64_SHIFTED[1][usize::from(low(g[1]))]
                    | BASE64_SHIFTED[2][usize::from(low(g[2]))]
                    | BASE64_SHIFTED[3][usize::from(low(g[3]))];
                if v & BASE64_INVALID != 0 {
                    break;
                }
                block[n..n + 4].copy_from_slice(&(v << 8).to_be_bytes());
                n += 3;
                i += 4;
            }
            if n + 3 > BLOCK {
                continue;
            }
        }
        // Otherwise one character at a time: skipped ones, '=', a group
        // broken by skipped characters.
        let Some(&unit) = chars.get(i) else { break };
        let c = low(unit);
        i += 1;
        if c == b'=' {
            break;
        }
        let v = BASE64_VALUES[usize::from(c)];
        if v > 63 {
            continue;
        }
        acc = acc << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            block[n] = (acc >> bits) as u8;
            n += 1;
        }
    }
    let take = n.min(room);
    out.put(&block[..take]);
    max - room + take
}

const BASE64_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64URL_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The two characters of every 12-bit value (half a 3-byte group), so
/// that a group is encoded with two lookups.
const fn base64_pairs(alphabet: &[u8; 64]) -> [[u8; 2]; 4096] {
    let mut table = [[0; 2]; 4096];
    let mut i = 0;
    while i < 4096 {
        table[i] = [alphabet[i >> 6], alphabet[i & 63]];
        i += 1;
    }
    table
}

static BASE64_PAIRS: [[u8; 2]; 4096] = base64_pairs(BASE64_ALPHABET);
static BASE64URL_PAIRS: [[u8; 2]; 4096] = base64_pairs(BASE64URL_ALPHABET);

/// Each byte's two lowercase hex digits.
const HEX_PAIRS: [[u8; 2]; 256] = {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut table = [[0; 2]; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = [DIGITS[i >> 4], DIGITS[i & 15]];
        i += 1;
    }
    table
};

/// A string of ASCII characters built a block at a time straight into the
/// engine's string storage: `fill(chunk, block)` writes the characters
/// for each chunk of `input` (`per_chunk` units long) into `block`.
fn ascii_string<const PER_CHUNK: usize>(
    input: &[u8],
    len: usize,
    fill: impl Fn(&[u8], &mut [u8]) -> usize,
) -> JsString {
    let mut s = Latin1JsStringBuilder::with_capacity(len);
    let mut block = [0u8; BLOCK];
    for chunk in input.chunks(PER_CHUNK) {
        let n = fill(chunk, &mut block);
        s.extend_from_slice(&block[..n]);
    }
    // SAFETY: `fill` writes ASCII characters only, which are Latin-1.
    unsafe { s.build_as_latin1() }
}

fn hex_string(bytes: &[u8]) -> JsString {
    ascii_string::<{ BLOCK / 2 }>(bytes, bytes.len() * 2, |chunk, block| {
        for (&b, d) in chunk.iter().zip(block.chunks_exact_mut(2)) {
            d.copy_from_slice(&HEX_PAIRS[usize::from(b)]);
        }
        chunk.len() * 2
    })
}

/// base64 pads to a multiple of 4 characters; base64url does not pad.
fn base64_string(bytes: &[u8], url: bool) -> JsString {
    let (alphabet, pairs) = if url { (BASE64URL_ALPHABET, &BASE64URL_PAIRS) } else { (BASE64_ALPHABET, &BASE64_PAIRS) };
    let rest = bytes.len() % 3;
    let len = bytes.len() / 3 * 4 + if rest == 0 { 0 } else if url { rest + 1 } else { 4 };
    ascii_string::<{ BLOCK / 4 * 3 }>(bytes, len, |chunk, block| {
        let mut groups = chunk.chunks_exact(3);
        let mut n = 0;
        for (g, d) in (&mut groups).zip(block.chunks_exact_mut(4)) {
            let v = usize::from(g[0]) << 16 | usize::from(g[1]) << 8 | usize::from(g[2]);
            d[..2].copy_from_slice(&pairs[v >> 12]);
            d[2..].copy_from_slice(&pairs[v & 0xFFF]);
            n += 4;
        }
        // Only the input's last chunk can end in a partial group.
        let tail = groups.remainder();
        if !tail.is_empty() {
            let v = u32::from(tail[0]) << 16 | u32::from(*tail.get(1).unwrap_or(&0)) << 8;
            let digits = [v >> 18, v >> 12, v >> 6].map(|x| alphabet[(x & 63) as usize]);
            block[n..n + tail.len() + 1].copy_from_slice(&digits[..tail.len() + 1]);
            n += tail.len() + 1;
            if !url {
                block[n..n + 3 - tail.len()].fill(b'=');
                n += 3 - tail.len();
            }
        }
        n
    })
}

/// The string `bytes` decode to in `enc`.
fn decode(bytes: &[u8], enc: Encoding) -> JsString {
    match enc {
        Encoding::Utf8 => match std::str::from_utf8(bytes) {
            Ok(s) if s.is_ascii() => JsString::from(JsStr::latin1(bytes)),
            Ok(s) => JsString::from(s),
            Err(_) => JsString::from(String::from_utf8_lossy(bytes).as_ref()),
        },
        Encoding::Utf16le => {
            let units: Vec<u16> = bytes.chunks_exact(2).map(|p| u16::from_le_bytes([p[0], p[1]])).collect();
            JsString::from(&units[..])
        }
        Encoding::Latin1 => JsString::from(JsStr::latin1(bytes)),
        Encoding::Ascii => {
            if bytes.is_ascii() {
                JsString::from(JsStr::latin1(bytes))
            } else {
                let low: Vec<u8> = bytes.iter().map(|b| b & 0x7f).collect();
                JsString::from(JsStr::latin1(&low))
            }
        }
        Encoding::Hex => hex_string(bytes),
        Encoding::Base64 => base64_string(bytes, false),
        Encoding::Base64url => base64_string(bytes, true),
    }
}

fn arg_str(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<JsString> {
    arg(args, i).to_string(ctx)
}

fn arg_index(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<usize> {
    let n = arg_number(args, i, ctx)?;
    Ok(if n.is_finite() && n > 0.0 { n as usize } else { 0 })
}

/// `fromString(string, enc)` → an ArrayBuffer holding the encoded bytes,
/// encoded straight into its storage.
fn from_string(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = arg_str(args, 0, ctx)?;
    let enc = Encoding::from_arg(args, 1, ctx)?;
    let s = s.as_str();
    let size = match enc {
        Encoding::Utf8 => utf8_length(s),
        Encoding::Utf16le => s.len() * 2,
        Encoding::Latin1 | Encoding::Ascii => s.len(),
        Encoding::Hex => s.len() / 2,
        Encoding::Base64 | Encoding::Base64url => s.len() / 4 * 3 + 2,
    };
    let mut bytes = byte_block(size)?;
    encode(s, enc, usize::MAX, &mut bytes);
    Ok(JsArrayBuffer::from_byte_block(bytes, ctx)?.into())
}

/// `alloc(size, fill, prototype)` → a new Buffer (a Uint8Array with
/// `prototype`) of `size` bytes, each `fill` as `Uint8Array.prototype.fill`
/// converts it: `Buffer.alloc` and `allocUnsafe` in one native call, with
/// no constructor run (allocating many small buffers is common).
fn alloc(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let size = arg_index(args, 0, ctx)?;
    let byte = arg(args, 1).to_uint8(ctx)?;
    let Some(prototype) = arg(args, 2).as_object() else {
        return Err(JsNativeError::typ().with_message("binding: alloc needs a prototype").into());
    };
    new_buffer(size, byte, prototype, ctx)
}

/// A new Buffer of `size` bytes, each `byte`.
fn new_buffer(size: usize, byte: u8, prototype: JsObject, ctx: &mut Context) -> JsResult<JsValue> {
    let mut bytes = byte_block(size)?;
    bytes.resize(size, byte);
    Ok(JsTypedArray::uint8_with_prototype(bytes, prototype, ctx).into())
}

/// An empty block with room for `size` bytes, or V8's RangeError when
/// memory for it cannot be had (a script asking for 4 GiB must get an
/// exception, not an aborted process).
fn byte_block(size: usize) -> JsResult<AlignedVec<u8>> {
    let mut bytes = AlignedVec::new(0);
    bytes
        .try_reserve_exact(size)
        .map_err(|_| JsNativeError::range().with_message("Array buffer allocation failed"))?;
    Ok(bytes)
}

/// What the native `Buffer.alloc` holds on to.
#[derive(Trace, Finalize)]
struct AllocParts {
    /// The JavaScript `alloc(size, fill, encoding)` of `lib/buffer.js`.
    slow_alloc: JsObject,
    /// `Buffer.prototype`.
    prototype: JsObject,
}

/// `makeAlloc(slowAlloc, prototype)` → the function to install as
/// `Buffer.alloc` (named `alloc`, length 3, like node's). Allocating many
/// small buffers is common, and a JavaScript `alloc` calling into the
/// binding costs two calls where this costs one. It takes the common case
/// only: a size that is a number in range, and no fill or a number fill
/// (what `Uint8Array.prototype.fill` makes of it). Anything else, errors
/// included, goes untouched to the JavaScript `alloc`, which remains the
/// reference for the semantics.
fn make_alloc(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(prototype) = arg(args, 1).as_object() else {
        return Err(JsNativeError::typ().with_message("binding: makeAlloc needs a prototype").into());
    };
    let parts = AllocParts { slow_alloc: arg_function(args, 0, "slowAlloc")?, prototype };
    Ok(closure_function(ctx, fast_alloc, parts, "alloc", 3).into())
}

fn fast_alloc(this: &JsValue, args: &[JsValue], parts: &AllocParts, ctx: &mut Context) -> JsResult<JsValue> {
    let fill = arg(args, 1);
    let size = match arg(args, 0).as_number() {
        Some(n) if (0.0..=MAX_LENGTH).contains(&n) && (fill.is_undefined() || fill.is_number()) => n as usize,
        _ => return parts.slow_alloc.call(this, args, ctx),
    };
    let byte = if fill.is_undefined() { 0 } else { fill.to_uint8(ctx)? };
    new_buffer(size, byte, parts.prototype.clone(), ctx)
}

/// `buffer.constants.MAX_LENGTH` (`kMaxLength` in `lib/buffer.js`).
const MAX_LENGTH: f64 = 4_294_967_296.0;

/// A new ArrayBuffer holding a copy of `bytes` (one memcpy into the
/// engine's aligned block).
fn array_buffer(bytes: &[u8], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsArrayBuffer::from_byte_block(AlignedVec::from_slice(0, bytes), ctx)?.into())
}

/// `byteLengthUtf8(string)` → the length of its UTF-8 encoding.
fn byte_length_utf8(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = arg_str(args, 0, ctx)?;
    Ok(JsValue::from(utf8_length(s.as_str()) as f64))
}

/// `toString(view, enc, start, end)` → the string of `view[start..end]`.
fn to_string(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let enc = Encoding::from_arg(args, 1, ctx)?;
    let start = arg_index(args, 2, ctx)?;
    let end = arg_index(args, 3, ctx)?;
    let s = with_view_bytes(&arg(args, 0), ctx, |b| {
        let end = end.min(b.len());
        decode(&b[start.min(end)..end], enc)
    })?;
    Ok(s.unwrap_or_default().into())
}

/// `write(view, string, offset, maxLength, enc)` → bytes written.
fn write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = arg_str(args, 1, ctx)?;
    let offset = arg_index(args, 2, ctx)?;
    let max = arg_index(args, 3, ctx)?;
    let enc = Encoding::from_arg(args, 4, ctx)?;
    // Encode first (the string cannot alias the buffer), then copy in.
    let mut bytes = Vec::new();
    encode(s.as_str(), enc, max, &mut bytes);
    let written = with_view_bytes_mut(&arg(args, 0), ctx, |b| {
        let room = b.len().saturating_sub(offset);
        let n = bytes.len().min(room);
        b[offset..offset + n].copy_from_slice(&bytes[..n]);
        n
    })?;
    Ok(JsValue::from(written.unwrap_or(0) as f64))
}

/// The bytes of a view, copied (for a second operand that may share the
/// first one's ArrayBuffer).
fn view_bytes(value: &JsValue, ctx: &mut Context) -> JsResult<Vec<u8>> {
    Ok(with_view_bytes(value, ctx, <[u8]>::to_vec)?.unwrap_or_default())
}

/// `compare(a, b)` → -1, 0 or 1, bytewise.
fn compare(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let b = view_bytes(&arg(args, 1), ctx)?;
    let ord = with_view_bytes(&arg(args, 0), ctx, |a| a.cmp(&b[..]))?;
    Ok(JsValue::from(match ord {
        Some(std::cmp::Ordering::Less) => -1,
        Some(std::cmp::Ordering::Greater) => 1,
        _ => 0,
    }))
}

/// `indexOf(haystack, needle, byteOffset, forward)` → the index of the
/// first (or, backwards, last) match starting at or before/after
/// `byteOffset`, or -1.
fn index_of(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let needle = view_bytes(&arg(args, 1), ctx)?;
    let from = arg_number(args, 2, ctx)?;
    let forward = arg(args, 3).to_boolean();
    let found = with_view_bytes(&arg(args, 0), ctx, |hay| {
        let last_start = hay.len().checked_sub(needle.len())?;
        if forward {
            let start = from.max(0.0) as usize;
            if needle.is_empty() {
                return Some(start.min(hay.len()));
            }
            (start..=last_start).find(|&i| hay[i..i + needle.len()] == needle[..])
        } else {
            if from < 0.0 {
                return None;
            }
            let start = (from as usize).min(last_start);
            (0..=start).rev().find(|&i| hay[i..i + needle.len()] == needle[..])
        }
    })?;
    Ok(JsValue::from(found.flatten().map_or(-1.0, |i| i as f64)))
}

/// `fill(view, pattern, start, end)`: repeats the pattern's bytes over
/// `view[start..end]`.
fn fill(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pattern = view_bytes(&arg(args, 1), ctx)?;
    let start = arg_index(args, 2, ctx)?;
    let end = arg_index(args, 3, ctx)?;
    if pattern.is_empty() {
        return Ok(JsValue::undefined());
    }
    with_view_bytes_mut(&arg(args, 0), ctx, |b| {
        let end = end.min(b.len());
        let dst = &mut b[start.min(end)..end];
        // One copy of the pattern, then the filled part doubled in place.
        let first = dst.len().min(pattern.len());
        dst[..first].copy_from_slice(&pattern[..first]);
        let mut filled = first;
        while filled < dst.len() {
            let n = filled.min(dst.len() - filled);
            dst.copy_within(..n, filled);
            filled += n;
        }
    })?;
    Ok(JsValue::undefined())
}

/// `isUtf8(view)` / `isAscii(view)`.
fn is_utf8(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(with_view_bytes(&arg(args, 0), ctx, |b| std::str::from_utf8(b).is_ok())?.unwrap_or(false).into())
}

fn is_ascii(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(with_view_bytes(&arg(args, 0), ctx, <[u8]>::is_ascii)?.unwrap_or(false).into())
}

/// `transcode(view, from, to)` → an ArrayBuffer: the bytes decoded from
/// one encoding and encoded in another (node's utf8/ucs2/latin1/ascii).
fn transcode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let from = Encoding::from_arg(args, 1, ctx)?;
    let to = Encoding::from_arg(args, 2, ctx)?;
    let text = with_view_bytes(&arg(args, 0), ctx, |b| decode(b, from))?.unwrap_or_default();
    let mut bytes = Vec::with_capacity(text.len());
    // Characters outside latin1/ascii become '?', as ICU's converters do.
    let text = if matches!(to, Encoding::Latin1 | Encoding::Ascii) {
        let limit = if to == Encoding::Ascii { 0x7f } else { 0xff };
        let units: Vec<u16> = chars(text.as_str())
            .map(|c| if u32::from(c) <= limit { c as u16 } else { u16::from(b'?') })
            .collect();
        JsString::from(&units[..])
    } else {
        text
    };
    encode(text.as_str(), to, usize::MAX, &mut bytes);
    array_buffer(&bytes, ctx)
}

/// `concat(list, length)` → an ArrayBuffer with the bytes of the list's
/// Uint8Arrays in order, each cut to the room left when `length` is given
/// (`-1`: their total), zero-padded to `length`. This is the common case
/// only: an array holding Uint8Arrays over (non-shared, attached)
/// ArrayBuffers, whose items are read in place, as reading each index
/// would give them (no getter or prototype is involved). For anything
/// else it returns undefined, and `lib/buffer.js` runs node's algorithm.
fn concat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(list) = arg(args, 0).as_object() else { return Ok(JsValue::undefined()) };
    let count = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
    let wanted = arg_number(args, 1, ctx)?;
    let limit = (wanted >= 0.0).then_some(wanted as usize);
    let mut out = byte_block(limit.unwrap_or(0))?;
    {
        let list_ref = list.borrow();
        let Some(items) = list_ref.properties().dense_elements() else {
            return Ok(JsValue::undefined());
        };
        if items.len() as u64 != count
            || !TypedArray::append_uint8_bytes(items, limit.unwrap_or(usize::MAX), &mut out)
        {
            return Ok(JsValue::undefined());
        }
    }
    match limit {
        Some(limit) => out.resize(limit, 0),
        // The block grew by doubling; the ArrayBuffer keeps it.
        None if out.capacity() > out.len() => out.shrink_to_fit(),
        None => {}
    }
    Ok(JsArrayBuffer::from_byte_block(out, ctx)?.into())
}

/// `transfer(arrayBuffer)` → a new ArrayBuffer owning the old one's bytes;
/// the old one is detached (structuredClone's `transfer`). Undefined if it
/// is not an ArrayBuffer or cannot be detached.
fn transfer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(buffer) = arg(args, 0).as_object().and_then(|o| JsArrayBuffer::from_object(o.clone()).ok()) else {
        return Ok(JsValue::undefined());
    };
    match buffer.detach(&JsValue::undefined()) {
        Ok(bytes) => Ok(JsArrayBuffer::from_byte_block(bytes, ctx)?.into()),
        Err(_) => Ok(JsValue::undefined()),
    }
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("fromString", from_string, 2),
            ("alloc", alloc, 3),
            ("makeAlloc", make_alloc, 2),
            ("byteLengthUtf8", byte_length_utf8, 1),
            ("toString", to_string, 4),
            ("write", write, 5),
            ("compare", compare, 2),
            ("indexOf", index_of, 4),
            ("fill", fill, 4),
            ("isUtf8", is_utf8, 1),
            ("isAscii", is_ascii, 1),
            ("transcode", transcode, 3),
            ("concat", concat, 2),
            ("transfer", transfer, 1),
        ],
    ))
}

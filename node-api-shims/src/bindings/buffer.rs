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

use boa_engine::builtins::typed_array::TypedArrayKind;
use boa_engine::object::builtins::{AlignedVec, JsArrayBuffer, JsTypedArray};
use boa_engine::string::JsStrVariant;
use boa_engine::{js_string, Context, JsObject, JsResult, JsStr, JsString, JsValue};
use engine_glue::native::{arg, arg_number, binding_object, with_view_bytes, with_view_bytes_mut};

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

/// Appends the bytes of `s` in `enc` to `out`, stopping before the first
/// character that would take it past `limit` bytes (node never writes part
/// of a character). Returns how many bytes were appended.
fn encode(s: JsStr<'_>, enc: Encoding, limit: usize, out: &mut Vec<u8>) -> usize {
    let mut n = 0;
    let mut push = |bytes: &[u8], n: &mut usize| -> bool {
        if *n + bytes.len() > limit {
            return false;
        }
        out.extend_from_slice(bytes);
        *n += bytes.len();
        true
    };
    match enc {
        Encoding::Utf8 => {
            if let JsStrVariant::Latin1(b) = s.variant() {
                if b.is_ascii() {
                    let take = b.len().min(limit);
                    push(&b[..take], &mut n);
                    return n;
                }
            }
            let mut buf = [0u8; 4];
            for c in chars(s) {
                if !push(c.encode_utf8(&mut buf).as_bytes(), &mut n) {
                    break;
                }
            }
        }
        Encoding::Utf16le => {
            for u in units(s) {
                if !push(&u.to_le_bytes(), &mut n) {
                    break;
                }
            }
        }
        Encoding::Latin1 | Encoding::Ascii => {
            for u in units(s) {
                if !push(&[u as u8], &mut n) {
                    break;
                }
            }
        }
        // Hex and base64 read each UTF-16 unit's low byte, as node does;
        // every byte they produce stands alone, so a limit just cuts.
        Encoding::Hex | Encoding::Base64 | Encoding::Base64url => {
            let bytes = match (enc, s.variant()) {
                (Encoding::Hex, JsStrVariant::Latin1(b)) => decode_hex(b.iter().copied()),
                (Encoding::Hex, JsStrVariant::Utf16(u)) => decode_hex(u.iter().map(|&u| u as u8)),
                (_, JsStrVariant::Latin1(b)) => decode_base64(b.iter().copied()),
                (_, JsStrVariant::Utf16(u)) => decode_base64(u.iter().map(|&u| u as u8)),
            };
            let take = bytes.len().min(limit);
            push(&bytes[..take], &mut n);
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
        JsStrVariant::Latin1(b) => b.iter().map(|&c| if c < 0x80 { 1 } else { 2 }).sum(),
        JsStrVariant::Utf16(_) => chars(s).map(char::len_utf8).sum(),
    }
}

/// `bytes` decoded as UTF-8, each maximal bad sequence becoming U+FFFD.
pub(crate) fn decode_utf8(bytes: &[u8]) -> JsString {
    decode(bytes, Encoding::Utf8)
}

fn decode_hex(mut digits: impl Iterator<Item = u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(digits.size_hint().0 / 2);
    while let (Some(a), Some(b)) = (digits.next(), digits.next()) {
        let (Some(hi), Some(lo)) = (hex_value(a), hex_value(b)) else { break };
        out.push(hi << 4 | lo);
    }
    out
}

fn decode_base64(chars: impl Iterator<Item = u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(chars.size_hint().0 / 4 * 3 + 3);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in chars {
        if c == b'=' {
            break;
        }
        let Some(v) = base64_value(c) else { continue };
        acc = acc << 6 | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

fn hex_value(c: u8) -> Option<u8> {
    char::from(c).to_digit(16).map(|d| d as u8)
}

fn base64_value(c: u8) -> Option<u8> {
    Some(match c {
        c @ b'A'..=b'Z' => c - b'A',
        c @ b'a'..=b'z' => c - b'a' + 26,
        c @ b'0'..=b'9' => c - b'0' + 52,
        b'+' | b'-' => 62,
        b'/' | b'_' => 63,
        _ => return None,
    })
}

/// The string `bytes` decode to in `enc`.
fn decode(bytes: &[u8], enc: Encoding) -> JsString {
    const HEX: &[u8; 16] = b"0123456789abcdef";
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
        Encoding::Hex => {
            let mut out = Vec::with_capacity(bytes.len() * 2);
            for b in bytes {
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 15)]);
            }
            JsString::from(JsStr::latin1(&out))
        }
        Encoding::Base64 | Encoding::Base64url => {
            let alphabet: &[u8; 64] = if enc == Encoding::Base64 {
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            } else {
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
            };
            let sextets = |n: u32| [n >> 18, n >> 12, n >> 6, n].map(|v| alphabet[(v & 63) as usize]);
            let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
            let mut chunks = bytes.chunks_exact(3);
            for c in &mut chunks {
                out.extend_from_slice(&sextets(u32::from(c[0]) << 16 | u32::from(c[1]) << 8 | u32::from(c[2])));
            }
            let rest = chunks.remainder();
            if !rest.is_empty() {
                let n = u32::from(rest[0]) << 16 | u32::from(*rest.get(1).unwrap_or(&0)) << 8;
                out.extend_from_slice(&sextets(n)[..rest.len() + 1]);
                // base64 pads to a multiple of 4; base64url does not.
                if enc == Encoding::Base64 {
                    out.extend(std::iter::repeat_n(b'=', 3 - rest.len()));
                }
            }
            JsString::from(JsStr::latin1(&out))
        }
    }
}

fn arg_str(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<JsString> {
    arg(args, i).to_string(ctx)
}

fn arg_index(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<usize> {
    let n = arg_number(args, i, ctx)?;
    Ok(if n.is_finite() && n > 0.0 { n as usize } else { 0 })
}

/// `fromString(string, enc)` → an ArrayBuffer holding the encoded bytes.
fn from_string(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = arg_str(args, 0, ctx)?;
    let enc = Encoding::from_arg(args, 1, ctx)?;
    let mut bytes = Vec::with_capacity(s.len());
    encode(s.as_str(), enc, usize::MAX, &mut bytes);
    array_buffer(&bytes, ctx)
}

/// A new ArrayBuffer holding a copy of `bytes` (one memcpy into the
/// engine's aligned block).
fn array_buffer(bytes: &[u8], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsArrayBuffer::from_byte_block(AlignedVec::from_slice(64, bytes), ctx)?.into())
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
        for (dst, src) in b[start.min(end)..end].iter_mut().zip(pattern.iter().cycle()) {
            *dst = *src;
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
/// Uint8Arrays in order, cut or zero-padded to `length` (`-1`: their total),
/// or `-(i + 1)` if `list[i]` is not a Uint8Array (the JavaScript side
/// throws node's error for it). Like node, with an explicit length the
/// items past the cut are not looked at.
fn concat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(list) = arg(args, 0).as_object() else { return Ok(JsValue::from(-1)) };
    let count = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
    let wanted = arg_number(args, 1, ctx)?;
    let mut items = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
    let mut sum = 0;
    for i in 0..count {
        let item = list.get(i, ctx)?;
        let is_uint8 = item
            .as_object()
            .and_then(|o| JsTypedArray::from_object(o.clone()).ok())
            .is_some_and(|t| t.kind() == Some(TypedArrayKind::Uint8));
        if !is_uint8 {
            return Ok(JsValue::from(-(i as f64) - 1.0));
        }
        let len = with_view_bytes(&item, ctx, <[u8]>::len)?.unwrap_or(0);
        items.push(item);
        // With an explicit length, node stops at the first item that
        // does not fit whole, without looking further.
        if wanted >= 0.0 && sum + len > wanted as usize {
            break;
        }
        sum += len;
    }
    let total = if wanted < 0.0 { sum } else { wanted as usize };
    let mut out = AlignedVec::with_capacity(64, total);
    for item in &items {
        let room = total - out.len();
        with_view_bytes(item, ctx, |b| out.extend_from_slice(&b[..b.len().min(room)]))?;
    }
    out.resize(total, 0);
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

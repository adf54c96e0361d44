//! `internalBinding('errors')`: the frames an error object captured, for
//! V8's stack-trace API (`Error.prepareStackTrace` and its `CallSite`
//! objects, built in `lib/internal/errors_stack.js`).
//!
//! The engine records, when an error is made, each frame's function name,
//! source and position, and (vendor/README.md, patch 17) its receiver, its
//! function, whether it is a `new` call and whether it runs strict code.
//! This hands them to JavaScript as plain records, innermost frame first,
//! and, on demand, the script a frame ran (for `getPosition`,
//! `getEnclosingLineNumber`/`ColumnNumber` and `getScriptHash`).

use boa_engine::builtins::error::{Error, SourceName};
use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};
use engine_glue::native::{arg_number, arg_string, binding_object, set};

use crate::bootstrap::Host;

/// `stackFrames(error)`: an array of
/// `{ name, file, eval, line, column, native, known, this, function,
/// construct, strict }`; `null` for an error that captured no stack
/// (`Error.stackTraceLimit` was not a number), `undefined` for a non-error.
/// `known` says whether the receiver and function were recorded (they are
/// not for frames that outlived the record, e.g. stacks copied between
/// errors); `file` is null for code with no path.
fn stack_frames(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = args.first().and_then(JsValue::as_object) else { return Ok(JsValue::undefined()) };
    let Some(frames) = obj.downcast_ref::<Error>().map(|error| error.stack_frames()) else {
        return Ok(JsValue::undefined());
    };
    let Some(frames) = frames else { return Ok(JsValue::null()) };
    let mut records = Vec::with_capacity(frames.len());
    for (index, frame) in frames.into_iter().enumerate() {
        let record = JsObject::with_object_proto(ctx.intrinsics());
        set(&record, "name", JsValue::from(frame.function_name), ctx)?;
        let (file, eval) = match &frame.source {
            Some(SourceName::Path(path)) => (JsValue::from(boa_engine::JsString::from(path.as_str())), false),
            Some(SourceName::Eval) => (JsValue::null(), true),
            Some(SourceName::None) | None => (JsValue::null(), false),
        };
        set(&record, "file", file, ctx)?;
        set(&record, "eval", eval, ctx)?;
        set(&record, "line", frame.line.map_or(JsValue::null(), JsValue::from), ctx)?;
        set(&record, "column", frame.column.map_or(JsValue::null(), JsValue::from), ctx)?;
        set(&record, "native", frame.native, ctx)?;
        set(&record, "known", frame.this.is_some(), ctx)?;
        set(&record, "this", frame.this.unwrap_or_default(), ctx)?;
        set(&record, "function", frame.function.map_or(JsValue::undefined(), JsValue::from), ctx)?;
        set(&record, "construct", frame.construct, ctx)?;
        set(&record, "strict", frame.strict, ctx)?;
        set(&record, "index", index as u32, ctx)?;
        records.push(JsValue::from(record));
    }
    Ok(JsArray::from_iter(records, ctx).into())
}

/// `frameSource(error, index)` → `{ text, functionStart }`: the script
/// frame `index` of `stackFrames(error)` ran, as compiled, and where its
/// function starts in it (null for top-level code); `undefined` for a
/// builtin's frame.
fn frame_source(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let index = arg_number(args, 1, ctx)?;
    let Some(obj) = args.first().and_then(JsValue::as_object) else { return Ok(JsValue::undefined()) };
    if !(index >= 0.0 && index < f64::from(u32::MAX)) {
        return Ok(JsValue::undefined());
    }
    let Some(source) = obj.downcast_ref::<Error>().and_then(|error| error.frame_source(index as usize)) else {
        return Ok(JsValue::undefined());
    };
    let record = JsObject::with_object_proto(ctx.intrinsics());
    set(&record, "text", JsString::from(source.text.as_slice()), ctx)?;
    let start = source.function_start.map_or(JsValue::null(), |start| JsValue::from(start as f64));
    set(&record, "functionStart", start, ctx)?;
    Ok(record.into())
}

/// `scriptSource(filename)` → the text the module loader compiled for
/// `filename` (a CommonJS or ES module, or an `-e` script), or undefined.
fn script_source(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let file = arg_string(args, 0, ctx)?;
    let host = Host::get(ctx)?;
    let sources = host.sources.borrow();
    Ok(sources.get(&file).map_or(JsValue::undefined(), |text| JsString::from(&**text).into()))
}

/// `sha256(string)` → the SHA-256 of the string's UTF-8 bytes, in hex (V8's
/// script hash, `CallSite.getScriptHash`).
fn sha256_hex(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = arg_string(args, 0, ctx)?;
    let digest = sha256(text.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    Ok(JsString::from(hex).into())
}

/// SHA-256 (FIPS 180-4).
fn sha256(data: &[u8]) -> [u8; 32] {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];
    let mut h: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];
    // The message, a 1 bit, zeros, and its length in bits: whole blocks.
    let mut message = data.to_vec();
    message.push(0x80);
    while message.len() % 64 != 56 {
        message.push(0);
    }
    message.extend_from_slice(&((data.len() as u64).wrapping_mul(8)).to_be_bytes());
    for block in message.chunks_exact(64) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (state, value) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *state = state.wrapping_add(value);
        }
    }
    let mut out = [0u8; 32];
    for (chunk, word) in out.chunks_exact_mut(4).zip(h) {
        chunk.copy_from_slice(&word.to_be_bytes());
    }
    out
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("stackFrames", stack_frames, 1),
            ("frameSource", frame_source, 2),
            ("scriptSource", script_source, 1),
            ("sha256", sha256_hex, 1),
        ],
    ))
}

#[cfg(test)]
mod tests {
    use super::sha256;

    fn hex(data: &[u8]) -> String {
        sha256(data).iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn sha256_known_digests() {
        assert_eq!(hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let long = vec![b'a'; 1000];
        assert_eq!(hex(&long), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
    }
}

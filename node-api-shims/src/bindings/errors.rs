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

/// SHA-256 of `data` (the `sha2` crate).
fn sha256(data: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(data).into()
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

//! `internalBinding('errors')`: the frames an error object captured, for
//! V8's stack-trace API (`Error.prepareStackTrace` and its `CallSite`
//! objects, built in `lib/internal/errors_stack.js`).
//!
//! The engine records, when an error is made, each frame's function name,
//! source and position, and (vendor/README.md, patch 17) its receiver, its
//! function, whether it is a `new` call and whether it runs strict code.
//! This hands them to JavaScript as plain records, innermost frame first.

use boa_engine::builtins::error::{Error, SourceName};
use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use engine_glue::native::{binding_object, set};

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
    for frame in frames {
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
        records.push(JsValue::from(record));
    }
    Ok(JsArray::from_iter(records, ctx).into())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(ctx, &[("stackFrames", stack_frames, 1)]))
}

//! Helpers for the native side of bindings: building binding objects,
//! reading arguments, and the uncatchable termination signal.

use boa_engine::builtins::typed_array::TypedArray;
use boa_engine::error::{EngineError, PanicError};
use boa_engine::object::{FunctionObjectBuilder, ObjectInitializer};
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue,
    NativeFunction,
};

/// The message carried by the termination signal. A `JsError` built from an
/// engine error cannot be caught by a script's `try`/`catch`, so returning it
/// from a native function unwinds every JavaScript frame back to the host.
const TERMINATION: &str = "runnel: execution terminated";

/// An error that no script can catch: used by `process.exit()` and by the
/// wall-clock time limit to stop JavaScript where it stands.
pub fn termination() -> JsError {
    JsError::from(EngineError::Panic(PanicError::new(TERMINATION)))
}

/// Whether `err` is the [`termination`] signal rather than a script's error.
pub fn is_termination(err: &JsError) -> bool {
    match err.as_engine() {
        Some(EngineError::Panic(p)) => p.message() == TERMINATION,
        Some(_) => false,
        None => false,
    }
}

/// Runs `f` over the bytes a typed array covers, borrowed, not copied.
/// `None` if `value` is not a typed array over an ArrayBuffer (a detached
/// or out-of-bounds view covers no bytes). The bytes are found through
/// the view's internal slots, no getter runs: this is on the path of every
/// Buffer operation, `Buffer.concat` of many small buffers included.
/// (`ctx` and the `JsResult` are no longer needed; they stay so that
/// callers need not change.)
pub fn with_view_bytes<R>(value: &JsValue, _ctx: &mut Context, f: impl FnOnce(&[u8]) -> R) -> JsResult<Option<R>> {
    Ok(with_typed_array_bytes(value, f))
}

/// [`with_view_bytes`], with the bytes writable (the view's ArrayBuffer
/// must not be borrowed elsewhere meanwhile: copy a second operand first).
pub fn with_view_bytes_mut<R>(value: &JsValue, _ctx: &mut Context, f: impl FnOnce(&mut [u8]) -> R) -> JsResult<Option<R>> {
    let Some(object) = value.as_object() else { return Ok(None) };
    let Some(view) = object.downcast_ref::<TypedArray>() else { return Ok(None) };
    Ok(view.with_bytes_mut(|bytes| bytes.map(f)))
}

/// [`with_view_bytes`] without the context.
pub fn with_typed_array_bytes<R>(value: &JsValue, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    let object = value.as_object()?;
    let view = object.downcast_ref::<TypedArray>()?;
    view.with_bytes(|bytes| bytes.map(f))
}

/// A native function entry of a binding object: name, function, arity.
pub type BindingFn = (&'static str, fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>, usize);

/// Builds a plain object whose properties are the given native functions.
pub fn binding_object(ctx: &mut Context, fns: &[BindingFn]) -> JsObject {
    let mut init = ObjectInitializer::new(ctx);
    for (name, f, len) in fns {
        init.function(NativeFunction::from_fn_ptr(*f), js_string!(*name), *len);
    }
    init.build()
}

/// Sets a data property (writable, enumerable, configurable) on `obj`.
pub fn set(obj: &JsObject, key: &str, value: impl Into<JsValue>, ctx: &mut Context) -> JsResult<()> {
    obj.set(JsString::from(key), value.into(), true, ctx)?;
    Ok(())
}

/// Defines a non-enumerable data property on `obj`.
pub fn define_hidden(obj: &JsObject, key: &str, value: impl Into<JsValue>, ctx: &mut Context) -> JsResult<()> {
    use boa_engine::property::PropertyDescriptor;
    obj.define_property_or_throw(
        JsString::from(key),
        PropertyDescriptor::builder()
            .value(value.into())
            .writable(true)
            .enumerable(false)
            .configurable(true),
        ctx,
    )?;
    Ok(())
}

/// Argument `i`, or `undefined` when absent.
pub fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

/// Argument `i` as a function object, or a plain `TypeError` naming `what`.
/// Bindings are called by our own JS, which validates user input first with
/// Node's error codes; this check only guards the binding itself.
pub fn arg_function(args: &[JsValue], i: usize, what: &str) -> JsResult<JsObject> {
    match args.get(i).and_then(JsValue::as_object) {
        Some(o) if o.is_callable() => Ok(o.clone()),
        _ => Err(JsNativeError::typ()
            .with_message(format!("binding: {what} must be a function"))
            .into()),
    }
}

/// Argument `i` as a Rust string (after ToString).
pub fn arg_string(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    Ok(arg(args, i).to_string(ctx)?.to_std_string_escaped())
}

/// Argument `i` as a number (after ToNumber).
pub fn arg_number(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<f64> {
    arg(args, i).to_number(ctx)
}

/// Attribute set used for binding properties that scripts may overwrite.
pub const WEC: Attribute = Attribute::all();

/// A native function that carries state (`captures`) into every call of
/// `f`: named `name`, with `length`, not a constructor (like a builtin
/// method). For bindings that hand JavaScript a function of their own
/// (`EventEmitter.prototype.emit`, `Buffer.alloc`, lazy-global accessors).
pub fn closure_function<T: boa_gc::Trace + 'static>(
    ctx: &Context,
    f: fn(&JsValue, &[JsValue], &T, &mut Context) -> JsResult<JsValue>,
    captures: T,
    name: impl Into<JsString>,
    length: usize,
) -> JsObject {
    FunctionObjectBuilder::new(ctx.realm(), NativeFunction::from_copy_closure_with_captures(f, captures))
        .name(name.into())
        .length(length)
        .constructor(false)
        .build()
        .into()
}

//! `internalBinding('events')`: the fast path of
//! `EventEmitter.prototype.emit`.
//!
//! `emit` is the hottest call of event-driven code. Written in JavaScript,
//! it needs a rest parameter to know how many arguments it got (Boa builds
//! an array for it; `arguments` costs more still), then `apply` to pass
//! them on. This native `emit` gets them as a slice and calls the listeners
//! with that slice: no array per call.
//!
//! It takes only the common case: an event other than `'error'`, on an
//! emitter whose listener table (`_events`) is an object holding one
//! listener function or an array of them. Everything else (`'error'` and
//! its rules, an emitter without a table, anything unusual in the table)
//! goes, untouched, to the JavaScript `emit` of `lib/events.js`, which
//! remains the reference for the semantics. A listener's non-nullish
//! return value is handed to the JavaScript `captureRejections` check, as
//! the JavaScript emit does.

use boa_engine::object::builtins::JsArray;
use boa_engine::object::OwnDataCache;
use boa_engine::property::PropertyKey;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use boa_gc::{Finalize, Trace};
use engine_glue::native::{arg_function, binding_object, closure_function};

/// What the native `emit` falls back on, and where it last found things.
#[derive(Trace, Finalize)]
struct Fallbacks {
    /// The full JavaScript `emit(type, ...args)`.
    slow_emit: JsObject,
    /// `watchForRejection(emitter, result, type, args)`.
    watch_result: JsObject,
    /// Where the emitter's `_events` was (emitters made by one constructor
    /// share a shape).
    table_slot: OwnDataCache,
    /// Where the listener of the event was in that table.
    listener_slot: OwnDataCache,
}

/// `makeEmit(slowEmit, watchForRejection)` → the `emit` function to put on
/// `EventEmitter.prototype` (named `emit`, length 1, like node's).
fn make_emit(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fallbacks = Fallbacks {
        slow_emit: arg_function(args, 0, "slowEmit")?,
        watch_result: arg_function(args, 1, "watchForRejection")?,
        table_slot: OwnDataCache::new(),
        listener_slot: OwnDataCache::new(),
    };
    Ok(closure_function(ctx, emit, fallbacks, "emit", 1).into())
}

fn emit(this: &JsValue, args: &[JsValue], fallbacks: &Fallbacks, ctx: &mut Context) -> JsResult<JsValue> {
    let slow = |ctx: &mut Context| fallbacks.slow_emit.call(this, args, ctx);
    let event = args.first().cloned().unwrap_or_default();
    if event.as_string().is_some_and(|s| s == js_string!("error")) {
        return slow(ctx);
    }
    let Some(emitter) = this.as_object() else { return slow(ctx) };
    let events = get(&emitter, js_string!("_events").into(), &fallbacks.table_slot, ctx)?;
    let Some(events) = events.as_object() else {
        if events.is_undefined() {
            return Ok(false.into());
        }
        return slow(ctx);
    };
    let handler = get(&events, event.to_property_key(ctx)?, &fallbacks.listener_slot, ctx)?;
    if handler.is_undefined() {
        return Ok(false.into());
    }
    let listener_args = args.get(1..).unwrap_or_default();

    if let Some(listener) = handler.as_callable() {
        let result = listener.call(this, listener_args, ctx)?;
        watch(fallbacks, this, result, &event, listener_args, ctx)?;
        return Ok(true.into());
    }

    // Several listeners: a copy of the array is called, so listeners added
    // or removed meanwhile do not change this emit. Only a plain array of
    // functions is taken here; anything else gets the JavaScript treatment.
    let Some(list) = handler.as_object().filter(JsObject::is_array) else { return slow(ctx) };
    let list = JsArray::from_object(list)?;
    let len = list.length(ctx)?;
    let mut listeners = Vec::with_capacity(usize::try_from(len).unwrap_or(0));
    for i in 0..len {
        match list.get(i, ctx)?.as_callable() {
            Some(f) => listeners.push(f),
            None => return slow(ctx),
        }
    }
    for listener in listeners {
        let result = listener.call(this, listener_args, ctx)?;
        watch(fallbacks, this, result, &event, listener_args, ctx)?;
    }
    Ok(true.into())
}

/// `object[key]`, read straight from its own properties when that decides
/// it (the emitter's `_events` and the null-prototype table in it).
fn get(object: &JsObject, key: PropertyKey, cache: &OwnDataCache, ctx: &mut Context) -> JsResult<JsValue> {
    match object.get_own_data_cached(&key, cache) {
        Some(value) => Ok(value),
        None => object.get(key, ctx),
    }
}

/// A listener returned something: with `captureRejections`, a promise's
/// rejection must be routed (the JavaScript side decides).
fn watch(
    fallbacks: &Fallbacks,
    this: &JsValue,
    result: JsValue,
    event: &JsValue,
    listener_args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<()> {
    if result.is_null_or_undefined() {
        return Ok(());
    }
    let args = JsArray::from_iter(listener_args.iter().cloned(), ctx);
    fallbacks
        .watch_result
        .call(&JsValue::undefined(), &[this.clone(), result, event.clone(), args.into()], ctx)?;
    Ok(())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(ctx, &[("makeEmit", make_emit, 2)]))
}

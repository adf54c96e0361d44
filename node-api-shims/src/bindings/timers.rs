//! `internalBinding('timers')`: the JavaScript `Timeout`/`Immediate`
//! objects (lib/internal/timers.js) arm and disarm their entries in the
//! event loop's timer heap and check queue through these functions. The
//! loop hands the object back to the dispatchers registered with
//! `setCallbacks` when it is due.

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsValue};
use engine_glue::event_loop::Hook;
use engine_glue::native::{arg, arg_function, arg_number, binding_object};

use crate::bootstrap::Host;

fn id_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<u64> {
    let n = arg_number(args, i, ctx)?;
    if n.is_finite() && n >= 0.0 {
        Ok(n as u64)
    } else {
        Err(JsNativeError::range().with_message("binding: bad timer id").into())
    }
}

fn object_arg(args: &[JsValue], i: usize) -> JsResult<JsObject> {
    arg(args, i)
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("binding: expected an object").into())
}

/// `start(id, timeout, ms, refed[, start])`: arm timer `id` to fire `ms`
/// after loop time `start` (default: now, updated); returns that time.
fn start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let target = object_arg(args, 1)?;
    let ms = arg_number(args, 2, ctx)?.max(0.0) as u64;
    let refed = arg(args, 3).to_boolean();
    // From the given loop time (an interval re-armed from before its
    // callback ran), else from now, as node's getLibuvNow().
    let start = match arg(args, 4) {
        v if v.is_undefined() => host.event_loop.now_fresh(),
        v => v.to_number(ctx)?.max(0.0) as u64,
    };
    host.event_loop.timer_start_at(id, target, start, ms, refed);
    Ok((start as f64).into())
}

/// `getLibuvNow()` → the loop time in ms, brought up to date first.
fn get_libuv_now(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    Ok((host.event_loop.now_fresh() as f64).into())
}

fn stop(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    host.event_loop.timer_stop(id);
    Ok(JsValue::undefined())
}

fn set_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    host.event_loop.timer_set_ref(id, arg(args, 1).to_boolean());
    Ok(JsValue::undefined())
}

fn schedule_immediate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    let target = object_arg(args, 1)?;
    host.event_loop.immediate_push(id, target);
    Ok(JsValue::undefined())
}

fn clear_immediate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    host.event_loop.immediate_clear(id);
    Ok(JsValue::undefined())
}

fn immediate_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    host.event_loop.immediate_set_ref(id, arg(args, 1).to_boolean());
    Ok(JsValue::undefined())
}

/// `isScheduled(id)`: is timer `id` armed?
fn is_scheduled(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let id = id_arg(args, 0, ctx)?;
    Ok(host.event_loop.timer_is_scheduled(id).into())
}

/// `refedCounts()` → `[timers, immediates]`: how many ref'd ones are
/// waiting in the loop (for `process.getActiveResourcesInfo()`).
fn refed_counts(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let counts = [host.event_loop.timer_refed_js_count(), host.event_loop.immediate_refed_count()];
    Ok(JsArray::from_iter(counts.map(|n| JsValue::from(n as f64)), ctx).into())
}

/// `setCallbacks(onTimeout, onImmediate, afterTimeoutThrew,
/// afterImmediateThrew)`: the dispatchers, and what finishes a timer or
/// immediate whose callback threw.
fn set_callbacks(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    host.event_loop.set_hook(Hook::Timer, arg_function(args, 0, "onTimeout")?);
    host.event_loop.set_hook(Hook::Immediate, arg_function(args, 1, "onImmediate")?);
    host.event_loop.set_hook(Hook::TimerThrew, arg_function(args, 2, "afterTimeoutThrew")?);
    host.event_loop.set_hook(Hook::ImmediateThrew, arg_function(args, 3, "afterImmediateThrew")?);
    Ok(JsValue::undefined())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("start", start, 5),
            ("getLibuvNow", get_libuv_now, 0),
            ("stop", stop, 1),
            ("setRef", set_ref, 2),
            ("scheduleImmediate", schedule_immediate, 2),
            ("clearImmediate", clear_immediate, 1),
            ("immediateRef", immediate_ref, 2),
            ("isScheduled", is_scheduled, 1),
            ("refedCounts", refed_counts, 0),
            ("setCallbacks", set_callbacks, 4),
        ],
    ))
}

//! `internalBinding('signal_wrap')`: watching signals for
//! `process.on('SIGINT', ...)` (lib/internal/process/signals.js). The event
//! loop watches them (engine_glue's `signals`); the listener dispatcher
//! registered with `setHandler` runs when one arrives.

use boa_engine::{Context, JsObject, JsResult, JsValue};
use engine_glue::event_loop::Hook;
use engine_glue::native::{arg_function, arg_number, binding_object};

use crate::bootstrap::Host;

/// `start(signum)` → 0, or a negated errno (as libuv's `uv_signal_start`).
fn start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    #[allow(clippy::cast_possible_truncation)]
    let signum = arg_number(args, 0, ctx)? as i32;
    Ok(match host.event_loop.signal_start(signum) {
        Ok(()) => 0.into(),
        Err(errno) => (-errno).into(),
    })
}

/// `stop(signum)`.
fn stop(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    #[allow(clippy::cast_possible_truncation)]
    let signum = arg_number(args, 0, ctx)? as i32;
    host.event_loop.signal_stop(signum);
    Ok(JsValue::undefined())
}

/// `setHandler(onSignal)`: `onSignal(signum)` runs for each signal arrived.
fn set_handler(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    host.event_loop.set_hook(Hook::Signal, arg_function(args, 0, "onSignal")?);
    Ok(JsValue::undefined())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(ctx, &[("start", start, 1), ("stop", stop, 1), ("setHandler", set_handler, 1)]))
}

//! `internalBinding('task_queue')`: the microtask queues and the hooks the
//! event loop calls back into JavaScript with (fatal errors, promise
//! rejections, `beforeExit`).

use boa_engine::job::PromiseJob;
use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use engine_glue::event_loop::Hook;
use engine_glue::microtasks::{Microtask, Tick};
use engine_glue::native::{arg, arg_function, binding_object};

use crate::bootstrap::Host;

/// `queueTick(callback, argsArrayOrUndefined)`: `process.nextTick`.
fn queue_tick(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let callback = arg_function(args, 0, "callback")?;
    let list = match arg(args, 1).as_object() {
        Some(o) => {
            let arr = JsArray::from_object(o)?;
            let len = arr.length(ctx)?;
            let mut v = Vec::with_capacity(len as usize);
            for i in 0..len {
                v.push(arr.get(i, ctx)?);
            }
            v
        }
        None => Vec::new(),
    };
    host.event_loop.microtasks().queue_tick(Tick { callback, args: list });
    Ok(JsValue::undefined())
}

/// `queueMicrotask(callback)`: a job on the promise job queue; what it
/// throws is reported like any uncaught exception.
fn queue_microtask(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let callback = arg_function(args, 0, "callback")?;
    let job = PromiseJob::new(move |ctx| callback.call(&JsValue::undefined(), &[], ctx));
    host.event_loop.microtasks().queue_job(Microtask::Promise(job));
    Ok(JsValue::undefined())
}

/// `setHooks(onUncaught, processRejections, onBeforeExit, onPromiseReject)`.
fn set_hooks(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let ev = &host.event_loop;
    ev.set_hook(Hook::Uncaught, arg_function(args, 0, "onUncaught")?);
    ev.set_hook(Hook::Rejections, arg_function(args, 1, "processRejections")?);
    ev.set_hook(Hook::BeforeExit, arg_function(args, 2, "onBeforeExit")?);
    host.hooks.set_rejection_callback(arg_function(args, 3, "onPromiseReject")?);
    Ok(JsValue::undefined())
}

/// `runCheckpoint()`: drain the microtask queues now (used after the main
/// module ran, before the loop starts).
fn run_checkpoint(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    match host.event_loop.checkpoint(ctx) {
        Ok(()) => Ok(JsValue::undefined()),
        Err(_) => Err(engine_glue::native::termination()),
    }
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("queueTick", queue_tick, 2),
            ("queueMicrotask", queue_microtask, 1),
            ("setHooks", set_hooks, 4),
            ("runCheckpoint", run_checkpoint, 0),
        ],
    ))
}

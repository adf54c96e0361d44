//! `internalBinding('task_queue')`: the microtask queues and the hooks the
//! event loop calls back into JavaScript with (fatal errors, promise
//! rejections, `beforeExit`).

use boa_engine::job::PromiseJob;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use engine_glue::event_loop::Hook;
use engine_glue::microtasks::{Microtask, Tick};
use engine_glue::native::{arg, arg_function, binding_object};

use crate::bootstrap::Host;

/// `process.nextTick(callback, ...args)` itself, native because it is the
/// hottest call of callback-heavy code: validation with Node's error, no
/// array built for the arguments, nothing queued once the process exits.
fn next_tick(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let Some(callback) = args.first().and_then(JsValue::as_callable) else {
        let details = [js_string!("callback").into(), js_string!("Function").into(), arg(args, 0)];
        return Err(host.node_error("ERR_INVALID_ARG_TYPE", &details, ctx));
    };
    let process = host.process.borrow().clone();
    if let Some(process) = process {
        if process.get(js_string!("_exiting"), ctx)?.to_boolean() {
            return Ok(JsValue::undefined());
        }
    }
    let rest = args.get(1..).unwrap_or_default().to_vec();
    let microtasks = host.event_loop.microtasks();
    let frame = microtasks.frame();
    microtasks.queue_tick(Tick { callback, args: rest, frame });
    Ok(JsValue::undefined())
}

/// `setProcess(process)`: the object whose `_exiting` nextTick consults.
fn set_process(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    *host.process.borrow_mut() = arg(args, 0).as_object();
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

/// `swapAsyncFrame(frame)` → the async context frame it replaces
/// (AsyncLocalStorage's stores; see `engine_glue::microtasks`).
fn swap_async_frame(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    Ok(host.event_loop.microtasks().swap_frame(arg(args, 0)))
}

/// `getAsyncFrame()` → the current async context frame.
fn get_async_frame(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    Ok(host.event_loop.microtasks().frame())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("nextTick", next_tick, 1),
            ("setProcess", set_process, 1),
            ("queueMicrotask", queue_microtask, 1),
            ("setHooks", set_hooks, 4),
            ("swapAsyncFrame", swap_async_frame, 1),
            ("getAsyncFrame", get_async_frame, 0),
            ("runCheckpoint", run_checkpoint, 0),
        ],
    ))
}

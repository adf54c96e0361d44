//! `internalBinding(name)`: the Rust halves of the builtin modules.
//!
//! Each submodule builds one binding object of native functions. Bindings
//! trust their callers (our own `lib/` JavaScript validates user input with
//! Node's error codes first) but never panic on bad input.

pub mod blob;
pub mod buffer;
pub mod builtins;
pub mod call_site;
pub mod contextify;
pub mod credentials;
pub mod dotenv;
pub mod encoding;
pub mod errors;
pub mod events;
pub mod modules;
pub mod options;
pub mod os;
pub mod performance;
pub mod process;
pub mod repl_files;
pub mod signal_wrap;
pub mod signals;
pub mod stream_wrap;
pub mod task_queue;
pub mod timers;
pub mod tty_wrap;
pub mod url;
pub mod util;

use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsValue, NativeFunction};

use engine_glue::native::arg_string;

fn internal_binding(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    let obj = match name.as_str() {
        "blob" => blob::binding(ctx)?,
        "buffer" => buffer::binding(ctx)?,
        "builtins" => builtins::binding(ctx)?,
        "call_site" => call_site::binding(ctx)?,
        "contextify" => contextify::binding(ctx)?,
        "credentials" => credentials::binding(ctx)?,
        "dotenv" => dotenv::binding(ctx)?,
        "encoding" => encoding::binding(ctx)?,
        "errors" => errors::binding(ctx)?,
        "events" => events::binding(ctx)?,
        "modules" => modules::binding(ctx)?,
        "options" => options::binding(ctx)?,
        "os" => os::binding(ctx)?,
        "performance" => performance::binding(ctx)?,
        "process" => process::binding(ctx)?,
        "repl_files" => repl_files::binding(ctx)?,
        "signal_wrap" => signal_wrap::binding(ctx)?,
        "stream_wrap" => stream_wrap::binding(ctx)?,
        "task_queue" => task_queue::binding(ctx)?,
        "timers" => timers::binding(ctx)?,
        "tty_wrap" => tty_wrap::binding(ctx)?,
        "url" => url::binding(ctx)?,
        "util" => util::binding(ctx)?,
        _ => {
            return Err(JsNativeError::error()
                .with_message(format!("No such binding: {name}"))
                .into())
        }
    };
    Ok(obj.into())
}

/// The `internalBinding` function handed to the bootstrap.
pub fn internal_binding_function(ctx: &mut Context) -> JsObject {
    let f = NativeFunction::from_fn_ptr(internal_binding).to_js_function(ctx.realm());
    let _ = js_string!("internalBinding");
    f.into()
}

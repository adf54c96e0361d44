//! Turning a fresh Boa context into a Node process.
//!
//! The runtime creates the context and the event loop, then calls
//! [`bootstrap`] with the process's configuration. Everything the bindings
//! need later (the loop, the stdio sinks, the configuration) is kept in one
//! [`Host`] value stored in the context, so native functions can be plain
//! `fn` pointers that look it up.

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Instant;

use boa_engine::{js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsValue};
use engine_glue::hooks::RuntimeHooks;
use engine_glue::EventLoop;

use crate::builtins;

/// Where the process's standard streams go.
pub struct Stdio {
    pub stdout: RefCell<Box<dyn Write>>,
    pub stderr: RefCell<Box<dyn Write>>,
    pub stdout_is_tty: bool,
    pub stderr_is_tty: bool,
}

/// What `process` reports about itself, fixed at start-up.
#[derive(Clone, Debug, Default)]
pub struct ProcessConfig {
    /// `process.argv` as Node builds it: `[execPath, script?, ...args]`.
    pub argv: Vec<String>,
    pub argv0: String,
    pub exec_argv: Vec<String>,
    pub exec_path: String,
    /// The environment the process starts with.
    pub env: Vec<(String, String)>,
    pub cwd: PathBuf,
    /// Options the JavaScript side reads (`--no-warnings`, ...), as
    /// `(name, value)` pairs exposed on `internalBinding('options')`.
    pub options: Vec<(String, String)>,
    /// The options the runtime accepts in `NODE_OPTIONS`, spelled as on
    /// the command line (`--no-warnings`, `-r`...): what
    /// `process.allowedNodeEnvironmentFlags` holds.
    pub node_options_flags: Vec<String>,
    /// `(live bytes, reserved bytes)` of the process allocator, if the
    /// embedder counts them (for `process.memoryUsage()`).
    pub heap_stats: Option<fn() -> (usize, usize)>,
    /// When the runtime started, and when its engine was ready: node's
    /// `nodeStart` and `v8Start` milestones (`performance.nodeTiming`).
    pub started_at: Option<Instant>,
    pub engine_ready_at: Option<Instant>,
}

/// Per-context state shared by all bindings.
pub struct Host {
    pub event_loop: Rc<EventLoop>,
    pub hooks: Rc<RuntimeHooks>,
    pub stdio: Stdio,
    pub config: ProcessConfig,
    pub cwd: RefCell<PathBuf>,
    /// `makeNodeError(code, ...args)` from `internal/errors`: the one
    /// builder of Node errors, used by Rust too.
    pub error_builder: RefCell<Option<JsObject>>,
    /// The `process` object, once the bootstrap made it.
    pub process: RefCell<Option<JsObject>>,
    /// Source text of every compiled user module, by file name, so a fatal
    /// error can show the offending line as Node does.
    pub sources: RefCell<std::collections::HashMap<String, Rc<str>>>,
    /// The ES module loader's JavaScript hooks (see [`crate::esm`]).
    pub esm_hooks: RefCell<Option<JsObject>>,
    /// When the environment was created and when bootstrap finished: node's
    /// `environment` and `bootstrapComplete` milestones.
    pub environment_at: Instant,
    pub bootstrapped_at: Cell<Option<Instant>>,
}

impl Host {
    /// The host of the context a native function runs in.
    pub fn get(ctx: &Context) -> JsResult<Rc<Host>> {
        ctx.get_data::<Rc<Host>>()
            .cloned()
            .ok_or_else(|| JsNativeError::error().with_message("runnel: context has no host").into())
    }

    /// Builds (and returns, to be thrown) a Node error with `code` through
    /// the one builder in `internal/errors`.
    pub fn node_error(&self, code: &str, args: &[JsValue], ctx: &mut Context) -> JsError {
        let builder = self.error_builder.borrow().clone();
        let Some(builder) = builder else {
            return JsNativeError::error().with_message(code.to_string()).into();
        };
        let mut all = vec![JsValue::from(js_string!(code))];
        all.extend_from_slice(args);
        match builder.call(&JsValue::undefined(), &all, ctx) {
            Ok(err) => JsError::from_opaque(err),
            Err(e) => e,
        }
    }
}

/// Installs `internalBinding`, compiles and runs the bootstrap script, and
/// returns its result: `{ runMain(kind, arg), emitExit() }`.
pub fn bootstrap(
    ctx: &mut Context,
    event_loop: Rc<EventLoop>,
    hooks: Rc<RuntimeHooks>,
    stdio: Stdio,
    config: ProcessConfig,
) -> JsResult<JsObject> {
    let host = Rc::new(Host {
        event_loop,
        hooks,
        stdio,
        cwd: RefCell::new(config.cwd.clone()),
        config,
        error_builder: RefCell::new(None),
        process: RefCell::new(None),
        sources: RefCell::default(),
        esm_hooks: RefCell::new(None),
        environment_at: Instant::now(),
        bootstrapped_at: Cell::new(None),
    });
    crate::bindings::process::mark_start();
    ctx.insert_data(host);
    let internal_binding = crate::bindings::internal_binding_function(ctx);
    let realm_fn = builtins::compile_builtin("internal/bootstrap/realm", ctx)
        .ok_or_else(|| JsNativeError::error().with_message("missing bootstrap"))??;
    let realm_fn = realm_fn
        .as_callable()
        .ok_or_else(|| JsNativeError::typ().with_message("bootstrap is not a function"))?;
    // realm.js builds the builtin loader and runs node.js, which sets up
    // the process.
    let exports = JsObject::with_object_proto(ctx.intrinsics());
    let module = JsObject::with_object_proto(ctx.intrinsics());
    module.set(js_string!("exports"), exports.clone(), true, ctx)?;
    realm_fn.call(
        &JsValue::undefined(),
        &[exports.into(), JsValue::undefined(), module.clone().into(), internal_binding.into(), JsValue::undefined()],
        ctx,
    )?;
    let entry = module.get(js_string!("exports"), ctx)?;
    if let Ok(host) = Host::get(ctx) {
        host.bootstrapped_at.set(Some(Instant::now()));
    }
    entry
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("bootstrap returned no entry points").into())
}

//! `internalBinding('modules')`: the file-system questions the CommonJS
//! loader asks (does this path exist, is it a directory, what is in it,
//! where does this symlink lead) and the compilation of a module's source
//! into its wrapper function; the entry points of ES modules.

use std::path::Path;
use std::rc::Rc;

use boa_engine::builtins::promise::PromiseState;
use boa_engine::object::builtins::{JsArray, JsPromise};
use boa_engine::{js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction};
use engine_glue::native::{arg_string, binding_object};

use crate::bootstrap::Host;
use crate::builtins::compile_function;
use crate::esm::EsmLoader;

/// The CommonJS module wrapper's parameters.
pub(crate) const CJS_PARAMS: &str = "exports, require, module, __filename, __dirname";

/// `stat(path)` → 0 for a file, 1 for a directory, negative errno if
/// missing — the answer Node's `internalModuleStat` gives.
fn stat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    Ok(match std::fs::metadata(&path) {
        Ok(m) if m.is_dir() => 1,
        Ok(_) => 0,
        Err(_) => -2,
    }
    .into())
}

/// `readFile(path)` → the file's text, or `undefined` if unreadable.
fn read_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    Ok(match std::fs::read(&path) {
        Ok(bytes) => JsString::from(String::from_utf8_lossy(&bytes).as_ref()).into(),
        Err(_) => JsValue::undefined(),
    })
}

/// `realpath(path)` → the canonical path (symlinks resolved), or the path
/// unchanged if it cannot be resolved.
fn realpath(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let real = std::fs::canonicalize(Path::new(&path))
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or(path);
    Ok(JsString::from(real).into())
}

/// `compileFunction(source, filename)` → the module's wrapper function
/// `(exports, require, module, __filename, __dirname) => ...`. A leading
/// `#!` line is blanked, as Node does, keeping line numbers.
fn compile(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let source = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    let body: String = if source.starts_with("#!") {
        let end = source.find('\n').unwrap_or(source.len());
        format!("//{}", &source[2..end]) + &source[end..]
    } else {
        source.clone()
    };
    host.sources.borrow_mut().insert(filename.clone(), Rc::from(source.as_str()));
    compile_function(&body, CJS_PARAMS, &filename, ctx)
}

/// `evalScript(source, filename)`: runs `source` as a classic script in
/// the global scope (for `-e`, `-p` and stdin) and returns its completion
/// value.
fn eval_script(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let source = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    host.sources.borrow_mut().insert(filename.clone(), Rc::from(source.as_str()));
    let src = boa_engine::Source::from_bytes(source.as_bytes()).with_path(Path::new(&filename));
    let script = boa_engine::Script::parse(src, None, ctx)?;
    script.evaluate(ctx)
}

/// `setEsmHooks(hooks)`: the ES module loader's JavaScript half (see
/// [`crate::esm`]).
fn set_esm_hooks(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let hooks = args.first().and_then(JsValue::as_object);
    *host.esm_hooks.borrow_mut() = hooks;
    Ok(JsValue::undefined())
}

fn esm_loader(ctx: &Context) -> JsResult<Rc<EsmLoader>> {
    ctx.downcast_module_loader::<EsmLoader>()
        .ok_or_else(|| JsNativeError::error().with_message("runnel: no ES module loader").into())
}

/// `runModule(filename)` → the promise of loading, linking and evaluating
/// the ES module in `filename` (the entry point, or `import()`-like
/// loading of an already resolved file).
fn run_module(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let filename = args.first().cloned().unwrap_or_default().to_string(ctx)?;
    let module = esm_loader(ctx)?.load_resolved(&js_string!("module"), &filename, ctx)?;
    Ok(module.load_link_evaluate(ctx).into())
}

/// `evalModule(source, filename)` → the promise of evaluating `source` as
/// an ES module (`--input-type=module`); its imports resolve from
/// `filename`'s directory.
fn eval_module(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let source = arg_string(args, 0, ctx)?;
    let filename = arg_string(args, 1, ctx)?;
    let module = crate::esm::parse_module(&source, &filename, ctx)?;
    Ok(module.load_link_evaluate(ctx).into())
}

/// The outcome of a settled promise: its value, or its reason thrown. A
/// rejection is marked handled first (the caller rethrows it), so it is
/// not reported as an unhandled rejection later.
fn settled(promise: &JsPromise, ctx: &mut Context) -> JsResult<Option<JsValue>> {
    match promise.state() {
        PromiseState::Pending => Ok(None),
        PromiseState::Fulfilled(v) => Ok(Some(v)),
        PromiseState::Rejected(reason) => {
            let ignore = NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined())).to_js_function(ctx.realm());
            promise.then(None, Some(ignore), ctx)?;
            Err(JsError::from_opaque(reason))
        }
    }
}

/// `requireModule(filename)`: `require()` of the ES module in `filename`,
/// done synchronously as Node does: the graph is loaded and linked, and
/// evaluated unless it has top-level `await`. Returns `[state, value]`:
/// `['ok', namespace]`, `['async']` (top-level await: nothing was
/// evaluated) or `['cycle']` (the module is being evaluated, so a module
/// it imports is requiring it). Load, link and evaluation errors are thrown.
fn require_module(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let filename = arg_string(args, 0, ctx)?;
    let module = esm_loader(ctx)?.load_resolved(&js_string!("module"), &JsString::from(filename.as_str()), ctx)?;
    if module.is_evaluating() {
        return Ok(JsArray::from_iter([js_string!("cycle").into()], ctx).into());
    }
    let microtasks = Host::get(ctx)?.event_loop.microtasks().clone();
    let loading = microtasks.run_module_loading_now(ctx, |ctx| module.load(ctx))?;
    if settled(&loading, ctx)?.is_none() {
        return Err(JsNativeError::error().with_message(format!("runnel: {filename} did not load synchronously")).into());
    }
    if module.graph_has_top_level_await() {
        return Ok(JsArray::from_iter([js_string!("async").into()], ctx).into());
    }
    module.link(ctx)?;
    let evaluation = module.evaluate(ctx)?;
    if settled(&evaluation, ctx)?.is_none() {
        return Ok(JsArray::from_iter([js_string!("async").into()], ctx).into());
    }
    let namespace = module.namespace(ctx);
    Ok(JsArray::from_iter([js_string!("ok").into(), namespace.into()], ctx).into())
}

/// `syncBuiltinExports(id, values)`: sets each named export of builtin
/// `id`'s ES module facade to `values[name]` (`module.syncBuiltinESMExports`).
/// Nothing to do if no ES module imported the builtin yet.
fn sync_builtin_exports(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_string(args, 0, ctx)?;
    let Some(module) = esm_loader(ctx)?.loaded("builtin", &id) else {
        return Ok(JsValue::undefined());
    };
    let Some(values) = args.get(1).and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    for key in values.own_property_keys(ctx)? {
        let boa_engine::property::PropertyKey::String(name) = &key else { continue };
        let value = values.get(key.clone(), ctx)?;
        module.set_synthetic_export(name, value)?;
    }
    Ok(JsValue::undefined())
}

/// `appendLine(file, line)`: a `--watch` child telling its supervisor
/// about a module it loaded. Best effort: a failure only means one file
/// less is watched.
fn append_line(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use std::io::Write;
    let file = arg_string(args, 0, ctx)?;
    let line = arg_string(args, 1, ctx)?;
    if let Ok(mut f) = std::fs::OpenOptions::new().append(true).open(file) {
        let _ = writeln!(f, "{line}");
    }
    Ok(JsValue::undefined())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    let obj = binding_object(
        ctx,
        &[
            ("stat", stat, 1),
            ("readFile", read_file, 1),
            ("realpath", realpath, 1),
            ("compileFunction", compile, 2),
            ("evalScript", eval_script, 2),
            ("appendLine", append_line, 2),
            ("setEsmHooks", set_esm_hooks, 1),
            ("runModule", run_module, 1),
            ("evalModule", eval_module, 2),
            ("requireModule", require_module, 1),
            ("syncBuiltinExports", sync_builtin_exports, 2),
        ],
    );
    // Columns on a module's first line are shifted by the wrapper's opening;
    // error stacks subtract this to report the column in the file.
    let prefix = crate::builtins::wrapper_prefix(CJS_PARAMS).len();
    engine_glue::native::set(&obj, "wrapperPrefixLength", prefix as u32, ctx)?;
    Ok(obj)
}

//! `internalBinding('modules')`: the file-system questions the CommonJS
//! loader asks (does this path exist, is it a directory, what is in it,
//! where does this symlink lead) and the compilation of a module's source
//! into its wrapper function; the entry points of ES modules.

use std::path::Path;
use std::rc::Rc;

use boa_engine::{js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue};
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
        ],
    );
    // Columns on a module's first line are shifted by the wrapper's opening;
    // error stacks subtract this to report the column in the file.
    let prefix = crate::builtins::wrapper_prefix(CJS_PARAMS).len();
    engine_glue::native::set(&obj, "wrapperPrefixLength", prefix as u32, ctx)?;
    Ok(obj)
}

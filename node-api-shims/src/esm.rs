//! ES modules: runnel's host side of Boa's module system.
//!
//! Boa parses, links and evaluates modules; it asks the host for each
//! imported module ([`EsmLoader::load_imported_module`]) and for the
//! contents of `import.meta`. Node's rules (resolution, formats, error
//! messages) live in JavaScript, `lib/internal/modules/esm/loader.js`,
//! which registers its hooks with `internalBinding('modules').setEsmHooks`:
//!
//! - `resolve(specifier, parentPath, type)` → `[format, key]`: `format` is
//!   `module` (key: a file), `commonjs`/`json` (key: a file) or `builtin`
//!   (key: the builtin's id);
//! - `exportNames(format, key)` → the names a non-ES module exports;
//! - `evaluate(format, key)` → its exports, as an object by name (run when
//!   the module graph evaluates it, so CommonJS runs in import order);
//! - `importMeta(meta, filename)` fills `import.meta`;
//! - `decorateSyntaxError(err, filename)`;
//! - `dataSource(url)` → the text of a `data:` URL module (its key is the
//!   URL, read by no file system);
//! - `missingExport(referrer, specifier, name, line, column)` → the error
//!   for an import of a name the module does not export.
//!
//! A module is loaded once per `(format, key)`: later imports get the same
//! record, as the specification requires.

use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::path::Path;
use std::rc::Rc;

use boa_engine::module::{ModuleLoader, Referrer, SyntheticModuleInitializer};
use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, Module, Source};
use boa_engine::module::ModuleRequest;

use crate::bootstrap::Host;

/// The module loader installed in every runnel context.
#[derive(Default)]
pub struct EsmLoader {
    // Modules by "format\0key". `Module`s held here are roots for the GC.
    cache: RefCell<HashMap<String, Module>>,
}

impl EsmLoader {
    /// The module for `specifier` imported from `parent` (a file name,
    /// `[eval]`, or none for the realm), loaded once.
    pub fn load(&self, specifier: &JsString, parent: Option<&Path>, ty: JsValue, ctx: &mut Context) -> JsResult<Module> {
        let parent = parent.map_or(JsValue::undefined(), |p| JsString::from(p.to_string_lossy().as_ref()).into());
        let resolved = call_hook("resolve", &[specifier.clone().into(), parent, ty], ctx)?;
        let resolved = resolved.as_object().ok_or_else(|| JsNativeError::typ().with_message("esm: bad resolve"))?;
        let format = resolved.get(0, ctx)?.to_string(ctx)?;
        let key = resolved.get(1, ctx)?.to_string(ctx)?;
        self.load_resolved(&format, &key, ctx)
    }

    /// The module record for an already resolved `(format, key)`.
    pub fn load_resolved(&self, format: &JsString, key: &JsString, ctx: &mut Context) -> JsResult<Module> {
        let format_s = format.to_std_string_escaped();
        let key_s = key.to_std_string_escaped();
        let cache_key = format!("{format_s}\0{key_s}");
        if let Some(m) = self.cache.borrow().get(&cache_key) {
            return Ok(m.clone());
        }
        let module = if format_s == "module" {
            let text = if key_s.starts_with("data:") {
                // A `data:` URL module: its text is the URL's decoded body.
                call_hook("dataSource", &[key.clone().into()], ctx)?.to_string(ctx)?.to_std_string_escaped()
            } else {
                let text = std::fs::read(&key_s).map_err(|e| JsNativeError::error().with_message(format!("{key_s}: {e}")))?;
                String::from_utf8_lossy(&text).into_owned()
            };
            parse_module(&text, &key_s, ctx)?
        } else {
            let names = call_hook("exportNames", &[format.clone().into(), key.clone().into()], ctx)?;
            let names = names.as_object().and_then(|o| JsArray::from_object(o).ok())
                .ok_or_else(|| JsNativeError::typ().with_message("esm: bad export names"))?;
            let mut list = Vec::new();
            for i in 0..names.length(ctx)? {
                list.push(names.get(i, ctx)?.to_string(ctx)?);
            }
            let steps = SyntheticModuleInitializer::from_copy_closure_with_captures(
                |m, (format, key, names): &(JsString, JsString, Vec<JsString>), ctx| {
                    let exports = call_hook("evaluate", &[format.clone().into(), key.clone().into()], ctx)?;
                    let exports = exports.as_object();
                    for name in names {
                        let value = match &exports {
                            Some(o) => o.get(name.clone(), ctx)?,
                            None => JsValue::undefined(),
                        };
                        m.set_export(name, value)?;
                    }
                    Ok(())
                },
                (format.clone(), key.clone(), list.clone()),
            );
            let path = (format_s != "builtin").then(|| key_s.clone().into());
            Module::synthetic(&list, steps, path, None, ctx)
        };
        self.cache.borrow_mut().insert(cache_key, module.clone());
        Ok(module)
    }

    /// The module already loaded for `(format, key)`, if any.
    pub fn loaded(&self, format: &str, key: &str) -> Option<Module> {
        self.cache.borrow().get(&format!("{format}\0{key}")).cloned()
    }
}

/// Parses `text` as the ES module in file `filename`, remembering its
/// source for error reports; syntax errors are decorated as Node prints
/// them.
pub fn parse_module(text: &str, filename: &str, ctx: &mut Context) -> JsResult<Module> {
    let host = Host::get(ctx)?;
    host.sources.borrow_mut().insert(filename.to_string(), Rc::from(text));
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A `#!` line is a comment to Node; keep the line count.
    let body = if body.starts_with("#!") { format!("//{}", &body[2..]) } else { body.to_string() };
    let src = Source::from_bytes(body.as_bytes()).with_path(Path::new(filename));
    Module::parse(src, None, ctx).map_err(|err| {
        let opaque = err.into_opaque(ctx).unwrap_or_default();
        match call_hook("decorateSyntaxError", &[opaque, JsString::from(filename).into()], ctx) {
            Ok(v) => JsError::from_opaque(v),
            Err(e) => e,
        }
    })
}

/// Calls the loader hook `name` registered by the JavaScript side.
fn call_hook(name: &str, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let hooks = host.esm_hooks.borrow().clone()
        .ok_or_else(|| JsNativeError::error().with_message("runnel: ES module loader not ready"))?;
    let f = hooks.get(JsString::from(name), ctx)?;
    let f = f.as_callable().ok_or_else(|| JsNativeError::typ().with_message(format!("esm hook {name}")))?.clone();
    f.call(&JsValue::undefined(), args, ctx)
}

impl ModuleLoader for EsmLoader {
    fn load_imported_module(
        self: Rc<Self>,
        referrer: Referrer,
        request: ModuleRequest,
        context: &RefCell<&mut Context>,
    ) -> impl Future<Output = JsResult<Module>> {
        let ty = request.attributes().iter().find(|a| a.key() == &js_string!("type"))
            .map_or(JsValue::undefined(), |a| a.value().clone().into());
        let result = self.load(request.specifier(), referrer.path(), ty, &mut context.borrow_mut());
        async { result }
    }

    fn missing_export_error(
        self: Rc<Self>,
        referrer: &Module,
        specifier: &JsString,
        name: &JsString,
        position: Option<(u32, u32)>,
        context: &mut Context,
    ) -> JsError {
        // Node's wording depends on what the imported module is (CommonJS
        // gets a hint) and its report points at the import: the loader's
        // `missingExport` hook builds the error.
        let referrer = referrer.path().map_or(JsValue::undefined(), |p| JsString::from(p.to_string_lossy().as_ref()).into());
        let (line, column) = position.map_or((JsValue::undefined(), JsValue::undefined()), |(l, c)| (l.into(), c.into()));
        let args = [referrer, specifier.clone().into(), name.clone().into(), line, column];
        match call_hook("missingExport", &args, context) {
            Ok(err) => JsError::from_opaque(err),
            Err(err) => err,
        }
    }

    fn init_import_meta(self: Rc<Self>, import_meta: &JsObject, module: &Module, context: &mut Context) {
        let Some(path) = module.path() else { return };
        let filename = JsString::from(path.to_string_lossy().as_ref());
        // A failure here can only come from a broken hook: import.meta
        // stays as filled so far.
        let _ = call_hook("importMeta", &[import_meta.clone().into(), filename.into()], context);
    }
}

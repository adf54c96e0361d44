//! The embedded JavaScript sources of the builtin modules, and their
//! compilation into module-wrapper functions.

use std::path::Path;

use boa_engine::{Context, JsResult, JsValue, Script, Source};

include!(concat!(env!("OUT_DIR"), "/builtin_sources.rs"));

/// The source of builtin `id` (e.g. `"events"`, `"internal/timers"`).
pub fn source(id: &str) -> Option<&'static str> {
    #[cfg(debug_assertions)]
    if let Some(text) = dev_source(id) {
        return Some(text);
    }
    SOURCES
        .binary_search_by(|(k, _)| (*k).cmp(id))
        .ok()
        .map(|i| SOURCES[i].1)
}

/// Debug builds only: with `RUNNEL_DEV_LIB_DIR=path/to/node-api-shims/lib`,
/// builtins are read from that directory instead of the embedded copy, so
/// editing a builtin's JavaScript needs no rebuild. (A new file still does:
/// the list of ids is the embedded one.) Release builds never look at the
/// environment for their builtins.
#[cfg(debug_assertions)]
fn dev_source(id: &str) -> Option<&'static str> {
    let dir = std::env::var_os("RUNNEL_DEV_LIB_DIR")?;
    SOURCES.binary_search_by(|(k, _)| (*k).cmp(id)).ok()?;
    let text = std::fs::read_to_string(Path::new(&dir).join(format!("{id}.js"))).ok()?;
    // Each builtin is compiled once per process; leaking its text is fine.
    Some(Box::leak(text.into_boxed_str()))
}

/// Ids of the public builtins: what `require('x')` may load (internal
/// modules are reachable only from other builtins).
pub fn public_ids() -> impl Iterator<Item = &'static str> {
    SOURCES.iter().map(|(k, _)| *k).filter(|k| !k.starts_with("internal/"))
}

/// The parameters every builtin module's body receives.
const BUILTIN_PARAMS: &str = "exports, require, module, internalBinding, process";

/// Compiles `params` + `body` into a function, as Node's
/// `compileFunction`: the body keeps its own line numbers (the wrapper's
/// opening sits on the first line) and stack frames name `filename`.
pub fn compile_function(
    body: &str,
    params: &str,
    filename: &str,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let wrapped = format!("{}{body}\n}})", wrapper_prefix(params));
    let source = Source::from_bytes(wrapped.as_bytes()).with_path(Path::new(filename));
    let script = Script::parse(source, None, ctx)?;
    script.evaluate(ctx)
}

/// The text put before a module's body on its first line.
pub fn wrapper_prefix(params: &str) -> String {
    format!("(function ({params}) {{")
}

/// Compiles builtin `id` into its wrapper function, or `None` if no such
/// builtin exists.
pub fn compile_builtin(id: &str, ctx: &mut Context) -> Option<JsResult<JsValue>> {
    let src = source(id)?;
    Some(compile_function(src, BUILTIN_PARAMS, &format!("node:{id}"), ctx))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_builtin_is_found_by_its_id() {
        // Ids such as "internal/console" and "internal/console/global" sort
        // differently as paths and as strings; the lookup must find both.
        for (id, _) in SOURCES {
            assert!(source(id).is_some(), "{id} not found");
        }
        assert!(source("internal/console").is_some());
        assert!(source("internal/console/global").is_some());
        assert!(source("no/such/module").is_none());
    }

    #[test]
    fn internal_modules_are_not_public() {
        assert!(public_ids().all(|id| !id.starts_with("internal/")));
        assert!(public_ids().any(|id| id == "events"));
    }
}

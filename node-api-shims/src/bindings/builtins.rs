//! `internalBinding('builtins')`: the embedded builtin sources, compiled on
//! demand into module-wrapper functions.

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsValue};
use engine_glue::native::{arg_string, binding_object, set};

use crate::builtins;

/// `compileBuiltin(id)`: the wrapper function of builtin `id`, or
/// `undefined` if there is none.
fn compile_builtin(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_string(args, 0, ctx)?;
    match builtins::compile_builtin(&id, ctx) {
        Some(r) => r,
        None => Ok(JsValue::undefined()),
    }
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    let obj = binding_object(ctx, &[("compileBuiltin", compile_builtin, 1)]);
    let ids: Vec<JsValue> = builtins::public_ids()
        .map(|id| JsValue::from(boa_engine::JsString::from(id)))
        .collect();
    let list = JsArray::from_iter(ids, ctx);
    set(&obj, "publicIds", list, ctx)?;
    Ok(obj)
}

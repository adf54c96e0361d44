//! `internalBinding('options')`: the command-line options that the
//! JavaScript side consults (`--no-warnings`, `--unhandled-rejections`, ...).
//! Each option is a string (the last value given wins), except the
//! repeatable ones ([`REPEATABLE`]), which are arrays of every value in
//! order.

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};
use engine_glue::native::set;

use crate::bootstrap::Host;

/// Options that may be given several times: `-r/--require`, `--import`.
const REPEATABLE: &[&str] = &["require", "import"];

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    let host = Host::get(ctx)?;
    let obj = JsObject::with_null_proto();
    for (k, v) in &host.config.options {
        if REPEATABLE.contains(&k.as_str()) {
            continue;
        }
        set(&obj, k, JsString::from(v.as_str()), ctx)?;
    }
    for name in REPEATABLE {
        let values = host.config.options.iter().filter(|(k, _)| k == name);
        let values: Vec<JsValue> = values.map(|(_, v)| JsString::from(v.as_str()).into()).collect();
        set(&obj, name, JsArray::from_iter(values, ctx), ctx)?;
    }
    Ok(obj)
}

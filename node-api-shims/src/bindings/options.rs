//! `internalBinding('options')`: the command-line options that the
//! JavaScript side consults (`--no-warnings`, `--unhandled-rejections`, ...).

use boa_engine::{Context, JsObject, JsResult, JsString};
use engine_glue::native::set;

use crate::bootstrap::Host;

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    let host = Host::get(ctx)?;
    let obj = JsObject::with_null_proto();
    for (k, v) in &host.config.options {
        set(&obj, k, JsString::from(v.as_str()), ctx)?;
    }
    Ok(obj)
}

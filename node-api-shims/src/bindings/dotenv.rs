//! `internalBinding('dotenv')`: `.env` parsing (see [`crate::dotenv`]) for
//! `util.parseEnv()` and `process.loadEnvFile()`.

use std::io::Read;

use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};
use engine_glue::native::{arg_string, binding_object, set};

use crate::dotenv;

fn entries_object(content: &str, ctx: &mut Context) -> JsResult<JsValue> {
    let obj = JsObject::with_object_proto(ctx.intrinsics());
    for (k, v) in dotenv::parse(content) {
        set(&obj, &k, JsString::from(v.as_str()), ctx)?;
    }
    Ok(obj.into())
}

/// `parse(content)` → `{ KEY: value }`, keys sorted as node's are.
fn parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let content = arg_string(args, 0, ctx)?;
    entries_object(&content, ctx)
}

/// `readFile(path)` → the file's entries; the negative errno if it cannot
/// be opened (the JavaScript side builds the `ENOENT`-style error with
/// `syscall: 'open'`); `null` if it opens but cannot be read (a directory),
/// which node reports as invalid content.
fn read_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let mut file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => return Ok(JsValue::from(-e.raw_os_error().unwrap_or(libc::EIO))),
    };
    let mut bytes = Vec::new();
    match file.read_to_end(&mut bytes) {
        Ok(_) => entries_object(&String::from_utf8_lossy(&bytes), ctx),
        Err(_) => Ok(JsValue::null()),
    }
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(ctx, &[("parse", parse, 1), ("readFile", read_file, 1)]))
}

//! `internalBinding('repl_files')`: the few file operations the REPL does
//! (runnel has no `fs` module yet): writing a session to a file (`.save`)
//! and keeping the history file (`~/.node_repl_history`), created, as
//! node creates it, readable by its owner only.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;

use boa_engine::{Context, JsObject, JsResult, JsValue};
use engine_glue::native::{arg_string, binding_object};

fn errno_of(err: &std::io::Error) -> i32 {
    -err.raw_os_error().unwrap_or(libc::EIO)
}

/// `writeFile(path, text, mode)` → 0 or the negated errno: replaces the
/// file's contents with `text` (UTF-8), creating it with `mode` if needed.
fn write_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let text = arg_string(args, 1, ctx)?;
    let mode = args.get(2).map(|m| m.to_u32(ctx)).transpose()?.unwrap_or(0o666);
    let result = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(mode)
        .open(&path)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    Ok(match result {
        Ok(()) => 0,
        Err(e) => errno_of(&e),
    }
    .into())
}

/// `isFile(path)`: whether `path` names a regular file (following links).
fn is_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    Ok(std::fs::metadata(&path).is_ok_and(|m| m.is_file()).into())
}

/// `readFile(path)` → the file's text, or the negated errno.
fn read_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    Ok(match std::fs::read(&path) {
        Ok(bytes) => boa_engine::JsString::from(String::from_utf8_lossy(&bytes).as_ref()).into(),
        Err(e) => errno_of(&e).into(),
    })
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(ctx, &[("writeFile", write_file, 3), ("isFile", is_file, 1), ("readFile", read_file, 1)]))
}

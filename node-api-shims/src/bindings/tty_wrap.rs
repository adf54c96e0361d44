//! `internalBinding('tty_wrap')`: whether a file descriptor is a terminal,
//! the check behind `tty.isatty(fd)` (`isatty(3)`, as libuv's
//! `uv_guess_handle` asks it).

use boa_engine::{Context, JsObject, JsResult, JsValue};
use engine_glue::native::{arg_number, binding_object};

/// `isTTY(fd)`: the JavaScript side has checked that `fd` is an integer
/// in `0..=2147483647`.
fn is_tty(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_number(args, 0, ctx)?;
    #[allow(clippy::cast_possible_truncation)]
    let fd = fd as libc::c_int;
    // SAFETY: isatty only inspects the descriptor; a closed or invalid one
    // makes it return 0 with EBADF.
    let tty = unsafe { libc::isatty(fd) } == 1;
    Ok(tty.into())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(ctx, &[("isTTY", is_tty, 1)]))
}

//! `internalBinding('tty_wrap')`: whether a file descriptor is a terminal,
//! the check behind `tty.isatty(fd)` (`isatty(3)`, as libuv's
//! `uv_guess_handle` asks it), and a terminal's size in characters
//! (`process.stdout.columns`/`rows`, as libuv's `uv_tty_get_winsize`).

use boa_engine::object::builtins::JsArray;
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

/// `getWindowSize(fd)` → `[columns, rows]` of the terminal on `fd`, or
/// the negated errno when it has none (the JavaScript side turns it into
/// node's error).
fn get_window_size(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_number(args, 0, ctx)?;
    #[allow(clippy::cast_possible_truncation)]
    let fd = fd as libc::c_int;
    // SAFETY: an all-zero winsize is a valid value of this plain C struct.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize through the pointer, which
    // points at a live, writable winsize; a bad fd only makes it fail.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } != 0 {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO);
        return Ok((-errno).into());
    }
    let pair = [JsValue::from(size.ws_col), JsValue::from(size.ws_row)];
    Ok(JsArray::from_iter(pair, ctx).into())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(ctx, &[("isTTY", is_tty, 1), ("getWindowSize", get_window_size, 1)]))
}

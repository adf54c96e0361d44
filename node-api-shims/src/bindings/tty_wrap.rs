//! `internalBinding('tty_wrap')`: whether a file descriptor is a terminal,
//! the check behind `tty.isatty(fd)` (`isatty(3)`, as libuv's
//! `uv_guess_handle` asks it), and a terminal's size in characters
//! (`process.stdout.columns`/`rows`, as libuv's `uv_tty_get_winsize`),
//! and raw mode for a terminal being read (`process.stdin.setRawMode`, as
//! libuv's `uv_tty_set_mode`): the mode the terminal had before is kept and
//! put back by [`reset_mode`] when the process ends, as node does.

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

/// The terminal mode of the descriptor first put in raw mode, as it was
/// before: what [`reset_mode`] restores.
static ORIGINAL_MODE: std::sync::Mutex<Option<(libc::c_int, libc::termios)>> = std::sync::Mutex::new(None);

/// `setRawMode(fd, raw)` → 0, or the negated errno. Raw mode is libuv's:
/// no line buffering, echo, signals from keys (ctrl-c arrives as a byte),
/// input translation or flow control; output still turns `\n` into `\r\n`.
fn set_raw_mode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg_number(args, 0, ctx)?;
    #[allow(clippy::cast_possible_truncation)]
    let fd = fd as libc::c_int;
    let raw = args.get(1).is_some_and(JsValue::to_boolean);
    let mut saved = ORIGINAL_MODE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    // SAFETY: an all-zero termios is a valid value of this plain C struct.
    let mut mode: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: tcgetattr writes one termios through a valid pointer.
    if unsafe { libc::tcgetattr(fd, &mut mode) } != 0 {
        return Ok(last_errno().into());
    }
    if saved.is_none() {
        *saved = Some((fd, mode));
    }
    let mut next = match *saved {
        Some((saved_fd, original)) if saved_fd == fd => original,
        _ => mode,
    };
    if raw {
        next.c_iflag &= !(libc::BRKINT | libc::ICRNL | libc::INPCK | libc::ISTRIP | libc::IXON);
        next.c_oflag |= libc::ONLCR;
        next.c_cflag |= libc::CS8;
        next.c_lflag &= !(libc::ECHO | libc::ICANON | libc::IEXTEN | libc::ISIG);
        next.c_cc[libc::VMIN] = 1;
        next.c_cc[libc::VTIME] = 0;
    }
    // SAFETY: tcsetattr reads one termios through a valid pointer.
    if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &next) } != 0 {
        return Ok(last_errno().into());
    }
    Ok(0.into())
}

fn last_errno() -> i32 {
    -std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// Puts back the terminal mode [`set_raw_mode`] changed, if it did: called
/// when the process ends, however it ends.
pub fn reset_mode() {
    let saved = ORIGINAL_MODE.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
    if let Some((fd, mode)) = saved {
        // SAFETY: tcsetattr reads one termios through a valid pointer; a
        // descriptor closed since only makes it fail.
        unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &mode) };
    }
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[("isTTY", is_tty, 1), ("getWindowSize", get_window_size, 1), ("setRawMode", set_raw_mode, 2)],
    ))
}

//! `internalBinding('stream_wrap')`: reading process.stdin (fd 0) on the
//! event loop without blocking it, as libuv does for node. A pipe or a
//! terminal is watched for readability (mio, in the poll phase) and read
//! when data is there; a file (or /dev/null) is read on the thread pool,
//! as node's fs.ReadStream does. `guessHandleType` is libuv's
//! `uv_guess_handle`. Watching alone does not keep the loop alive: the
//! JavaScript side refs the loop while it wants data.

use std::rc::Rc;

use boa_engine::object::builtins::{AlignedVec, JsArrayBuffer};
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use engine_glue::native::{arg_function, arg_number, binding_object};

use crate::bootstrap::Host;

/// node reads at most 64 KiB per chunk (libuv's allocation size).
const CHUNK: usize = 64 * 1024;

/// `guessHandleType(fd)` → 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP' or 'UNKNOWN'.
fn guess_handle_type(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    #[allow(clippy::cast_possible_truncation)]
    let fd = arg_number(args, 0, ctx)? as libc::c_int;
    // SAFETY: isatty and fstat only inspect the descriptor; the stat
    // buffer is a live, writable plain C struct.
    let kind = unsafe {
        if libc::isatty(fd) == 1 {
            "TTY"
        } else {
            let mut st: libc::stat = std::mem::zeroed();
            if libc::fstat(fd, &mut st) != 0 {
                "UNKNOWN"
            } else {
                match st.st_mode & libc::S_IFMT {
                    libc::S_IFREG | libc::S_IFCHR => "FILE",
                    libc::S_IFIFO => "PIPE",
                    libc::S_IFSOCK => socket_kind(fd),
                    _ => "UNKNOWN",
                }
            }
        }
    };
    Ok(js_string!(kind).into())
}

/// A socket's kind, as uv_guess_handle tells them apart.
unsafe fn socket_kind(fd: libc::c_int) -> &'static str {
    let mut ty: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY (caller): `fd` is a socket; `ty`/`len` are live and writable.
    if unsafe { libc::getsockopt(fd, libc::SOL_SOCKET, libc::SO_TYPE, (&raw mut ty).cast(), &mut len) } != 0 {
        return "UNKNOWN";
    }
    let mut addr: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut alen = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    if unsafe { libc::getsockname(fd, (&raw mut addr).cast(), &mut alen) } != 0 {
        return "UNKNOWN";
    }
    match (ty, i32::from(addr.ss_family)) {
        (libc::SOCK_DGRAM, libc::AF_INET | libc::AF_INET6) => "UDP",
        (libc::SOCK_STREAM, libc::AF_INET | libc::AF_INET6) => "TCP",
        (libc::SOCK_STREAM, libc::AF_UNIX) => "PIPE",
        _ => "UNKNOWN",
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// Calls `onread` with what a read gave: an ArrayBuffer of bytes, null at
/// the end, or a negated errno.
fn deliver(onread: &JsObject, result: Result<Vec<u8>, i32>, ctx: &mut Context) -> JsResult<()> {
    let value: JsValue = match result {
        Ok(bytes) if bytes.is_empty() => JsValue::null(),
        Ok(bytes) => JsArrayBuffer::from_byte_block(AlignedVec::from_slice(0, &bytes), ctx)?.into(),
        Err(errno) => (-errno).into(),
    };
    onread.call(&JsValue::undefined(), &[value], ctx)?;
    Ok(())
}

/// `readStart(fd, onread)` → a watch id, or a negated errno. Each time
/// `fd` is readable, reads what is there (chunks of at most 64 KiB) and
/// calls `onread` for each, until nothing is left or reading stops.
fn read_start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    #[allow(clippy::cast_possible_truncation)]
    let fd = arg_number(args, 0, ctx)? as libc::c_int;
    let onread = arg_function(args, 1, "onread")?;
    let event_loop = Rc::downgrade(&host.event_loop);
    let id_cell = Rc::new(std::cell::Cell::new(0u64));
    let id_in_cb = id_cell.clone();
    let callback = Rc::new(move |ctx: &mut Context| -> JsResult<()> {
        let mut first = true;
        loop {
            // How much is waiting (complete lines, on a terminal). With
            // nothing waiting the descriptor is readable because it is at
            // its end: that read returns 0 at once.
            let mut avail: libc::c_int = 0;
            // SAFETY: FIONREAD writes one int through a live pointer.
            let ok = unsafe { libc::ioctl(fd, libc::FIONREAD, &mut avail) } == 0;
            // After a read, read again only if the descriptor is still
            // readable (more data, or its end): it may be blocking, and
            // reading it now would stop the loop until more input comes.
            if !first && !(ok && avail > 0) && !readable_now(fd) {
                return Ok(());
            }
            first = false;
            let want = if ok && avail > 0 { (avail as usize).min(CHUNK) } else { CHUNK };
            let mut buf = vec![0u8; want];
            // SAFETY: `buf` is live and `want` bytes long.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), want) };
            if n < 0 {
                let e = errno();
                if e == libc::EAGAIN || e == libc::EINTR {
                    return Ok(());
                }
                return deliver(&onread, Err(e), ctx);
            }
            #[allow(clippy::cast_sign_loss)]
            buf.truncate(n as usize);
            let at_end = buf.is_empty();
            deliver(&onread, Ok(buf), ctx)?;
            if at_end || !(ok && avail > 0) {
                return Ok(());
            }
            // As libuv's reads, each chunk is a callback of its own: its
            // ticks and microtasks run before the next chunk (or the end)
            // is delivered.
            let Some(event_loop) = event_loop.upgrade() else { return Ok(()) };
            if event_loop.checkpoint(ctx).is_err() {
                return Err(engine_glue::native::termination());
            }
            if !event_loop.is_watching(id_in_cb.get()) {
                return Ok(());
            }
        }
    });
    Ok(match host.event_loop.watch_readable(fd, callback) {
        Ok(id) => {
            id_cell.set(id);
            #[allow(clippy::cast_precision_loss)]
            JsValue::from(id as f64)
        }
        Err(e) => JsValue::from(-e.raw_os_error().unwrap_or(libc::EIO)),
    })
}

/// Whether a read of `fd` would return at once (data, end of input or an
/// error waiting), asked without blocking.
fn readable_now(fd: libc::c_int) -> bool {
    let mut pfd = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
    // SAFETY: one live pollfd, zero timeout.
    let n = unsafe { libc::poll(&mut pfd, 1, 0) };
    n > 0 && pfd.revents & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0
}

/// `readStop(id)`.
fn read_stop(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let id = arg_number(args, 0, ctx)? as u64;
    host.event_loop.unwatch(id);
    Ok(JsValue::undefined())
}

/// `readFile(fd, size, callback)`: one read of up to `size` bytes on the
/// thread pool (for files, which cannot be watched); `callback` as
/// `onread`. Pending, it keeps the loop alive.
fn read_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    #[allow(clippy::cast_possible_truncation)]
    let fd = arg_number(args, 0, ctx)? as libc::c_int;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let size = (arg_number(args, 1, ctx)? as usize).clamp(1, CHUNK);
    let callback = arg_function(args, 2, "callback")?;
    host.event_loop.queue_work(
        Box::new(move || {
            let mut buf = vec![0u8; size];
            // SAFETY: `buf` is live and `size` bytes long.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), size) };
            let result: Result<Vec<u8>, i32> = if n < 0 {
                Err(errno())
            } else {
                #[allow(clippy::cast_sign_loss)]
                buf.truncate(n as usize);
                Ok(buf)
            };
            Box::new(result)
        }),
        move |result, ctx| {
            let result = result.downcast::<Result<Vec<u8>, i32>>().map_or(Err(libc::EIO), |r| *r);
            deliver(&callback, result, ctx)
        },
    );
    Ok(JsValue::undefined())
}

/// `ref()` / `unref()`: a handle that wants data keeps the loop alive.
fn ref_loop(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Host::get(ctx)?.event_loop.ref_handle();
    Ok(JsValue::undefined())
}

fn unref_loop(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Host::get(ctx)?.event_loop.unref_handle();
    Ok(JsValue::undefined())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("guessHandleType", guess_handle_type, 1),
            ("readStart", read_start, 2),
            ("readStop", read_stop, 1),
            ("readFile", read_file, 3),
            ("ref", ref_loop, 0),
            ("unref", unref_loop, 0),
        ],
    ))
}

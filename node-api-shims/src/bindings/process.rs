//! `internalBinding('process')`: what `process` needs from the host —
//! its identity (argv, pid, platform), the clock, memory figures, the
//! working directory, the standard streams, and the exit itself.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsBigInt, JsObject, JsResult, JsString, JsValue};
use engine_glue::native::{arg, arg_number, arg_string, binding_object, set, termination, with_view_bytes};

use crate::bootstrap::Host;

/// The process start: the origin of `process.uptime()` and of
/// `performance.now()`, with the wall-clock time it was (Unix ms, for
/// `performance.timeOrigin`).
fn start() -> &'static (Instant, f64) {
    use std::sync::OnceLock;
    static START: OnceLock<(Instant, f64)> = OnceLock::new();
    START.get_or_init(|| {
        let unix = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            // In ms with µs precision, as node keeps it.
            .map(|d| d.as_micros() as f64 / 1000.0)
            .unwrap_or(0.0);
        (Instant::now(), unix)
    })
}

pub fn origin() -> Instant {
    start().0
}

/// `performance.timeOrigin`: the process start as a Unix time in ms.
pub fn origin_unix_ms() -> f64 {
    start().1
}

/// Marks the process start (the first call wins): the runtime calls it
/// first thing, bootstrap again in case an embedder did not.
pub fn mark_start() {
    let _ = start();
}

/// `process.hrtime()`'s clock at `t`, in ns: time since the process start,
/// offset so the figures look like a monotonic clock's, not like zero.
pub fn hrtime_ns_at(t: Instant) -> u128 {
    t.saturating_duration_since(origin()).as_nanos() + 1_000_000_000_000
}

fn hrtime_ns() -> u128 {
    hrtime_ns_at(Instant::now())
}

/// `hrtime()` → `[seconds, nanoseconds]`.
fn hrtime(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let ns = hrtime_ns();
    let arr = JsArray::from_iter(
        [JsValue::from((ns / 1_000_000_000) as f64), JsValue::from((ns % 1_000_000_000) as f64)],
        ctx,
    );
    Ok(arr.into())
}

/// `hrtimeBigInt()` → nanoseconds as a bigint.
fn hrtime_bigint(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let ns = hrtime_ns();
    Ok(JsBigInt::from(ns as i64).into())
}

/// `uptime()` → seconds since start, with sub-ms precision.
fn uptime(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(origin().elapsed().as_secs_f64().into())
}

/// Resident set size in bytes, from /proc (Linux), else 0 where unknown.
pub fn rss_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse::<u64>().ok()))
        .map(|pages| pages * 4096)
        .unwrap_or(0)
}

fn rss(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok((rss_bytes() as f64).into())
}

/// `memoryUsage()` → `{ rss, heapTotal, heapUsed, external, arrayBuffers }`.
/// `heapUsed` is the live bytes of the process allocator when the embedder
/// installed the counting allocator (the `runnel` binary does).
fn memory_usage(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let (used, total) = host.config.heap_stats.map(|f| f()).unwrap_or((0, 0));
    let obj = JsObject::with_object_proto(ctx.intrinsics());
    set(&obj, "rss", rss_bytes() as f64, ctx)?;
    set(&obj, "heapTotal", total as f64, ctx)?;
    set(&obj, "heapUsed", used as f64, ctx)?;
    set(&obj, "external", 0, ctx)?;
    set(&obj, "arrayBuffers", 0, ctx)?;
    Ok(obj.into())
}

fn cwd(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let cwd = host.cwd.borrow().to_string_lossy().into_owned();
    Ok(JsString::from(cwd).into())
}

/// `chdir(dir)` → `undefined`, or `[code, errno]` for the JS side to turn
/// into Node's system error.
fn chdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let dir = arg_string(args, 0, ctx)?;
    let target: PathBuf = host.cwd.borrow().join(&dir);
    match std::fs::metadata(&target) {
        Ok(m) if m.is_dir() => {
            let canon = std::fs::canonicalize(&target).unwrap_or(target);
            *host.cwd.borrow_mut() = canon;
            Ok(JsValue::undefined())
        }
        Ok(_) => Ok(errno_pair("ENOTDIR", -20, ctx)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(errno_pair("ENOENT", -2, ctx)),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Ok(errno_pair("EACCES", -13, ctx)),
        Err(_) => Ok(errno_pair("EIO", -5, ctx)),
    }
}

fn errno_pair(code: &str, errno: i32, ctx: &mut Context) -> JsValue {
    JsArray::from_iter([JsValue::from(JsString::from(code)), JsValue::from(errno)], ctx).into()
}

/// `cpuUsage()` → `[user µs, system µs]` of this process (getrusage).
fn cpu_usage(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    // SAFETY: getrusage only writes into the struct we pass.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    let micros = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
    let (user, system) = if rc == 0 { (micros(usage.ru_utime), micros(usage.ru_stime)) } else { (0.0, 0.0) };
    Ok(JsArray::from_iter([JsValue::from(user), JsValue::from(system)], ctx).into())
}

/// `resourceUsage()` → getrusage(RUSAGE_SELF)'s 16 figures in node's
/// order: CPU times in µs, maxRSS in KiB, then the counters as they are.
fn resource_usage(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    // SAFETY: getrusage only writes into the struct we pass.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let micros = |t: libc::timeval| t.tv_sec as f64 * 1e6 + t.tv_usec as f64;
    let fields = [
        micros(u.ru_utime),
        micros(u.ru_stime),
        u.ru_maxrss as f64,
        u.ru_ixrss as f64,
        u.ru_idrss as f64,
        u.ru_isrss as f64,
        u.ru_minflt as f64,
        u.ru_majflt as f64,
        u.ru_nswap as f64,
        u.ru_inblock as f64,
        u.ru_oublock as f64,
        u.ru_msgsnd as f64,
        u.ru_msgrcv as f64,
        u.ru_nsignals as f64,
        u.ru_nvcsw as f64,
        u.ru_nivcsw as f64,
    ];
    Ok(JsArray::from_iter(fields.into_iter().map(JsValue::from), ctx).into())
}

// ---- memory limits, read as libuv 1.46 reads them on Linux -----------------
//
// `process.constrainedMemory()` is `uv_get_constrained_memory()`: the
// smaller of the cgroup's soft and hard memory limits (cgroup v1:
// memory.soft_limit_in_bytes / memory.limit_in_bytes; v2: memory.high /
// memory.max), 0 when unknown, `u64::MAX` for "no limit".
// `process.availableMemory()` is `uv_get_available_memory()`: that limit
// minus the cgroup's current usage, or the system's free memory when there
// is no limit below the total memory.

/// `uv__slurp`: one read of at most `len - 1` bytes (libuv reads into a
/// fixed C buffer), the text ending at the first NUL as C sees it.
fn slurp(path: &str, len: usize) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).ok()?;
    let mut buf = vec![0u8; len - 1];
    let n = file.read(&mut buf).ok()?;
    buf.truncate(n);
    if let Some(nul) = buf.iter().position(|&b| b == 0) {
        buf.truncate(nul);
    }
    Some(buf)
}

/// `uv__read_uint64`: the number a cgroup file holds, `u64::MAX` for
/// cgroup v2's "max", 0 when unreadable.
fn read_uint64(path: &str) -> u64 {
    let Some(buf) = slurp(path, 32) else { return 0 };
    // As sscanf's %lu: leading space, an optional sign, digits.
    let text = String::from_utf8_lossy(&buf);
    let trimmed = text.trim_start();
    let (negative, digits) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let digits: &str = &digits[..digits.bytes().take_while(u8::is_ascii_digit).count()];
    if digits.is_empty() {
        return if text == "max\n" { u64::MAX } else { 0 };
    }
    // strtoull saturates on overflow and negates a leading '-'.
    let value = digits.parse::<u64>().unwrap_or(u64::MAX);
    if negative { value.wrapping_neg() } else { value }
}

/// The path of the cgroup v1 memory controller in /proc/self/cgroup's text
/// (the part after `:memory:/` on its line), found as libuv finds it.
fn cgroup1_memory_path(buf: &[u8]) -> Option<&[u8]> {
    let colon_from = |from: usize| buf[from..].iter().position(|&b| b == b':').map(|k| from + k);
    let mut p = colon_from(0);
    while let Some(at) = p {
        if buf[at..].starts_with(b":memory:") {
            let start = (at + ":memory:/".len()).min(buf.len());
            let rest = &buf[start..];
            let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            return Some(&rest[..end]);
        }
        p = buf[at..].iter().position(|&b| b == b'\n').and_then(|k| colon_from(at + k));
    }
    None
}

fn cgroup_file(prefix: &str, dir: &[u8], file: &str) -> String {
    format!("{prefix}{}/{file}", String::from_utf8_lossy(dir))
}

/// cgroup v2 is a single `0::/path` line.
fn is_cgroup2(buf: &[u8]) -> bool {
    buf.starts_with(b"0::/")
}

fn cgroup2_path(buf: &[u8]) -> &[u8] {
    let rest = &buf[4..];
    &rest[..rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())]
}

/// `(high, max)`: the soft and hard limits.
fn cgroup_memory_limits(buf: &[u8]) -> (u64, u64) {
    if is_cgroup2(buf) {
        let dir = cgroup2_path(buf);
        let max = read_uint64(&cgroup_file("/sys/fs/cgroup/", dir, "memory.max"));
        let high = read_uint64(&cgroup_file("/sys/fs/cgroup/", dir, "memory.high"));
        return (high, max);
    }
    let mut limits = None;
    if let Some(dir) = cgroup1_memory_path(buf) {
        let high = read_uint64(&cgroup_file("/sys/fs/cgroup/memory/", dir, "memory.soft_limit_in_bytes"));
        let max = read_uint64(&cgroup_file("/sys/fs/cgroup/memory/", dir, "memory.limit_in_bytes"));
        // Both 0: the controller is not mounted there.
        if high != 0 && max != 0 {
            limits = Some((high, max));
        }
    }
    // Else the global memory controller's limits.
    let (mut high, mut max) = limits.unwrap_or_else(|| {
        (
            read_uint64("/sys/fs/cgroup/memory/memory.soft_limit_in_bytes"),
            read_uint64("/sys/fs/cgroup/memory/memory.limit_in_bytes"),
        )
    });
    // cgroup v1 says "no limit" with LONG_MAX rounded down to a page.
    // SAFETY: sysconf only reads a configuration value.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as u64;
    let cgroup1_max = (libc::c_long::MAX as u64) & !(page.wrapping_sub(1));
    if high == cgroup1_max {
        high = u64::MAX;
    }
    if max == cgroup1_max {
        max = u64::MAX;
    }
    (high, max)
}

fn constrained_from(buf: &[u8]) -> u64 {
    let (high, max) = cgroup_memory_limits(buf);
    if high == 0 || max == 0 {
        return 0;
    }
    high.min(max)
}

fn proc_self_cgroup() -> Option<Vec<u8>> {
    slurp("/proc/self/cgroup", 1024)
}

fn constrained_memory(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let value = proc_self_cgroup().map(|buf| constrained_from(&buf)).unwrap_or(0);
    Ok((value as f64).into())
}

fn available_memory(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let Some(buf) = proc_self_cgroup() else { return Ok(0.into()) };
    let constrained = constrained_from(&buf);
    if constrained == 0 || constrained > super::os::total_memory_bytes() {
        return Ok((super::os::free_memory_bytes() as f64).into());
    }
    let current = if is_cgroup2(&buf) {
        read_uint64(&cgroup_file("/sys/fs/cgroup/", cgroup2_path(&buf), "memory.current"))
    } else {
        let own = cgroup1_memory_path(&buf)
            .map(|dir| read_uint64(&cgroup_file("/sys/fs/cgroup/memory/", dir, "memory.usage_in_bytes")))
            .unwrap_or(0);
        if own != 0 { own } else { read_uint64("/sys/fs/cgroup/memory/memory.usage_in_bytes") }
    };
    // Usage may briefly exceed the limit.
    Ok((constrained.saturating_sub(current) as f64).into())
}

/// `kill(pid, signal)` → 0, or a negative errno for the JS side to turn
/// into Node's system error.
fn kill(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = arg_number(args, 0, ctx)? as i32;
    let sig = arg_number(args, 1, ctx)? as i32;
    // SAFETY: kill(2) takes plain integers.
    let rc = unsafe { libc::kill(pid, sig) };
    if rc == 0 {
        return Ok(0.into());
    }
    Ok((-std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL)).into())
}

/// `umask(mask?)` → the previous mask; without an argument, reads it
/// (setting it back at once, as libuv does).
fn umask(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let value = arg(args, 0);
    // SAFETY: umask(2) cannot fail.
    let old = if value.is_undefined() {
        let old = unsafe { libc::umask(0) };
        unsafe { libc::umask(old) };
        old
    } else {
        let mask = value.to_number(ctx)? as libc::mode_t;
        unsafe { libc::umask(mask & 0o777) }
    };
    Ok((old as u32).into())
}

/// `abort()`: end the process at once with SIGABRT, as Node does.
fn abort(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    std::process::abort()
}

/// `reallyExit(code)`: stop the process now. Records the code with the loop
/// and unwinds all JavaScript with the uncatchable termination signal.
fn really_exit(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let code = arg_number(args, 0, ctx)? as i32;
    host.event_loop.request_exit(code);
    Err(termination())
}

/// Writes a string (as UTF-8) or the bytes of a Uint8Array to stdout (1)
/// or stderr (2), synchronously, as Node does for files and pipes.
fn write_to(which: u8, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let sink = if which == 1 { &host.stdio.stdout } else { &host.stdio.stderr };
    let value = arg(args, 0);
    if with_view_bytes(&value, ctx, |bytes| write_all(sink, bytes))?.is_none() {
        let text = match value.as_string() {
            Some(s) => s.to_std_string_lossy(),
            None => arg_string(args, 0, ctx)?,
        };
        write_all(sink, text.as_bytes());
    }
    Ok(JsValue::undefined())
}

fn write_all(sink: &std::cell::RefCell<Box<dyn Write>>, bytes: &[u8]) {
    let mut sink = sink.borrow_mut();
    // A closed pipe (EPIPE) is not the script's fault; drop the output.
    let _ = sink.write_all(bytes);
    let _ = sink.flush();
}

fn write_stdout(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    write_to(1, args, ctx)
}

fn write_stderr(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    write_to(2, args, ctx)
}

fn node_arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "x86" => "ia32",
        "aarch64" => "arm64",
        "arm" => "arm",
        "powerpc64" => "ppc64",
        "s390x" => "s390x",
        "riscv64" => "riscv64",
        other => other,
    }
}

fn strings(list: &[String], ctx: &mut Context) -> JsValue {
    JsArray::from_iter(list.iter().map(|s| JsValue::from(JsString::from(s.as_str()))), ctx).into()
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    let host = Host::get(ctx)?;
    let obj = binding_object(
        ctx,
        &[
            ("hrtime", hrtime, 0),
            ("hrtimeBigInt", hrtime_bigint, 0),
            ("uptime", uptime, 0),
            ("rss", rss, 0),
            ("memoryUsage", memory_usage, 0),
            ("cwd", cwd, 0),
            ("chdir", chdir, 1),
            ("reallyExit", really_exit, 1),
            ("cpuUsage", cpu_usage, 0),
            ("resourceUsage", resource_usage, 0),
            ("constrainedMemory", constrained_memory, 0),
            ("availableMemory", available_memory, 0),
            ("kill", kill, 2),
            ("umask", umask, 1),
            ("abort", abort, 0),
            ("writeStdout", write_stdout, 1),
            ("writeStderr", write_stderr, 1),
        ],
    );
    let c = &host.config;
    let argv = strings(&c.argv, ctx);
    set(&obj, "argv", argv, ctx)?;
    let exec_argv = strings(&c.exec_argv, ctx);
    set(&obj, "execArgv", exec_argv, ctx)?;
    let env_flags = strings(&c.node_options_flags, ctx);
    set(&obj, "allowedEnvFlags", env_flags, ctx)?;
    set(&obj, "argv0", JsString::from(c.argv0.as_str()), ctx)?;
    set(&obj, "execPath", JsString::from(c.exec_path.as_str()), ctx)?;
    set(&obj, "pid", std::process::id(), ctx)?;
    set(&obj, "ppid", std::os::unix::process::parent_id(), ctx)?;
    set(&obj, "platform", js_string!(std::env::consts::OS), ctx)?;
    set(&obj, "arch", js_string!(node_arch()), ctx)?;
    let profile = if cfg!(debug_assertions) { "Debug" } else { "Release" };
    set(&obj, "buildProfile", js_string!(profile), ctx)?;
    set(&obj, "stdoutIsTTY", host.stdio.stdout_is_tty, ctx)?;
    set(&obj, "stderrIsTTY", host.stdio.stderr_is_tty, ctx)?;
    let env = JsObject::with_object_proto(ctx.intrinsics());
    for (k, v) in &c.env {
        set(&env, k, JsString::from(v.as_str()), ctx)?;
    }
    set(&obj, "env", env, ctx)?;
    let signals = JsObject::with_null_proto();
    for (name, num) in super::signals::SIGNALS {
        set(&signals, name, *num, ctx)?;
    }
    set(&obj, "signals", signals, ctx)?;
    Ok(obj)
}

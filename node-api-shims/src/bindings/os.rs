//! `internalBinding('os')`: what `require('os')` reports about the real
//! system, read the way libuv reads it on Linux: `uname(2)`, `/proc`
//! (meminfo, uptime, stat, cpuinfo), `/sys` (cpu frequency),
//! `getpwuid_r(3)`, `getifaddrs(3)`, `get/setpriority(2)`.
//! Failures come back as a negative errno for the JavaScript side to turn
//! into node's `ERR_SYSTEM_ERROR`.

use std::ffi::CStr;

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};
use engine_glue::native::{arg_number, binding_object};

fn string(s: &str) -> JsValue {
    JsString::from(s).into()
}

fn array(items: Vec<JsValue>, ctx: &mut Context) -> JsValue {
    JsArray::from_iter(items, ctx).into()
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

fn c_field(field: &[libc::c_char]) -> String {
    // SAFETY: uname fills each field with a NUL-terminated string.
    unsafe { CStr::from_ptr(field.as_ptr()) }.to_string_lossy().into_owned()
}

/// `uname()` → `[sysname, nodename, release, version, machine]`.
fn uname(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    // SAFETY: utsname is plain data; uname fills it or fails.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: a valid pointer to our own struct.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Ok(JsValue::from(-errno()));
    }
    let parts = [&u.sysname[..], &u.nodename, &u.release, &u.version, &u.machine];
    let items = parts.iter().map(|f| string(&c_field(f))).collect();
    Ok(array(items, ctx))
}

/// A `/proc/meminfo` field in bytes.
fn meminfo(field: &str) -> Option<f64> {
    let text = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = text.lines().find(|l| l.starts_with(field))?;
    let kib: f64 = line[field.len()..].trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kib * 1024.0)
}

/// `uv_get_total_memory()` in bytes (also used by process.availableMemory).
pub(crate) fn total_memory_bytes() -> u64 {
    meminfo("MemTotal:").unwrap_or(0.0) as u64
}

/// `uv_get_free_memory()` in bytes (also used by process.availableMemory).
pub(crate) fn free_memory_bytes() -> u64 {
    meminfo("MemAvailable:").or_else(|| meminfo("MemFree:")).unwrap_or(0.0) as u64
}

fn total_memory(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(total_memory_bytes() as f64))
}

fn free_memory(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(free_memory_bytes() as f64))
}

/// Seconds since boot, from `/proc/uptime`.
fn uptime(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let text = std::fs::read_to_string("/proc/uptime").unwrap_or_default();
    let secs: f64 = text.split_whitespace().next().and_then(|s| s.parse().ok()).unwrap_or(0.0);
    Ok(JsValue::from(secs))
}

fn loadavg(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let mut avg = [0f64; 3];
    // SAFETY: getloadavg writes at most 3 doubles into our array.
    unsafe { libc::getloadavg(avg.as_mut_ptr(), 3) };
    Ok(array(avg.iter().map(|&v| JsValue::from(v)).collect(), ctx))
}

/// `cpus()` → `[model, speed, user, nice, sys, idle, irq, ...]`, seven
/// values a CPU; times in milliseconds, speed in MHz.
fn cpus(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let models: Vec<String> = cpuinfo
        .lines()
        .filter(|l| l.starts_with("model name"))
        .filter_map(|l| l.split_once(':').map(|(_, v)| v.trim().to_string()))
        .collect();
    // SAFETY: sysconf has no memory effects.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let ms_per_tick = (1000.0 / ticks).floor();
    let mut out = Vec::new();
    for line in stat.lines() {
        let Some(rest) = line.strip_prefix("cpu") else { continue };
        let Some((num, times)) = rest.split_once(' ') else { continue };
        let Ok(n) = num.parse::<usize>() else { continue };
        let t: Vec<f64> = times.split_whitespace().filter_map(|v| v.parse().ok()).collect();
        if t.len() < 6 {
            continue;
        }
        let freq = std::fs::read_to_string(format!("/sys/devices/system/cpu/cpu{n}/cpufreq/scaling_cur_freq"))
            .ok()
            .and_then(|s| s.trim().parse::<f64>().ok())
            .map_or(0.0, |khz| (khz / 1000.0).floor());
        let model = models.get(n).cloned().unwrap_or_else(|| "unknown".into());
        out.push(string(&model));
        out.push(JsValue::from(freq));
        // user, nice, system, idle, (iowait), irq
        for v in [t[0], t[1], t[2], t[3], t[5]] {
            out.push(JsValue::from(v * ms_per_tick));
        }
    }
    Ok(array(out, ctx))
}

fn available_parallelism(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let n = std::thread::available_parallelism().map_or(1, |n| n.get());
    Ok(JsValue::from(n as f64))
}

/// `userInfo()` → `[uid, gid, username, homedir, shell]` of the
/// effective user, or a negative errno.
fn user_info(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    // SAFETY: geteuid has no memory effects.
    let uid = unsafe { libc::geteuid() };
    // SAFETY: passwd is plain data that getpwuid_r fills from our buffer.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    // SAFETY: all pointers are to live locals, with buf's real length.
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() {
        return Ok(JsValue::from(-(if rc != 0 { rc } else { libc::ENOENT })));
    }
    let text = |p: *const libc::c_char| {
        if p.is_null() {
            String::new()
        } else {
            // SAFETY: getpwuid_r points these into buf, NUL-terminated.
            unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned()
        }
    };
    let items = vec![
        JsValue::from(pwd.pw_uid),
        JsValue::from(pwd.pw_gid),
        string(&text(pwd.pw_name)),
        string(&text(pwd.pw_dir)),
        string(&text(pwd.pw_shell)),
    ];
    Ok(array(items, ctx))
}

/// `getPriority(pid)` → the nice value, or `[errno]` on failure.
fn get_priority(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = arg_number(args, 0, ctx)? as libc::id_t;
    // getpriority can legitimately return -1: errno tells failures apart.
    // SAFETY: clearing and reading this thread's errno.
    unsafe { *libc::__errno_location() = 0 };
    // SAFETY: no memory effects.
    let prio = unsafe { libc::getpriority(libc::PRIO_PROCESS, pid) };
    let err = errno();
    if prio == -1 && err != 0 {
        return Ok(array(vec![JsValue::from(-err)], ctx));
    }
    Ok(JsValue::from(prio))
}

/// `setPriority(pid, priority)` → 0, or a negative errno.
fn set_priority(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = arg_number(args, 0, ctx)? as libc::id_t;
    let prio = arg_number(args, 1, ctx)? as libc::c_int;
    // SAFETY: no memory effects.
    if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid, prio) } != 0 {
        return Ok(JsValue::from(-errno()));
    }
    Ok(JsValue::from(0))
}

fn mac_string(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

/// `networkInterfaces()` → `[name, address, netmask, family, mac,
/// internal, scopeid, ...]`, seven values an address.
fn network_interfaces(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use std::net::{Ipv4Addr, Ipv6Addr};
    let mut head: *mut libc::ifaddrs = std::ptr::null_mut();
    // SAFETY: getifaddrs allocates the list, freed below.
    if unsafe { libc::getifaddrs(&mut head) } != 0 {
        return Ok(JsValue::from(-errno()));
    }
    // First pass: the MAC address of each interface (AF_PACKET entries).
    let mut macs: Vec<(String, String)> = Vec::new();
    let mut cursor = head;
    while !cursor.is_null() {
        // SAFETY: cursor walks the list getifaddrs returned.
        let ifa = unsafe { &*cursor };
        // SAFETY: ifa_name is a NUL-terminated string in the list.
        let name = unsafe { CStr::from_ptr(ifa.ifa_name) }.to_string_lossy().into_owned();
        // SAFETY: ifa_addr is null or points to a sockaddr of its family.
        if !ifa.ifa_addr.is_null() && i32::from(unsafe { (*ifa.ifa_addr).sa_family }) == libc::AF_PACKET {
            // SAFETY: an AF_PACKET address is a sockaddr_ll.
            let ll = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_ll) };
            macs.push((name, mac_string(&ll.sll_addr[..6])));
        }
        cursor = ifa.ifa_next;
    }
    let mut out = Vec::new();
    let mut cursor = head;
    while !cursor.is_null() {
        // SAFETY: as above.
        let ifa = unsafe { &*cursor };
        cursor = ifa.ifa_next;
        if ifa.ifa_addr.is_null() || ifa.ifa_flags & (libc::IFF_UP as u32) == 0 {
            continue;
        }
        // SAFETY: as above.
        let name = unsafe { CStr::from_ptr(ifa.ifa_name) }.to_string_lossy().into_owned();
        // SAFETY: ifa_addr is a sockaddr.
        let family = i32::from(unsafe { (*ifa.ifa_addr).sa_family });
        let (address, netmask, fam, scope) = match family {
            libc::AF_INET => {
                // SAFETY: an AF_INET address (and its mask) is a sockaddr_in.
                let a = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_in) };
                let m = (!ifa.ifa_netmask.is_null())
                    // SAFETY: as above.
                    .then(|| unsafe { &*(ifa.ifa_netmask as *const libc::sockaddr_in) }.sin_addr.s_addr)
                    .unwrap_or(0);
                let addr = Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr));
                (addr.to_string(), Ipv4Addr::from(u32::from_be(m)).to_string(), "IPv4", -1.0)
            }
            libc::AF_INET6 => {
                // SAFETY: an AF_INET6 address (and its mask) is a sockaddr_in6.
                let a = unsafe { &*(ifa.ifa_addr as *const libc::sockaddr_in6) };
                let m = (!ifa.ifa_netmask.is_null())
                    // SAFETY: as above.
                    .then(|| unsafe { &*(ifa.ifa_netmask as *const libc::sockaddr_in6) }.sin6_addr.s6_addr)
                    .unwrap_or([0; 16]);
                (Ipv6Addr::from(a.sin6_addr.s6_addr).to_string(), Ipv6Addr::from(m).to_string(), "IPv6", f64::from(a.sin6_scope_id))
            }
            _ => continue,
        };
        let mac = macs.iter().find(|(n, _)| *n == name).map_or("00:00:00:00:00:00".to_string(), |(_, m)| m.clone());
        let internal = ifa.ifa_flags & (libc::IFF_LOOPBACK as u32) != 0;
        out.extend([string(&name), string(&address), string(&netmask), string(fam), string(&mac), internal.into(), JsValue::from(scope)]);
    }
    // SAFETY: the list from getifaddrs, freed once.
    unsafe { libc::freeifaddrs(head) };
    Ok(array(out, ctx))
}

/// `errnoConstants()` → `[name, value, ...]` in node's order.
fn errno_constants(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    const ERRNO: &[(&str, i32)] = &[
        ("E2BIG", libc::E2BIG), ("EACCES", libc::EACCES), ("EADDRINUSE", libc::EADDRINUSE),
        ("EADDRNOTAVAIL", libc::EADDRNOTAVAIL), ("EAFNOSUPPORT", libc::EAFNOSUPPORT), ("EAGAIN", libc::EAGAIN),
        ("EALREADY", libc::EALREADY), ("EBADF", libc::EBADF), ("EBADMSG", libc::EBADMSG), ("EBUSY", libc::EBUSY),
        ("ECANCELED", libc::ECANCELED), ("ECHILD", libc::ECHILD), ("ECONNABORTED", libc::ECONNABORTED),
        ("ECONNREFUSED", libc::ECONNREFUSED), ("ECONNRESET", libc::ECONNRESET), ("EDEADLK", libc::EDEADLK),
        ("EDESTADDRREQ", libc::EDESTADDRREQ), ("EDOM", libc::EDOM), ("EDQUOT", libc::EDQUOT), ("EEXIST", libc::EEXIST),
        ("EFAULT", libc::EFAULT), ("EFBIG", libc::EFBIG), ("EHOSTUNREACH", libc::EHOSTUNREACH), ("EIDRM", libc::EIDRM),
        ("EILSEQ", libc::EILSEQ), ("EINPROGRESS", libc::EINPROGRESS), ("EINTR", libc::EINTR), ("EINVAL", libc::EINVAL),
        ("EIO", libc::EIO), ("EISCONN", libc::EISCONN), ("EISDIR", libc::EISDIR), ("ELOOP", libc::ELOOP),
        ("EMFILE", libc::EMFILE), ("EMLINK", libc::EMLINK), ("EMSGSIZE", libc::EMSGSIZE), ("EMULTIHOP", libc::EMULTIHOP),
        ("ENAMETOOLONG", libc::ENAMETOOLONG), ("ENETDOWN", libc::ENETDOWN), ("ENETRESET", libc::ENETRESET),
        ("ENETUNREACH", libc::ENETUNREACH), ("ENFILE", libc::ENFILE), ("ENOBUFS", libc::ENOBUFS),
        ("ENODATA", libc::ENODATA), ("ENODEV", libc::ENODEV), ("ENOENT", libc::ENOENT), ("ENOEXEC", libc::ENOEXEC),
        ("ENOLCK", libc::ENOLCK), ("ENOLINK", libc::ENOLINK), ("ENOMEM", libc::ENOMEM), ("ENOMSG", libc::ENOMSG),
        ("ENOPROTOOPT", libc::ENOPROTOOPT), ("ENOSPC", libc::ENOSPC), ("ENOSR", libc::ENOSR), ("ENOSTR", libc::ENOSTR),
        ("ENOSYS", libc::ENOSYS), ("ENOTCONN", libc::ENOTCONN), ("ENOTDIR", libc::ENOTDIR),
        ("ENOTEMPTY", libc::ENOTEMPTY), ("ENOTSOCK", libc::ENOTSOCK), ("ENOTSUP", libc::ENOTSUP), ("ENOTTY", libc::ENOTTY),
        ("ENXIO", libc::ENXIO), ("EOPNOTSUPP", libc::EOPNOTSUPP), ("EOVERFLOW", libc::EOVERFLOW), ("EPERM", libc::EPERM),
        ("EPIPE", libc::EPIPE), ("EPROTO", libc::EPROTO), ("EPROTONOSUPPORT", libc::EPROTONOSUPPORT),
        ("EPROTOTYPE", libc::EPROTOTYPE), ("ERANGE", libc::ERANGE), ("EROFS", libc::EROFS), ("ESPIPE", libc::ESPIPE),
        ("ESRCH", libc::ESRCH), ("ESTALE", libc::ESTALE), ("ETIME", libc::ETIME), ("ETIMEDOUT", libc::ETIMEDOUT),
        ("ETXTBSY", libc::ETXTBSY), ("EWOULDBLOCK", libc::EWOULDBLOCK), ("EXDEV", libc::EXDEV),
    ];
    let items = ERRNO.iter().flat_map(|(n, v)| [string(n), JsValue::from(*v)]).collect();
    Ok(array(items, ctx))
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("uname", uname, 0),
            ("totalMemory", total_memory, 0),
            ("freeMemory", free_memory, 0),
            ("uptime", uptime, 0),
            ("loadavg", loadavg, 0),
            ("cpus", cpus, 0),
            ("availableParallelism", available_parallelism, 0),
            ("userInfo", user_info, 0),
            ("getPriority", get_priority, 1),
            ("setPriority", set_priority, 2),
            ("networkInterfaces", network_interfaces, 0),
            ("errnoConstants", errno_constants, 0),
        ],
    ))
}

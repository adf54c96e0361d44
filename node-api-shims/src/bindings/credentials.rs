//! `internalBinding('credentials')`: the process's user and group ids
//! (`process.getuid()`, `setuid()`, `getgroups()`, `initgroups()`...),
//! read and changed with the real system calls, as node's
//! src/node_credentials.cc does.
//!
//! The setters take a number (already validated as a uint32 by the
//! JavaScript side) or a user/group name, looked up with `getpwnam_r` /
//! `getgrnam_r`. They return 0 on success, or a positive number telling
//! the JavaScript side which name was unknown (for ERR_UNKNOWN_CREDENTIAL);
//! a failed system call comes back as `{ errno, message }` (strerror), which
//! the JavaScript side turns into node's `EPERM, Operation not permitted`
//! error.

use std::ffi::{CStr, CString};

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};
use engine_glue::native::{arg, binding_object, set};

/// Node's "not found" marker: `(uid_t) -1`, which is also what an id of
/// 4294967295 is (so that id is reported as unknown, as in node).
const NOT_FOUND: u32 = u32::MAX;

/// Big enough for any passwd/group entry node expects (node uses 8 KiB).
const LOOKUP_BUF: usize = 8192;

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// `{ errno, message }` for a failed system call; the message is C's
/// `strerror(errno)` (std formats it with an " (os error N)" suffix).
fn errno_result(errno: i32, ctx: &mut Context) -> JsResult<JsValue> {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    let message = match text.rfind(" (os error ") {
        Some(at) => text[..at].to_string(),
        None => text,
    };
    let obj = JsObject::with_object_proto(ctx.intrinsics());
    set(&obj, "errno", errno, ctx)?;
    set(&obj, "message", JsString::from(message), ctx)?;
    Ok(obj.into())
}

/// A name as C sees it: up to its first NUL, as node's `Utf8Value` is.
fn c_name(value: &JsValue, ctx: &mut Context) -> JsResult<CString> {
    let text = value.to_string(ctx)?.to_std_string_lossy();
    let bytes = text.as_bytes();
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    Ok(CString::new(&bytes[..end]).unwrap_or_default())
}

fn uid_by_name(name: &CStr) -> u32 {
    // SAFETY: passwd is plain data; getpwnam_r fills it from our buffer.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let mut buf = vec![0 as libc::c_char; LOOKUP_BUF];
    // SAFETY: every pointer is to our own, live storage.
    let rc = unsafe { libc::getpwnam_r(name.as_ptr(), &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc == 0 && !result.is_null() {
        pwd.pw_uid
    } else {
        NOT_FOUND
    }
}

fn gid_by_name(name: &CStr) -> u32 {
    // SAFETY: group is plain data; getgrnam_r fills it from our buffer.
    let mut grp: libc::group = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::group = std::ptr::null_mut();
    let mut buf = vec![0 as libc::c_char; LOOKUP_BUF];
    // SAFETY: every pointer is to our own, live storage.
    let rc = unsafe { libc::getgrnam_r(name.as_ptr(), &mut grp, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc == 0 && !result.is_null() {
        grp.gr_gid
    } else {
        NOT_FOUND
    }
}

/// The user name of `uid`, for `initgroups(uid, ...)`.
fn name_by_uid(uid: u32) -> Option<CString> {
    // SAFETY: as in uid_by_name.
    let mut pwd: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let mut buf = vec![0 as libc::c_char; LOOKUP_BUF];
    // SAFETY: every pointer is to our own, live storage.
    let rc = unsafe { libc::getpwuid_r(uid, &mut pwd, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() {
        return None;
    }
    // SAFETY: getpwuid_r points pw_name into buf, NUL-terminated.
    Some(unsafe { CStr::from_ptr(pwd.pw_name) }.to_owned())
}

/// A number is an id as it is; anything else is a name to look up.
fn id_of(value: &JsValue, lookup: fn(&CStr) -> u32, ctx: &mut Context) -> JsResult<u32> {
    match value.as_number() {
        Some(n) => Ok(n as u32),
        None => Ok(lookup(&c_name(value, ctx)?)),
    }
}

fn getuid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    // SAFETY: the get*id calls cannot fail.
    Ok(unsafe { libc::getuid() }.into())
}

fn geteuid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    // SAFETY: cannot fail.
    Ok(unsafe { libc::geteuid() }.into())
}

fn getgid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    // SAFETY: cannot fail.
    Ok(unsafe { libc::getgid() }.into())
}

fn getegid(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    // SAFETY: cannot fail.
    Ok(unsafe { libc::getegid() }.into())
}

/// `getgroups()` → the supplementary groups, plus the effective group id
/// when it is not among them (as node reports it); or `[errno, message]`.
fn getgroups(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    // SAFETY: with size 0, getgroups only counts.
    let count = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
    if count < 0 {
        return errno_result(last_errno(), ctx);
    }
    let mut groups = vec![0 as libc::gid_t; count as usize];
    // SAFETY: the buffer holds `count` entries.
    let count = unsafe { libc::getgroups(count, groups.as_mut_ptr()) };
    if count < 0 {
        return errno_result(last_errno(), ctx);
    }
    groups.truncate(count as usize);
    // SAFETY: cannot fail.
    let egid = unsafe { libc::getegid() };
    if !groups.contains(&egid) {
        groups.push(egid);
    }
    let list = JsArray::from_iter(groups.into_iter().map(JsValue::from), ctx);
    Ok(list.into())
}

/// Shared by the four id setters: look the id up, then call `set`.
fn set_id(args: &[JsValue], lookup: fn(&CStr) -> u32, set: unsafe extern "C" fn(u32) -> libc::c_int, ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_of(&arg(args, 0), lookup, ctx)?;
    if id == NOT_FOUND {
        return Ok(1.into());
    }
    // SAFETY: the set*id calls take a plain integer.
    if unsafe { set(id) } != 0 {
        return errno_result(last_errno(), ctx);
    }
    Ok(0.into())
}

fn setuid(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    set_id(args, uid_by_name, libc::setuid, ctx)
}

fn seteuid(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    set_id(args, uid_by_name, libc::seteuid, ctx)
}

fn setgid(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    set_id(args, gid_by_name, libc::setgid, ctx)
}

fn setegid(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    set_id(args, gid_by_name, libc::setegid, ctx)
}

/// `setgroups(list)` → 0, or `i + 1` when `list[i]` names no group.
fn setgroups(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(list) = arg(args, 0).as_object() else {
        return errno_result(libc::EINVAL, ctx);
    };
    let len = list.get(boa_engine::js_string!("length"), ctx)?.to_length(ctx)?;
    let mut groups = Vec::with_capacity(len as usize);
    for i in 0..len {
        let value = list.get(i, ctx)?;
        let gid = id_of(&value, gid_by_name, ctx)?;
        if gid == NOT_FOUND {
            return Ok(JsValue::from(i as f64 + 1.0));
        }
        groups.push(gid);
    }
    // SAFETY: the pointer and length describe our own vector.
    if unsafe { libc::setgroups(groups.len(), groups.as_ptr()) } != 0 {
        return errno_result(last_errno(), ctx);
    }
    Ok(0.into())
}

/// `initgroups(user, extraGroup)` → 0, 1 (unknown user id) or 2 (unknown
/// group). A user *name* is passed to initgroups(3) as it is.
fn initgroups(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let user = arg(args, 0);
    let name = match user.as_number() {
        Some(uid) => match name_by_uid(uid as u32) {
            Some(name) => name,
            None => return Ok(1.into()),
        },
        None => c_name(&user, ctx)?,
    };
    let gid = id_of(&arg(args, 1), gid_by_name, ctx)?;
    if gid == NOT_FOUND {
        return Ok(2.into());
    }
    // SAFETY: a NUL-terminated name and a plain integer.
    if unsafe { libc::initgroups(name.as_ptr(), gid) } != 0 {
        return errno_result(last_errno(), ctx);
    }
    Ok(0.into())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    Ok(binding_object(
        ctx,
        &[
            ("getuid", getuid, 0),
            ("geteuid", geteuid, 0),
            ("getgid", getgid, 0),
            ("getegid", getegid, 0),
            ("getgroups", getgroups, 0),
            ("setuid", setuid, 1),
            ("seteuid", seteuid, 1),
            ("setgid", setgid, 1),
            ("setegid", setegid, 1),
            ("setgroups", setgroups, 1),
            ("initgroups", initgroups, 2),
        ],
    ))
}

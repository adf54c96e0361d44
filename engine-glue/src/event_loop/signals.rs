//! Signal watching (`process.on('SIGINT', ...)`), the way libuv does it.
//!
//! A signal handler may do next to nothing safely, so the process-wide
//! handler only writes the signal's number, one byte, into the self-pipe
//! of every loop that watches signals (`write(2)` is async-signal-safe).
//! Each loop registers its pipe's read end with its poller: the signal
//! wakes a blocked poll phase, which reads the numbers and runs the
//! listeners of the signals *it* watches, in arrival order.
//!
//! The handler for a signal is installed while at least one loop watches
//! it; when the last stops, the signal's previous disposition comes back
//! (so an unwatched SIGINT kills the process again). As in node, watching
//! a signal does not keep the loop alive.

use std::collections::HashSet;
use std::io::{self, Read};
use std::os::fd::AsRawFd;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Mutex;

use mio::unix::pipe;

/// How many loops (runtimes, workers) can watch signals at once.
const MAX_LOOPS: usize = 64;
/// Signal numbers are below this on every platform runnel runs on.
const MAX_SIGNAL: usize = 65;

/// The write ends of the watching loops' pipes (-1: free slot). Read by
/// the handler, so atomics rather than a lock.
static PIPES: [AtomicI32; MAX_LOOPS] = [const { AtomicI32::new(-1) }; MAX_LOOPS];

/// Per signal: how many loops watch it, and the disposition to restore
/// when none does. Only touched on loop threads, never in the handler.
struct Installed {
    watchers: u32,
    previous: libc::sigaction,
}

// SAFETY: `libc::sigaction` is plain data (a handler address, a mask and
// flags); moving it between threads is fine.
unsafe impl Send for Installed {}

static INSTALLED: Mutex<Vec<Option<Installed>>> = Mutex::new(Vec::new());

/// The process-wide handler: one byte per watching loop, errno untouched.
extern "C" fn on_signal(signum: libc::c_int) {
    let errno = errno_location();
    // SAFETY: errno_location points at this thread's errno.
    let saved = unsafe { *errno };
    let byte = signum as u8;
    for slot in &PIPES {
        let fd = slot.load(Ordering::Relaxed);
        if fd >= 0 {
            // SAFETY: write(2) is async-signal-safe; a full pipe (a flood
            // of signals) just drops the byte, as libuv's would block.
            unsafe { libc::write(fd, std::ptr::from_ref(&byte).cast(), 1) };
        }
    }
    // SAFETY: as above.
    unsafe { *errno = saved };
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn errno_location() -> *mut libc::c_int {
    // SAFETY: always valid for the calling thread.
    unsafe { libc::__errno_location() }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn errno_location() -> *mut libc::c_int {
    // SAFETY: always valid for the calling thread.
    unsafe { libc::__error() }
}

/// Installs the handler for `signum` if no loop watches it yet.
fn install(signum: usize) -> Result<(), i32> {
    let mut installed = INSTALLED.lock().unwrap_or_else(|e| e.into_inner());
    if installed.len() < MAX_SIGNAL {
        installed.resize_with(MAX_SIGNAL, || None);
    }
    if let Some(entry) = installed[signum].as_mut() {
        entry.watchers += 1;
        return Ok(());
    }
    // SAFETY: zeroed is a valid sigaction; sigemptyset/sigaction get valid
    // pointers, and the handler is an extern "C" fn(c_int).
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        let mut previous: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(signum as libc::c_int, &action, &mut previous) != 0 {
            return Err(io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL));
        }
        installed[signum] = Some(Installed { watchers: 1, previous });
    }
    Ok(())
}

/// One loop stopped watching `signum`: the last one restores the old
/// disposition.
fn uninstall(signum: usize) {
    let mut installed = INSTALLED.lock().unwrap_or_else(|e| e.into_inner());
    let Some(entry) = installed.get_mut(signum).and_then(Option::as_mut) else { return };
    entry.watchers -= 1;
    if entry.watchers == 0 {
        let previous = entry.previous;
        installed[signum] = None;
        // SAFETY: restores a disposition sigaction itself returned.
        unsafe { libc::sigaction(signum as libc::c_int, &previous, std::ptr::null_mut()) };
    }
}

/// Blocks every signal in the calling thread, so that signals sent to the
/// process are delivered to the loop thread (helper threads call this: a
/// process-directed signal goes to any thread that does not block it, and
/// `process.kill(process.pid, sig)` must reach the loop before `kill`
/// returns, as in node).
pub fn block_all_in_this_thread() {
    // SAFETY: sigfillset initialises the set; pthread_sigmask only changes
    // this thread's mask.
    unsafe {
        let mut all: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_BLOCK, &all, std::ptr::null_mut());
    }
}

/// One loop's signal watching: its self-pipe and the signals it watches.
pub(super) struct Signals {
    receiver: pipe::Receiver,
    /// Kept open for the handler, which writes to its descriptor.
    _sender: pipe::Sender,
    slot: usize,
    watched: HashSet<usize>,
}

impl Signals {
    /// A self-pipe in a free slot, its read end registered with `registry`
    /// under `token`.
    pub(super) fn new(registry: &mio::Registry, token: mio::Token) -> io::Result<Self> {
        let (sender, mut receiver) = pipe::new()?;
        registry.register(&mut receiver, token, mio::Interest::READABLE)?;
        let fd = sender.as_raw_fd();
        let slot = PIPES
            .iter()
            .position(|s| s.compare_exchange(-1, fd, Ordering::AcqRel, Ordering::Relaxed).is_ok())
            .ok_or_else(|| io::Error::from_raw_os_error(libc::EBUSY))?;
        Ok(Signals { receiver, _sender: sender, slot, watched: HashSet::new() })
    }

    /// `uv_signal_start`: watch `signum`. The error is an errno (EINVAL
    /// for a number that is no signal, or SIGKILL/SIGSTOP).
    pub(super) fn start(&mut self, signum: i32) -> Result<(), i32> {
        let Some(sig) = usize::try_from(signum).ok().filter(|&s| s > 0 && s < MAX_SIGNAL) else {
            return Err(libc::EINVAL);
        };
        if self.watched.contains(&sig) {
            return Ok(());
        }
        install(sig)?;
        self.watched.insert(sig);
        Ok(())
    }

    /// `uv_signal_stop`.
    pub(super) fn stop(&mut self, signum: i32) {
        if let Some(sig) = usize::try_from(signum).ok().filter(|s| self.watched.remove(s)) {
            uninstall(sig);
        }
    }

    /// The watched signals that arrived since the last call, in order.
    pub(super) fn take_arrived(&mut self) -> Vec<i32> {
        let mut arrived = Vec::new();
        let mut buf = [0u8; 64];
        loop {
            match self.receiver.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => arrived.extend(buf[..n].iter().map(|&b| usize::from(b))),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        arrived.retain(|s| self.watched.contains(s));
        arrived.into_iter().map(|s| s as i32).collect()
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        PIPES[self.slot].store(-1, Ordering::Release);
        for sig in self.watched.drain() {
            uninstall(sig);
        }
    }
}

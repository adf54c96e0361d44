//! `--watch` / `--watch-path`: node's watch mode.
//!
//! The `runnel` process given `--watch` runs no JavaScript itself: it runs
//! the script in a child `runnel` (the same command line without the watch
//! flags) and restarts it when a watched file changes, as node does:
//! - with `--watch`, the watched files are the entry point and every module
//!   the child loads (the child appends each file it loads to a report
//!   file named by `RUNNEL_WATCH_REPORT`; see `reportToWatchMode` in the
//!   CommonJS loader);
//! - with `--watch-path`, only the given files and directories (recursively).
//!
//! Changes arrive through inotify, whose descriptor is polled with mio, as
//! an event loop's poll phase waits for I/O; the poll also wakes every
//! 100 ms to see whether the child has exited and what it has loaded.
//! When the child ends: `Completed running 'script args'` (or `Failed
//! running ...`); on a change: the child gets SIGTERM, the screen is
//! cleared (unless `--watch-preserve-output`; only on a terminal) and
//! `Restarting 'script args'` is printed before the new child starts.

use std::collections::{HashMap, HashSet};
use std::io::{IsTerminal, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::Duration;

use mio::unix::SourceFd;
use mio::{Events, Interest, Poll, Token};

/// The environment variable naming the file a watched child reports its
/// loaded modules to (removed from the child's `process.env`).
pub const REPORT_ENV: &str = "RUNNEL_WATCH_REPORT";

/// How long a burst of file events (one save is several) is collected
/// before restarting.
const DEBOUNCE: Duration = Duration::from_millis(100);
/// How often the child's exit and its loaded modules are checked.
const TICK: Duration = Duration::from_millis(100);

/// What `--watch` runs and watches.
pub struct WatchPlan {
    /// The child's command line: ours without the watch flags.
    pub child_args: Vec<String>,
    /// The script and its arguments, as the messages show them.
    pub label: String,
    /// The entry point (watched unless `paths` is given).
    pub main: PathBuf,
    /// `--watch-path` entries.
    pub paths: Vec<PathBuf>,
    pub preserve_output: bool,
}

/// Runs the watch loop; returns only if the watcher itself fails.
pub fn run(plan: WatchPlan) -> i32 {
    match watch_loop(&plan) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("runnel: --watch: {e}");
            1
        }
    }
}

fn watch_loop(plan: &WatchPlan) -> std::io::Result<()> {
    let exe = std::env::current_exe()?;
    let report = std::env::temp_dir().join(format!("runnel-watch-{}.deps", std::process::id()));
    let colors = Colors::for_stdout();
    let label = quote(&plan.label);

    let mut watcher = Watcher::new()?;
    let cwd = std::env::current_dir()?;
    if plan.paths.is_empty() {
        watcher.watch_file(&cwd.join(&plan.main))?;
    } else {
        for p in &plan.paths {
            watcher.watch_path(&cwd.join(p))?;
        }
    }
    let mut poll = Poll::new()?;
    poll.registry().register(&mut SourceFd(&watcher.fd.as_raw_fd()), Token(0), Interest::READABLE)?;
    let mut events = Events::with_capacity(8);

    loop {
        std::fs::write(&report, b"")?;
        let mut child = Some(spawn(&exe, &plan.child_args, &report)?);
        let mut reported = 0;
        loop {
            poll.poll(&mut events, Some(TICK))?;
            if plan.paths.is_empty() {
                reported = watch_reported(&mut watcher, &report, reported)?;
            }
            if let Some(c) = child.as_mut() {
                if let Some(status) = c.try_wait()? {
                    let (color, verb) = if status.success() { (colors.green, "Completed") } else { (colors.red, "Failed") };
                    println!("{color}{verb} running {label}{}", colors.white);
                    child = None;
                }
            }
            if events.is_empty() || !watcher.changed()? {
                continue;
            }
            // Let the rest of the save's events arrive, then drop them.
            std::thread::sleep(DEBOUNCE);
            watcher.changed()?;
            if let Some(mut c) = child.take() {
                terminate(&mut c);
            }
            let mut out = std::io::stdout();
            if !plan.preserve_output {
                write!(out, "{}", colors.clear)?;
            }
            writeln!(out, "{}Restarting {label}{}", colors.green, colors.white)?;
            out.flush()?;
            break;
        }
    }
}

/// In a watched child: end when the supervisor ends (however it is
/// stopped), rather than run on as an orphan.
pub fn end_with_supervisor() {
    // SAFETY: prctl(PR_SET_PDEATHSIG) only sets this process's own
    // parent-death signal.
    unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGTERM) };
}

fn spawn(exe: &Path, args: &[String], report: &Path) -> std::io::Result<Child> {
    Command::new(exe)
        .args(args)
        .env("WATCH_REPORT_DEPENDENCIES", "1")
        .env(REPORT_ENV, report)
        .spawn()
}

/// SIGTERM, then wait for the child to go.
fn terminate(child: &mut Child) {
    if let Ok(pid) = i32::try_from(child.id()) {
        // SAFETY: kill(2) on our own child's pid has no memory effects.
        unsafe { libc::kill(pid, libc::SIGTERM) };
    }
    let _ = child.wait();
}

/// Watches the files named in the report past its first `seen` lines;
/// returns the new line count.
fn watch_reported(watcher: &mut Watcher, report: &Path, seen: usize) -> std::io::Result<usize> {
    let text = std::fs::read_to_string(report).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    for line in lines.iter().skip(seen) {
        watcher.watch_file(Path::new(line))?;
    }
    Ok(lines.len().max(seen))
}

/// The label as node prints it (`util.inspect` of a string).
fn quote(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

/// Node's watch-mode colors: only when stdout is a terminal.
struct Colors {
    green: &'static str,
    red: &'static str,
    white: &'static str,
    clear: &'static str,
}

impl Colors {
    fn for_stdout() -> Colors {
        if std::io::stdout().is_terminal() {
            Colors { green: "\x1b[32m", red: "\x1b[31m", white: "\x1b[39m", clear: "\x1bc" }
        } else {
            Colors { green: "", red: "", white: "", clear: "" }
        }
    }
}

/// inotify over the directories holding the watched files, plus the
/// watched directory trees.
struct Watcher {
    fd: OwnedFd,
    /// watch descriptor → directory.
    dirs: HashMap<i32, PathBuf>,
    files: HashSet<PathBuf>,
    /// `--watch-path` directories: any change beneath counts.
    trees: Vec<PathBuf>,
}

const MASK: u32 = libc::IN_MODIFY
    | libc::IN_ATTRIB
    | libc::IN_CLOSE_WRITE
    | libc::IN_MOVED_TO
    | libc::IN_MOVED_FROM
    | libc::IN_CREATE
    | libc::IN_DELETE;

impl Watcher {
    fn new() -> std::io::Result<Watcher> {
        // SAFETY: inotify_init1 takes flags only and returns a new fd or -1.
        let fd = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: fd was just returned to us, open and owned by no one else.
        let fd = unsafe { OwnedFd::from_raw_fd(fd) };
        Ok(Watcher { fd, dirs: HashMap::new(), files: HashSet::new(), trees: Vec::new() })
    }

    fn watch_file(&mut self, file: &Path) -> std::io::Result<()> {
        if self.files.insert(file.to_path_buf()) {
            if let Some(dir) = file.parent() {
                self.add_dir(dir)?;
            }
        }
        Ok(())
    }

    /// A `--watch-path`: a file, or a directory tree.
    fn watch_path(&mut self, path: &Path) -> std::io::Result<()> {
        if !path.is_dir() {
            return self.watch_file(path);
        }
        self.trees.push(path.to_path_buf());
        let mut stack = vec![path.to_path_buf()];
        while let Some(dir) = stack.pop() {
            self.add_dir(&dir)?;
            for entry in std::fs::read_dir(&dir)?.flatten() {
                if entry.file_type().is_ok_and(|t| t.is_dir()) {
                    stack.push(entry.path());
                }
            }
        }
        Ok(())
    }

    fn add_dir(&mut self, dir: &Path) -> std::io::Result<()> {
        if self.dirs.values().any(|d| d == dir) {
            return Ok(());
        }
        let c_path = std::ffi::CString::new(dir.as_os_str().as_encoded_bytes())
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
        // SAFETY: a valid fd and a NUL-terminated path that outlives the call.
        let wd = unsafe { libc::inotify_add_watch(self.fd.as_raw_fd(), c_path.as_ptr(), MASK) };
        if wd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        self.dirs.insert(wd, dir.to_path_buf());
        Ok(())
    }

    /// Reads every pending event; true if one concerns a watched file or
    /// falls in a watched tree.
    fn changed(&mut self) -> std::io::Result<bool> {
        let mut changed = false;
        let mut buf = [0u8; 4096];
        loop {
            // SAFETY: reading into a buffer we own, of the length we pass.
            let n = unsafe { libc::read(self.fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
            if n <= 0 {
                break;
            }
            let n = usize::try_from(n).unwrap_or(0);
            let header = std::mem::size_of::<libc::inotify_event>();
            let mut at = 0;
            while at + header <= n {
                // SAFETY: the kernel wrote a whole inotify_event at `at`
                // (events are never split across reads); read_unaligned
                // copes with the byte buffer's alignment.
                let event: libc::inotify_event = unsafe { std::ptr::read_unaligned(buf[at..].as_ptr().cast()) };
                let name_len = event.len as usize;
                let name_bytes = &buf[at + header..(at + header + name_len).min(n)];
                let name = name_bytes.split(|&b| b == 0).next().unwrap_or_default();
                if let Some(dir) = self.dirs.get(&event.wd) {
                    let path = dir.join(std::ffi::OsStr::from_bytes(name));
                    if self.files.contains(&path) || self.trees.iter().any(|t| path.starts_with(t)) {
                        changed = true;
                    }
                }
                at += header + name_len;
            }
        }
        Ok(changed)
    }
}

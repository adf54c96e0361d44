//! # conformance: runnel against node, fixture by fixture
//!
//! Fixtures are the scripts `fixtures/<area>/<name>.js` (deeper files are
//! helper modules). A fixture's first line may be `// flags: ...` with
//! node options to pass before the script. Each fixture runs with its area
//! directory as the working directory.
//!
//! Two checks use this library:
//! - `tests/snapshots.rs`: runnel's output must equal the snapshot in
//!   `conformance/snapshots/`, which was recorded from **node**
//!   (`conformance/record.sh`); needs no node to run.
//! - `tests/differential.rs`: runs every fixture under node and runnel now
//!   and reports each difference; says so plainly when node is missing.
//!
//! Both compare *normalised* output (see [`normalise`]): absolute paths,
//! stack frames, caret columns, pids and version numbers are masked, since
//! they legitimately differ between two runtimes.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The argument that makes a conformance test binary act as `runnel`.
pub const AS_RUNNEL: &str = "--conformance-run-as-runnel";

/// Call first in a test binary's `main`: when the binary was re-run as the
/// `runnel` command, run it and exit.
pub fn run_as_runnel_if_asked() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some(AS_RUNNEL) {
        let code = runnel::cli::main(&args[1..]);
        use std::io::Write;
        let _ = std::io::stdout().flush();
        std::process::exit(code);
    }
}

pub fn fixtures_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures");
    std::fs::canonicalize(&dir).unwrap_or(dir)
}

pub fn snapshots_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("snapshots")
}

/// A fixture: its area, name, path and node flags.
#[derive(Clone, Debug)]
pub struct Fixture {
    pub area: String,
    pub name: String,
    pub path: PathBuf,
    pub flags: Vec<String>,
}

impl Fixture {
    /// `area__name`: the snapshot's name.
    pub fn id(&self) -> String {
        format!("{}__{}", self.area, self.name)
    }
}

/// Every fixture, sorted by area then name.
pub fn fixtures() -> Vec<Fixture> {
    let root = fixtures_dir();
    let mut out = Vec::new();
    let Ok(areas) = std::fs::read_dir(&root) else { return out };
    for area in areas.flatten() {
        let area_path = area.path();
        if !area_path.is_dir() {
            continue;
        }
        let Ok(files) = std::fs::read_dir(&area_path) else { continue };
        for f in files.flatten() {
            let p = f.path();
            let is_script = p.extension().is_some_and(|e| e == "js" || e == "cjs" || e == "mjs");
            if !p.is_file() || !is_script {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            let flags = text
                .lines()
                .next()
                .and_then(|l| l.trim().strip_prefix("// flags:"))
                .map(|f| f.split_whitespace().map(String::from).collect())
                .unwrap_or_default();
            out.push(Fixture {
                area: area.file_name().to_string_lossy().into_owned(),
                name: p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                path: p,
                flags,
            });
        }
    }
    out.sort_by(|a, b| (&a.area, &a.name).cmp(&(&b.area, &b.name)));
    out
}

/// Fixtures runnel is known not to match yet, from
/// `conformance/expected-differences.txt` (`area__name.js  # why`). The
/// checks report them apart; one that starts matching must be taken off
/// the list, so the list can only shrink honestly.
pub fn expected_differences() -> std::collections::BTreeMap<String, String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("expected-differences.txt");
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('#') {
            Some((id, why)) => (id.trim().to_string(), why.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

/// Which runtime runs a fixture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Node,
    Runnel,
}

/// What a run produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub exit: Exit,
    pub stdout: String,
    pub stderr: String,
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    /// Ended by a signal (its default action, e.g. SIGTERM with no listener).
    Signal(i32),
    /// Killed by the harness after [`TIMEOUT`].
    Timeout,
}

impl Outcome {
    /// The snapshot text: exit code, normalised stdout and stderr.
    pub fn render(&self) -> String {
        let exit = match self.exit {
            Exit::Code(c) => c.to_string(),
            Exit::Signal(s) => format!("killed by signal {s}"),
            Exit::Timeout => "killed (timeout)".to_string(),
        };
        format!(
            "exit: {exit}\n--- stdout\n{}--- stderr\n{}",
            normalise(&self.stdout),
            normalise(&self.stderr)
        )
    }
}

const TIMEOUT: Duration = Duration::from_secs(20);

pub fn node_available() -> bool {
    Command::new("node")
        .arg("--version")
        .output()
        .map(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).starts_with("v20"))
        .unwrap_or(false)
}

/// Runs `fx` under `engine` and captures its output. Its stdin is
/// /dev/null, or, when `<name>.stdin` sits next to the fixture, a pipe fed
/// with that file's bytes (then closed).
pub fn run(fx: &Fixture, engine: Engine) -> Outcome {
    let stdin_bytes = std::fs::read(fx.path.with_extension("stdin")).ok();
    let mut cmd = match engine {
        Engine::Node => Command::new("node"),
        Engine::Runnel => {
            let mut c = Command::new(std::env::current_exe().expect("test binary path"));
            c.arg(AS_RUNNEL);
            c
        }
    };
    cmd.args(&fx.flags)
        .arg(&fx.name)
        .current_dir(fx.path.parent().expect("fixture dir"))
        .env_remove("NODE_OPTIONS")
        .env("NO_COLOR", "1")
        .stdin(if stdin_bytes.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome { exit: Exit::Code(-1), stdout: String::new(), stderr: format!("spawn failed: {e}\n") }
        }
    };
    if let (Some(bytes), Some(mut sink)) = (stdin_bytes, child.stdin.take()) {
        // Dropping the pipe at the end closes it: the fixture sees EOF.
        std::thread::spawn(move || {
            let _ = std::io::Write::write_all(&mut sink, &bytes);
        });
    }
    let mut out = child.stdout.take().expect("piped");
    let mut err = child.stderr.take().expect("piped");
    let t_out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let t_err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let exit = loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                use std::os::unix::process::ExitStatusExt;
                break match (status.code(), status.signal()) {
                    (Some(code), _) => Exit::Code(code),
                    (None, Some(signal)) => Exit::Signal(signal),
                    (None, None) => Exit::Code(-1),
                };
            }
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                break Exit::Timeout;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break Exit::Code(-1),
        }
    };
    let stdout = String::from_utf8_lossy(&t_out.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&t_err.join().unwrap_or_default()).into_owned();
    Outcome { exit, stdout, stderr }
}

/// Masks what legitimately differs between runtimes and runs:
/// - the absolute fixtures directory becomes `<fixtures>`;
/// - stack frame lines (`    at ...`) are dropped (a frame ending in ` {`
///   keeps the `{` that opens the error's extra properties);
/// - a caret line becomes a lone `^` (columns are compared by the line);
/// - the `node:<module>:N` source excerpt printed for errors thrown
///   inside a builtin's JavaScript (`node:internal/...`, `node:assert`,
///   `node:events`...) is dropped (3 lines): node quotes its own sources,
///   runnel its own;
/// - `Node.js vX.Y.Z`, `(node:PID)` and the program name in
///   "(Use `node --trace-... ...`)" hints are masked.
pub fn normalise(text: &str) -> String {
    let root = fixtures_dir().to_string_lossy().into_owned();
    let text = text.replace(&root, "<fixtures>");
    let mut out = String::new();
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut i = 0;
    while i < lines.len() {
        let raw = lines[i];
        let line = raw.trim_end_matches('\n');
        if is_builtin_excerpt_header(line) {
            i += 3;
            continue;
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with("at ") && line.starts_with(' ') {
            if line.ends_with(" {") {
                out.push_str("{\n");
            }
            i += 1;
            continue;
        }
        if !trimmed.is_empty() && trimmed.chars().all(|c| c == '^') && line.chars().all(|c| c == ' ' || c == '^') {
            out.push_str("^\n");
            i += 1;
            continue;
        }
        let mut l = line.to_string();
        l = mask_after(&l, "Node.js v", |c| c.is_ascii_digit() || c == '.', "<version>");
        l = mask_pid(&l);
        l = l.replace("`runnel --trace", "`<bin> --trace").replace("`node --trace", "`<bin> --trace");
        // The command line's own complaints (`node: bad option: -x`).
        for prog in ["node: ", "runnel: "] {
            if let Some(rest) = l.strip_prefix(prog) {
                l = format!("<bin>: {rest}");
            }
        }
        out.push_str(&l);
        if raw.ends_with('\n') {
            out.push('\n');
        }
        i += 1;
    }
    out
}

/// `node:internal/process/promises:391`, `node:events:502`: the first line
/// of an excerpt of a builtin's source.
fn is_builtin_excerpt_header(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("node:") else { return false };
    let Some((module, number)) = rest.rsplit_once(':') else { return false };
    !module.is_empty()
        && module.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '/'))
        && number.parse::<u32>().is_ok()
}

fn mask_after(line: &str, marker: &str, keep: impl Fn(char) -> bool, with: &str) -> String {
    match line.find(marker) {
        Some(at) => {
            let start = at + marker.len();
            let rest = &line[start..];
            let end = rest.find(|c: char| !keep(c)).unwrap_or(rest.len());
            if end == 0 {
                return line.to_string();
            }
            format!("{}{}{}", &line[..at], marker.trim_end_matches('v').to_string() + with, &rest[end..])
        }
        None => line.to_string(),
    }
}

/// `(node:12345)` / `(runnel:12345)` → `(<bin>:<pid>)`.
fn mask_pid(line: &str) -> String {
    let mut out = line.to_string();
    for prog in ["(node:", "(runnel:"] {
        while let Some(at) = out.find(prog) {
            let rest = &out[at + prog.len()..];
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            if digits == 0 || !rest[digits..].starts_with(')') {
                break;
            }
            out = format!("{}(<bin>:<pid>){}", &out[..at], &rest[digits + 1..]);
        }
    }
    out
}

/// Runs `f` over the fixtures on a few threads, keeping their order.
pub fn par_map<T: Send>(fixtures: &[Fixture], f: impl Fn(&Fixture) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(2, 8);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<T>>> = fixtures.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= fixtures.len() {
                    break;
                }
                let r = f(&fixtures[i]);
                if let Ok(mut slot) = results[i].lock() {
                    *slot = Some(r);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().ok().flatten().expect("every fixture ran"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_masks_what_differs_between_runtimes() {
        let input = "/x.js:2\nthrow e;\n      ^^\n\nError: boom\n    at f (/x.js:1:2)\n    at g (node:internal/x:3:4) {\n  code: 'X'\n}\n\nNode.js v20.20.2\n(node:123) Warning: w\n(Use `node --trace-warnings ...` to show)\n";
        let want = "/x.js:2\nthrow e;\n^\n\nError: boom\n{\n  code: 'X'\n}\n\nNode.js <version>\n(<bin>:<pid>) Warning: w\n(Use `<bin> --trace-warnings ...` to show)\n";
        assert_eq!(normalise(input), want);
    }

    #[test]
    fn normalise_drops_node_internal_excerpts() {
        let input = "node:internal/process/promises:389\n      new X(reason);\n      ^\n\nX: y\n";
        assert_eq!(normalise(input), "\nX: y\n");
        let input = "node:assert:90\n  throw new AssertionError(obj);\n  ^\n\nAssertionError: y\n";
        assert_eq!(normalise(input), "\nAssertionError: y\n");
        assert_eq!(normalise("node:assert is a module\n"), "node:assert is a module\n");
    }

    #[test]
    fn normalise_drops_any_builtin_excerpt() {
        let input = "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n\nError: x\n";
        assert_eq!(normalise(input), "\nError: x\n");
        // Not an excerpt: a message that merely starts with node:.
        assert_eq!(normalise("node: bad option: -x\n"), "<bin>: bad option: -x\n");
    }
}

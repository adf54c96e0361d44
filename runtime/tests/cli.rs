//! The `runnel` command line: flags, exit codes, entry points.

use std::process::Command;

fn runnel(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_runnel")).args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn version_reports_the_node_version_followed() {
    let (code, out, _) = runnel(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("v20."), "{out}");
}

#[test]
fn unknown_options_exit_9_like_node() {
    let (code, _, err) = runnel(&["--definitely-not-an-option", "x.js"]);
    assert_eq!(code, 9);
    assert!(err.contains("bad option: --definitely-not-an-option"), "{err}");
}

#[test]
fn eval_and_print() {
    let (code, out, _) = runnel(&["-e", "console.log(process.argv.length, typeof require)", "a", "b"]);
    assert_eq!((code, out.as_str()), (0, "3 function\n"));
    let (code, out, _) = runnel(&["-p", "[1, 'a', { b: 2 }]"]);
    assert_eq!((code, out.as_str()), (0, "[ 1, 'a', { b: 2 } ]\n"));
}

#[test]
fn exit_codes_follow_process_exit_and_uncaught_errors() {
    assert_eq!(runnel(&["-e", "process.exitCode = 3"]).0, 3);
    assert_eq!(runnel(&["-e", "setTimeout(() => process.exit(5), 1); setTimeout(() => {}, 10000)"]).0, 5);
    let (code, _, err) = runnel(&["-e", "throw new TypeError('bad')"]);
    assert_eq!(code, 1);
    assert!(err.contains("TypeError: bad"), "{err}");
}

#[test]
fn trace_loop_narrates_phases() {
    let (code, _, err) = runnel(&["--trace-loop", "-e", "setTimeout(() => {}, 1); setImmediate(() => {})"]);
    assert_eq!(code, 0);
    for needle in ["iteration 1", "phase: timers", "phase: poll", "phase: check", "run immediate", "run timer", "emit 'beforeExit'"] {
        assert!(err.contains(needle), "missing {needle:?} in:\n{err}");
    }
}

#[test]
fn script_from_stdin() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all(b"console.log(__filename)").expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[stdin]\n");
}

fn runnel_with_env(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_runnel")).args(args).envs(env.iter().copied()).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

// The conformance harness runs node without NODE_OPTIONS, so these follow
// what node v20 does with it (checked by hand against node).
#[test]
fn node_options_apply_before_the_command_line_and_stay_out_of_exec_argv() {
    let script = "process.emitWarning('w'); console.log(process.title, process.execArgv.length)";
    let (code, out, err) = runnel_with_env(&["-e", script], &[("NODE_OPTIONS", r#"--no-warnings  "--title=a b""#)]);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "a b 2\n", ""));
}

#[test]
fn node_options_refuses_what_node_refuses() {
    let (code, _, err) = runnel_with_env(&["-e", "1"], &[("NODE_OPTIONS", "-e 2")]);
    assert_eq!(code, 9);
    assert!(err.contains("-e is not allowed in NODE_OPTIONS"), "{err}");
    let (code, _, err) = runnel_with_env(&["-e", "1"], &[("NODE_OPTIONS", "--bogus")]);
    assert_eq!(code, 9);
    assert!(err.contains("--bogus is not allowed in NODE_OPTIONS"), "{err}");
    let (code, _, err) = runnel_with_env(&["-e", "1"], &[("NODE_OPTIONS", "--stack-size=100")]);
    assert_eq!(code, 9);
    assert!(err.contains("--stack-size= is not allowed in NODE_OPTIONS"), "{err}");
    let (code, _, err) = runnel_with_env(&["-e", "1"], &[("NODE_OPTIONS", "--watch")]);
    assert_eq!(code, 9);
    assert!(err.contains("--watch requires specifying a file"), "{err}");
    let (code, _, err) = runnel_with_env(&["-e", "1"], &[("NODE_OPTIONS", r#""--no-warnings"#)]);
    assert_eq!(code, 9);
    assert!(err.contains("invalid value for NODE_OPTIONS (unterminated string)"), "{err}");
}

#[test]
fn check_reads_stdin_when_no_file_is_given() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .arg("-c")
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all(b"let = ;\n").expect("write");
    let out = child.wait_with_output().expect("wait");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.starts_with("[stdin]:1\nlet = ;\n"), "{err}");
    assert!(err.contains("SyntaxError: Unexpected token ';'"), "{err}");
}

#[test]
fn node_path_directories_are_searched_last() {
    let dir = std::env::temp_dir().join(format!("runnel-node-path-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("from_node_path.js"), "module.exports = 'found';").expect("write");
    let node_path = format!("/nonexistent-dir::{}", dir.display());
    let (code, out, err) = runnel_with_env(&["-p", "require('from_node_path')"], &[("NODE_PATH", &node_path)]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!((code, out.as_str()), (0, "found\n"), "{err}");
}

#[test]
fn stack_size_scales_the_recursion_depth() {
    let script = "let d = 0; function f() { d++; f(); } try { f(); } catch (e) { console.log(d > LIMIT, e.message); }";
    let (_, small, _) = runnel(&["--stack-size=100", "-e", &script.replace("LIMIT", "2000")]);
    let (_, large, _) = runnel(&["--stack-size=4000", "-e", &script.replace("LIMIT", "20000")]);
    assert_eq!(small, "false Maximum call stack size exceeded\n");
    assert_eq!(large, "true Maximum call stack size exceeded\n");
    assert_eq!(runnel(&["--stack-size=abc", "-e", "1"]).0, 9);
}

/// Reads a child's stdout on a thread; `wait_for` returns once `needle`
/// has appeared (or panics after a generous timeout).
struct Output {
    text: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Output {
    fn capture(mut stdout: std::process::ChildStdout) -> Output {
        let text = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let sink = text.clone();
        std::thread::spawn(move || {
            use std::io::Read;
            let mut buf = [0u8; 1024];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("lock").push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Output { text }
    }

    fn wait_for(&self, needle: &str, times: usize) -> String {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let text = self.text.lock().expect("lock").clone();
            if text.matches(needle).count() >= times {
                return text;
            }
            assert!(std::time::Instant::now() < deadline, "no {needle:?} (x{times}) in:\n{text}");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

#[test]
fn watch_restarts_when_a_loaded_module_changes() {
    let dir = std::env::temp_dir().join(format!("runnel-watch-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("main.js"), "console.log('value', require('./dep'), process.execArgv);").expect("write");
    std::fs::write(dir.join("dep.js"), "module.exports = 1;").expect("write");
    let mut child = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args(["--no-warnings", "--watch", "main.js", "arg"])
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let out = Output::capture(child.stdout.take().expect("stdout"));
    out.wait_for("Completed running 'main.js arg'", 1);
    std::fs::write(dir.join("dep.js"), "module.exports = 2;").expect("write");
    out.wait_for("Completed running 'main.js arg'", 2);
    std::fs::write(dir.join("dep.js"), "throw new Error('broken');").expect("write");
    let text = out.wait_for("Failed running 'main.js arg'", 1);
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        text,
        "value 1 [ '--no-warnings' ]\nCompleted running 'main.js arg'\nRestarting 'main.js arg'\n\
         value 2 [ '--no-warnings' ]\nCompleted running 'main.js arg'\nRestarting 'main.js arg'\n\
         Failed running 'main.js arg'\n"
    );
}

#[test]
fn watch_needs_a_file() {
    let (code, _, err) = runnel(&["--watch", "-e", "1"]);
    assert_eq!(code, 9);
    assert!(err.contains("either --watch or --eval can be used, not both"), "{err}");
    let (code, _, err) = runnel(&["--watch"]);
    assert_eq!(code, 9);
    assert!(err.contains("--watch requires specifying a file"), "{err}");
}

// Expected outputs verified with node v20.20.
#[test]
fn input_type_runs_eval_code_as_an_es_module() {
    let code = r#"import { sep } from "node:path"; console.log(typeof require, sep, import.meta.url.endsWith("/[eval1]"), await 7)"#;
    let (status, out, _) = runnel(&["--input-type=module", "-e", code]);
    assert_eq!((status, out.as_str()), (0, "undefined / true 7\n"));
    let (status, out, _) = runnel(&["--input-type=commonjs", "-e", "console.log(typeof require)"]);
    assert_eq!((status, out.as_str()), (0, "function\n"));
    let (status, _, err) = runnel(&["--input-type=module", "-p", "1"]);
    assert_eq!(status, 1);
    assert!(err.contains("Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input"), "{err}");
    let (status, _, err) = runnel(&["--input-type=foo", "-e", "1"]);
    assert_eq!(status, 9);
    assert!(err.contains("--input-type must be \"module\" or \"commonjs\""), "{err}");
    let (status, out, _) = runnel(&["-e", "import('node:path').then((m) => console.log(typeof m.default.join))"]);
    assert_eq!((status, out.as_str()), (0, "function\n"));
}

// util.debuglog reads NODE_DEBUG once at startup (checked against node v20:
// same lines, with node's pid in place of ours).
#[test]
fn node_debug_switches_debuglog_sections_on() {
    let script = "const util = require('util'); process.env.NODE_DEBUG = 'bar'; \
                  const foo = util.debuglog('foo'), bar = util.debug('bar'), net = util.debuglog('net2'); \
                  console.log(foo.enabled, bar.enabled, net.enabled, process.pid); \
                  foo('hello %s', 'world'); bar('never'); net('%d items', 3)";
    let (code, out, err) = runnel_with_env(&["-e", script], &[("NODE_DEBUG", "FOO,n*")]);
    assert_eq!(code, 0, "{err}");
    let pid = out.trim().rsplit(' ').next().expect("pid").to_string();
    assert_eq!(out, format!("true false true {pid}\n"));
    assert_eq!(err, format!("FOO {pid}: hello world\nNET2 {pid}: 3 items\n"));

    // Unset: every section is off and nothing is written.
    let (code, out, err) = runnel_with_env(&["-e", script], &[("NODE_DEBUG", "")]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("false false false "), "{out}");
    assert_eq!(err, "");
}

// parseArgs() without `args` takes what follows the script, or what follows
// the executable for -e/--eval/-p/--print code and stdin's `-` (as node's
// execArgv test does: `-pe` is not one of those spellings).
#[test]
fn parse_args_defaults_to_the_scripts_arguments() {
    let code = "require('util').parseArgs({ strict: false }).positionals.join()";
    let (_, out, _) = runnel(&["-p", code, "a", "-b", "c"]);
    assert_eq!(out, "a,c\n");
    let (_, out, _) = runnel(&["--print", code, "--", "x", "y"]);
    assert_eq!(out, "x,y\n");
    let (_, out, _) = runnel(&["-pe", code, "a", "-b", "c"]);
    assert_eq!(out, "c\n");
    let (_, out, _) = runnel(&["-e", &format!("console.log({code})"), "p", "--q"]);
    assert_eq!(out, "p\n");

    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args(["-", "s1", "-t", "s2"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let script = format!("console.log(process.argv.slice(1).join(), {code})");
    child.stdin.take().expect("stdin").write_all(script.as_bytes()).expect("write");
    let out = child.wait_with_output().expect("wait");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "-,s1,-t,s2 s1,s2\n");
}

/// `runnel ARGS` with `input` on a piped stdin (and `env` added).
fn runnel_with_stdin(args: &[&str], env: &[(&str, &str)], input: &str) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args(args)
        .env_remove("NODE_OPTIONS")
        .envs(env.iter().copied())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write");
    let out = child.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const WELCOME: &str = "Welcome to Node.js v20.20.2.\nType \".help\" for more information.\n";

// The expected texts below are what `node -i` (v20.20.2) printed for the
// same input and environment.

#[test]
fn interactive_repl_on_piped_stdin() {
    let input = "1 + 1\nlet x = 3\nx * 2\nconsole.log(\"hi\")\nthrow new Error(\"e\")\nfunction f() {\nreturn 1 }\nf()\n\
                 util.inspect({ a: 1 })\n_\n.exit\n\"after exit\"\n";
    let (code, out, err) = runnel_with_stdin(&["-i"], &[], input);
    assert_eq!((code, err.as_str()), (0, ""));
    let expected = "> 2\n> undefined\n> 6\n> hi\nundefined\n> Uncaught Error: e\n> ... undefined\n> 1\n\
                    > '{ a: 1 }'\n> '{ a: 1 }'\n> 'after exit'\n> ";
    assert_eq!(out, format!("{WELCOME}{expected}"));
    // Long form; the exit code is process.exitCode when the input ends.
    let (code, out, _) = runnel_with_stdin(&["--interactive"], &[], "process.exitCode = 3\n");
    assert_eq!((code, out), (3, format!("{WELCOME}> 3\n> ")));
}

#[test]
fn interactive_repl_modes_and_eval() {
    let strict = [("NODE_REPL_MODE", "strict")];
    let (_, out, _) = runnel_with_stdin(&["-i"], &strict, "x = 1\nawait Promise.resolve(7)\n");
    assert_eq!(out, format!("{WELCOME}> Uncaught ReferenceError: x is not defined\n> 7\n> "));
    // `-e CODE -i`: the code runs in the REPL's context.
    let (_, out, _) = runnel_with_stdin(&["-i", "-e", "var q = 5"], &[], "q\n");
    assert_eq!(out, format!("{WELCOME}> 5\n> "));
}

#[test]
fn interactive_repl_reports_later_errors() {
    // A rejection no one handles is reported as the REPL reports errors,
    // and the REPL goes on.
    let (code, out, err) = runnel_with_stdin(&["-i"], &[], "1\nPromise.reject(new Error(\"rej\")); 3\n");
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, format!("{WELCOME}> 1\n> 3\n> Uncaught Error: rej\n> "));
}

#[test]
fn interactive_repl_refusals() {
    let (code, _, err) = runnel_with_stdin(&["-i"], &[("NODE_OPTIONS", "-i")], "1\n");
    assert_eq!((code, err.as_str()), (9, "runnel: -i is not allowed in NODE_OPTIONS\n"));
    let (code, out, err) = runnel_with_stdin(&["--input-type=module", "-i"], &[], "1\n");
    assert_eq!((code, out.as_str(), err.as_str()), (9, "", "Cannot specify --input-type for REPL\n"));
}

#[test]
fn node_options_takes_the_positive_forms_of_warnings_and_deprecation() {
    let script = "process.emitWarning('w'); require('util').deprecate(() => {}, 'd')()";
    let (code, _, err) =
        runnel_with_env(&["--no-warnings", "-e", script], &[("NODE_OPTIONS", "--no-deprecation --warnings")]);
    assert_eq!(code, 0);
    // NODE_OPTIONS comes first, so the command line's --no-warnings wins.
    assert_eq!(err, "");
    let (code, _, err) = runnel_with_env(&["--deprecation", "-e", script], &[("NODE_OPTIONS", "--no-deprecation")]);
    assert_eq!(code, 0);
    assert!(err.contains("Warning: w") && err.contains("DeprecationWarning: d"), "{err}");
}

/// A terminal's process.stdout follows the window size: SIGWINCH makes it
/// re-read the size and emit 'resize' when it changed (and only then).
#[test]
fn terminal_stdout_emits_resize_on_sigwinch() {
    use std::io::{BufRead, BufReader};
    use std::os::fd::{FromRawFd, OwnedFd};

    let size = |cols: u16, rows: u16| libc::winsize { ws_row: rows, ws_col: cols, ws_xpixel: 0, ws_ypixel: 0 };
    let (mut master, mut slave) = (-1, -1);
    let initial = size(80, 24);
    // SAFETY: openpty writes two descriptors through valid pointers and
    // reads the window size from a live winsize.
    let rc = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &initial) };
    assert_eq!(rc, 0, "openpty");
    // SAFETY: both descriptors were just opened and are owned here alone.
    let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
    let script = "const out = process.stdout;
        console.error('start', out.columns, out.rows);
        out.on('resize', () => {
          console.error('resize', out.columns, out.rows, out.getWindowSize().join('x'));
          if (out.columns === 100) process.exit(0);
        });
        console.error('ready');
        setTimeout(() => {}, 20000);";
    let mut child = Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args(["-e", script])
        .stdout(slave)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    let mut lines = BufReader::new(child.stderr.take().expect("stderr")).lines();
    let mut next = || lines.next().expect("a line").expect("utf-8");
    assert_eq!(next(), "start 80 24");
    assert_eq!(next(), "ready");
    let resize = |cols, rows| {
        let ws = size(cols, rows);
        // SAFETY: TIOCSWINSZ reads one winsize from a live value.
        assert_eq!(unsafe { libc::ioctl(std::os::fd::AsRawFd::as_raw_fd(&master), libc::TIOCSWINSZ, &ws) }, 0);
        // The child is in no session of this terminal, so the kernel does
        // not signal it: send the signal a terminal would.
        // SAFETY: plain kill(2) of our own child.
        unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGWINCH) };
    };
    resize(90, 30);
    assert_eq!(next(), "resize 90 30 90x30");
    resize(90, 30); // the same size again: no event
    resize(100, 40);
    assert_eq!(next(), "resize 100 40 100x40");
    assert_eq!(child.wait().expect("exits").code(), Some(0));
}

//! The [`Runtime`]: one Node process in one Boa context.
//!
//! Its life, as Node's:
//! 1. create the context, its job queues and the event loop;
//! 2. bootstrap `process`, the globals and the builtin loader;
//! 3. run the entry point (main module, `-e` code, stdin), then the
//!    microtask checkpoint;
//! 4. run the event loop until nothing is alive (with `beforeExit`);
//! 5. emit `exit` and return the exit code — or stop early when
//!    `process.exit()` or a fatal error ends the process.

use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;

use boa_engine::{js_string, Context, JsString, JsValue};
use engine_glue::hooks::RuntimeHooks;
use engine_glue::event_loop::{pool_size_from_env, Tracer};
use engine_glue::{EventLoop, LoopConfig, Microtasks};
use node_api_shims::{bootstrap, ProcessConfig, Stdio};

/// What to run.
#[derive(Clone, Debug)]
pub enum Entry {
    /// A file, as the main module.
    File(PathBuf),
    /// `-e CODE`.
    Eval(String),
    /// `-p CODE`: evaluate and print the result.
    Print(String),
    /// Source text read from standard input.
    Stdin(String),
    /// `--check FILE`: compile the file without running it.
    Check(PathBuf),
    /// `--check` with the script on standard input.
    CheckStdin(String),
    /// The REPL on standard input and output (no script on a terminal, or
    /// `-i`).
    Repl,
}

/// The runtime could not start (not a script error: those are reported
/// the way Node reports them and become the exit code).
#[derive(Debug)]
pub struct StartError(pub String);

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for StartError {}

/// An in-memory output sink that can be cloned and read back: handy for
/// embedding and tests.
#[derive(Clone, Default)]
pub struct SharedBuffer(Rc<RefCell<Vec<u8>>>);

impl SharedBuffer {
    /// Everything written so far, as (lossy) UTF-8.
    pub fn contents(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Configures a [`Runtime`]. Every setting has the default a plain `node`
/// invocation would have.
pub struct RuntimeBuilder {
    args: Vec<String>,
    exec_argv: Vec<String>,
    exec_path: Option<String>,
    argv0: Option<String>,
    env: Option<Vec<(String, String)>>,
    cwd: Option<PathBuf>,
    stdout: Option<(Box<dyn Write>, bool)>,
    stderr: Option<(Box<dyn Write>, bool)>,
    options: Vec<(String, String)>,
    trace_loop: bool,
    stack_size_kb: u32,
}

/// A configured runtime, ready to run one entry point.
pub struct Runtime {
    b: RuntimeBuilder,
}

impl Runtime {
    pub fn builder() -> RuntimeBuilder {
        RuntimeBuilder {
            args: Vec::new(),
            exec_argv: Vec::new(),
            exec_path: None,
            argv0: None,
            env: None,
            cwd: None,
            stdout: None,
            stderr: None,
            options: Vec::new(),
            trace_loop: false,
            stack_size_kb: DEFAULT_STACK_SIZE_KB,
}
    }
}

impl RuntimeBuilder {
    /// Arguments after the script: `process.argv.slice(2)` for a file,
    /// `process.argv.slice(1)` for source code (as `node -e` does).
    pub fn args<I: IntoIterator<Item = S>, S: Into<String>>(mut self, args: I) -> Self {
        self.args = args.into_iter().map(Into::into).collect();
        self
    }

    /// `process.execArgv`: the runtime options given before the script.
    pub fn exec_argv<I: IntoIterator<Item = S>, S: Into<String>>(mut self, args: I) -> Self {
        self.exec_argv = args.into_iter().map(Into::into).collect();
        self
    }

    /// `process.execPath` (default: this executable).
    pub fn exec_path(mut self, path: impl Into<String>) -> Self {
        self.exec_path = Some(path.into());
        self
    }

    /// `process.argv0` (default: `"runnel"`).
    pub fn argv0(mut self, argv0: impl Into<String>) -> Self {
        self.argv0 = Some(argv0.into());
        self
    }

    /// The environment (default: this process's).
    pub fn env<I: IntoIterator<Item = (K, V)>, K: Into<String>, V: Into<String>>(mut self, env: I) -> Self {
        self.env = Some(env.into_iter().map(|(k, v)| (k.into(), v.into())).collect());
        self
    }

    /// The working directory (default: this process's).
    pub fn cwd(mut self, cwd: impl Into<PathBuf>) -> Self {
        self.cwd = Some(cwd.into());
        self
    }

    /// Where `process.stdout` writes (default: standard output).
    pub fn stdout(mut self, w: impl Write + 'static) -> Self {
        self.stdout = Some((Box::new(w), false));
        self
    }

    /// Where `process.stderr` writes (default: standard error).
    pub fn stderr(mut self, w: impl Write + 'static) -> Self {
        self.stderr = Some((Box::new(w), false));
        self
    }

    /// A runtime option read by the JavaScript side, e.g.
    /// `("unhandledRejections", "warn")`, `("noWarnings", "true")`.
    pub fn option(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.push((name.into(), value.into()));
        self
    }

    /// `--trace-loop`: narrate the event loop on stderr.
    pub fn trace_loop(mut self, on: bool) -> Self {
        self.trace_loop = on;
        self
    }

    /// `--stack-size` (KiB, as node's): how deep JavaScript may recurse
    /// before `RangeError: Maximum call stack size exceeded`. Boa's frames
    /// are not V8's, so the size scales our recursion limit from its
    /// default (node's 984 KiB allows about as many frames as ours); the
    /// host thread needs native stack to match (the `runnel` command runs
    /// JavaScript on a 1 GiB-stack thread).
    pub fn stack_size(mut self, kib: u32) -> Self {
        self.stack_size_kb = kib.max(1);
        self
    }

    pub fn build(self) -> Runtime {
        Runtime { b: self }
    }

    /// Runs `path` as the main module to the end; returns the exit code.
    pub fn run_file(self, path: impl AsRef<Path>) -> Result<i32, StartError> {
        self.build().run(Entry::File(path.as_ref().to_path_buf()))
    }

    /// Runs `code` like `runnel -e code`; returns the exit code.
    pub fn run_source(self, code: impl Into<String>) -> Result<i32, StartError> {
        self.build().run(Entry::Eval(code.into()))
    }
}

impl Runtime {
    /// Runs `entry` to completion and returns the process's exit code.
    pub fn run(self, entry: Entry) -> Result<i32, StartError> {
        node_api_shims::bindings::process::mark_start();
        let started_at = std::time::Instant::now();
        let b = self.b;
        let cwd = match b.cwd {
            Some(c) => c,
            None => std::env::current_dir().map_err(|e| StartError(format!("cwd: {e}")))?,
        };
        let env: Vec<(String, String)> = b.env.unwrap_or_else(|| std::env::vars().collect());
        let exec_path = b.exec_path.unwrap_or_else(|| {
            std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "runnel".into())
        });
        let mut argv = vec![exec_path.clone()];
        if let Entry::File(p) = &entry {
            argv.push(absolute(&cwd, p).to_string_lossy().into_owned());
        }
        argv.extend(b.args.iter().cloned());

        let pool_size = pool_size_from_env(env.iter().find(|(k, _)| k == "UV_THREADPOOL_SIZE").map(|(_, v)| v.as_str()));
        let (stdout, stdout_is_tty) = b.stdout.unwrap_or_else(|| (Box::new(std::io::stdout()), std::io::stdout().is_terminal()));
        let (stderr, stderr_is_tty) = b.stderr.unwrap_or_else(|| (Box::new(std::io::stderr()), std::io::stderr().is_terminal()));

        let microtasks = Microtasks::new();
        let hooks = RuntimeHooks::new(microtasks.clone());
        let mut ctx = Context::builder()
            .job_executor(microtasks.clone())
            .host_hooks(hooks.clone())
            .module_loader(Rc::new(node_api_shims::esm::EsmLoader::default()))
            .build()
            .map_err(|e| StartError(format!("engine: {e}")))?;
        configure_limits(&mut ctx, b.stack_size_kb);
        let engine_ready_at = std::time::Instant::now();
        let tracer = b.trace_loop.then(Tracer::stderr);
        let event_loop = EventLoop::new(microtasks, LoopConfig { pool_size, tracer })
            .map_err(|e| StartError(format!("event loop: {e}")))?;

        let config = ProcessConfig {
            argv,
            argv0: b.argv0.unwrap_or_else(|| "runnel".into()),
            exec_argv: b.exec_argv,
            exec_path,
            env,
            cwd,
            options: b.options,
            node_options_flags: crate::cli::NODE_OPTIONS_FLAGS.iter().map(|f| f.to_string()).collect(),
            heap_stats: Some(crate::alloc::heap_stats),
            started_at: Some(started_at),
            engine_ready_at: Some(engine_ready_at),
        };
        let stdio = Stdio {
            stdout: RefCell::new(stdout),
            stderr: RefCell::new(stderr),
            stdout_is_tty,
            stderr_is_tty,
        };
        let entry_points = bootstrap(&mut ctx, event_loop.clone(), hooks, stdio, config)
            .map_err(|e| StartError(format!("bootstrap failed: {e}")))?;
        let run_main = entry_points
            .get(js_string!("runMain"), &mut ctx)
            .ok()
            .and_then(|v| v.as_callable())
            .ok_or_else(|| StartError("bootstrap: no runMain".into()))?;
        let emit_exit = entry_points
            .get(js_string!("emitExit"), &mut ctx)
            .ok()
            .and_then(|v| v.as_callable())
            .ok_or_else(|| StartError("bootstrap: no emitExit".into()))?;

        let (kind, arg) = match entry {
            Entry::File(p) => ("file", p.to_string_lossy().into_owned()),
            Entry::Eval(code) => ("eval", code),
            Entry::Print(code) => ("print", code),
            Entry::Stdin(code) => ("stdin", code),
            Entry::Check(p) => ("check", p.to_string_lossy().into_owned()),
            Entry::CheckStdin(code) => ("check-stdin", code),
            Entry::Repl => ("repl", String::new()),
        };
        let args = [JsValue::from(JsString::from(kind)), JsValue::from(JsString::from(arg))];

        // 3. the entry point, then its microtasks; 4. the loop.
        // Timers created by the entry point count from when it starts, not
        // from before bootstrap (slow in debug builds, and under load).
        event_loop.update_time();
        event_loop.trace(engine_glue::event_loop::TraceEvent::EntryPoint);
        let finished = event_loop
            .invoke(&mut ctx, |ctx| run_main.call(&JsValue::undefined(), &args, ctx))
            .and_then(|()| event_loop.run(&mut ctx));
        if finished.is_err() {
            return Ok(event_loop.exit_code().unwrap_or(1));
        }
        // 5. 'exit', then the promise jobs its listeners queued (nextTick
        // is closed by then, as in Node).
        let code = match emit_exit.call(&JsValue::undefined(), &[], &mut ctx) {
            Ok(code) => code.to_i32(&mut ctx).unwrap_or(0),
            Err(err) => {
                // A throwing 'exit' listener is an uncaught exception.
                let _ = event_loop.report(err, &mut ctx);
                return Ok(event_loop.exit_code().unwrap_or(1));
            }
        };
        if event_loop.checkpoint(&mut ctx).is_err() {
            return Ok(event_loop.exit_code().unwrap_or(1));
        }
        Ok(event_loop.exit_code().unwrap_or(code))
    }
}

/// Engine limits: deep recursion must surface as a catchable error long
/// before the native stack runs out.
/// node's default `--stack-size` in KiB.
const DEFAULT_STACK_SIZE_KB: u32 = 984;
/// Our recursion limit at that default.
const DEFAULT_RECURSION_LIMIT: u64 = 10_000;
/// The most frames any `--stack-size` gives (node itself crashes well
/// before: its stack is the real one).
const MAX_RECURSION_LIMIT: u64 = 2_000_000;

fn configure_limits(ctx: &mut Context, stack_size_kb: u32) {
    let scale = |base: u64| (base * u64::from(stack_size_kb) / u64::from(DEFAULT_STACK_SIZE_KB)).max(1);
    let recursion = scale(DEFAULT_RECURSION_LIMIT).min(MAX_RECURSION_LIMIT);
    let value_stack = scale(1024 * 1024).max(1024 * 1024);
    let limits = ctx.runtime_limits_mut();
    limits.set_recursion_limit(usize::try_from(recursion).unwrap_or(usize::MAX));
    limits.set_stack_size_limit(usize::try_from(value_stack).unwrap_or(usize::MAX));
}

fn absolute(cwd: &Path, p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        let joined = cwd.join(p);
        // Lexically normalise like path.resolve (no symlink resolution).
        let mut out = PathBuf::new();
        for c in joined.components() {
            match c {
                std::path::Component::ParentDir => {
                    out.pop();
                }
                std::path::Component::CurDir => {}
                other => out.push(other.as_os_str()),
            }
        }
        out
    }
}

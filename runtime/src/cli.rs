//! The `runnel` command line, parsed the way `node` parses its own:
//! runtime options first, then the script and its arguments (which are
//! the script's, even if they look like options).

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use crate::runtime::{Entry, Runtime};

/// Deep (but legal) recursion in JavaScript recurses in Rust too; give the
/// JavaScript thread room so the engine's own limit is reached first.
const JS_STACK_BYTES: usize = 1 << 30;

/// The whole `runnel` command: parse `args` (without the program name),
/// run, and return the exit code. `process.argv0` is `"runnel"`.
///
/// The caller must end the process with that code right away: the
/// JavaScript thread is left parked with its heap, which the exit frees
/// faster than the engine would (see `run_entry`).
pub fn main(args: &[String]) -> i32 {
    main_with_argv0("runnel", args)
}

/// [`main`], with the program name as it was typed (`process.argv0`).
pub fn main_with_argv0(argv0: &str, args: &[String]) -> i32 {
    let command = match parse(args) {
        Command::Run(inv) if inv.watch.is_some() => return watch_main(inv),
        Command::Run(inv) => prepare(inv),
        other => other,
    };
    match command {
        Command::Help => {
            print!("{USAGE}");
            0
        }
        Command::Version => {
            println!("v20.20.2");
            0
        }
        Command::Run(inv) => run(argv0.to_string(), inv),
        Command::Fail(msg) => {
            eprintln!("runnel: {msg}");
            9
        }
    }
}

/// `--watch`: this process only supervises a child running the script.
fn watch_main(inv: Invocation) -> i32 {
    let Some(flags) = inv.watch else { return 1 };
    let Some(Entry::File(main)) = inv.entry else { return 1 };
    let mut label = main.to_string_lossy().into_owned();
    for a in &inv.script_args {
        label.push(' ');
        label.push_str(a);
    }
    crate::watch::run(crate::watch::WatchPlan {
        child_args: flags.child_args,
        label,
        main,
        paths: flags.paths.into_iter().map(PathBuf::from).collect(),
        preserve_output: flags.preserve_output,
    })
}

/// What the environment adds to the command line, in node's order: the
/// `--env-file`s are read (they never override a variable already set),
/// then `NODE_OPTIONS` (from the environment, else from an env file) is
/// parsed; its options come before the command line's and are not in
/// `process.execArgv`.
fn prepare(mut inv: Invocation) -> Command {
    let mut env: Vec<(String, String)> = std::env::vars().collect();
    // A child of `--watch` reports the modules it loads (hidden from the script).
    if let Some(at) = env.iter().position(|(k, _)| k == crate::watch::REPORT_ENV) {
        let (_, report) = env.remove(at);
        inv.options.push(("watchReport".into(), report));
        crate::watch::end_with_supervisor();
    }
    let mut from_files = std::collections::BTreeMap::new();
    for path in &inv.env_files {
        match std::fs::File::open(path) {
            Err(_) => return Command::Fail(format!("{path}: not found")),
            Ok(mut file) => {
                let mut bytes = Vec::new();
                if file.read_to_end(&mut bytes).is_err() {
                    return Command::Fail(format!("{path}: invalid format"));
                }
                from_files.extend(node_api_shims::dotenv::parse(&String::from_utf8_lossy(&bytes)));
            }
        }
    }
    for (k, v) in from_files {
        if !env.iter().any(|(name, _)| *name == k) {
            env.push((k, v));
        }
    }
    let node_options = env.iter().find(|(k, _)| k == "NODE_OPTIONS").map(|(_, v)| v.clone());
    if let Some(text) = node_options {
        let tokens = match split_node_options(&text) {
            Some(t) => t,
            None => return Command::Fail("invalid value for NODE_OPTIONS (unterminated string)".into()),
        };
        let mut from_env = Invocation::default();
        let mut i = 0;
        while i < tokens.len() {
            if tokens[i].starts_with('-') {
                if let Err(c) = apply_option(&tokens, &mut i, &mut from_env, Origin::NodeOptions) {
                    return c;
                }
            }
            i += 1;
        }
        from_env.options.append(&mut inv.options);
        inv.options = from_env.options;
        inv.trace_loop |= from_env.trace_loop;
    }
    // NODE_PENDING_DEPRECATION=1 is --pending-deprecation.
    if env.iter().any(|(k, v)| k == "NODE_PENDING_DEPRECATION" && v.starts_with('1')) {
        inv.options.push(("pendingDeprecation".into(), "true".into()));
    }
    inv.env = Some(env);
    Command::Run(inv)
}

/// Splits `NODE_OPTIONS` as node does: on spaces, with double-quoted
/// parts (a backslash escapes the next character inside quotes). `None`
/// for an unterminated string.
fn split_node_options(text: &str) -> Option<Vec<String>> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut in_string = false;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if in_string => current.push(chars.next()?),
            '"' => in_string = !in_string,
            ' ' if !in_string => {
                if !current.is_empty() {
                    tokens.push(std::mem::take(&mut current));
                }
            }
            _ => current.push(c),
        }
    }
    if in_string {
        return None;
    }
    if !current.is_empty() {
        tokens.push(current);
    }
    Some(tokens)
}

fn run(argv0: String, mut inv: Invocation) -> i32 {
    let entry = match inv.entry.take() {
        Some(e) => e,
        None => {
            let mut code = String::new();
            // No script: the REPL when stdin is a terminal (or with -i),
            // as node; otherwise the script is read from stdin.
            if (inv.interactive || std::io::stdin().is_terminal()) && !inv.check {
                return run_entry(argv0, inv, Entry::Repl);
            }
            if let Err(e) = std::io::stdin().read_to_string(&mut code) {
                eprintln!("runnel: cannot read stdin: {e}");
                return 1;
            }
            if inv.check {
                Entry::CheckStdin(code)
            } else {
                Entry::Stdin(code)
            }
        }
    };
    run_entry(argv0, inv, entry)
}

fn run_entry(argv0: String, mut inv: Invocation, entry: Entry) -> i32 {
    // `-e CODE -i`: the code runs, then the REPL starts.
    if inv.interactive && matches!(entry, Entry::Eval(_) | Entry::Print(_)) {
        inv.options.push(("interactive".into(), "true".into()));
    }
    let (done, finished) = std::sync::mpsc::channel();
    let worker = std::thread::Builder::new()
        .name("runnel-main".into())
        .stack_size(JS_STACK_BYTES)
        .spawn(move || {
            let mut b = Runtime::builder()
                .argv0(argv0)
                .args(inv.script_args)
                .exec_argv(inv.exec_argv)
                .trace_loop(inv.trace_loop);
            for (k, v) in inv.options {
                b = b.option(k, v);
            }
            if let Some(kib) = inv.stack_size_kb {
                b = b.stack_size(kib);
            }
            if let Some(env) = inv.env {
                b = b.env(env);
            }
            let outcome = b.build().run(entry);
            // The thread does not end: ending it would run the engine's
            // thread-local teardown, which visits and frees every object
            // still in the heap one by one (7% of a promise-heavy run).
            // The process exits instead, as node does without tearing
            // down its heap. A panic above drops `done`, so `recv` fails.
            if done.send(outcome).is_ok() {
                loop {
                    std::thread::park();
                }
            }
        });
    // This thread only waits now: signals sent to the process must reach
    // the JavaScript thread, whose loop may be watching them.
    engine_glue::event_loop::block_signals_in_this_thread();
    let outcome = worker.map(|_| finished.recv());
    // A terminal left in raw mode (the REPL's line editing) gets its mode
    // back however the script ended, as node's exit does.
    node_api_shims::bindings::tty_wrap::reset_mode();
    match outcome {
        Ok(Ok(Ok(code))) => code,
        Ok(Ok(Err(e))) => {
            eprintln!("runnel: {e}");
            1
        }
        Ok(Err(_)) => {
            eprintln!("runnel: internal error (the JavaScript thread panicked)");
            70
        }
        Err(e) => {
            eprintln!("runnel: cannot start the JavaScript thread: {e}");
            1
        }
    }
}

pub const USAGE: &str = "\
Usage: runnel [options] [ script.js ] [arguments]

Options:
  -                            script read from stdin (default if no file name is provided)
  --                           indicate the end of runnel options
  -c, --check                  syntax check script without executing
  -e, --eval script            evaluate script
  --env-file=...               set environment variables from supplied file
  -p, --print script           evaluate script and print result
  -h, --help                   print runnel command line options
  -i, --interactive            always enter the REPL even if stdin does not appear to be a terminal
  -r, --require=...            CommonJS module to preload (option can be repeated)
  --import=...                 ES module to preload (option can be repeated)
  --title=...                  the process title to use on startup
  -v, --version                print the Node.js version runnel follows
  --watch                      run in watch mode (restart when the script or a module it loads changes)
  --watch-path=...             path to watch instead (repeatable)
  --watch-preserve-output      do not clear the screen on restart
  --stack-size=...             how deep JavaScript may recurse, in KiB of node's stack (default 984)
  --trace-loop                 narrate the event loop's phases, callbacks, microtask
                               checkpoints and thread-pool jobs on stderr
  --no-warnings                silence all process warnings
  --trace-warnings             show stack traces on process warnings
  --no-deprecation             silence deprecation warnings
  --trace-deprecation          show stack traces on deprecations
  --throw-deprecation          throw an exception on deprecations
  --pending-deprecation        emit pending deprecation warnings
  --trace-uncaught             show stack traces for the `throw` of uncaught non-errors
  --input-type=...             set module type for string input (-e, stdin): module or commonjs
  --unhandled-rejections=...   define unhandled rejections behavior: one of
                               throw (default), strict, warn, none, warn-with-error-code

Environment variables:
  NODE_NO_READLINE             set to 1 to disable the REPL's line editing
  NODE_OPTIONS                 set CLI options in the environment via a space-separated list
  NODE_PENDING_DEPRECATION     set to 1 to emit pending deprecation warnings
  NODE_REPL_HISTORY            path to the persistent REPL history file (empty: none)
  NODE_REPL_HISTORY_SIZE       how many lines of REPL history to keep (default 1000)
  NODE_REPL_MODE               the REPL's mode: sloppy (default) or strict
  UV_THREADPOOL_SIZE           size of the thread pool (default 4, at most 1024)
";

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    Run(Invocation),
    Help,
    Version,
    /// A command line node would refuse: `runnel: <message>`, exit 9
    /// (`bad option: X`, `X requires an argument`, ...).
    Fail(String),
}

#[derive(Debug, Default)]
pub struct Invocation {
    /// `None`: read the script from stdin.
    pub entry: Option<Entry>,
    pub script_args: Vec<String>,
    pub exec_argv: Vec<String>,
    /// `(name, value)` options for the JavaScript side, in order.
    pub options: Vec<(String, String)>,
    pub trace_loop: bool,
    /// `-c/--check`: compile the script, do not run it.
    pub check: bool,
    /// `-i/--interactive`: the REPL even when stdin is no terminal.
    pub interactive: bool,
    /// `--stack-size` in KiB.
    pub stack_size_kb: Option<u32>,
    /// `--watch` / `--watch-path`: supervise the script instead.
    pub watch: Option<WatchFlags>,
    /// `--env-file` paths, in order.
    pub env_files: Vec<String>,
    /// The environment, once env files are applied (`None`: inherited).
    pub env: Option<Vec<(String, String)>>,
}

#[derive(Debug, Default)]
pub struct WatchFlags {
    pub paths: Vec<String>,
    pub preserve_output: bool,
    /// The command line without the watch flags: what the child runs.
    pub child_args: Vec<String>,
}

/// Where an option came from: `NODE_OPTIONS` may not hold some of them.
#[derive(Clone, Copy, PartialEq)]
enum Origin {
    CommandLine,
    NodeOptions,
}

const REJECTION_MODES: &[&str] = &["strict", "warn", "none", "throw", "warn-with-error-code"];

/// Options that act on the command line itself and so cannot come from
/// `NODE_OPTIONS`.
/// (`--stack-size` is a V8 option node does not take from there either.)
const COMMAND_LINE_ONLY: &[&str] = &[
    "-h", "--help", "-v", "--version", "-e", "--eval", "-p", "--print", "-pe", "-c", "--check", "--env-file",
    "--stack-size", "-i", "--interactive",
];

/// Every option [`apply_option`] accepts from `NODE_OPTIONS`, as spelled
/// there: `process.allowedNodeEnvironmentFlags`. (A unit test checks the
/// two agree.)
pub const NODE_OPTIONS_FLAGS: &[&str] = &[
    "-r", "--require", "--import", "--title", "--trace-loop", "--warnings", "--no-warnings", "--trace-warnings",
    "--deprecation", "--no-deprecation", "--trace-deprecation", "--throw-deprecation", "--pending-deprecation", "--trace-uncaught",
    "--experimental-require-module", "--no-experimental-require-module", "--input-type", "--unhandled-rejections",
];

/// The value of an option: after `=` (`--opt=v`), or the next argument
/// (which then also belongs to `execArgv` when on the command line).
fn option_value(name: &str, inline: Option<String>, args: &[String], i: &mut usize, inv: &mut Invocation, origin: Origin) -> Result<String, Command> {
    if let Some(v) = inline {
        return Ok(v);
    }
    *i += 1;
    let v = args.get(*i).cloned().ok_or_else(|| Command::Fail(format!("{name} requires an argument")))?;
    if origin == Origin::CommandLine {
        inv.exec_argv.push(v.clone());
    }
    Ok(v)
}

/// Applies the option at `args[*i]` (advancing `*i` past its value).
fn apply_option(args: &[String], i: &mut usize, inv: &mut Invocation, origin: Origin) -> Result<(), Command> {
    let a = &args[*i];
    if origin == Origin::CommandLine {
        inv.exec_argv.push(a.clone());
    }
    let (name, inline) = match a.split_once('=') {
        Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
        _ => (a.as_str(), None),
    };
    if origin == Origin::NodeOptions && COMMAND_LINE_ONLY.contains(&name) {
        let shown = if inline.is_some() { format!("{name}=") } else { name.to_string() };
        return Err(Command::Fail(format!("{shown} is not allowed in NODE_OPTIONS")));
    }
    let flag = |inv: &mut Invocation, key: &str| inv.options.push((key.into(), "true".into()));
    match name {
        "-h" | "--help" => return Err(Command::Help),
        "-v" | "--version" => return Err(Command::Version),
        "-e" | "--eval" | "-p" | "--print" | "-pe" => {
            let code = option_value(name, inline, args, i, inv, origin)?;
            inv.entry = Some(if name.starts_with("-p") || name == "--print" { Entry::Print(code) } else { Entry::Eval(code) });
        }
        "-c" | "--check" => inv.check = true,
        "-i" | "--interactive" => inv.interactive = true,
        "-r" | "--require" => {
            let module = option_value(name, inline, args, i, inv, origin)?;
            inv.options.push(("require".into(), module));
        }
        "--import" => {
            let module = option_value(name, inline, args, i, inv, origin)?;
            inv.options.push(("import".into(), module));
        }
        "--env-file" => {
            let path = option_value(name, inline, args, i, inv, origin)?;
            inv.env_files.push(path);
        }
        "--title" => {
            let title = option_value(name, inline, args, i, inv, origin)?;
            inv.options.push(("title".into(), title));
        }
        "--stack-size" => {
            let value = option_value(name, inline, args, i, inv, origin)?;
            match value.parse::<u32>() {
                Ok(kib) => inv.stack_size_kb = Some(kib),
                Err(_) => return Err(Command::Fail(format!("bad option: {a}"))),
            }
        }
        "--trace-loop" => inv.trace_loop = true,
        "--no-warnings" => flag(inv, "noWarnings"),
        // The positive forms are the defaults; given after the negative
        // one they undo it (the last one wins).
        "--warnings" => inv.options.push(("noWarnings".into(), "false".into())),
        "--deprecation" => inv.options.push(("noDeprecation".into(), "false".into())),
        "--trace-warnings" => flag(inv, "traceWarnings"),
        "--no-deprecation" => flag(inv, "noDeprecation"),
        "--trace-deprecation" => flag(inv, "traceDeprecation"),
        "--throw-deprecation" => flag(inv, "throwDeprecation"),
        "--pending-deprecation" => flag(inv, "pendingDeprecation"),
        "--trace-uncaught" => flag(inv, "traceUncaught"),
        // require() of ES modules is on by default in node 20.19+; this
        // turns it off (ERR_REQUIRE_ESM), as node's flag does.
        "--experimental-require-module" => inv.options.push(("requireModule".into(), "true".into())),
        "--no-experimental-require-module" => inv.options.push(("requireModule".into(), "false".into())),
        "--input-type" => {
            let value = option_value(name, inline, args, i, inv, origin)?;
            if value != "module" && value != "commonjs" {
                return Err(Command::Fail("--input-type must be \"module\" or \"commonjs\"".into()));
            }
            inv.options.push(("inputType".into(), value));
        }
        "--unhandled-rejections" => {
            let value = option_value(name, inline, args, i, inv, origin)?;
            if !REJECTION_MODES.contains(&value.as_str()) {
                return Err(Command::Fail("invalid value for --unhandled-rejections".into()));
            }
            inv.options.push(("unhandledRejections".into(), value));
        }
        // Node reads NODE_OPTIONS apart from the command line, so a watch
        // flag there never sees the script it would watch.
        "--watch" | "--watch-path" if origin == Origin::NodeOptions => {
            return Err(Command::Fail("--watch requires specifying a file".into()));
        }
        _ if origin == Origin::NodeOptions => {
            return Err(Command::Fail(format!("{name} is not allowed in NODE_OPTIONS")));
        }
        _ => return Err(Command::Fail(format!("bad option: {a}"))),
    }
    Ok(())
}

/// Parses the command line (without the program name).
pub fn parse(args: &[String]) -> Command {
    let mut inv = Invocation::default();
    let mut watch = WatchFlags::default();
    let mut watching = false;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            watch.child_args.push(a.clone());
            i += 1;
            break;
        }
        if a == "-" || !a.starts_with('-') {
            break;
        }
        // The watch flags are the supervisor's: not in the child's command
        // line nor in its execArgv.
        match a.split_once('=').map_or(a.as_str(), |(n, _)| n) {
            "--watch" => watching = true,
            "--watch-preserve-output" => watch.preserve_output = true,
            "--watch-path" => {
                let path = match a.split_once('=') {
                    Some((_, v)) => v.to_string(),
                    None => {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => return Command::Fail("--watch-path requires an argument".into()),
                        }
                    }
                };
                watch.paths.push(path);
                watching = true;
            }
            _ => {
                let start = i;
                if let Err(c) = apply_option(args, &mut i, &mut inv, Origin::CommandLine) {
                    return c;
                }
                watch.child_args.extend_from_slice(&args[start..=i.min(args.len() - 1)]);
            }
        }
        i += 1;
    }
    if inv.check && matches!(inv.entry, Some(Entry::Eval(_) | Entry::Print(_))) {
        return Command::Fail("either --check or --eval can be used, not both".into());
    }
    if watching {
        if inv.entry.is_some() {
            return Command::Fail("either --watch or --eval can be used, not both".into());
        }
        if args.get(i).is_none_or(|a| a == "-") {
            return Command::Fail("--watch requires specifying a file".into());
        }
        watch.child_args.extend_from_slice(&args[i..]);
        inv.watch = Some(watch);
    }
    let rest = &args[i.min(args.len())..];
    if inv.entry.is_some() {
        inv.script_args = rest.to_vec();
    } else if let Some((first, more)) = rest.split_first() {
        if first == "-" {
            // The script comes from stdin; as in node, the `-` stays in
            // process.argv (argv[1]) before the script's arguments.
            inv.script_args = rest.to_vec();
        } else {
            let path = PathBuf::from(first);
            inv.entry = Some(if inv.check { Entry::Check(path) } else { Entry::File(path) });
            inv.script_args = more.to_vec();
        }
    }
    Command::Run(inv)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn node_options_flags_are_what_node_options_accepts() {
        let value = |flag: &str| match flag {
            "--input-type" => "module",
            "--unhandled-rejections" => "warn",
            _ => "x",
        };
        for flag in NODE_OPTIONS_FLAGS {
            let tokens = s(&[flag, value(flag)]);
            let accepted = apply_option(&tokens, &mut 0, &mut Invocation::default(), Origin::NodeOptions);
            assert!(accepted.is_ok(), "{flag} is listed but refused");
        }
        for flag in ["--stack-size=100", "--watch", "--watch-path=.", "-e", "--env-file=x", "--bogus"] {
            assert!(!NODE_OPTIONS_FLAGS.contains(&flag.split('=').next().unwrap()));
            let tokens = s(&[flag, "x"]);
            let refused = apply_option(&tokens, &mut 0, &mut Invocation::default(), Origin::NodeOptions);
            assert!(refused.is_err(), "{flag} is accepted but not listed");
        }
    }

    #[test]
    fn script_args_are_not_options() {
        let Command::Run(inv) = parse(&s(&["--no-warnings", "a.js", "--foo", "-e"])) else { panic!() };
        assert!(matches!(inv.entry, Some(Entry::File(ref p)) if p.to_str() == Some("a.js")));
        assert_eq!(inv.script_args, s(&["--foo", "-e"]));
        assert_eq!(inv.exec_argv, s(&["--no-warnings"]));
    }

    #[test]
    fn eval_takes_a_value_and_rest_are_args() {
        let Command::Run(inv) = parse(&s(&["-e", "1+1", "x"])) else { panic!() };
        assert!(matches!(inv.entry, Some(Entry::Eval(ref c)) if c == "1+1"));
        assert_eq!(inv.script_args, s(&["x"]));
    }

    #[test]
    fn unknown_options_are_rejected() {
        assert!(matches!(parse(&s(&["--bogus", "a.js"])), Command::Fail(ref m) if m == "bad option: --bogus"));
        assert!(matches!(parse(&s(&["-e"])), Command::Fail(ref m) if m == "-e requires an argument"));
        assert!(matches!(parse(&s(&["--unhandled-rejections=maybe"])), Command::Fail(_)));
        assert!(matches!(parse(&s(&["-c", "-e", "1"])), Command::Fail(ref m) if m.starts_with("either --check")));
    }

    #[test]
    fn node_options_split_like_node() {
        assert_eq!(split_node_options(r#"--no-warnings  "--title=a b" --title="a\"b""#),
                   Some(s(&["--no-warnings", "--title=a b", "--title=a\"b"])));
        assert_eq!(split_node_options(r#""--x"#), None);
    }

    #[test]
    fn repeatable_require_and_env_files() {
        let Command::Run(inv) = parse(&s(&["-r", "./a", "--require=b", "--env-file", ".env", "x.js"])) else { panic!() };
        assert_eq!(inv.options, vec![("require".to_string(), "./a".to_string()), ("require".to_string(), "b".to_string())]);
        assert_eq!(inv.env_files, s(&[".env"]));
        assert_eq!(inv.exec_argv, s(&["-r", "./a", "--require=b", "--env-file", ".env"]));
    }

    #[test]
    fn double_dash_ends_options() {
        let Command::Run(inv) = parse(&s(&["--", "--weird.js", "a"])) else { panic!() };
        assert!(matches!(inv.entry, Some(Entry::File(ref p)) if p.to_str() == Some("--weird.js")));
    }
}

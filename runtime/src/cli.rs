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
pub fn main(args: &[String]) -> i32 {
    main_with_argv0("runnel", args)
}

/// [`main`], with the program name as it was typed (`process.argv0`).
pub fn main_with_argv0(argv0: &str, args: &[String]) -> i32 {
    match parse(args) {
        Command::Help => {
            print!("{USAGE}");
            0
        }
        Command::Version => {
            println!("v20.20.2");
            0
        }
        Command::BadOption(opt) => {
            eprintln!("runnel: bad option: {opt}");
            9
        }
        Command::MissingArgument(opt) => {
            eprintln!("runnel: {opt} requires an argument");
            9
        }
        Command::InvalidValue(msg) => {
            eprintln!("runnel: {msg}");
            9
        }
        Command::Run(inv) => run(argv0.to_string(), inv),
    }
}

fn run(argv0: String, inv: Invocation) -> i32 {
    let entry = match inv.entry {
        Some(e) => e,
        None => {
            let mut code = String::new();
            if std::io::stdin().is_terminal() {
                eprintln!("runnel: no script given (the REPL is not available yet); see `runnel --help`");
                return 9;
            }
            if let Err(e) = std::io::stdin().read_to_string(&mut code) {
                eprintln!("runnel: cannot read stdin: {e}");
                return 1;
            }
            Entry::Stdin(code)
        }
    };
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
            b.build().run(entry)
        });
    match worker.map(|h| h.join()) {
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
  -e, --eval script            evaluate script
  -p, --print script           evaluate script and print result
  -h, --help                   print runnel command line options
  -v, --version                print the Node.js version runnel follows
  --trace-loop                 narrate the event loop's phases, callbacks, microtask
                               checkpoints and thread-pool jobs on stderr
  --no-warnings                silence all process warnings
  --trace-warnings             show stack traces on process warnings
  --no-deprecation             silence deprecation warnings
  --trace-deprecation          show stack traces on deprecations
  --throw-deprecation          throw an exception on deprecations
  --trace-uncaught             show stack traces for the `throw` of uncaught non-errors
  --unhandled-rejections=...   define unhandled rejections behavior: one of
                               throw (default), strict, warn, none, warn-with-error-code

Environment variables:
  UV_THREADPOOL_SIZE           size of the thread pool (default 4, at most 1024)
";

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    Run(Invocation),
    Help,
    Version,
    /// `runnel: bad option: X` (exit 9, as node).
    BadOption(String),
    /// `runnel: X requires an argument` (exit 9).
    MissingArgument(String),
    /// An option with a value node would reject (exit 9).
    InvalidValue(String),
}

#[derive(Debug)]
pub struct Invocation {
    /// `None`: read the script from stdin.
    pub entry: Option<Entry>,
    pub script_args: Vec<String>,
    pub exec_argv: Vec<String>,
    /// `(name, value)` options for the JavaScript side.
    pub options: Vec<(String, String)>,
    pub trace_loop: bool,
}

const REJECTION_MODES: &[&str] = &["strict", "warn", "none", "throw", "warn-with-error-code"];

/// The value of an option: after `=` (`--opt=v`), or the next argument
/// (which then also belongs to `execArgv`). `None` if there is none.
fn option_value(inline: Option<String>, args: &[String], i: &mut usize, exec_argv: &mut Vec<String>) -> Option<String> {
    if inline.is_some() {
        return inline;
    }
    *i += 1;
    let v = args.get(*i)?.clone();
    exec_argv.push(v.clone());
    Some(v)
}

pub fn parse(args: &[String]) -> Command {
    let mut inv = Invocation {
        entry: None,
        script_args: Vec::new(),
        exec_argv: Vec::new(),
        options: Vec::new(),
        trace_loop: false,
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            break;
        }
        if a == "-" || !a.starts_with('-') {
            break;
        }
        inv.exec_argv.push(a.clone());
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        match name {
            "-h" | "--help" => return Command::Help,
            "-v" | "--version" => return Command::Version,
            "-e" | "--eval" | "-p" | "--print" => {
                let code = match option_value(inline, args, &mut i, &mut inv.exec_argv) {
                    Some(v) => v,
                    None => return Command::MissingArgument(name.to_string()),
                };
                inv.entry = Some(if name.starts_with("-p") || name == "--print" {
                    Entry::Print(code)
                } else {
                    Entry::Eval(code)
                });
            }
            "-pe" => match option_value(None, args, &mut i, &mut inv.exec_argv) {
                Some(v) => inv.entry = Some(Entry::Print(v)),
                None => return Command::MissingArgument(name.to_string()),
            },
            "--trace-loop" => inv.trace_loop = true,
            "--no-warnings" => inv.options.push(("noWarnings".into(), "true".into())),
            "--trace-warnings" => inv.options.push(("traceWarnings".into(), "true".into())),
            "--no-deprecation" => inv.options.push(("noDeprecation".into(), "true".into())),
            "--trace-deprecation" => inv.options.push(("traceDeprecation".into(), "true".into())),
            "--throw-deprecation" => inv.options.push(("throwDeprecation".into(), "true".into())),
            "--trace-uncaught" => inv.options.push(("traceUncaught".into(), "true".into())),
            "--unhandled-rejections" => {
                let value = match option_value(inline, args, &mut i, &mut inv.exec_argv) {
                    Some(v) => v,
                    None => return Command::MissingArgument(name.to_string()),
                };
                if !REJECTION_MODES.contains(&value.as_str()) {
                    return Command::InvalidValue(format!("invalid value for --unhandled-rejections"));
                }
                inv.options.push(("unhandledRejections".into(), value));
            }
            _ => return Command::BadOption(a.clone()),
        }
        i += 1;
    }
    let rest = &args[i.min(args.len())..];
    if inv.entry.is_some() {
        inv.script_args = rest.to_vec();
    } else if let Some((first, more)) = rest.split_first() {
        if first == "-" {
            inv.script_args = more.to_vec();
        } else {
            inv.entry = Some(Entry::File(PathBuf::from(first)));
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
        assert!(matches!(parse(&s(&["--bogus", "a.js"])), Command::BadOption(ref o) if o == "--bogus"));
        assert!(matches!(parse(&s(&["-e"])), Command::MissingArgument(_)));
        assert!(matches!(parse(&s(&["--unhandled-rejections=maybe"])), Command::InvalidValue(_)));
    }

    #[test]
    fn double_dash_ends_options() {
        let Command::Run(inv) = parse(&s(&["--", "--weird.js", "a"])) else { panic!() };
        assert!(matches!(inv.entry, Some(Entry::File(ref p)) if p.to_str() == Some("--weird.js")));
    }
}

//! The `runnel` command: parse the command line, run the entry point on a
//! thread with a generous stack, exit with the script's exit code.

use std::io::{IsTerminal, Read, Write};

use runnel::cli::{self, Command};
use runnel::{Entry, Runtime};

#[global_allocator]
static ALLOC: runnel::alloc::CountingAlloc = runnel::alloc::CountingAlloc;

/// Deep (but legal) recursion in JavaScript recurses in Rust too; give the
/// JavaScript thread room so the engine's own limit is reached first.
const JS_STACK_BYTES: usize = 1 << 30;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = match cli::parse(&args) {
        Command::Help => {
            print!("{}", cli::USAGE);
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
        Command::Run(inv) => run(inv),
    };
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}

fn run(inv: cli::Invocation) -> i32 {
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

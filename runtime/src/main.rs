//! The `runnel` command: everything is in [`runnel::cli::main`]; this file
//! only installs the counting allocator and exits with the script's code.

use std::io::Write;

#[global_allocator]
static ALLOC: runnel::alloc::CountingAlloc = runnel::alloc::CountingAlloc;

fn main() {
    // The process's time origin (`performance.timeOrigin`, `process.uptime()`).
    node_api_shims::bindings::process::mark_start();
    let mut args = std::env::args();
    let argv0 = args.next().unwrap_or_else(|| "runnel".to_string());
    let args: Vec<String> = args.collect();
    let code = runnel::cli::main_with_argv0(&argv0, &args);
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}

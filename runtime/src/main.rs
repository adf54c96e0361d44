//! The `runnel` command: everything is in [`runnel::cli::main`]; this file
//! only installs the counting allocator and exits with the script's code.

use std::io::Write;

#[global_allocator]
static ALLOC: runnel::alloc::CountingAlloc = runnel::alloc::CountingAlloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = runnel::cli::main(&args);
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}

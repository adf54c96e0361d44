//! The `runnel` command: everything is in [`runnel::cli::main`]; this file
//! only installs the counting allocator and exits with the script's code.

use std::io::Write;

#[global_allocator]
static ALLOC: runnel::alloc::CountingAlloc = runnel::alloc::CountingAlloc;

fn main() {
    one_malloc_arena();
    // The process's time origin (`performance.timeOrigin`, `process.uptime()`).
    node_api_shims::bindings::process::mark_start();
    let mut args = std::env::args();
    let argv0 = args.next().unwrap_or_else(|| "runnel".to_string());
    let args: Vec<String> = args.collect();
    let code = runnel::cli::main_with_argv0(&argv0, &args);
    let _ = std::io::stdout().flush();
    std::process::exit(code);
}

/// JavaScript runs on a thread of its own (for its large stack), and
/// glibc gives each new thread an arena that grows a page at a time, by
/// `mprotect`: thousands of system calls in an allocating script (half
/// the system time of a promise chain). Every thread shares the main
/// arena instead, which grows in larger steps; the other threads (the
/// thread pool) allocate little, so they hardly contend for it.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn one_malloc_arena() {
    // SAFETY: mallopt only sets an allocator parameter; it is called
    // before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn one_malloc_arena() {}

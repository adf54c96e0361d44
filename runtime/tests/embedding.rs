//! The embedding API: a script's exit never ends the host, output goes
//! where the builder says, the environment and working directory are the
//! builder's.

use runnel::{Runtime, SharedBuffer};

#[test]
fn process_exit_returns_the_code_to_the_host() {
    let out = SharedBuffer::default();
    let code = Runtime::builder()
        .stdout(out.clone())
        .run_source("process.on('exit', (c) => console.log('exit', c)); console.log('a'); process.exit(4); console.log('never')")
        .expect("starts");
    assert_eq!(code, 4);
    assert_eq!(out.contents(), "a\nexit 4\n");
}

#[test]
fn uncaught_errors_go_to_the_configured_stderr() {
    let err = SharedBuffer::default();
    let code = Runtime::builder()
        .stderr(err.clone())
        .run_source("setTimeout(() => { throw new RangeError('late') }, 1)")
        .expect("starts");
    assert_eq!(code, 1);
    assert!(err.contents().contains("RangeError: late"), "{}", err.contents());
}

#[test]
fn env_and_cwd_come_from_the_builder() {
    let out = SharedBuffer::default();
    let dir = std::env::temp_dir();
    let code = Runtime::builder()
        .env([("ONLY", "this")])
        .cwd(&dir)
        .stdout(out.clone())
        .run_source("console.log(Object.keys(process.env).join(), process.cwd())")
        .expect("starts");
    assert_eq!(code, 0);
    assert_eq!(out.contents(), format!("ONLY {}\n", dir.display()));
}

#[test]
fn two_runtimes_on_one_thread_do_not_share_state() {
    for i in 0..2 {
        let out = SharedBuffer::default();
        let code = Runtime::builder()
            .stdout(out.clone())
            .run_source(format!("globalThis.x = (globalThis.x || 0) + 1; console.log(x, {i})"))
            .expect("starts");
        assert_eq!(code, 0);
        assert_eq!(out.contents(), format!("1 {i}\n"));
    }
}

//! # runnel — a Node.js-compatible JavaScript runtime on Boa
//!
//! This crate is the Node *process*: it creates the engine context and the
//! event loop, bootstraps Node's globals (through `node-api-shims`), runs
//! the entry point, drives the loop to its end and reports the exit code.
//! The `runnel` binary is a thin command-line layer over [`Runtime`].
//!
//! ```
//! use runnel::Runtime;
//!
//! let out = runnel::SharedBuffer::default();
//! let code = Runtime::builder()
//!     .stdout(out.clone())
//!     .run_source("setTimeout(() => console.log('later'), 1); console.log('now')")
//!     .expect("runtime starts");
//! assert_eq!(code, 0);
//! assert_eq!(out.contents(), "now\nlater\n");
//! ```

pub mod alloc;
pub mod cli;
mod runtime;
pub mod watch;

pub use runtime::{Entry, Runtime, RuntimeBuilder, SharedBuffer, StartError};

/// The README's Rust examples, compiled and run as doctests so the
/// documented embedding API cannot drift from the real one.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

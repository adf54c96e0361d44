//! # node-api-shims: Node's builtin modules
//!
//! Each builtin module has a JavaScript surface in `lib/<name>.js` (embedded
//! in the binary and compiled on first `require`, so a script pays only for
//! what it loads) and, where bytes or syscalls are crunched, a Rust half in
//! `src/bindings/<name>.rs`, handed to the JavaScript as
//! `internalBinding('<name>')`.
//!
//! [`bootstrap`] wires a fresh Boa context into a Node-like process: it
//! installs the bindings and runs `lib/internal/bootstrap/node.js`, which
//! creates `process`, the timer globals, `console` and friends.

pub mod bindings;
pub mod bootstrap;
pub mod builtins;
pub mod dotenv;
pub mod esm;
pub mod histogram;

pub use bootstrap::{bootstrap, Host, ProcessConfig, Stdio};

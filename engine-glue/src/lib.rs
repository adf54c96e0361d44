//! # engine-glue: Boa on one side, the host on the other
//!
//! This crate is the layer between the Boa JavaScript engine and everything
//! Node builds around the language. It knows nothing about Node's API; it
//! provides the machinery that Node's API is built from:
//!
//! - [`microtasks`]: the two microtask queues (the `process.nextTick` queue and
//!   the promise job queue) and the *checkpoint* that drains them;
//! - [`event_loop`]: the loop itself, phase by phase as in libuv (timers,
//!   pending callbacks, poll, check, close), with its timer heap, the check
//!   queue of immediates, the thread pool, and the `--trace-loop` tracer;
//! - [`hooks`]: the host hooks Boa calls (promise rejection tracking);
//! - [`native`]: small helpers to build binding objects and native functions,
//!   and the uncatchable *termination* signal used by `process.exit()` and
//!   time limits.

pub mod event_loop;
pub mod hooks;
pub mod microtasks;
pub mod native;

pub use boa_engine;
pub use event_loop::{EventLoop, LoopConfig};
pub use microtasks::Microtasks;

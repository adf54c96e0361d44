//! `--trace-loop`: a narrated view of the event loop for people learning how
//! a runtime works. Every phase entered, every callback run, every microtask
//! checkpoint and every thread-pool job is reported to stderr.
//!
//! When tracing is off the loop holds `None` and each report is a single
//! branch on that `Option`: nothing is formatted.

use std::io::Write;

pub enum TraceEvent<'a> {
    /// The entry point (main module, `-e` code) runs, before the loop.
    EntryPoint,
    Iteration(u64),
    Phase(&'a str),
    Callback { kind: &'a str, id: u64 },
    Checkpoint { ticks: usize, jobs: usize },
    PoolQueued { id: u64 },
    PoolFinished { id: u64 },
    PollWait { timeout_ms: Option<u64> },
    BeforeExit,
    Exit,
}

/// Where trace lines go.
pub struct Tracer {
    out: Box<dyn Write>,
}

impl Tracer {
    pub fn new(out: Box<dyn Write>) -> Self {
        Tracer { out }
    }

    pub fn stderr() -> Self {
        Tracer::new(Box::new(std::io::stderr()))
    }

    pub fn report(&mut self, ev: TraceEvent<'_>) {
        let line = match ev {
            TraceEvent::EntryPoint => "[main] run the entry point, then its microtasks".to_string(),
            TraceEvent::Iteration(n) => format!("[loop] iteration {n}"),
            TraceEvent::Phase(p) => format!("[loop]   phase: {p}"),
            TraceEvent::Callback { kind, id } => format!("[loop]     run {kind} #{id}"),
            TraceEvent::Checkpoint { ticks, jobs } => {
                format!("[loop]     microtask checkpoint: {ticks} nextTick(s), {jobs} promise job(s)")
            }
            TraceEvent::PoolQueued { id } => format!("[pool] job #{id} queued"),
            TraceEvent::PoolFinished { id } => format!("[pool] job #{id} finished"),
            TraceEvent::PollWait { timeout_ms: Some(ms) } => {
                format!("[loop]     poll: wait up to {ms} ms")
            }
            TraceEvent::PollWait { timeout_ms: None } => "[loop]     poll: wait for I/O".to_string(),
            TraceEvent::BeforeExit => "[loop] loop empty: emit 'beforeExit'".to_string(),
            TraceEvent::Exit => "[loop] loop done: emit 'exit'".to_string(),
        };
        let _ = writeln!(self.out, "{line}");
    }
}

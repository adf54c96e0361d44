//! The thread pool: libuv's work queue, on crossbeam.
//!
//! Blocking work (file system calls, hashing, compression) runs on
//! `UV_THREADPOOL_SIZE` worker threads (default 4, at most 1024), started on
//! first use so that scripts which never touch the pool never pay for it.
//! Work is a `Send` Rust closure; its result travels back over a channel and
//! the loop thread is woken through the `mio::Waker` it is blocked on. The
//! completion callback — the only part that may touch JavaScript — runs on
//! the loop thread, in the poll phase.

use std::any::Any;
use std::sync::Arc;
use std::thread;

use crossbeam_channel::{unbounded, Receiver, Sender};

/// The product of a work item, handed back to the loop thread.
pub type WorkResult = Box<dyn Any + Send>;
/// A unit of blocking work.
pub type Work = Box<dyn FnOnce() -> WorkResult + Send>;

struct Task {
    id: u64,
    work: Work,
}

pub struct ThreadPool {
    size: usize,
    tasks: Option<Sender<Task>>,
    done_tx: Sender<(u64, WorkResult)>,
    done_rx: Receiver<(u64, WorkResult)>,
    waker: Arc<mio::Waker>,
}

/// Reads `UV_THREADPOOL_SIZE` as libuv does: default 4, clamped to 1..=1024.
pub fn pool_size_from_env(value: Option<&str>) -> usize {
    match value.and_then(|v| v.trim().parse::<i64>().ok()) {
        Some(n) if n < 1 => 1,
        Some(n) => (n as usize).min(1024),
        None => 4,
    }
}

impl ThreadPool {
    pub fn new(size: usize, waker: Arc<mio::Waker>) -> Self {
        let (done_tx, done_rx) = unbounded();
        ThreadPool { size, tasks: None, done_tx, done_rx, waker }
    }

    pub fn size(&self) -> usize {
        self.size
    }

    fn start(&mut self) -> &Sender<Task> {
        self.tasks.get_or_insert_with(|| {
            let (tx, rx) = unbounded::<Task>();
            for i in 0..self.size {
                let rx = rx.clone();
                let done = self.done_tx.clone();
                let waker = self.waker.clone();
                // A worker that cannot be spawned just leaves fewer workers;
                // the queue still drains as long as one exists.
                let _ = thread::Builder::new()
                    .name(format!("runnel-pool-{i}"))
                    .spawn(move || {
                        // Signals are the loop thread's to handle.
                        super::signals::block_all_in_this_thread();
                        while let Ok(task) = rx.recv() {
                            let result = (task.work)();
                            if done.send((task.id, result)).is_err() {
                                break;
                            }
                            let _ = waker.wake();
                        }
                    });
            }
            tx
        })
    }

    /// Queues `work` under `id`.
    pub fn submit(&mut self, id: u64, work: Work) {
        let tx = self.start().clone();
        // The receiving side lives as long as the workers; if they are all
        // gone the work is run inline so its completion still arrives.
        if let Err(err) = tx.send(Task { id, work }) {
            let task = err.into_inner();
            let result = (task.work)();
            let _ = self.done_tx.send((task.id, result));
        }
    }

    /// Completed work, without blocking.
    pub fn try_completed(&self) -> Option<(u64, WorkResult)> {
        self.done_rx.try_recv().ok()
    }
}

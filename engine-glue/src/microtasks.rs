//! The microtask queues: `process.nextTick` callbacks and promise jobs.
//!
//! Node has two queues that run "as soon as the current JavaScript returns":
//!
//! 1. the **nextTick queue** (Node's own, filled by `process.nextTick`), and
//! 2. the **promise job queue** (V8's microtask queue: promise reactions,
//!    `await` continuations, `queueMicrotask`).
//!
//! Boa lets the host own its job queue through the [`JobExecutor`] trait;
//! [`Microtasks`] is that executor. It only *stores* jobs: running them is the
//! event loop's *microtask checkpoint* (see `EventLoop::checkpoint`), which
//! drains the whole nextTick queue, then the whole promise job queue, and
//! repeats until both are empty, exactly as Node's
//! `processTicksAndRejections` does.
//!
//! It also keeps the current **async context frame**: an opaque value
//! (`AsyncLocalStorage`'s stores) that follows the async flow. A tick or
//! job takes the frame current when it was queued and runs inside it;
//! promise reactions take the frame of their registration instead (see
//! `RuntimeHooks::make_job_callback`), as in node.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use boa_engine::job::{GenericJob, Job, JobExecutor, NativeAsyncJob, PromiseJob};
use boa_engine::{Context, JsObject, JsResult, JsValue};

/// One `process.nextTick(callback, ...args)` entry.
pub struct Tick {
    pub callback: JsObject,
    pub args: Vec<JsValue>,
    /// The async context frame it was queued in.
    pub frame: JsValue,
}

/// A job of the promise job queue.
pub enum Microtask {
    Promise(PromiseJob),
    Generic(GenericJob),
    Async(NativeAsyncJob),
    /// A FinalizationRegistry's cleanup: it waits until the collector
    /// reports one of the registry's targets gone.
    Cleanup(NativeAsyncJob),
}

impl Microtask {
    /// Runs the job. An `Err` is an exception the job's JavaScript threw
    /// (for example from a `queueMicrotask` callback).
    pub fn run(self, ctx: &mut Context) -> JsResult<JsValue> {
        match self {
            Microtask::Promise(job) => job.call(ctx),
            Microtask::Generic(job) => job.call(ctx),
            Microtask::Async(job) => run_async_job(job, ctx, true),
            Microtask::Cleanup(job) => run_async_job(job, ctx, false),
        }
    }
}

/// Boa hands a few jobs over as futures. Those that wait on nothing of ours
/// are polled to completion (`to_completion`). A FinalizationRegistry's
/// cleanup job waits for the collector, which cannot run while we poll: it
/// is polled once and, if nothing was collected yet, dropped. The
/// registry's callback is then never called, which the language allows
/// (cleanup callbacks are a hint); waiting for it would hang the process.
fn run_async_job(job: NativeAsyncJob, ctx: &mut Context, to_completion: bool) -> JsResult<JsValue> {
    use std::future::Future;
    use std::task::{Context as TaskCx, Poll, Waker};
    let cell = RefCell::new(ctx);
    let mut fut = job.call(&cell);
    let mut cx = TaskCx::from_waker(Waker::noop());
    loop {
        match std::pin::Pin::new(&mut fut).poll(&mut cx) {
            Poll::Ready(r) => return r,
            Poll::Pending if !to_completion => return Ok(JsValue::undefined()),
            Poll::Pending => {}
        }
    }
}

/// The host-owned job queues (Boa's [`JobExecutor`]).
#[derive(Default)]
pub struct Microtasks {
    ticks: RefCell<VecDeque<Tick>>,
    /// Each job with the async context frame it was queued in.
    jobs: RefCell<VecDeque<(Microtask, JsValue)>>,
    /// The current async context frame (undefined: none).
    frame: RefCell<JsValue>,
    /// Set by the promise rejection tracker: a rejection happened (or was
    /// handled late) since the last time rejections were processed.
    rejections_pending: Cell<bool>,
    /// While `Some`, Boa's module-loading jobs are kept here instead of
    /// being queued (see [`Microtasks::run_module_loading_now`]).
    loading_now: RefCell<Option<VecDeque<NativeAsyncJob>>>,
}

impl Microtasks {
    pub fn new() -> Rc<Self> {
        Rc::new(Self::default())
    }

    /// `process.nextTick`: append to the nextTick queue.
    pub fn queue_tick(&self, tick: Tick) {
        self.ticks.borrow_mut().push_back(tick);
    }

    /// `queueMicrotask` and the host's own promise jobs.
    pub fn queue_job(&self, job: Microtask) {
        let frame = self.frame();
        self.jobs.borrow_mut().push_back((job, frame));
    }

    pub fn pop_tick(&self) -> Option<Tick> {
        self.ticks.borrow_mut().pop_front()
    }

    /// The next job and the async context frame to run it in.
    pub fn pop_job(&self) -> Option<(Microtask, JsValue)> {
        self.jobs.borrow_mut().pop_front()
    }

    /// The current async context frame.
    pub fn frame(&self) -> JsValue {
        self.frame.borrow().clone()
    }

    /// Makes `frame` current; returns the one it replaces.
    pub fn swap_frame(&self, frame: JsValue) -> JsValue {
        self.frame.replace(frame)
    }

    pub fn has_ticks(&self) -> bool {
        !self.ticks.borrow().is_empty()
    }

    pub fn has_jobs(&self) -> bool {
        !self.jobs.borrow().is_empty()
    }

    pub fn is_empty(&self) -> bool {
        !self.has_ticks() && !self.has_jobs()
    }

    pub fn mark_rejections_pending(&self) {
        self.rejections_pending.set(true);
    }

    /// Runs `start` (which starts loading a module graph: Boa queues one
    /// job per module to load) and then runs those loading jobs, and the
    /// ones they queue, to the end, leaving every other queued job alone.
    /// This is how `require()` of an ES module loads its graph
    /// synchronously, as Node does, without running promise jobs early.
    /// runnel's module loader answers at once, so the jobs never wait.
    pub fn run_module_loading_now<R>(&self, ctx: &mut Context, start: impl FnOnce(&mut Context) -> R) -> JsResult<R> {
        let outer = self.loading_now.replace(Some(VecDeque::new()));
        let result = start(ctx);
        let mut outcome = Ok(());
        loop {
            let next = self.loading_now.borrow_mut().as_mut().and_then(VecDeque::pop_front);
            let Some(job) = next else { break };
            if let Err(err) = run_async_job(job, ctx, true) {
                outcome = Err(err);
                break;
            }
        }
        // Anything left (only after a failure) goes to the ordinary queue.
        let left = self.loading_now.replace(outer).unwrap_or_default();
        for job in left {
            self.queue_job(Microtask::Async(job));
        }
        outcome.map(|()| result)
    }

    /// Takes the "rejections to process" flag.
    pub fn take_rejections_pending(&self) -> bool {
        self.rejections_pending.replace(false)
    }
}

impl JobExecutor for Microtasks {
    fn enqueue_job(self: Rc<Self>, job: Job, _context: &mut Context) {
        match job {
            Job::PromiseJob(j) => self.queue_job(Microtask::Promise(j)),
            Job::GenericJob(j) => self.queue_job(Microtask::Generic(j)),
            Job::AsyncJob(j) => {
                if let Some(now) = self.loading_now.borrow_mut().as_mut() {
                    now.push_back(j);
                    return;
                }
                self.queue_job(Microtask::Async(j))
            }
            Job::FinalizationRegistryCleanupJob(j) => self.queue_job(Microtask::Cleanup(j)),
            // Boa's own timer jobs are only produced by engine features we do
            // not enable (Atomics.waitAsync); Node's timers are the event
            // loop's, not Boa's.
            _ => {}
        }
    }

    /// Boa calls this from `Context::run_jobs`; we never do (the event loop
    /// runs its own checkpoint), but draining here keeps it correct for any
    /// embedder that does.
    fn run_jobs(self: Rc<Self>, context: &mut Context) -> JsResult<()> {
        while let Some((job, frame)) = self.pop_job() {
            let outer = self.swap_frame(frame);
            let result = job.run(context);
            self.swap_frame(outer);
            result?;
        }
        Ok(())
    }
}

//! The event loop, one per JavaScript thread, run the way libuv's `uv_run`
//! runs Node's loop.
//!
//! ```text
//! loop {
//!     update_time();
//!     run_due_timers();        // timers: min-heap by (deadline, insertion order)
//!     run_pending();           // pending callbacks: I/O callbacks deferred from the last turn
//!     poll(timeout);           // poll: wait for I/O; thread-pool completions run here
//!     run_immediates();        // check: the setImmediate queue
//!     run_close_callbacks();   // close
//!     if !alive() { emit 'beforeExit'; if still !alive() break }
//! }
//! ```
//!
//! After **every** callback the loop makes into JavaScript (each timer, each
//! immediate, each I/O completion) comes a *microtask checkpoint*: the whole
//! `process.nextTick` queue, then the whole promise job queue, repeated until
//! both are empty, then unhandled promise rejections are processed — Node's
//! behaviour since v11.
//!
//! The loop is *alive* while something ref'd exists: a ref'd timer or
//! immediate, pending thread-pool work, a pending or closing callback, or a
//! ref'd I/O handle. `unref()` takes a handle out of that count.
//!
//! Signals a script listens to (`process.on('SIGINT')`) arrive in the poll
//! phase like I/O (see [`signals`]), and do not keep the loop alive.
//!
//! What the callbacks *do* is JavaScript's business: the loop hands the
//! `Timeout`/`Immediate` object back to a dispatcher function that the
//! runtime's bootstrap registers (see [`Hook`]). The loop itself knows nothing
//! of Node's API.

mod immediates;
mod signals;
mod thread_pool;
mod timers;
pub mod trace;

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use boa_engine::{Context, JsError, JsObject, JsResult, JsValue};
use rustc_hash::FxHashMap;

pub use thread_pool::{pool_size_from_env, Work, WorkResult};
pub use timers::TimerTarget;
pub use signals::block_all_in_this_thread as block_signals_in_this_thread;
pub use trace::{TraceEvent, Tracer};

use crate::microtasks::Microtasks;
use crate::native::is_termination;
use immediates::Immediates;
use signals::Signals;
use thread_pool::ThreadPool;
use timers::Timers;

const WAKER_TOKEN: mio::Token = mio::Token(0);
const SIGNAL_TOKEN: mio::Token = mio::Token(1);
/// Watched descriptors use tokens from here on (token = base + watch id).
const WATCH_TOKEN_BASE: usize = 2;

/// What runs when a watched descriptor becomes readable.
pub type ReadableCallback = Rc<dyn Fn(&mut Context) -> JsResult<()>>;

/// Ids of host timers ([`EventLoop::native_timer_start`]) start here, far
/// above the ids JavaScript hands out for its own timers.
const NATIVE_TIMER_IDS: u64 = 1 << 60;

/// What libuv's loop metrics report (`uv_metrics_info`,
/// `uv_metrics_idle_time`), which node exposes through `perf_hooks`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoopMetrics {
    /// Iterations that reached the poll phase with the loop alive.
    pub loop_count: u64,
    /// Events the poll phase received from the OS (I/O readiness and the
    /// thread pool's wake-ups).
    pub events: u64,
    /// Of those, events that were already waiting when poll began.
    pub events_waiting: u64,
    /// Time spent blocked in poll waiting for something to happen.
    pub idle_time: Duration,
}

/// JavaScript functions the runtime's bootstrap registers with the loop.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Hook {
    /// `(timeout)`: a timer's deadline passed; run it (and re-arm intervals).
    Timer,
    /// `(timeout)`: the `Timer` hook threw (the script's callback did):
    /// re-arm the interval or retire the timer, as the `finally` of node's
    /// `listOnTimeout` does. The error then goes on to be reported.
    TimerThrew,
    /// `(immediate)`: run one `setImmediate` callback.
    Immediate,
    /// `(immediate)`: the `Immediate` hook threw; finish the immediate as
    /// the `finally` of node's `processImmediate` does.
    ImmediateThrew,
    /// `(error, throwSite)`: a callback threw (`throwSite` is
    /// `"file:line:column"` of the `throw`, when known). Either handles it (an
    /// `uncaughtException` listener) or ends the process.
    Uncaught,
    /// `()`: process promise rejections after the microtask queues drained;
    /// returns `true` if that may have queued more microtasks.
    Rejections,
    /// `()`: the loop ran out of work: emit `beforeExit`.
    BeforeExit,
    /// `(signum)`: a watched signal arrived. (Keep it last: `Hook::COUNT`
    /// counts up to it.)
    Signal,
}

impl Hook {
    /// How many hooks there are.
    const COUNT: usize = Hook::Signal as usize + 1;
}

/// The loop was stopped by the termination signal (`process.exit()`, a
/// fatal error, a time limit) rather than by running out of work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminated;

/// Settings fixed when the loop is created.
pub struct LoopConfig {
    /// `UV_THREADPOOL_SIZE`.
    pub pool_size: usize,
    /// `--trace-loop`.
    pub tracer: Option<Tracer>,
}

impl Default for LoopConfig {
    fn default() -> Self {
        LoopConfig { pool_size: 4, tracer: None }
    }
}

type Completion = Box<dyn FnOnce(WorkResult, &mut Context) -> JsResult<()>>;
type Deferred = Box<dyn FnOnce(&mut Context) -> JsResult<()>>;

pub struct EventLoop {
    microtasks: Rc<Microtasks>,
    start: Instant,
    /// Loop time in whole milliseconds since `start`, cached like `uv_now`:
    /// updated when an iteration begins and after polling.
    now: Cell<u64>,
    timers: RefCell<Timers>,
    immediates: RefCell<Immediates>,
    pending: RefCell<VecDeque<Deferred>>,
    closing: RefCell<VecDeque<Deferred>>,
    poll: RefCell<mio::Poll>,
    pool: RefCell<ThreadPool>,
    completions: RefCell<FxHashMap<u64, Completion>>,
    next_work_id: Cell<u64>,
    /// Ref'd I/O handles (servers, sockets, child processes) alive.
    refed_handles: Cell<usize>,
    /// Indexed by `Hook as usize`.
    hooks: RefCell<[Option<JsObject>; Hook::COUNT]>,
    tracer: RefCell<Option<Tracer>>,
    iteration: Cell<u64>,
    exit_code: Cell<Option<i32>>,
    metrics: Cell<LoopMetrics>,
    /// When [`run`](Self::run) began, and when it finished with nothing
    /// left to do (node's `loopStart` and `loopExit` milestones).
    started_at: Cell<Option<Instant>>,
    exited_at: Cell<Option<Instant>>,
    next_native_timer: Cell<u64>,
    /// The signals watched, made on the first `signal_start`.
    signals: RefCell<Option<Signals>>,
    /// Descriptors watched for readability, by watch id.
    watchers: RefCell<std::collections::BTreeMap<u64, (std::os::unix::io::RawFd, ReadableCallback)>>,
    next_watch_id: Cell<u64>,
}

impl EventLoop {
    /// Creates the loop. Fails only if the OS refuses an epoll/kqueue
    /// instance or an eventfd for the waker.
    pub fn new(microtasks: Rc<Microtasks>, config: LoopConfig) -> std::io::Result<Rc<Self>> {
        let poll = mio::Poll::new()?;
        let waker = Arc::new(mio::Waker::new(poll.registry(), WAKER_TOKEN)?);
        Ok(Rc::new(EventLoop {
            microtasks,
            start: Instant::now(),
            now: Cell::new(0),
            timers: RefCell::default(),
            immediates: RefCell::default(),
            pending: RefCell::default(),
            closing: RefCell::default(),
            poll: RefCell::new(poll),
            pool: RefCell::new(ThreadPool::new(config.pool_size, waker)),
            completions: RefCell::default(),
            next_work_id: Cell::new(0),
            refed_handles: Cell::new(0),
            hooks: RefCell::default(),
            tracer: RefCell::new(config.tracer),
            iteration: Cell::new(0),
            exit_code: Cell::new(None),
            metrics: Cell::default(),
            started_at: Cell::new(None),
            exited_at: Cell::new(None),
            next_native_timer: Cell::new(NATIVE_TIMER_IDS),
            signals: RefCell::new(None),
            watchers: RefCell::new(std::collections::BTreeMap::new()),
            next_watch_id: Cell::new(0),
        }))
    }

    pub fn microtasks(&self) -> &Rc<Microtasks> {
        &self.microtasks
    }

    pub fn set_hook(&self, hook: Hook, function: JsObject) {
        self.hooks.borrow_mut()[hook as usize] = Some(function);
    }

    fn hook(&self, hook: Hook) -> Option<JsObject> {
        self.hooks.borrow()[hook as usize].clone()
    }

    /// Hands a due timer or immediate to its JavaScript dispatcher; if that
    /// throws, the `threw` hook finishes the object before the error is
    /// reported. (Doing this here rather than with a `try`/`finally` in
    /// JavaScript keeps the script's `throw` the error's origin, and saves
    /// the dispatcher a frame on every call.)
    fn dispatch(&self, hook: Hook, threw: Hook, target: JsObject, ctx: &mut Context) -> JsResult<JsValue> {
        let Some(dispatcher) = self.hook(hook) else { return Ok(JsValue::undefined()) };
        let result = dispatcher.call(&JsValue::undefined(), &[target.clone().into()], ctx);
        // (Not after a termination: no JavaScript runs once it is under way.)
        if result.as_ref().is_err_and(|err| !is_termination(err)) {
            if let Some(cleanup) = self.hook(threw) {
                cleanup.call(&JsValue::undefined(), &[target.into()], ctx)?;
            }
        }
        result
    }

    /// Reports `ev` to the `--trace-loop` tracer, if there is one.
    pub fn trace(&self, ev: TraceEvent<'_>) {
        if let Some(t) = self.tracer.borrow_mut().as_mut() {
            t.report(ev);
        }
    }

    pub fn is_tracing(&self) -> bool {
        self.tracer.borrow().is_some()
    }

    // ---- time -----------------------------------------------------------

    /// `uv_update_time`: refresh the cached loop time.
    pub fn update_time(&self) {
        self.now.set(self.start.elapsed().as_millis() as u64);
    }

    /// `uv_now`: the cached loop time in ms.
    pub fn now(&self) -> u64 {
        self.now.get()
    }

    /// Node's `getLibuvNow()`: the cached loop time, updated first
    /// (`uv_update_time`, then `uv_now`).
    pub fn now_fresh(&self) -> u64 {
        self.update_time();
        self.now()
    }

    /// Milliseconds since the loop was created, with sub-ms precision
    /// (`performance.now()`-like, not cached).
    pub fn hr_elapsed(&self) -> Duration {
        self.start.elapsed()
    }

    /// The loop's metrics so far.
    pub fn metrics(&self) -> LoopMetrics {
        self.metrics.get()
    }

    /// When the loop started running (after the entry point), if it has.
    pub fn started_at(&self) -> Option<Instant> {
        self.started_at.get()
    }

    /// When the loop ran out of work for good, if it has.
    pub fn exited_at(&self) -> Option<Instant> {
        self.exited_at.get()
    }

    // ---- exit -----------------------------------------------------------

    /// Records that the process is exiting with `code`; the caller then
    /// returns [`crate::native::termination`] to unwind JavaScript.
    pub fn request_exit(&self, code: i32) {
        if self.exit_code.get().is_none() {
            self.exit_code.set(Some(code));
        }
    }

    pub fn exit_code(&self) -> Option<i32> {
        self.exit_code.get()
    }

    // ---- timers (the JS side owns the ids) ------------------------------

    /// Arms timer `id` to fire `ms` after the current loop time.
    pub fn timer_start(&self, id: u64, target: JsObject, ms: u64, refed: bool) {
        self.timer_start_at(id, target, self.now(), ms, refed);
    }

    /// Arms JavaScript timer `id` to fire `ms` after loop time `start`.
    /// Node counts a timer from `getLibuvNow()`, which brings the cached
    /// loop time up to date first ([`now_fresh`](Self::now_fresh)): a
    /// timer armed after a long synchronous stretch does not fire early.
    pub fn timer_start_at(&self, id: u64, target: JsObject, start: u64, ms: u64, refed: bool) {
        let deadline = start.saturating_add(ms);
        self.timers.borrow_mut().schedule(id, TimerTarget::Js(target), deadline, refed);
    }

    /// Arms a host timer that calls `callback` (no JavaScript) `ms` after
    /// the current loop time, then every `repeat` ms if `repeat > 0` —
    /// libuv's `uv_timer_start`. Returns its id for
    /// [`timer_stop`](Self::timer_stop).
    pub fn native_timer_start(&self, ms: u64, repeat: u64, refed: bool, callback: Rc<dyn Fn()>) -> u64 {
        let id = self.next_native_timer.get() + 1;
        self.next_native_timer.set(id);
        let deadline = self.now().saturating_add(ms);
        self.timers.borrow_mut().schedule(id, TimerTarget::Native { callback, repeat }, deadline, refed);
        id
    }

    pub fn timer_stop(&self, id: u64) {
        self.timers.borrow_mut().cancel(id);
    }

    pub fn timer_set_ref(&self, id: u64, refed: bool) {
        self.timers.borrow_mut().set_ref(id, refed);
    }

    pub fn timer_is_scheduled(&self, id: u64) -> bool {
        self.timers.borrow().is_scheduled(id)
    }

    /// How many ref'd JavaScript timers are armed.
    pub fn timer_refed_js_count(&self) -> usize {
        self.timers.borrow().refed_js_count()
    }

    // ---- immediates -----------------------------------------------------

    pub fn immediate_push(&self, id: u64, target: JsObject) {
        self.immediates.borrow_mut().push(id, target);
    }

    pub fn immediate_clear(&self, id: u64) {
        self.immediates.borrow_mut().clear(id);
    }

    pub fn immediate_set_ref(&self, id: u64, refed: bool) {
        self.immediates.borrow_mut().set_ref(id, refed);
    }

    /// How many ref'd immediates are queued.
    pub fn immediate_refed_count(&self) -> usize {
        self.immediates.borrow().refed_count()
    }

    // ---- handles and deferred callbacks ---------------------------------

    /// A ref'd I/O handle was opened (or `ref()`'d).
    pub fn ref_handle(&self) {
        self.refed_handles.set(self.refed_handles.get() + 1);
    }

    /// A ref'd I/O handle was closed (or `unref()`'d).
    pub fn unref_handle(&self) {
        self.refed_handles.set(self.refed_handles.get().saturating_sub(1));
    }

    /// Queues an I/O callback for the next pending-callbacks phase.
    pub fn defer_pending(&self, cb: impl FnOnce(&mut Context) -> JsResult<()> + 'static) {
        self.pending.borrow_mut().push_back(Box::new(cb));
    }

    /// Queues a callback for the close phase of this iteration.
    pub fn defer_close(&self, cb: impl FnOnce(&mut Context) -> JsResult<()> + 'static) {
        self.closing.borrow_mut().push_back(Box::new(cb));
    }

    // ---- signals --------------------------------------------------------

    /// `uv_signal_start`: from now on, `signum` arriving runs the
    /// [`Hook::Signal`] in the poll phase instead of its default action.
    /// The error is an errno (EINVAL for SIGKILL, SIGSTOP or a number that
    /// is no signal).
    pub fn signal_start(&self, signum: i32) -> Result<(), i32> {
        let mut signals = self.signals.borrow_mut();
        if signals.is_none() {
            let made = Signals::new(self.poll.borrow().registry(), SIGNAL_TOKEN);
            *signals = Some(made.map_err(|e| e.raw_os_error().unwrap_or(libc::EIO))?);
        }
        signals.as_mut().map_or(Ok(()), |s| s.start(signum))
    }

    /// `uv_signal_stop`.
    pub fn signal_stop(&self, signum: i32) {
        if let Some(signals) = self.signals.borrow_mut().as_mut() {
            signals.stop(signum);
        }
    }

    /// Runs the listeners of the watched signals that have arrived.
    fn run_signals(&self, ctx: &mut Context) -> Result<(), Terminated> {
        let arrived = match self.signals.borrow_mut().as_mut() {
            Some(signals) => signals.take_arrived(),
            None => return Ok(()),
        };
        for signum in arrived {
            self.trace(TraceEvent::Callback { kind: "signal", id: signum as u64 });
            let Some(hook) = self.hook(Hook::Signal) else { continue };
            self.invoke(ctx, |ctx| hook.call(&JsValue::undefined(), &[signum.into()], ctx))?;
        }
        Ok(())
    }

    // ---- watched descriptors --------------------------------------------

    /// Watches `fd` for readability (what libuv's stream handles do for
    /// their read side): `callback` runs in the poll phase whenever the
    /// descriptor becomes readable. The watch is edge-triggered, so the
    /// callback must read everything that is there. Watching does not keep
    /// the loop alive by itself: the owner refs the loop
    /// ([`ref_handle`](Self::ref_handle)) while it wants data.
    pub fn watch_readable(&self, fd: std::os::unix::io::RawFd, callback: ReadableCallback) -> std::io::Result<u64> {
        let id = self.next_watch_id.get() + 1;
        let token = mio::Token(WATCH_TOKEN_BASE + usize::try_from(id).unwrap_or(usize::MAX - WATCH_TOKEN_BASE));
        self.poll.borrow().registry().register(&mut mio::unix::SourceFd(&fd), token, mio::Interest::READABLE)?;
        self.next_watch_id.set(id);
        self.watchers.borrow_mut().insert(id, (fd, callback));
        Ok(id)
    }

    /// Stops watching (unknown ids are ignored).
    pub fn unwatch(&self, id: u64) {
        let removed = self.watchers.borrow_mut().remove(&id);
        if let Some((fd, _)) = removed {
            let _ = self.poll.borrow().registry().deregister(&mut mio::unix::SourceFd(&fd));
        }
    }

    pub fn is_watching(&self, id: u64) -> bool {
        self.watchers.borrow().contains_key(&id)
    }

    /// Runs the callbacks of the watched descriptors that became readable.
    fn run_watchers(&self, ctx: &mut Context, ready: Vec<u64>) -> Result<(), Terminated> {
        for id in ready {
            // A callback may have stopped another watch: look each one up.
            let callback = self.watchers.borrow().get(&id).map(|(_, cb)| cb.clone());
            let Some(callback) = callback else { continue };
            self.trace(TraceEvent::Callback { kind: "io", id });
            self.invoke(ctx, |ctx| callback(ctx).map(|()| JsValue::undefined()))?;
        }
        Ok(())
    }

    // ---- the thread pool ------------------------------------------------

    /// Runs `work` on the thread pool; `done` gets its result on the loop
    /// thread during the poll phase. Pending work keeps the loop alive.
    pub fn queue_work(
        &self,
        work: Work,
        done: impl FnOnce(WorkResult, &mut Context) -> JsResult<()> + 'static,
    ) -> u64 {
        let id = self.next_work_id.get() + 1;
        self.next_work_id.set(id);
        self.completions.borrow_mut().insert(id, Box::new(done));
        self.trace(TraceEvent::PoolQueued { id });
        self.pool.borrow_mut().submit(id, work);
        id
    }

    pub fn pool_size(&self) -> usize {
        self.pool.borrow().size()
    }

    // ---- liveness -------------------------------------------------------

    /// `uv_loop_alive`: is anything ref'd left to wait for?
    pub fn alive(&self) -> bool {
        self.timers.borrow().refed_count() > 0
            || self.immediates.borrow().refed_count() > 0
            || !self.completions.borrow().is_empty()
            || !self.pending.borrow().is_empty()
            || !self.closing.borrow().is_empty()
            || self.refed_handles.get() > 0
    }

    // ---- calling into JavaScript ----------------------------------------

    /// Reports an exception thrown by a callback: hands it to the
    /// `Uncaught` hook, which either handles it (an `uncaughtException`
    /// listener ran) or terminates the process.
    pub fn report(&self, err: JsError, ctx: &mut Context) -> Result<(), Terminated> {
        if is_termination(&err) {
            return Err(Terminated);
        }
        let Some(hook) = self.hook(Hook::Uncaught) else {
            // No runtime registered a handler: nothing can handle it.
            self.request_exit(1);
            return Err(Terminated);
        };
        let site = throw_site(&err).map(|s| JsValue::from(boa_engine::JsString::from(s)));
        let value = err.into_opaque(ctx).unwrap_or_default();
        match hook.call(&JsValue::undefined(), &[value, site.unwrap_or_default()], ctx) {
            Ok(_) => Ok(()),
            Err(e) if is_termination(&e) => Err(Terminated),
            Err(_) => {
                // The handler for fatal errors itself threw: Node exits 7.
                self.request_exit(7);
                Err(Terminated)
            }
        }
    }

    /// Runs one callback into JavaScript, reports what it throws, and then
    /// runs the microtask checkpoint: the unit of work of every phase.
    pub fn invoke(
        &self,
        ctx: &mut Context,
        f: impl FnOnce(&mut Context) -> JsResult<JsValue>,
    ) -> Result<(), Terminated> {
        if let Err(err) = f(ctx) {
            self.report(err, ctx)?;
        }
        self.checkpoint(ctx)
    }

    /// Like [`invoke`](Self::invoke), for the callbacks of a phase that
    /// runs a batch (timers, immediates). Node runs such a batch in one
    /// JavaScript function with a checkpoint *between* callbacks; when a
    /// callback throws, that function is unwound and re-entered for the
    /// rest of the batch, so the microtasks the thrower queued run only
    /// after the *next* callback. The caller runs a checkpoint when the
    /// batch is done.
    fn invoke_in_batch(
        &self,
        ctx: &mut Context,
        f: impl FnOnce(&mut Context) -> JsResult<JsValue>,
    ) -> Result<(), Terminated> {
        match f(ctx) {
            Ok(_) => self.checkpoint(ctx),
            Err(err) => self.report(err, ctx),
        }
    }

    /// The microtask checkpoint: drain the nextTick queue, then the promise
    /// job queue, until both are empty; then process promise rejections,
    /// and start over if that queued more work.
    pub fn checkpoint(&self, ctx: &mut Context) -> Result<(), Terminated> {
        let mt = &self.microtasks;
        loop {
            let (mut ticks, mut jobs) = (0, 0);
            while let Some(tick) = mt.pop_tick() {
                ticks += 1;
                let outer = mt.swap_frame(tick.frame);
                let r = tick.callback.call(&JsValue::undefined(), &tick.args, ctx);
                mt.swap_frame(outer);
                if let Err(err) = r {
                    // As in Node, a throwing tick ends this checkpoint; what
                    // is still queued runs at the next one.
                    self.trace(TraceEvent::Checkpoint { ticks, jobs });
                    return self.report(err, ctx);
                }
            }
            while let Some((job, frame)) = mt.pop_job() {
                jobs += 1;
                let outer = mt.swap_frame(frame);
                let r = job.run(ctx);
                mt.swap_frame(outer);
                if let Err(err) = r {
                    self.report(err, ctx)?;
                }
            }
            if ticks + jobs > 0 {
                self.trace(TraceEvent::Checkpoint { ticks, jobs });
            }
            if !mt.is_empty() {
                continue;
            }
            if !mt.take_rejections_pending() {
                break;
            }
            let Some(hook) = self.hook(Hook::Rejections) else {
                break;
            };
            match hook.call(&JsValue::undefined(), &[], ctx) {
                Ok(more) if more.to_boolean() => continue,
                Ok(_) => {
                    if mt.is_empty() {
                        break;
                    }
                }
                Err(err) => self.report(err, ctx)?,
            }
        }
        // The language's ClearKeptObjects, at the end of the checkpoint as
        // in HTML: what `new WeakRef(x)` or `deref()` kept alive for the
        // current job may be collected from now on.
        ctx.clear_kept_objects();
        Ok(())
    }

    // ---- the phases -----------------------------------------------------

    /// Timers phase: run every timer whose deadline is `<=` loop time.
    fn run_due_timers(&self, ctx: &mut Context) -> Result<(), Terminated> {
        self.trace(TraceEvent::Phase("timers"));
        let now = self.now();
        loop {
            let due = self.timers.borrow_mut().pop_due(now);
            let Some((id, target, refed)) = due else { break };
            let target = match target {
                TimerTarget::Js(target) => target,
                TimerTarget::Native { callback, repeat } => {
                    // As libuv: re-armed from the loop time before the call.
                    self.trace(TraceEvent::Callback { kind: "native timer", id });
                    if repeat > 0 {
                        let again = TimerTarget::Native { callback: callback.clone(), repeat };
                        self.timers.borrow_mut().schedule(id, again, now.saturating_add(repeat), refed);
                    }
                    callback();
                    continue;
                }
            };
            self.trace(TraceEvent::Callback { kind: "timer", id });
            self.invoke_in_batch(ctx, |ctx| self.dispatch(Hook::Timer, Hook::TimerThrew, target, ctx))?;
        }
        self.checkpoint(ctx)
    }

    /// Pending callbacks phase: I/O callbacks deferred to this iteration.
    fn run_pending(&self, ctx: &mut Context) -> Result<(), Terminated> {
        self.trace(TraceEvent::Phase("pending callbacks"));
        let batch: Vec<Deferred> = self.pending.borrow_mut().drain(..).collect();
        for (i, cb) in batch.into_iter().enumerate() {
            self.trace(TraceEvent::Callback { kind: "pending callback", id: i as u64 + 1 });
            self.invoke(ctx, |ctx| cb(ctx).map(|()| JsValue::undefined()))?;
        }
        Ok(())
    }

    /// How long poll may block: not at all if immediates or deferred
    /// callbacks wait; until the next timer otherwise; forever if nothing
    /// is scheduled (only I/O or the pool can wake us then).
    fn poll_timeout(&self) -> Option<Duration> {
        if self.exit_code.get().is_some()
            || self.immediates.borrow().refed_count() > 0
            || !self.pending.borrow().is_empty()
            || !self.closing.borrow().is_empty()
            || !self.alive()
        {
            return Some(Duration::ZERO);
        }
        // Counted from the time now, not from the start of the iteration:
        // callbacks since then (a long interval callback) have used part of
        // the wait, and the next timer must not fire that much late.
        let now = self.now_fresh();
        self.timers
            .borrow_mut()
            .next_deadline()
            .map(|d| Duration::from_millis(d.saturating_sub(now)))
    }

    /// Poll phase: wait for I/O (or a pool completion), then run the
    /// completions that arrived.
    ///
    /// As libuv does with its idle-time metrics on (node turns them on),
    /// the OS is first asked without blocking: what it reports then was
    /// already waiting. Only if nothing was does the loop block, and the
    /// time spent blocked is the loop's idle time.
    fn poll(&self, ctx: &mut Context) -> Result<(), Terminated> {
        self.trace(TraceEvent::Phase("poll"));
        if self.alive() {
            let mut metrics = self.metrics.get();
            metrics.loop_count += 1;
            self.metrics.set(metrics);
        }
        let has_work = !self.completions.borrow().is_empty();
        let timeout = self.poll_timeout();
        // With pool work outstanding a completion may already be waiting;
        // look before sleeping.
        let ready_now = has_work && self.run_completions(ctx)?;
        let timeout = if ready_now { Some(Duration::ZERO) } else { timeout };
        if timeout != Some(Duration::ZERO) {
            self.trace(TraceEvent::PollWait { timeout_ms: timeout.map(|d| d.as_millis() as u64) });
        }
        let mut events = mio::Events::with_capacity(64);
        // EINTR and friends just end this poll early; the loop goes round.
        let _ = self.poll.borrow_mut().poll(&mut events, Some(Duration::ZERO));
        let mut metrics = self.metrics.get();
        let waiting = events.iter().count() as u64;
        metrics.events += waiting;
        metrics.events_waiting += waiting;
        let mut signalled = events.iter().any(|e| e.token() == SIGNAL_TOKEN);
        let watched = |events: &mio::Events| -> Vec<u64> {
            events
                .iter()
                .filter_map(|e| e.token().0.checked_sub(WATCH_TOKEN_BASE))
                .map(|id| id as u64)
                .collect()
        };
        let mut readable = watched(&events);
        if waiting == 0 && timeout != Some(Duration::ZERO) {
            let entered = Instant::now();
            let _ = self.poll.borrow_mut().poll(&mut events, timeout);
            metrics.idle_time += entered.elapsed();
            metrics.events += events.iter().count() as u64;
            signalled |= events.iter().any(|e| e.token() == SIGNAL_TOKEN);
            readable.extend(watched(&events));
        }
        self.metrics.set(metrics);
        self.update_time();
        if has_work {
            self.run_completions(ctx)?;
        }
        self.run_watchers(ctx, readable)?;
        if signalled {
            self.run_signals(ctx)?;
        }
        Ok(())
    }

    /// Runs thread-pool completions that have arrived. Returns whether any ran.
    fn run_completions(&self, ctx: &mut Context) -> Result<bool, Terminated> {
        let mut ran = false;
        loop {
            let next = self.pool.borrow().try_completed();
            let Some((id, result)) = next else { return Ok(ran) };
            ran = true;
            self.trace(TraceEvent::PoolFinished { id });
            let done = self.completions.borrow_mut().remove(&id);
            if let Some(done) = done {
                self.trace(TraceEvent::Callback { kind: "pool completion", id });
                self.invoke(ctx, |ctx| done(result, ctx).map(|()| JsValue::undefined()))?;
            }
        }
    }

    /// Check phase: run the immediates queued before the phase began.
    fn run_immediates(&self, ctx: &mut Context) -> Result<(), Terminated> {
        self.trace(TraceEvent::Phase("check"));
        let n = self.immediates.borrow().queued_len();
        for _ in 0..n {
            let slot = self.immediates.borrow_mut().pop_slot();
            let Some(slot) = slot else { break };
            let Some((id, target)) = slot else { continue };
            self.trace(TraceEvent::Callback { kind: "immediate", id });
            self.invoke_in_batch(ctx, |ctx| self.dispatch(Hook::Immediate, Hook::ImmediateThrew, target, ctx))?;
        }
        self.checkpoint(ctx)
    }

    /// Close phase: 'close' callbacks of handles closed this iteration.
    fn run_close_callbacks(&self, ctx: &mut Context) -> Result<(), Terminated> {
        self.trace(TraceEvent::Phase("close callbacks"));
        let batch: Vec<Deferred> = self.closing.borrow_mut().drain(..).collect();
        for (i, cb) in batch.into_iter().enumerate() {
            self.trace(TraceEvent::Callback { kind: "close callback", id: i as u64 + 1 });
            self.invoke(ctx, |ctx| cb(ctx).map(|()| JsValue::undefined()))?;
        }
        Ok(())
    }

    /// One `uv_run(UV_RUN_DEFAULT)`: iterate the phases while the loop is
    /// alive.
    fn run_phases(&self, ctx: &mut Context) -> Result<(), Terminated> {
        while self.alive() {
            let n = self.iteration.get() + 1;
            self.iteration.set(n);
            self.trace(TraceEvent::Iteration(n));
            self.update_time();
            self.run_due_timers(ctx)?;
            self.run_pending(ctx)?;
            self.poll(ctx)?;
            self.run_immediates(ctx)?;
            self.run_close_callbacks(ctx)?;
        }
        Ok(())
    }

    /// Runs the loop to the end, as Node's `SpinEventLoop`: run the phases
    /// until nothing is alive, emit `beforeExit`, and go round again if a
    /// listener scheduled more work.
    pub fn run(&self, ctx: &mut Context) -> Result<(), Terminated> {
        self.update_time();
        if self.started_at.get().is_none() {
            self.started_at.set(Some(Instant::now()));
        }
        loop {
            self.run_phases(ctx)?;
            self.trace(TraceEvent::BeforeExit);
            if let Some(hook) = self.hook(Hook::BeforeExit) {
                self.invoke(ctx, |ctx| hook.call(&JsValue::undefined(), &[], ctx))?;
            }
            if !self.alive() {
                self.trace(TraceEvent::Exit);
                self.exited_at.set(Some(Instant::now()));
                return Ok(());
            }
        }
    }
}

/// Where an exception was thrown, as `"file:line:column"`: the innermost
/// frame of the backtrace Boa attached when it was thrown, which only the
/// error's `Display` reveals (it lists the frames as `    at f (file:l:c)`).
/// A site inside a builtin (`node:...`) is reported too: Node then prints
/// its own source line, which the report replaces by a blank line.
fn throw_site(err: &JsError) -> Option<String> {
    let text = err.to_string();
    // The display starts with the thrown value's own display (an Error's
    // includes its creation frames); the throw's backtrace follows it.
    let own = match (err.as_opaque(), err.as_native()) {
        (Some(v), _) => v.display().to_string(),
        (None, Some(native)) => native.to_string(),
        _ => String::new(),
    };
    let frames = text.strip_prefix(own.as_str()).unwrap_or(&text);
    frames.lines().filter_map(|l| l.strip_prefix("    at ")).find_map(|frame| {
        let loc = frame.rsplit_once(" (")?.1.strip_suffix(')')?;
        let (rest, col) = loc.rsplit_once(':')?;
        let (file, line) = rest.rsplit_once(':')?;
        (!file.is_empty() && line.parse::<u32>().is_ok() && col.parse::<u32>().is_ok()).then(|| loc.to_string())
    })
}

#[cfg(test)]
mod tests;

//! `internalBinding('performance')`: what `perf_hooks` needs from the
//! host — the high-resolution clock and its origin, node's start-up
//! milestones, the event loop's metrics (idle time for
//! `eventLoopUtilization`), and histograms: recordable ones
//! (`createHistogram`) and the event-loop-delay sampler
//! (`monitorEventLoopDelay`), whose timer runs in the loop without
//! calling into JavaScript, like node's libuv timer.
//!
//! A histogram is a native object (`HistogramHandle`) that the JavaScript
//! `Histogram` keeps; every function below takes it as first argument.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Instant;

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsBigInt, JsData, JsNativeError, JsObject, JsResult, JsValue};
use boa_gc::{Finalize, Trace};
use engine_glue::native::{arg, arg_number, binding_object, set};
use engine_glue::EventLoop;

use crate::bindings::process::{hrtime_ns_at, origin, origin_unix_ms};
use crate::bootstrap::Host;
use crate::histogram::{ConfigError, Histogram};

// ---- clock and milestones ---------------------------------------------------

/// `now()` → ms since the process start (`performance.now()`).
fn now(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok((origin().elapsed().as_secs_f64() * 1000.0).into())
}

/// `timeOrigin()` → the process start as a Unix time in ms.
fn time_origin(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(origin_unix_ms().into())
}

fn hrtime_value(t: Option<Instant>) -> JsValue {
    t.map_or(JsValue::from(-1), |t| JsValue::from(hrtime_ns_at(t) as f64))
}

/// `milestones()` → `[timeOrigin, nodeStart, v8Start, environment,
/// bootstrapComplete, loopStart, loopExit]` on `process.hrtime()`'s clock
/// in ns, -1 for one that has not happened (yet).
fn milestones(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let l = &host.event_loop;
    let c = &host.config;
    let values = [
        hrtime_value(Some(origin())),
        hrtime_value(c.started_at),
        hrtime_value(c.engine_ready_at),
        hrtime_value(Some(host.environment_at)),
        hrtime_value(host.bootstrapped_at.get()),
        hrtime_value(l.started_at()),
        hrtime_value(l.exited_at()),
    ];
    Ok(JsArray::from_iter(values, ctx).into())
}

/// `loopIdleTime()` → ms the event loop has spent blocked in poll.
fn loop_idle_time(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    Ok((host.event_loop.metrics().idle_time.as_secs_f64() * 1000.0).into())
}

/// `uvMetricsInfo()` → `[loopCount, events, eventsWaiting]`.
fn uv_metrics_info(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let m = host.event_loop.metrics();
    let values = [m.loop_count, m.events, m.events_waiting].map(|n| JsValue::from(n as f64));
    Ok(JsArray::from_iter(values, ctx).into())
}

// ---- histograms ---------------------------------------------------------------

/// A histogram and what node keeps beside it: how many values did not fit,
/// and the time of the last `recordDelta`.
struct HistogramState {
    histogram: RefCell<Histogram>,
    exceeds: Cell<u64>,
    /// `process.hrtime()` ns of the previous `recordDelta`, 0 before the first.
    prev: Cell<u128>,
}

impl HistogramState {
    fn new(histogram: Histogram) -> Rc<Self> {
        Rc::new(HistogramState { histogram: RefCell::new(histogram), exceeds: Cell::new(0), prev: Cell::new(0) })
    }

    fn record(&self, value: i64) {
        if !self.histogram.borrow_mut().record(value) {
            self.exceeds.set(self.exceeds.get() + 1);
        }
    }

    /// Records the ns since the previous call (nothing on the first).
    fn record_delta(&self) {
        let now = hrtime_ns_at(Instant::now());
        let prev = self.prev.get();
        if prev > 0 {
            self.record(i64::try_from(now.saturating_sub(prev)).unwrap_or(i64::MAX));
        }
        self.prev.set(now);
    }
}

/// The event-loop-delay sampler's timer: every `interval` ms, the time
/// since its previous run is recorded.
struct Sampler {
    event_loop: Rc<EventLoop>,
    interval: u64,
    timer: Cell<Option<u64>>,
}

#[derive(Trace, Finalize, JsData)]
struct HistogramHandle {
    #[unsafe_ignore_trace]
    state: Rc<HistogramState>,
    #[unsafe_ignore_trace]
    sampler: Option<Sampler>,
}

fn handle_arg(args: &[JsValue]) -> JsResult<JsObject> {
    handle_of(&arg(args, 0))
}

fn handle_of(value: &JsValue) -> JsResult<JsObject> {
    value
        .as_object()
        .filter(|o| o.downcast_ref::<HistogramHandle>().is_some())
        .ok_or_else(|| JsNativeError::typ().with_message("binding: expected a histogram handle").into())
}

fn state_of(args: &[JsValue]) -> JsResult<Rc<HistogramState>> {
    state_of_value(&arg(args, 0))
}

fn state_of_value(value: &JsValue) -> JsResult<Rc<HistogramState>> {
    let obj = handle_of(value)?;
    let handle = obj.downcast_ref::<HistogramHandle>().expect("checked by handle_arg");
    Ok(handle.state.clone())
}

/// A 64-bit figure as a number or, with `big`, a bigint.
fn figure(value: i64, big: bool) -> JsValue {
    if big {
        JsBigInt::from(value).into()
    } else {
        JsValue::from(value as f64)
    }
}

/// An `i64` argument given as a number (already validated as an integer by
/// the JavaScript) or a bigint; `None` if a bigint does not fit.
fn i64_arg(value: &JsValue) -> Option<i64> {
    if let Some(big) = value.as_bigint() {
        return big.to_string().parse::<i64>().ok();
    }
    value.as_number().map(|n| n as i64)
}

/// `create(lowest, highest, figures)` → a handle; a RangeError for a
/// layout HdrHistogram refuses (node aborts on those).
fn create(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let lowest = i64_arg(&arg(args, 0)).unwrap_or(0);
    let highest = i64_arg(&arg(args, 1)).unwrap_or(0);
    let figures = arg_number(args, 2, ctx)? as u32;
    let histogram = Histogram::new(lowest, highest, figures).map_err(|e| {
        let why = match e {
            ConfigError::OutOfRange => "is out of range",
            ConfigError::TooWide => "needs too many significant figures for options.lowest",
        };
        JsNativeError::range().with_message(format!("The histogram layout {why}"))
    })?;
    let handle = HistogramHandle { state: HistogramState::new(histogram), sampler: None };
    Ok(JsObject::from_proto_and_data(None, handle).into())
}

/// `createELD(resolution)` → the handle of an event-loop-delay sampler
/// (disabled). Its values are ns, counted from 1 µs as node's are.
fn create_eld(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx)?;
    let interval = arg_number(args, 0, ctx)?.max(1.0) as u64;
    let histogram = Histogram::new(1000, i64::MAX, 3).expect("a valid layout");
    let sampler = Sampler { event_loop: host.event_loop.clone(), interval, timer: Cell::new(None) };
    let handle = HistogramHandle { state: HistogramState::new(histogram), sampler: Some(sampler) };
    Ok(JsObject::from_proto_and_data(None, handle).into())
}

/// `start(handle)`: arms the sampler's timer (unref'd: it never keeps the
/// process alive). Values recorded before are kept.
fn start(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let obj = handle_arg(args)?;
    let handle = obj.downcast_ref::<HistogramHandle>().expect("checked by handle_arg");
    if let Some(s) = &handle.sampler {
        if s.timer.get().is_none() {
            let state = handle.state.clone();
            let id = s.event_loop.native_timer_start(s.interval, s.interval, false, Rc::new(move || state.record_delta()));
            s.timer.set(Some(id));
        }
    }
    Ok(JsValue::undefined())
}

/// `stop(handle)`: disarms the sampler's timer.
fn stop(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let obj = handle_arg(args)?;
    let handle = obj.downcast_ref::<HistogramHandle>().expect("checked by handle_arg");
    if let Some(s) = &handle.sampler {
        if let Some(id) = s.timer.take() {
            s.event_loop.timer_stop(id);
        }
    }
    Ok(JsValue::undefined())
}

/// `record(handle, value)`: `value` is an integer number >= 1 or a bigint;
/// returns false (recording nothing) for a bigint outside 1..2^63.
fn record(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let state = state_of(args)?;
    match i64_arg(&arg(args, 1)) {
        Some(v) if v >= 1 => {
            state.record(v);
            Ok(true.into())
        }
        _ => Ok(false.into()),
    }
}

fn record_delta(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    state_of(args)?.record_delta();
    Ok(JsValue::undefined())
}

/// `add(handle, other)`: adds `other`'s counts and its `exceeds`.
fn add(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let state = state_of(args)?;
    let other = state_of_value(&arg(args, 1))?;
    // Adding a histogram to itself doubles it: copy it first.
    let from = other.histogram.borrow().clone();
    state.histogram.borrow_mut().add(&from);
    state.exceeds.set(state.exceeds.get() + other.exceeds.get());
    Ok(JsValue::undefined())
}

fn reset(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let state = state_of(args)?;
    state.histogram.borrow_mut().reset();
    state.exceeds.set(0);
    state.prev.set(0);
    Ok(JsValue::undefined())
}

/// `stat(handle, name, bigint)`: `count`, `min`, `max`, `exceeds` (as
/// numbers or bigints), `mean`, `stddev`.
fn stat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let state = state_of(args)?;
    let name = arg(args, 1).to_string(ctx)?.to_std_string_escaped();
    let big = arg(args, 2).to_boolean();
    let h = state.histogram.borrow();
    Ok(match name.as_str() {
        "count" => figure(h.count(), big),
        "min" => figure(h.min(), big),
        "max" => figure(h.max(), big),
        "exceeds" => figure(i64::try_from(state.exceeds.get()).unwrap_or(i64::MAX), big),
        "mean" => h.mean().into(),
        "stddev" => h.stddev().into(),
        _ => JsValue::undefined(),
    })
}

/// `percentile(handle, p, bigint)`, `p` in `(0, 100]`.
fn percentile(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let state = state_of(args)?;
    let p = arg_number(args, 1, ctx)?;
    let big = arg(args, 2).to_boolean();
    let value = state.histogram.borrow().percentile(p);
    Ok(figure(value, big))
}

/// `percentiles(handle, bigint)` → `[[percentile, value], ...]`.
fn percentiles(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let state = state_of(args)?;
    let big = arg(args, 1).to_boolean();
    let list = state.histogram.borrow().percentiles();
    let pairs: Vec<JsValue> = list
        .into_iter()
        .map(|(p, v)| JsArray::from_iter([JsValue::from(p), figure(v, big)], ctx).into())
        .collect();
    Ok(JsArray::from_iter(pairs, ctx).into())
}

pub fn binding(ctx: &mut Context) -> JsResult<JsObject> {
    let obj = binding_object(
        ctx,
        &[
            ("now", now, 0),
            ("timeOrigin", time_origin, 0),
            ("milestones", milestones, 0),
            ("loopIdleTime", loop_idle_time, 0),
            ("uvMetricsInfo", uv_metrics_info, 0),
        ],
    );
    let histogram = binding_object(
        ctx,
        &[
            ("create", create, 3),
            ("createELD", create_eld, 1),
            ("start", start, 1),
            ("stop", stop, 1),
            ("record", record, 2),
            ("recordDelta", record_delta, 1),
            ("add", add, 2),
            ("reset", reset, 1),
            ("stat", stat, 3),
            ("percentile", percentile, 3),
            ("percentiles", percentiles, 2),
        ],
    );
    set(&obj, "histogram", histogram, ctx)?;
    Ok(obj)
}

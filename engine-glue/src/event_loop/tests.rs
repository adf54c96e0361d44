//! Loop-level tests that need no Node API: phase order, timer order,
//! thread-pool completions waking a blocked poll.

use std::cell::RefCell;
use std::rc::Rc;

use boa_engine::{js_string, Context, JsObject, JsValue, NativeFunction, Source};

use super::*;

fn setup() -> (Context, Rc<EventLoop>) {
    let mt = Microtasks::new();
    let ctx = Context::builder().job_executor(mt.clone()).build().expect("context");
    let ev = EventLoop::new(mt, LoopConfig::default()).expect("loop");
    (ctx, ev)
}

/// A JS function that appends its first argument's `name` to `log`.
fn logger(ctx: &mut Context, log: Rc<RefCell<Vec<String>>>) -> JsObject {
    let f = unsafe {
        NativeFunction::from_closure(move |_this, args, ctx| {
            let v = args.first().cloned().unwrap_or_default();
            let name = match v.as_object() {
                Some(o) => o.get(js_string!("name"), ctx)?.to_string(ctx)?.to_std_string_escaped(),
                None => v.to_string(ctx)?.to_std_string_escaped(),
            };
            log.borrow_mut().push(name);
            Ok(JsValue::undefined())
        })
    };
    f.to_js_function(ctx.realm()).into()
}

fn named(ctx: &mut Context, name: &str) -> JsObject {
    ctx.eval(Source::from_bytes(&format!("({{ name: '{name}' }})")))
        .expect("eval")
        .as_object()
        .expect("object")
        .clone()
}

#[test]
fn timers_run_by_deadline_then_insertion_order_and_before_immediates() {
    let (mut ctx, ev) = setup();
    let log = Rc::new(RefCell::new(Vec::new()));
    let f = logger(&mut ctx, log.clone());
    ev.set_hook(Hook::Timer, f.clone());
    ev.set_hook(Hook::Immediate, f);
    let (a, b, c, i) = (named(&mut ctx, "a"), named(&mut ctx, "b"), named(&mut ctx, "c"), named(&mut ctx, "imm"));
    // Counted from now, not from when the loop was made (setting up the
    // functions takes a while on a loaded machine), and long enough that
    // none is due when the first iteration's timers phase runs.
    ev.update_time();
    ev.timer_start(1, a, 40, true);
    ev.timer_start(2, b, 20, true);
    ev.timer_start(3, c, 40, true);
    ev.immediate_push(4, i);
    ev.run(&mut ctx).expect("run");
    assert_eq!(*log.borrow(), ["imm", "b", "a", "c"]);
}

#[test]
fn unrefd_timer_does_not_keep_the_loop_alive() {
    let (mut ctx, ev) = setup();
    let log = Rc::new(RefCell::new(Vec::new()));
    let f = logger(&mut ctx, log.clone());
    ev.set_hook(Hook::Timer, f);
    let t = named(&mut ctx, "t");
    ev.timer_start(1, t, 10_000, true);
    ev.timer_set_ref(1, false);
    assert!(!ev.alive());
    ev.run(&mut ctx).expect("run");
    assert!(log.borrow().is_empty());
}

#[test]
fn pool_completion_runs_on_the_loop_thread_in_poll() {
    let (mut ctx, ev) = setup();
    let got = Rc::new(RefCell::new(None));
    let got2 = got.clone();
    ev.queue_work(
        Box::new(|| {
            std::thread::sleep(std::time::Duration::from_millis(20));
            Box::new(6 * 7u32)
        }),
        move |r, _ctx| {
            *got2.borrow_mut() = r.downcast::<u32>().ok().map(|b| *b);
            Ok(())
        },
    );
    assert!(ev.alive());
    ev.run(&mut ctx).expect("run");
    assert_eq!(*got.borrow(), Some(42));
    assert!(!ev.alive());
}

#[test]
fn checkpoint_runs_ticks_before_promise_jobs() {
    let (mut ctx, ev) = setup();
    let log = Rc::new(RefCell::new(Vec::new()));
    let f = logger(&mut ctx, log.clone());
    ctx.register_global_property(js_string!("log"), f.clone(), boa_engine::property::Attribute::all())
        .expect("global");
    ctx.eval(Source::from_bytes("Promise.resolve().then(() => log('promise'))")).expect("eval");
    ev.microtasks().queue_tick(crate::microtasks::Tick {
        callback: f,
        args: vec![js_string!("tick").into()],
        frame: JsValue::undefined(),
    });
    ev.checkpoint(&mut ctx).expect("checkpoint");
    assert_eq!(*log.borrow(), ["tick", "promise"]);
}

#[test]
fn threadpool_size_follows_libuv_rules() {
    assert_eq!(pool_size_from_env(None), 4);
    assert_eq!(pool_size_from_env(Some("8")), 8);
    assert_eq!(pool_size_from_env(Some("0")), 1);
    assert_eq!(pool_size_from_env(Some("5000")), 1024);
    assert_eq!(pool_size_from_env(Some("x")), 4);
}

#[test]
fn idle_time_is_the_time_blocked_in_poll() {
    let (mut ctx, ev) = setup();
    let log = Rc::new(RefCell::new(Vec::new()));
    let f = logger(&mut ctx, log.clone());
    ev.set_hook(Hook::Timer, f);
    let t = named(&mut ctx, "t");
    ev.update_time();
    ev.timer_start(1, t, 30, true);
    assert_eq!(ev.metrics(), LoopMetrics::default());
    assert!(ev.started_at().is_none());
    ev.run(&mut ctx).expect("run");
    let m = ev.metrics();
    // The loop waited for the timer in poll, then found nothing alive.
    assert!(m.idle_time >= Duration::from_millis(20), "{m:?}");
    assert!(m.idle_time <= ev.exited_at().unwrap() - ev.started_at().unwrap());
    assert_eq!(m.loop_count, 1);
    assert_eq!(*log.borrow(), ["t"]);
}

#[test]
fn native_timers_repeat_without_keeping_the_loop_alive() {
    let (mut ctx, ev) = setup();
    let log = Rc::new(RefCell::new(Vec::new()));
    let f = logger(&mut ctx, log.clone());
    ev.set_hook(Hook::Timer, f);
    let ticks = Rc::new(Cell::new(0u32));
    let counter = ticks.clone();
    let id = ev.native_timer_start(2, 2, false, Rc::new(move || counter.set(counter.get() + 1)));
    // Alone, an unref'd host timer lets the loop end at once.
    ev.run(&mut ctx).expect("run");
    assert_eq!(ticks.get(), 0);
    // While a JS timer keeps the loop alive, it fires again and again.
    let t = named(&mut ctx, "t");
    ev.update_time();
    ev.timer_start(1, t, 40, true);
    ev.run(&mut ctx).expect("run");
    assert!(ticks.get() >= 3, "{}", ticks.get());
    ev.timer_stop(id);
    let seen = ticks.get();
    let t = named(&mut ctx, "u");
    ev.timer_start(1, t, 10, true);
    ev.run(&mut ctx).expect("run");
    assert_eq!(ticks.get(), seen);
    assert_eq!(*log.borrow(), ["t", "u"]);
}

//! Host hooks Boa calls into: promise rejection tracking, and the job
//! callbacks that carry the async context frame of a promise reaction from
//! where it was registered (`then`, `await`) to where it runs.
//!
//! When a promise is rejected with no handler, or a handler is attached to
//! an already-rejected promise, Boa calls `promise_rejection_tracker`. Like
//! V8's `PromiseRejectCallback` in Node, we forward each event straight to a
//! JavaScript function registered by the bootstrap, which only *records* it;
//! the records are processed at the end of the microtask checkpoint.

use std::cell::RefCell;
use std::rc::Rc;

use boa_engine::builtins::promise::OperationType;
use boa_engine::context::HostHooks;
use boa_engine::job::{HostValue, JobCallback};
use boa_engine::object::builtins::{JsFunction, JsPromise};
use boa_engine::{Context, JsObject, JsResult, JsValue};

use crate::microtasks::Microtasks;

/// The runtime's [`HostHooks`].
pub struct RuntimeHooks {
    microtasks: Rc<Microtasks>,
    /// `(type, promise, reason)` with type 0 = rejected without handler,
    /// 1 = handler added after rejection.
    on_reject: RefCell<Option<JsObject>>,
}

impl RuntimeHooks {
    pub fn new(microtasks: Rc<Microtasks>) -> Rc<Self> {
        Rc::new(RuntimeHooks { microtasks, on_reject: RefCell::new(None) })
    }

    pub fn set_rejection_callback(&self, f: JsObject) {
        *self.on_reject.borrow_mut() = Some(f);
    }
}

impl HostHooks for RuntimeHooks {
    /// HostMakeJobCallback: remember the current async context frame (the
    /// spec's [[HostDefined]] is there for this), held without a box.
    fn make_job_callback(&self, callback: JsFunction, _context: &mut Context) -> JobCallback {
        JobCallback::with_host_value(callback, self.microtasks.frame())
    }

    /// HostCallJobCallback: run the reaction inside the frame it was
    /// registered in.
    fn call_job_callback(&self, job: &JobCallback, this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
        let frame = job.host_defined().as_any().downcast_ref::<HostValue>().map(|f| f.0.clone());
        let Some(frame) = frame else { return job.callback().call(this, args, context) };
        let outer = self.microtasks.swap_frame(frame);
        let result = job.callback().call(this, args, context);
        self.microtasks.swap_frame(outer);
        result
    }

    fn promise_rejection_tracker(
        &self,
        promise: &boa_engine::JsObject<boa_engine::builtins::promise::Promise>,
        operation: OperationType,
        context: &mut Context,
    ) {
        let Some(cb) = self.on_reject.borrow().clone() else { return };
        let promise: JsObject = promise.clone().upcast();
        let (kind, reason) = match operation {
            OperationType::Reject => {
                let reason = JsPromise::from_object(promise.clone())
                    .ok()
                    .and_then(|p| match p.state() {
                        boa_engine::builtins::promise::PromiseState::Rejected(v) => Some(v),
                        _ => None,
                    })
                    .unwrap_or_default();
                (0, reason)
            }
            OperationType::Handle => (1, JsValue::undefined()),
        };
        self.microtasks.mark_rejections_pending();
        // The tracker must complete normally; the JS side only records.
        let _ = cb.call(&JsValue::undefined(), &[kind.into(), promise.into(), reason], context);
    }
}

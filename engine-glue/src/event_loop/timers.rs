//! The timers phase's data: a min-heap of deadlines.
//!
//! Like libuv, a timer is due when its deadline (in whole milliseconds of
//! *loop time*) is `<=` the loop's cached "now". Timers with the same deadline
//! run in the order they were scheduled: the heap is ordered by
//! `(deadline, sequence number)`, and rescheduling (`refresh`, intervals)
//! takes a fresh sequence number.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::rc::Rc;

use boa_engine::JsObject;
use rustc_hash::FxHashMap;

/// What a timer does when due.
#[derive(Clone)]
pub enum TimerTarget {
    /// A JavaScript `Timeout`, handed back to the JS timer dispatcher.
    Js(JsObject),
    /// A host timer that runs no JavaScript (libuv's own `uv_timer_t`s,
    /// such as the event-loop-delay sampler), re-armed `repeat` ms after
    /// each run when `repeat > 0`.
    Native { callback: Rc<dyn Fn()>, repeat: u64 },
}

/// A scheduled timer.
pub struct TimerEntry {
    pub target: TimerTarget,
    pub deadline: u64,
    pub seq: u64,
    pub refed: bool,
}

#[derive(Default)]
pub struct Timers {
    heap: BinaryHeap<Reverse<(u64, u64, u64)>>, // (deadline, seq, id)
    entries: FxHashMap<u64, TimerEntry>,
    next_seq: u64,
    refed: usize,
}

impl Timers {
    /// Schedules (or reschedules) timer `id` at `deadline`.
    pub fn schedule(&mut self, id: u64, target: TimerTarget, deadline: u64, refed: bool) {
        self.cancel(id);
        self.next_seq += 1;
        let seq = self.next_seq;
        self.heap.push(Reverse((deadline, seq, id)));
        if refed {
            self.refed += 1;
        }
        self.entries.insert(id, TimerEntry { target, deadline, seq, refed });
    }

    /// Removes timer `id`; its heap slot becomes stale and is skipped later.
    pub fn cancel(&mut self, id: u64) -> bool {
        match self.entries.remove(&id) {
            Some(e) => {
                if e.refed {
                    self.refed -= 1;
                }
                true
            }
            None => false,
        }
    }

    /// `timeout.ref()` / `timeout.unref()` of a scheduled timer.
    pub fn set_ref(&mut self, id: u64, refed: bool) {
        if let Some(e) = self.entries.get_mut(&id) {
            if e.refed != refed {
                e.refed = refed;
                if refed {
                    self.refed += 1;
                } else {
                    self.refed -= 1;
                }
            }
        }
    }

    /// Number of timers that keep the loop alive.
    pub fn refed_count(&self) -> usize {
        self.refed
    }

    /// Number of ref'd JavaScript timers (host timers left out): what
    /// `process.getActiveResourcesInfo()` lists as 'Timeout'.
    pub fn refed_js_count(&self) -> usize {
        self.entries.values().filter(|e| e.refed && matches!(e.target, TimerTarget::Js(_))).count()
    }

    /// Drops heap slots whose timer was cancelled or rescheduled.
    fn skip_stale(&mut self) {
        while let Some(Reverse((deadline, seq, id))) = self.heap.peek().copied() {
            match self.entries.get(&id) {
                Some(e) if e.seq == seq && e.deadline == deadline => return,
                _ => {
                    self.heap.pop();
                }
            }
        }
    }

    /// The earliest deadline of any scheduled timer (ref'd or not: an
    /// unref'd timer still fires if the loop is alive for another reason).
    pub fn next_deadline(&mut self) -> Option<u64> {
        self.skip_stale();
        self.heap.peek().map(|Reverse((d, _, _))| *d)
    }

    /// Removes and returns the next timer due at `now`, if any.
    pub fn pop_due(&mut self, now: u64) -> Option<(u64, TimerTarget, bool)> {
        self.skip_stale();
        let Reverse((deadline, _, id)) = *self.heap.peek()?;
        if deadline > now {
            return None;
        }
        self.heap.pop();
        let entry = self.entries.remove(&id)?;
        if entry.refed {
            self.refed -= 1;
        }
        Some((id, entry.target, entry.refed))
    }

    pub fn is_scheduled(&self, id: u64) -> bool {
        self.entries.contains_key(&id)
    }
}

//! The check phase's data: the queue of `setImmediate` callbacks.
//!
//! The check phase runs the immediates that were queued *before* the phase
//! began; an immediate queued by another immediate runs on the next loop
//! iteration. `clearImmediate` removes an entry; `unref()` keeps it queued
//! but stops it from keeping the loop alive.

use std::collections::VecDeque;

use boa_engine::JsObject;
use rustc_hash::FxHashMap;

#[derive(Default)]
pub struct Immediates {
    order: VecDeque<u64>,
    entries: FxHashMap<u64, (JsObject, bool)>, // id -> (target, refed)
    refed: usize,
}

impl Immediates {
    pub fn push(&mut self, id: u64, target: JsObject) {
        self.order.push_back(id);
        self.entries.insert(id, (target, true));
        self.refed += 1;
    }

    pub fn clear(&mut self, id: u64) {
        if let Some((_, refed)) = self.entries.remove(&id) {
            if refed {
                self.refed -= 1;
            }
        }
    }

    pub fn set_ref(&mut self, id: u64, refed: bool) {
        if let Some(entry) = self.entries.get_mut(&id) {
            if entry.1 != refed {
                entry.1 = refed;
                if refed {
                    self.refed += 1;
                } else {
                    self.refed -= 1;
                }
            }
        }
    }

    /// How many immediates are queued now: the check phase runs this many
    /// queue slots and no more.
    pub fn queued_len(&self) -> usize {
        self.order.len()
    }

    /// Takes the next queue slot: `None` when the queue is empty,
    /// `Some(None)` for a slot whose immediate was cleared.
    pub fn pop_slot(&mut self) -> Option<Option<(u64, JsObject)>> {
        let id = self.order.pop_front()?;
        let Some((target, refed)) = self.entries.remove(&id) else {
            return Some(None);
        };
        if refed {
            self.refed -= 1;
        }
        Some(Some((id, target)))
    }

    pub fn refed_count(&self) -> usize {
        self.refed
    }
}

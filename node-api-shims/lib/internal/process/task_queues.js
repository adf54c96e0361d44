'use strict';
// process.nextTick and queueMicrotask. The queues themselves live in the
// event loop (engine-glue's Microtasks): the nextTick queue drains before
// the promise job queue at every microtask checkpoint. nextTick is the
// binding's native function (see bindings/task_queue.rs).

const { validateFunction } = require('internal/errors');
const binding = internalBinding('task_queue');

const nextTick = binding.nextTick;

// A hot path: the type is checked inline and the validator runs only to
// build the error.
function queueMicrotask(callback) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  binding.queueMicrotask(callback);
}

function setup(process) {
  binding.setProcess(process);
  process.nextTick = nextTick;
}

module.exports = { setup, nextTick, queueMicrotask };

'use strict';
// process.nextTick and queueMicrotask. The queues themselves live in the
// event loop (engine-glue's Microtasks): the nextTick queue drains before
// the promise job queue at every microtask checkpoint.

const { validateFunction } = require('internal/errors');
const binding = internalBinding('task_queue');

// Hot paths: the type is checked inline and the validator runs only to
// build the error.
function nextTick(callback, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  if (process._exiting) return;
  binding.queueTick(callback, args.length > 0 ? args : undefined);
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  binding.queueMicrotask(callback);
}

function setup(process) {
  process.nextTick = nextTick;
}

module.exports = { setup, nextTick, queueMicrotask };

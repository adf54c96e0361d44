'use strict';
// The async context frame: the map of AsyncLocalStorage -> store that is
// current now. The engine glue carries it with every tick, microtask and
// promise reaction; timers and immediates carry it here. Until the first
// AsyncLocalStorage or AsyncResource exists, nothing is captured (the
// frame can only be empty), so scripts that never use them pay nothing.

const { getAsyncFrame, swapAsyncFrame } = internalBinding('task_queue');

const state = { active: false };

function activate() {
  state.active = true;
}

// The frame to give a timer or immediate being created.
function capture() {
  return state.active ? getAsyncFrame() : undefined;
}

// Runs `fn` with `frame` current, restoring the previous one after.
function runInFrame(frame, fn, thisArg, args) {
  const outer = swapAsyncFrame(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    swapAsyncFrame(outer);
  }
}

module.exports = { state, activate, capture, runInFrame, getAsyncFrame, swapAsyncFrame };

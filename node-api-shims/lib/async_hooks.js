'use strict';
// `async_hooks`: AsyncLocalStorage and AsyncResource. A store lives in the
// async context frame (internal/async_context), which follows the async
// flow through promises (`then` and `await` keep the frame of where they
// were registered), process.nextTick, queueMicrotask, timers and
// immediates, as in node. Frames are never changed in place: `run` makes
// a new one, so work scheduled earlier keeps what it captured.
// (createHook and the async-id functions are not provided.)

const asyncContext = require('internal/async_context');
const { validateFunction, validateString, codes: { ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID } } = require('internal/errors');

function frameWith(storage, store) {
  const frame = new Map(asyncContext.getAsyncFrame());
  frame.set(storage, store);
  return frame;
}

function frameWithout(storage) {
  const current = asyncContext.getAsyncFrame();
  if (current === undefined || !current.has(storage)) return current;
  const frame = new Map(current);
  frame.delete(storage);
  return frame;
}

class AsyncLocalStorage {
  constructor() {
    asyncContext.activate();
  }

  static bind(fn) {
    validateFunction(fn, 'fn');
    return AsyncLocalStorage.snapshot().bind(undefined, fn);
  }

  static snapshot() {
    asyncContext.activate();
    const frame = asyncContext.getAsyncFrame();
    return function runInAsyncScope(fn, ...args) {
      return asyncContext.runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    asyncContext.swapAsyncFrame(frameWithout(this));
  }

  getStore() {
    return asyncContext.getAsyncFrame()?.get(this);
  }

  enterWith(store) {
    asyncContext.swapAsyncFrame(frameWith(this, store));
  }

  run(store, callback, ...args) {
    return asyncContext.runInFrame(frameWith(this, store), callback, undefined, args);
  }

  exit(callback, ...args) {
    return asyncContext.runInFrame(frameWithout(this), callback, undefined, args);
  }
}

let nextAsyncId = 1;
const kFrame = Symbol('frame');
const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerAsyncId');

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts === 'object' && opts !== null) triggerAsyncId = opts.triggerAsyncId;
    if (triggerAsyncId === undefined) triggerAsyncId = 1;
    else if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
    asyncContext.activate();
    this[kFrame] = asyncContext.getAsyncFrame();
    this[kAsyncId] = ++nextAsyncId;
    this[kTriggerId] = triggerAsyncId;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return asyncContext.runInFrame(this[kFrame], fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      // Without thisArg, the bound function passes on its own `this`.
      bound = function(...args) { return resource.runInAsyncScope(fn, this, ...args); };
    } else {
      bound = (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    }
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

module.exports = { AsyncLocalStorage, AsyncResource };

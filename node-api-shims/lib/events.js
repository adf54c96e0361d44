/**
 * events — Node's `EventEmitter` and the helpers of the `events` module.
 *
 * An emitter keeps its listeners in `this._events`, a null-prototype object
 * mapping event name -> listener function (one listener) or array of
 * listener functions (several). `this._eventsCount` counts the event names
 * in use. These field names, their order, and the two symbol-keyed flags
 * (`Symbol(shapeMode)`, `Symbol(kCapture)`) are the same as in Node, so
 * `console.log(new EventEmitter())` prints exactly like Node and old code
 * that pokes at `_events` keeps working.
 *
 * `once()` listeners are stored wrapped: the wrapper is a bound function
 * (`bound onceWrapper`) whose `.listener` property is the original; that is
 * how `listeners()` (unwrapped) differs from `rawListeners()` (as stored).
 *
 * Emitting 'error' with no 'error' listener throws: the error itself if it
 * is an Error, else ERR_UNHANDLED_ERROR ("Unhandled error. ('x')").
 *
 * With `captureRejections`, a listener returning a rejected promise is
 * routed to `emitter[Symbol.for('nodejs.rejection')]` or to 'error'.
 *
 * Not implemented here: the "Emitted 'error' event at:" stack enhancement
 * Node adds when an unhandled 'error' crashes the process, domains, and
 * listing the listeners of an EventTarget (getEventListeners returns [] for
 * those, since EventTarget keeps them privately).
 */
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNHANDLED_ERROR,
  },
  AbortError,
  genericNodeError,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/errors');

let inspectFn = null;
function inspect(value, options) {
  if (inspectFn === null) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kAsyncResource = Symbol('kAsyncResource');
const kEventEmitter = Symbol('kEventEmitter');
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

let defaultMaxListeners = 10;

// A fresh listener table: no prototype, so event names like 'toString' are safe.
function emptyEvents() {
  return Object.create(null);
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function checkMaxListeners(n, name) {
  validateNumber(n, name, 0);
}

// ---------------------------------------------------------------------------
// The constructor
// ---------------------------------------------------------------------------

// A plain function (not a class) so that old-style subclasses can call
// `EventEmitter.call(this)`.
function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

// Static properties, in Node's order (Object.keys(require('events'))).
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  configurable: true,
  get: function lazyEventEmitterAsyncResource() {
    return getEventEmitterAsyncResource();
  },
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    checkMaxListeners(value, 'defaultMaxListeners');
    defaultMaxListeners = value;
  },
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  return setMaxListeners(n, ...eventTargets);
};

// Sets up the per-instance fields. Node keeps this public (`EventEmitter.init`).
EventEmitter.init = function(opts) {
  // Subclasses may pre-populate `_events` on their prototype ("shape mode").
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = emptyEvents();
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }

  this._maxListeners = this._maxListeners || undefined;

  if (opts && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// Deprecated static form: EventEmitter.listenerCount(emitter, type).
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

// ---------------------------------------------------------------------------
// Prototype
// ---------------------------------------------------------------------------

const proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;
Object.defineProperty(proto, kCapture, {
  value: false, writable: true, enumerable: false,
});

function effectiveMaxListeners(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

proto.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

proto.getMaxListeners = function getMaxListeners() {
  return effectiveMaxListeners(this);
};

proto.emit = function emit(type, ...args) {
  let isUnhandledError = type === 'error';
  const events = this._events;

  if (events !== undefined) {
    // errorMonitor listeners see errors before the regular 'error' listeners.
    if (isUnhandledError && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...args);
    }
    isUnhandledError = isUnhandledError && events.error === undefined;
  } else if (!isUnhandledError) {
    return false;
  }

  if (isUnhandledError) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      throw er; // Unhandled 'error' event
    }
    let described;
    try {
      described = inspect(er);
    } catch {
      described = er;
    }
    const err = new ERR_UNHANDLED_ERROR(described);
    err.context = er;
    throw err; // Unhandled 'error' event
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) watchForRejection(this, result, type, args);
  } else {
    // Copy first: listeners may add/remove listeners while we iterate.
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) watchForRejection(this, result, type, args);
    }
  }
  return true;
};

// captureRejections: a listener returned a promise; if it rejects, report it.
function watchForRejection(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function(err) {
        // Report on the next tick so it is outside the promise job.
        nextTick(reportRejection, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function reportRejection(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Avoid a loop if the 'error' listener itself returns a rejected promise.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

function nextTick(fn, ...args) {
  if (process && typeof process.nextTick === 'function') {
    process.nextTick(fn, ...args);
  } else {
    enqueueMicrotask(() => fn(...args));
  }
}

function enqueueMicrotask(fn) {
  if (typeof queueMicrotask === 'function') queueMicrotask(fn);
  else Promise.resolve().then(fn);
}

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = emptyEvents();
    target._eventsCount = 0;
  } else {
    // Announce the new listener before adding it (so a 'newListener'
    // handler that adds listeners for the same event runs first).
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }

  const max = effectiveMaxListeners(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    const warning = genericNodeError(
      `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners ` +
      `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
      'Use emitter.setMaxListeners() to increase limit',
      { name: 'MaxListenersExceededWarning', emitter: target, type, count: existing.length });
    if (process && typeof process.emitWarning === 'function') process.emitWarning(warning);
  }
  return target;
}

proto.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};

proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  return addListenerImpl(this, type, listener, true);
};

// once(): store a wrapper that removes itself before calling the listener.
function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

proto.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

proto.removeListener = function removeListener(type, listener) {
  checkListener(listener);

  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    // The only listener for this event.
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = emptyEvents();
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    // Several listeners: remove the last registration of `listener`.
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    if (position === 0) list.shift();
    else list.splice(position, 1);

    if (list.length === 1) events[type] = list[0];

    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};

proto.off = proto.removeListener;

proto.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for 'removeListener': just drop the entries.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = emptyEvents();
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = emptyEvents();
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  // Otherwise remove one by one so 'removeListener' is emitted for each,
  // and remove the 'removeListener' listeners last.
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = emptyEvents();
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const stored = events[type];
  if (stored === undefined) return [];
  if (typeof stored === 'function') return unwrap ? [stored.listener || stored] : [stored];
  return unwrap ? stored.map((fn) => fn.listener || fn) : stored.slice();
}

proto.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const stored = events[type];
    if (typeof stored === 'function') {
      if (listener != null) return listener === stored || listener === stored.listener ? 1 : 0;
      return 1;
    }
    if (stored !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (const fn of stored) {
          if (fn === listener || fn.listener === listener) matching++;
        }
        return matching;
      }
      return stored.length;
    }
  }
  return 0;
}

proto.listenerCount = listenerCount;

proto.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---------------------------------------------------------------------------
// Module-level helpers
// ---------------------------------------------------------------------------

function isEventTarget(obj) {
  if (obj === null || typeof obj !== 'object') return false;
  if (typeof EventTarget === 'function' && obj instanceof EventTarget) return true;
  return typeof obj.addEventListener === 'function' &&
    typeof obj.removeEventListener === 'function' &&
    typeof obj.dispatchEvent === 'function';
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget !== null && emitterOrTarget !== undefined &&
      typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    return require('internal/event_target').listenersFor(emitterOrTarget, type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget !== null && emitterOrTarget !== undefined &&
      typeof emitterOrTarget.getMaxListeners === 'function') {
    return effectiveMaxListeners(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[kMaxEventTargetListeners] ?? defaultMaxListeners;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  checkMaxListeners(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (target !== null && target !== undefined && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

// Add a listener to an EventEmitter or an EventTarget.
function addAnyListener(emitter, name, listener, once) {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, { once: Boolean(once) });
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeAnyListener(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// Call `listener` once when `signal` aborts (right away, as a microtask, if
// it already has). Returns a disposable that removes the listener.
function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let removeEventListener;
  if (signal.aborted) {
    enqueueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      if (removeEventListener !== undefined) removeEventListener();
    },
  };
}

// await once(emitter, 'name') -> array of the event's arguments.
// Rejects if 'error' is emitted first, or with AbortError on abort.
async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      removeAnyListener(emitter, name, onEvent);
      if (signal != null) removeAnyListener(signal, 'abort', onAbort);
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal != null) removeAnyListener(signal, 'abort', onAbort);
      resolve(args);
    };
    function onAbort() {
      removeAnyListener(emitter, name, onEvent);
      removeAnyListener(emitter, 'error', onError);
      reject(new AbortError(undefined, { cause: signal ? signal.reason : undefined }));
    }

    addAnyListener(emitter, name, onEvent, true);
    if (name !== 'error' && typeof emitter.once === 'function') {
      // EventTargets have no special 'error' event.
      emitter.once('error', onError);
    }
    if (signal != null) addAnyListener(signal, 'abort', onAbort, true);
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

// for await (const args of on(emitter, 'name')) { ... }
// Events are queued until consumed; 'error' ends the iteration with that
// error; options: signal, close (event names that end the iteration),
// highWaterMark / lowWaterMark (pause()/resume() the emitter).
function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

  const queuedEvents = []; // event argument arrays not yet read
  const waitingReads = []; // { resolve, reject } of pending next() calls
  const registered = []; // [name, listener] to remove at the end
  let pendingError = null;
  let finished = false;
  let paused = false;

  const result = (value, done) => ({ value, done });

  const iterator = Object.setPrototypeOf({
    next() {
      if (queuedEvents.length > 0) {
        const value = queuedEvents.shift();
        if (paused && queuedEvents.length < lowWaterMark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(result(value, false));
      }
      if (pendingError) {
        const rejected = Promise.reject(pendingError);
        pendingError = null; // only the first read after an error rejects
        return rejected;
      }
      if (finished) return close();
      return new Promise((resolve, reject) => {
        waitingReads.push({ resolve, reject });
      });
    },
    return() {
      return close();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      fail(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  listen(event, function(...args) {
    deliver(args);
  });
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', fail);
  const closeEvents = options.close;
  if (closeEvents && closeEvents.length) {
    for (const name of closeEvents) listen(name, close);
  }
  const abortDisposable = signal ? addAbortListener(signal, onAbort) : null;

  return iterator;

  function listen(name, listener) {
    addAnyListener(emitter, name, listener, false);
    registered.push([name, listener]);
  }

  function onAbort() {
    fail(new AbortError(undefined, { cause: signal ? signal.reason : undefined }));
  }

  function deliver(args) {
    if (waitingReads.length > 0) {
      waitingReads.shift().resolve(result(args, false));
      return;
    }
    queuedEvents.push(args);
    if (!paused && queuedEvents.length > highWaterMark) {
      paused = true;
      emitter.pause();
    }
  }

  function fail(err) {
    if (waitingReads.length > 0) waitingReads.shift().reject(err);
    else pendingError = err;
    close();
  }

  function close() {
    if (abortDisposable) abortDisposable[SymbolDispose]();
    for (const [name, listener] of registered) removeAnyListener(emitter, name, listener);
    registered.length = 0;
    finished = true;
    const done = result(undefined, true);
    while (waitingReads.length > 0) waitingReads.shift().resolve(done);
    return Promise.resolve(done);
  }
}

// ---------------------------------------------------------------------------
// EventEmitterAsyncResource (only when async_hooks is available)
// ---------------------------------------------------------------------------

let EventEmitterAsyncResourceClass;

function getEventEmitterAsyncResource() {
  if (EventEmitterAsyncResourceClass !== undefined) return EventEmitterAsyncResourceClass;
  let AsyncResource;
  try {
    ({ AsyncResource } = require('async_hooks'));
  } catch {
    return undefined;
  }
  if (typeof AsyncResource !== 'function') return undefined;

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this[kEventEmitter] = ee;
    }

    get eventEmitter() {
      if (this[kEventEmitter] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      }
      return this[kEventEmitter];
    }
  }

  class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options ? options.name : undefined, 'options.name');
        }
        name = (options && options.name) || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const resource = this[kAsyncResource];
      if (resource === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      this.asyncResource.emitDestroy();
    }

    get asyncId() {
      return this.asyncResource.asyncId();
    }

    get triggerAsyncId() {
      return this.asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this[kAsyncResource];
    }
  }

  EventEmitterAsyncResourceClass = EventEmitterAsyncResource;
  return EventEmitterAsyncResourceClass;
}

module.exports = EventEmitter;

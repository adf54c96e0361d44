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
 * is an Error (marked so that, if it ends the process, the report adds
 * "Emitted 'error' event at:" and where emit was called), else
 * ERR_UNHANDLED_ERROR ("Unhandled error. ('x')").
 *
 * With `captureRejections`, a listener returning a rejected promise is
 * routed to `emitter[Symbol.for('nodejs.rejection')]` or to 'error'.
 *
 * `emit` itself is native (src/bindings/events.rs) for the common case,
 * falling back on `emitFull` here for the rest.
 *
 * The module-level helpers (once, on, getEventListeners, ...) accept
 * EventTargets too. Domains are not implemented (`usingDomains` is false).
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
  kEnhanceStackBeforeInspector,
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

// The whole of emit. EventEmitter.prototype.emit is a native fast path
// (src/bindings/events.rs) that calls listeners without building an array
// of their arguments, for an ordinary event whose table holds functions;
// it hands every other case, as it came, to this function.
function emitFull(type, ...args) {
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
      try {
        // Where emit was called, for the fatal report.
        const capture = {};
        Error.captureStackTrace(capture, EventEmitter.prototype.emit);
        Object.defineProperty(er, kEnhanceStackBeforeInspector, {
          value: enhanceStackTrace.bind(this, er, capture),
          configurable: true,
        });
      } catch {
        // The report is only less detailed.
      }
      // The comments on the `throw` lines are part of the output when this
      // ends the process (the report quotes the throwing line).
      throw er; // Unhandled 'error' event
    }
    let stringifiedEr;
    try {
      stringifiedEr = inspect(er);
    } catch {
      stringifiedEr = er;
    }
    const err = new ERR_UNHANDLED_ERROR(stringifiedEr);
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
    const len = handler.length;
    const listeners = Array.prototype.slice.call(handler);
    for (let i = 0; i < len; i++) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) watchForRejection(this, result, type, args);
    }
  }
  return true;
}

proto.emit = internalBinding('events').makeEmit(emitFull, watchForRejection);

// The stack of an unhandled 'error' event's error, followed by where it
// was emitted ("Emitted 'error' event on Foo instance at:"), with the
// frames both share folded into one line.
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // No constructor name, then.
  }
  const sep = `\nEmitted 'error' event${ctorInfo} at:\n`;
  const errStack = err.stack.split('\n').slice(1);
  const ownStack = own.stack.split('\n').slice(1);
  const { len, offset } = identicalSequenceRange(ownStack, errStack);
  if (len > 0) {
    ownStack.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  }
  return err.stack + sep + ownStack.join('\n');
}

// The first run of at least four consecutive lines of `a` also found in
// `b`: its length and where it starts in `a`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return { len, offset: i };
      }
    }
  }
  return { len: 0, offset: 0 };
}

// captureRejections: a listener returned a promise; if it rejects, report it.
function watchForRejection(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function(err) {
        // Report on the next tick so it is outside the promise job.
        process.nextTick(reportRejection, emitter, err, type, args);
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
    process.emitWarning(warning);
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
  const copy = Array.prototype.slice.call(stored);
  if (unwrap) {
    // once() wrappers give way to the listener they wrap.
    for (let i = 0; i < copy.length; i++) {
      const original = copy[i].listener;
      if (typeof original === 'function') copy[i] = original;
    }
  }
  return copy;
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

let eventTargetModule;
function eventTargetInternals() {
  eventTargetModule ??= require('internal/event_target');
  return eventTargetModule;
}

// As in node, an emitter is anything with a `listeners` method (so null
// and undefined fail on the property access, with the engine's TypeError).
function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  const { isEventTarget, listenersFor } = eventTargetInternals();
  if (isEventTarget(emitterOrTarget)) return listenersFor(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// (An EventTarget whose limit is 0 is refused, as node does.)
function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return effectiveMaxListeners(emitterOrTarget);
  } else if (emitterOrTarget?.[kMaxEventTargetListeners]) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  checkMaxListeners(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  const { isEventTarget } = eventTargetInternals();
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

// Add a listener to an EventEmitter or an EventTarget (`flags` are
// addEventListener's options; for emitters only `once` counts).
function addAnyListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeAnyListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// Options for listeners the helpers put on signals and targets: once, and
// still called when a listener before them stopped the event.
function helperListenerOptions() {
  return { __proto__: null, once: true, [eventTargetInternals().kResistStopPropagation]: true };
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
    require('internal/process/task_queues').queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, helperListenerOptions());
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

// await once(emitter, 'name') -> array of the event's arguments.
// Rejects if 'error' is emitted first, or with AbortError on abort.
async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeAnyListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) removeAnyListener(signal, 'abort', abortListener);
      resolve(args);
    };

    addAnyListener(emitter, name, resolver, helperListenerOptions());
    if (name !== 'error' && typeof emitter.once === 'function') {
      // EventTargets have no special 'error' event.
      emitter.once('error', errorListener);
    }
    function abortListener() {
      removeAnyListener(emitter, name, resolver);
      removeAnyListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) addAnyListener(signal, 'abort', abortListener, helperListenerOptions());
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

const kWatermarkData = Symbol.for('nodejs.watermarkData');

// for await (const args of on(emitter, 'name')) { ... }
// Events are queued until read; 'error' ends the iteration with that
// error; options: signal, close (event names that end the iteration),
// highWaterMark / lowWaterMark (pause()/resume() the emitter).
function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  // Both spellings of the watermarks are accepted.
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = []; // event argument arrays not yet read
  const unconsumedPromises = []; // { resolve, reject } of pending next() calls
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;

  const iterator = Object.setPrototypeOf({
    next() {
      // Queued events first.
      if (size) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(createIterResult(value, false));
      }
      // Then the error, once: after it the iterator is done.
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise(function(resolve, reject) {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    // The queue's state, for node's own streams.
    [kWatermarkData]: {
      get size() {
        return size;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  const { addEventListener, removeAll } = listenersController();
  // Node's own callers (readline) may ask for the first argument alone.
  const firstOnly = options[require('internal/events/symbols').kFirstEventParam] === true;
  addEventListener(emitter, event, firstOnly ? eventHandler : function(...args) {
    return eventHandler(args);
  });
  if (event !== 'error' && typeof emitter.on === 'function') {
    addEventListener(emitter, 'error', errorHandler);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) {
      addEventListener(emitter, closeEvents[i], closeHandler);
    }
  }

  const abortListenerDisposable = signal ? addAbortListener(signal, abortListener) : null;

  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.length === 0) {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve(createIterResult(value, false));
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length === 0) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }

  function closeHandler() {
    abortListenerDisposable?.[SymbolDispose]();
    removeAll();
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(doneResult);
    }
    return Promise.resolve(doneResult);
  }
}

function createIterResult(value, done) {
  return { value, done };
}

// The listeners events.on() added, removed last first.
function listenersController() {
  const listeners = [];
  return {
    addEventListener(emitter, event, handler, flags) {
      addAnyListener(emitter, event, handler, flags);
      listeners.push([emitter, event, handler, flags]);
    },
    removeAll() {
      while (listeners.length > 0) {
        const [emitter, event, handler, flags] = listeners.pop();
        removeAnyListener(emitter, event, handler, flags);
      }
    },
  };
}

// ---------------------------------------------------------------------------
// EventEmitterAsyncResource: an emitter whose listeners run in the async
// context it was created in
// ---------------------------------------------------------------------------

let EventEmitterAsyncResourceClass;

function getEventEmitterAsyncResource() {
  if (EventEmitterAsyncResourceClass !== undefined) return EventEmitterAsyncResourceClass;
  // Loaded on first use: async_hooks is not needed by plain emitters.
  const { AsyncResource } = require('async_hooks');

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

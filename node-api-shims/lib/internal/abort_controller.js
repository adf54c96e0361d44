'use strict';
// `AbortController` and `AbortSignal`: a signal is an EventTarget that
// fires one trusted 'abort' event, once, and keeps the reason.
//
// As in node, a signal is an EventTarget given AbortSignal's prototype,
// with its state under symbol keys (`kAborted`, `kReason`, `kComposite`),
// so it inspects and brand-checks as node's does.
// - `AbortSignal.timeout(ms)` aborts from an unref'd timer, which holds
//   the signal only weakly: an unreachable timeout signal is collected,
//   unless it has 'abort' listeners.
// - `AbortSignal.any(signals)` makes a composite signal that remembers its
//   source signals and is remembered by them (weakly both ways); aborting
//   a source aborts its dependants after the source's own listeners ran.

const {
  EventTarget, Event, defineEventHandler, kNewListener, kRemoveListener, kResistStopPropagation, kTrustEvent,
  kWeakHandler,
} = require('internal/event_target');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
  validateAbortSignal,
  validateArray,
  validateObject,
  validateUint32,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
} = require('internal/errors');
const { setTimeout } = require('timers');
const { DOMException } = require('internal/per_context/domexception');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kTimeout = Symbol('kTimeout');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// Past the depth limit, returning the object itself lets inspect print it
// as any object (`[AbortSignal]`).
function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateAbortSignal(value[i], `${name}[${i}]`);
}

// A timeout or composite signal with 'abort' listeners is kept alive here
// until it fires. (node also clears the timer of a collected timeout
// signal, from a FinalizationRegistry callback; runnel does not run those,
// so such a timer fires, unref'd, and finds its signal gone.)
const gcPersistentSignals = new Set();

function setWeakAbortSignalTimeout(weakRef, delay) {
  const timer = setTimeout(() => {
    const signal = weakRef.deref();
    if (signal !== undefined) {
      gcPersistentSignals.delete(signal);
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }
  }, delay);
  timer.unref();
  return timer;
}

class AbortSignal extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [kInspect](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal({ aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    signal[kTimeout] = true;
    setWeakAbortSignalTimeout(new WeakRef(signal), delay);
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const result = createAbortSignal({ composite: true });
    if (!signals.length) return result;
    const resultRef = new WeakRef(result);
    result[kSourceSignals] = new Set();
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
      signal[kDependantSignals] ??= new Set();
      if (!signal[kComposite]) {
        result[kSourceSignals].add(new WeakRef(signal));
        signal[kDependantSignals].add(resultRef);
      } else if (signal[kSourceSignals]) {
        // A composite source: follow its own (plain) sources instead.
        for (const sourceRef of signal[kSourceSignals]) {
          const source = sourceRef.deref();
          if (!source || result[kSourceSignals].has(sourceRef)) continue;
          result[kSourceSignals].add(sourceRef);
          source[kDependantSignals].add(resultRef);
        }
      }
    }
    return result;
  }

  // A timeout or composite signal with 'abort' listeners must stay alive
  // until it fires, even if nothing else references it.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    const mayFireLater = this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (mayFireLater && type === 'abort' && !this.aborted && !weak && size === 1) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    const mayFireLater = this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (mayFireLater && type === 'abort' && size === 0) gcPersistentSignals.delete(this);
  }
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: { enumerable: true },
  [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'AbortSignal' },
});
defineEventHandler(AbortSignal.prototype, 'abort');

// Signals are EventTargets given AbortSignal's prototype (its constructor
// throws for user code).
function createAbortSignal({ aborted = false, reason = undefined, composite = false } = {}) {
  const signal = new EventTarget();
  Object.setPrototypeOf(signal, AbortSignal.prototype);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

// Abort once: keep the reason, fire a trusted 'abort', then abort the
// signals that follow this one.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  signal[kDependantSignals]?.forEach((ref) => {
    const dependant = ref.deref();
    if (dependant) abortSignal(dependant, reason);
  });
}

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= createAbortSignal();
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= createAbortSignal(), reason);
  }

  [kInspect](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: { enumerable: true },
  abort: { enumerable: true },
  [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'AbortController' },
});

// util.aborted(signal, resource): a promise that settles when `signal`
// aborts; its listener lives only as long as `resource` does.
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowArray | kValidateObjectAllowFunction);
  if (signal.aborted) return Promise.resolve();
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  signal.addEventListener('abort', resolve, {
    __proto__: null, [kWeakHandler]: resource, once: true, [kResistStopPropagation]: true,
  });
  return promise;
}

module.exports = { AbortController, AbortSignal, aborted };

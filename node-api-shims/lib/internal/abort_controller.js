'use strict';
// `AbortController` and `AbortSignal`: a signal is an EventTarget that
// fires one 'abort' event, once, and keeps the reason. `AbortSignal.timeout`
// aborts from an unref'd timer (it never keeps the process alive);
// `AbortSignal.any` follows several signals.

const { EventTarget, Event, defineEventHandler, kTrusted, inspectWith } = require('internal/event_target');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE },
  validateUint32,
} = require('internal/errors');
const { DOMException } = require('internal/per_context/domexception');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('create');
const signalState = new WeakMap();

function stateOf(signal) {
  const s = signalState.get(signal);
  if (s === undefined) throw new ERR_INVALID_THIS('AbortSignal');
  return s;
}

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    signalState.set(this, { aborted: false, reason: undefined });
  }

  get aborted() { return stateOf(this).aborted; }

  get reason() { return stateOf(this).reason; }

  throwIfAborted() {
    const s = stateOf(this);
    if (s.aborted) throw s.reason;
  }

  [kInspect](depth, options) {
    return inspectWith(this, { aborted: this.aborted }, depth, options, true);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kCreate);
    const s = stateOf(signal);
    s.aborted = true;
    s.reason = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kCreate);
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    signals.forEach((signal, i) => {
      if (!signalState.has(signal)) throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', signal);
    });
    const result = new AbortSignal(kCreate);
    for (const signal of signals) {
      if (signal.aborted) {
        const s = stateOf(result);
        s.aborted = true;
        s.reason = signal.reason;
        return result;
      }
    }
    for (const signal of signals) {
      signal.addEventListener('abort', () => abortSignal(result, signal.reason), { once: true });
    }
    return result;
  }
}

defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, 'aborted', { enumerable: true });
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { configurable: true, value: 'AbortSignal' });

// Abort once: keep the reason, then fire a trusted 'abort' event.
function abortSignal(signal, reason) {
  const s = stateOf(signal);
  if (s.aborted) return;
  s.aborted = true;
  s.reason = reason;
  signal.dispatchEvent(new Event('abort', { [kTrusted]: true }));
}

const controllerSignal = new WeakMap();

class AbortController {
  constructor() {
    controllerSignal.set(this, new AbortSignal(kCreate));
  }

  get signal() {
    const signal = controllerSignal.get(this);
    if (signal === undefined) throw new ERR_INVALID_THIS('AbortController');
    return signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.signal, reason);
  }

  [kInspect](depth, options) {
    return inspectWith(this, { signal: this.signal }, depth, options, true);
  }
}

for (const key of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, key, { enumerable: true });
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { configurable: true, value: 'AbortController' });

module.exports = { AbortController, AbortSignal };

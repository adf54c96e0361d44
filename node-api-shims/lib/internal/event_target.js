'use strict';
// `EventTarget`, `Event` and `CustomEvent` as node has them: the DOM's
// event model without a tree, so every dispatch happens at its target.
//
// State lives where node keeps it, so that inspecting these objects (and
// listing their own keys) shows what node shows: an Event carries its type,
// target and dispatch flag under symbol keys (the rest in private fields),
// an EventTarget its listener table (`kEvents`), its listener limit and its
// `on<event>` handlers (`kHandlers`).
//
// Listeners of one type form a linked list behind a root record
// `{ size, next, resistStopPropagation }`. Dispatch walks the list as it is
// while listeners run: a listener added during a dispatch is called in that
// same dispatch, a removed one is flagged and skipped. A listener that
// throws (or returns a promise that rejects) does not stop the others; its
// error is thrown again from a nextTick, as an uncaught exception.
//
// Internal options (symbol-keyed, for node's own callers):
// `kResistStopPropagation` (still called after stopImmediatePropagation)
// and `kWeakHandler` (the listener lives only as long as the given object:
// how `{ signal }` registrations avoid keeping their targets alive).

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_EVENT_RECURSION, ERR_INVALID_THIS,
  },
  validateAbortSignal,
  validateObject,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
} = require('internal/errors');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const kInspect = Symbol.for('nodejs.util.inspect.custom');
// Well-known (registry) symbol: EventTargets from another realm count too.
const kIsEventTarget = Symbol.for('nodejs.event_target');

const kEvents = Symbol('kEvents');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kTrustEvent = Symbol('kTrustEvent');
const kType = Symbol('type');
const kDetail = Symbol('detail');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// performance.now(): milliseconds since the process started.
const now = () => process.uptime() * 1000;

// `Name { ...fields }` for a custom inspector, one level deeper; past the
// depth limit, just the name.
function inspectWith(self, fields, depth, options) {
  const name = self.constructor.name;
  if (depth < 0) return name;
  const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
  return `${name} ${inspect(fields, opts)}`;
}

// ---------------------------------------------------------------------------
// Event
// ---------------------------------------------------------------------------

// Trusted events (those the runtime itself fires, like a signal's 'abort').
const trustedEvents = new WeakSet();
// One getter shared by every event, as node defines it (not per instance).
const isTrustedGetter = Object.getOwnPropertyDescriptor({
  get isTrusted() {
    return trustedEvents.has(this);
  },
}, 'isTrusted').get;

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options');
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [kInspect](depth, options) {
    checkEvent(this);
    return inspectWith(this, {
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, depth, options);
  }

  // Also stops propagation (the DOM sets both flags).
  stopImmediatePropagation() {
    checkEvent(this);
    this.stopPropagation();
    this[kStop] = true;
  }

  // (node does not honour `passive` here.)
  preventDefault() {
    checkEvent(this);
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timestamp;
  }

  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !this.#cancelable || !this.#defaultPrevented;
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  // Without a tree there is nowhere to propagate to: this only sets the
  // flag (the other listeners of the target still run).
  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }
}

const enumerable = { enumerable: true };
for (const key of ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath', 'returnValue',
  'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation']) {
  Object.defineProperty(Event.prototype, key, enumerable);
}
Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'Event' },
  // An accessor on the prototype (the spec wants an own property; node
  // keeps it here for speed).
  isTrusted: { configurable: false, enumerable: true, get: isTrustedGetter },
});
['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, value) => {
  Object.defineProperty(Event, name, { writable: false, configurable: false, enumerable: true, value });
});

function isCustomEvent(value) {
  return isEvent(value) && value?.[kDetail] !== undefined;
}

class CustomEvent extends Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = options?.detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}

Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: { writable: false, enumerable: false, configurable: true, value: 'CustomEvent' },
  detail: enumerable,
});

// ---------------------------------------------------------------------------
// Listeners
// ---------------------------------------------------------------------------

// Weak listeners: the listener lives as long as the object it is tied to
// (this map holds it for that object); once collected, its record is
// dropped the next time the list is walked. (node drops it from a
// FinalizationRegistry callback; runnel does not run those, see
// engine-glue's microtasks.)
const weakRetainers = new WeakMap();

class Listener {
  constructor(eventTarget, eventType, previous, listener, once, capture, passive, weak, resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.weak = Boolean(weak);
    this.resistStopPropagation = resistStopPropagation;
    this.removed = false;

    if (this.weak) {
      this.callback = new WeakRef(listener);
      weakRetainers.set(weak, listener);
      this.listener = this.callback;
    } else if (typeof listener === 'function') {
      this.callback = listener;
      this.listener = listener;
    } else {
      // An EventListener object: its handleEvent is looked up at each
      // event, and (as in node) called from an async function, so what it
      // throws arrives as a rejection.
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
      this.listener = listener;
    }
  }

  same(listener, capture) {
    const mine = this.weak ? this.listener.deref() : this.listener;
    return mine === listener && this.capture === capture;
  }

  // A weak listener that was collected.
  get collected() {
    return this.weak && this.callback.deref() === undefined;
  }

  // Unlinks this record; `next` is kept so a dispatch standing here can go on.
  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

// A function, an object with handleEvent, or any object (whose handleEvent
// may come later) is a listener; null/undefined are ignored with a warning.
function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
  };
}

// WebIDL DOMString: anything but a symbol, as a string.
function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return String(value);
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget];
}

// Function.prototype.call, immune to a listener's own `call` property.
const functionCall = Function.prototype.call.bind(Function.prototype.call);

// A listener's returned promise: its rejection becomes an uncaught exception.
function addCatch(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    functionCall(then, promise, undefined, (err) => emitUncaughtException(err));
  }
}

function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

// ---------------------------------------------------------------------------
// EventTarget
// ---------------------------------------------------------------------------

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  // Called after a listener is added (size: listeners of `type` now).
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. MaxListeners is ${max}. ` +
        'Use events.setMaxListeners() to increase limit');
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = size;
      process.emitWarning(warning);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    let once = false;
    let capture = false;
    let passive = false;
    let weak = false;
    let resistStopPropagation = false;

    if (options !== undefined) {
      // Options are read before the listener is checked (the spec's order
      // for their getters).
      options = validateEventListenerOptions(options);
      once = options.once;
      capture = options.capture;
      passive = options.passive;
      weak = options.weak;
      resistStopPropagation = options.resistStopPropagation;

      const signal = options.signal;
      validateAbortSignal(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => {
          this.removeEventListener(type, listener, options);
        }, { once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
      }
    }

    if (!validateEventListener(listener)) {
      // The DOM allows a missing listener; node warns that it does nothing.
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }

    type = toDOMString(type);

    let root = this[kEvents].get(type);
    if (root !== undefined) {
      for (let handler = root.next; handler !== undefined; handler = handler.next) {
        if (handler.collected) this[kRemoveWeakListenerHelper](type, handler);
      }
      root = this[kEvents].get(type);
    }
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      new Listener(this, type, root, listener, once, capture, passive, weak, resistStopPropagation);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      this[kEvents].set(type, root);
      return;
    }

    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // already there

    new Listener(this, type, previous, listener, once, capture, passive, weak, resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;

    type = toDOMString(type);
    const capture = options?.capture === true;

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;

    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
    }
  }

  // A weak listener was collected: its record goes.
  [kRemoveWeakListenerHelper](type, listener) {
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    listener.remove();
    root.size--;
    if (root.size === 0) this[kEvents].delete(type);
    this[kRemoveListener](root.size, type, undefined, listener.capture === true);
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);

    dispatch(this, event, event.type);
    return event.defaultPrevented !== true;
  }

  [kInspect](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    return inspectWith(this, {}, depth, options);
  }
}

function dispatch(target, event, type) {
  event[kTarget] = target;
  event[kIsBeingDispatched] = true;

  const root = target[kEvents].get(type);
  if (root === undefined || root.next === undefined) {
    event[kIsBeingDispatched] = false;
    return;
  }

  let handler = root.next;
  // After stopImmediatePropagation only passive listeners and those that
  // resist it are still visited (node's condition).
  while (handler !== undefined &&
         (root.resistStopPropagation || handler.passive || event[kStop] !== true)) {
    // The next one is taken first: this listener may remove itself.
    const next = handler.next;

    if (handler.removed || (event[kStop] === true && !handler.resistStopPropagation)) {
      handler = next;
      continue;
    }
    if (handler.once) {
      handler.remove();
      root.size--;
      const { listener, capture } = handler;
      target[kRemoveListener](root.size, type, listener, capture);
    }

    try {
      const callback = handler.weak ? handler.callback.deref() : handler.callback;
      let result;
      if (callback === undefined && handler.weak && !handler.removed) {
        target[kRemoveWeakListenerHelper](type, handler);
      } else if (callback) {
        result = functionCall(callback, target, event);
        // As node does: the event counts as dispatched once a listener has
        // returned (later listeners see eventPhase 0, no currentTarget).
        event[kIsBeingDispatched] = false;
      }
      if (result !== undefined && result !== null) addCatch(result);
    } catch (err) {
      emitUncaughtException(err);
    }

    handler = next;
  }

  event[kIsBeingDispatched] = false;
}

for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, key, enumerable);
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  writable: false, enumerable: false, configurable: true, value: 'EventTarget',
});

// ---------------------------------------------------------------------------
// on<event> attributes (signal.onabort)
// ---------------------------------------------------------------------------

// The wrapper stays registered once created: setting the attribute to
// another function keeps the listener's place (handlers run in the order
// they were first set).
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function validateInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null || !Object.prototype.hasOwnProperty.call(object, fieldKey)) {
    throw new ERR_INVALID_ARG_TYPE('this', className, object);
  }
}

function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    validateInternalField(this, kHandlers, 'EventTarget');
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { value: `get ${propName}` });

  function set(value) {
    validateInternalField(this, kHandlers, 'EventTarget');
    let wrapped = this[kHandlers]?.get(event);
    if (wrapped) {
      if (typeof wrapped.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size--;
        this[kRemoveListener](root.size, event, wrapped.handler, false);
      }
      wrapped.handler = value;
      if (typeof wrapped.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size++;
        this[kNewListener](root.size, event, value, false, false, false, false);
      }
    } else {
      wrapped = makeEventHandler(value);
      this.addEventListener(event, wrapped);
    }
    this[kHandlers].set(event, wrapped);
  }
  Object.defineProperty(set, 'name', { value: `set ${propName}` });

  Object.defineProperty(emitter, propName, { get, set, configurable: true, enumerable: true });
}

// The listeners of `type` on `target`, for events.getEventListeners.
function listenersFor(target, type) {
  const listeners = [];
  let handler = target[kEvents].get(type)?.next;
  while (handler?.listener !== undefined) {
    listeners.push(handler.listener?.deref ? handler.listener.deref() : handler.listener);
    handler = handler.next;
  }
  return listeners;
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  defineEventHandler,
  initEventTarget,
  inspectWith,
  isEventTarget,
  listenersFor,
  kEvents,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};

'use strict';
// `EventTarget`, `Event` and `CustomEvent` as node has them: the DOM's
// event model without a tree, so every dispatch is at its target. A
// listener that throws does not stop the others; its error is reported
// as an uncaught exception on the next tick, as in node.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_EVENT_RECURSION, ERR_INVALID_THIS },
  validateObject,
} = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kIsTrusted = Symbol('kIsTrusted');
const kTrusted = Symbol('trusted');

// performance.now(): milliseconds since the process started.
const now = () => process.uptime() * 1000;

const eventState = new WeakMap();

function state(event) {
  const s = eventState.get(event);
  if (s === undefined) throw new ERR_INVALID_THIS('Event');
  return s;
}

// `inspect` of a web object: `Name { ...fields }`, one level deeper.
// Too deep, it is its name (or, with `selfWhenDeep`, `[Name]`).
function inspectWith(self, fields, depth, options, selfWhenDeep = false) {
  const name = self.constructor.name;
  if (depth < 0) return selfWhenDeep ? self : name;
  const { inspect } = require('internal/util/inspect');
  const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
  return `${name} ${inspect(fields, opts)}`;
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options', { allowArray: true, allowFunction: true });
    eventState.set(this, {
      type: `${type}`,
      bubbles: !!options?.bubbles,
      cancelable: !!options?.cancelable,
      composed: !!options?.composed,
      defaultPrevented: false,
      timeStamp: now(),
      propagationStopped: false,
      target: null,
      currentTarget: null,
      dispatching: false,
      trusted: options?.[kTrusted] === true,
    });
  }

  [kInspect](depth, options) {
    const s = state(this);
    return inspectWith(this, {
      type: s.type, defaultPrevented: s.defaultPrevented, cancelable: s.cancelable, timeStamp: s.timeStamp,
    }, depth, options);
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    const s = state(this);
    if (s.dispatching) return;
    s.type = `${type}`;
    s.bubbles = !!bubbles;
    s.cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    state(this).propagationStopped = true;
  }

  // (node 20 does not honour `passive` here.)
  preventDefault() {
    state(this).defaultPrevented = true;
  }

  get target() { return state(this).target; }

  get currentTarget() {
    const s = state(this);
    return s.dispatching ? s.currentTarget : null;
  }

  get srcElement() { return state(this).target; }

  get type() { return state(this).type; }

  get cancelable() { return state(this).cancelable; }

  get defaultPrevented() {
    const s = state(this);
    return s.cancelable && s.defaultPrevented;
  }

  get timeStamp() { return state(this).timeStamp; }

  composedPath() {
    const s = state(this);
    return s.dispatching ? [s.currentTarget] : [];
  }

  get returnValue() {
    const s = state(this);
    return !(s.cancelable && s.defaultPrevented);
  }

  get bubbles() { return state(this).bubbles; }

  get composed() { return state(this).composed; }

  get eventPhase() { return state(this).dispatching ? 2 : 0; }

  get cancelBubble() { return state(this).propagationStopped; }

  set cancelBubble(value) {
    if (value) state(this).propagationStopped = true;
  }

  stopPropagation() {
    state(this).propagationStopped = true;
  }

  get isTrusted() { return state(this).trusted; }
}

const enumerable = { enumerable: true };
for (const key of ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath', 'returnValue',
  'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation', 'isTrusted']) {
  Object.defineProperty(Event.prototype, key, enumerable);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { configurable: true, value: 'Event' });
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
}

const customDetail = new WeakMap();

class CustomEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    customDetail.set(this, options?.detail ?? null);
  }

  get detail() {
    if (!customDetail.has(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return customDetail.get(this);
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', enumerable);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { configurable: true, value: 'CustomEvent' });

// Per target: type -> array of { listener, capture, once, passive, removed }.
const targetListeners = new WeakMap();

function listenersOf(target) {
  let map = targetListeners.get(target);
  if (map === undefined) {
    map = new Map();
    targetListeners.set(target, map);
  }
  return map;
}

function validListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function flattenOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return {};
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  return options;
}

class EventTarget {
  [kInspect](depth, options) {
    return inspectWith(this, {}, depth, options);
  }

  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once = false, capture = false, passive = false, signal } = flattenOptions(options);
    if (!validListener(listener)) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      warning.target = this;
      warning.type = type;
      process.emitWarning(warning);
      return;
    }
    if (signal !== undefined) {
      require('internal/errors').validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
    }
    type = typeof type === 'symbol' ? type : `${type}`;
    const map = listenersOf(this);
    let list = map.get(type);
    if (list === undefined) {
      list = [];
      map.set(type, list);
    }
    if (list.some((l) => l.listener === listener && l.capture === !!capture)) return;
    const record = { listener, capture: !!capture, once: !!once, passive: !!passive, removed: false };
    list.push(record);
    warnOnTooManyListeners(this, type, list.length);
    if (signal !== undefined) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validListener(listener)) return;
    const capture = !!flattenOptions(options).capture;
    type = typeof type === 'symbol' ? type : `${type}`;
    const map = targetListeners.get(this);
    const list = map?.get(type);
    if (list === undefined) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i === -1) return;
    list[i].removed = true;
    list.splice(i, 1);
    if (list.length === 0) map.delete(type);
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const s = state(event);
    if (s.dispatching) throw new ERR_EVENT_RECURSION(s.type);
    s.dispatching = true;
    s.target = this;
    s.currentTarget = this;
    const list = targetListeners.get(this)?.get(s.type);
    if (list !== undefined) {
      for (const record of [...list]) {
        if (record.removed) continue;
        if (record.once) this.removeEventListener(s.type, record.listener, { capture: record.capture });
        try {
          const { listener } = record;
          if (typeof listener === 'function') {
            listener.call(this, event);
          } else if (typeof listener.handleEvent === 'function') {
            listener.handleEvent(event);
          }
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
        // As node 20 does: the event counts as dispatched once its first
        // listener returns (later listeners see eventPhase 0 and no
        // currentTarget).
        s.dispatching = false;
        if (s.propagationStopped) break;
      }
    }
    s.currentTarget = null;
    s.dispatching = false;
    return !event.defaultPrevented;
  }
}

for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  Object.defineProperty(EventTarget.prototype, key, enumerable);
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { configurable: true, value: 'EventTarget' });

// node's MaxListenersExceededWarning for EventTargets: once per target
// (until events.setMaxListeners sets a new limit).
function warnOnTooManyListeners(target, type, count) {
  const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned, defaultMaxListeners } = require('events');
  const max = target[kMaxEventTargetListeners] ?? defaultMaxListeners;
  if (!(max > 0 && count > max) || target[kMaxEventTargetListenersWarned]) return;
  target[kMaxEventTargetListenersWarned] = true;
  const { inspect } = require('internal/util/inspect');
  const warning = new Error(`Possible EventTarget memory leak detected. ${count} ${String(type)} listeners added to ` +
    `${inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  warning.target = target;
  warning.type = type;
  warning.count = count;
  process.emitWarning(warning);
}

// An `on<event>` attribute (signal.onabort): a listener slot of its own.
function defineEventHandler(proto, type) {
  const handlers = new WeakMap();
  Object.defineProperty(proto, `on${type}`, {
    configurable: true,
    enumerable: true,
    get() { return handlers.get(this)?.handler ?? null; },
    set(handler) {
      let slot = handlers.get(this);
      if (slot === undefined) {
        slot = { handler: null, wrapper: (event) => slot.handler?.call(this, event) };
        handlers.set(this, slot);
      }
      const had = typeof slot.handler === 'function';
      slot.handler = typeof handler === 'function' ? handler : null;
      if (slot.handler && !had) this.addEventListener(type, slot.wrapper);
      if (!slot.handler && had) this.removeEventListener(type, slot.wrapper);
    },
  });
}

function listenerCount(target, type) {
  return targetListeners.get(target)?.get(type)?.length ?? 0;
}

function listenersFor(target, type) {
  return (targetListeners.get(target)?.get(type) ?? []).map((r) => r.listener);
}

module.exports = {
  Event, CustomEvent, EventTarget, defineEventHandler, kTrusted, inspectWith, listenerCount, listenersFor,
};

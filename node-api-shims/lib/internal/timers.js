'use strict';
// Timeout and Immediate objects, and the dispatchers the event loop calls
// when one is due.
//
// The event loop (engine-glue) keeps the timer heap and the check queue;
// these objects are what scripts hold. Each arms its entry through
// internalBinding('timers') under a numeric id — the same number that
// `+timeout` (Symbol.toPrimitive) yields and that clearTimeout accepts.

const binding = internalBinding('timers');
const asyncContext = require('internal/async_context');
const asyncState = asyncContext.state;
const { codes, validateNumber } = require('internal/errors');

// 2 ** 31 - 1: larger delays overflow libuv's int and become 1 ms.
const TIMEOUT_MAX = 2147483647;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerIdSymbol = Symbol('triggerId');
// The async context frame the timer was created in (AsyncLocalStorage).
const kFrame = Symbol('asyncFrame');

let nextId = 1;
// id -> Timeout, for timers whose primitive id escaped (clearTimeout(n)).
const knownTimersById = new Map();

// The delay as Node coerces it: a number in [1, TIMEOUT_MAX], else 1.
function timerDelay(after) {
  after *= 1; // coalesce to number or NaN
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

// Timeout and Immediate objects are made by factories with an object
// literal rather than by `new`: in Boa a literal with `__proto__` builds
// the same object (same own properties, in Node's order, same prototype)
// about twice as fast as a class constructor, and these are the hottest
// allocations of timer-heavy code. For the same reason the common cases
// are written inline here (a delay already in range, no async context to
// capture, arming for setTimeout/setInterval): each JavaScript call costs
// Boa more than the work it would do.
function newTimeout(callback, after, args, isRepeat, isRefed, armNow) {
  after *= 1; // coalesce to number or NaN, once
  if (!(after >= 1 && after <= TIMEOUT_MAX)) after = timerDelay(after);
  const timer = {
    __proto__: Timeout.prototype,
    _idleTimeout: after,
    _idlePrev: null,
    _idleNext: null,
    _idleStart: null,
    _onTimeout: callback,
    _timerArgs: args,
    _repeat: isRepeat ? after : null,
    _destroyed: false,
    [kRefed]: isRefed,
    [kHasPrimitive]: false,
    [asyncIdSymbol]: ++nextId,
    [triggerIdSymbol]: 1,
    [kFrame]: asyncState.active ? asyncContext.getAsyncFrame() : undefined,
  };
  if (armNow) timer._idleStart = binding.start(timer[asyncIdSymbol], timer, after, isRefed);
  return timer;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    return newTimeout(callback, after, args, isRepeat, isRefed);
  }

  // Restart the countdown from now; revives a timer that already fired.
  refresh() {
    if (this._idleTimeout >= 0 && typeof this._onTimeout === 'function') {
      this._destroyed = false;
      arm(this);
    }
    return this;
  }

  unref() {
    this[kRefed] = false;
    binding.setRef(this[asyncIdSymbol], false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    binding.setRef(this[asyncIdSymbol], true);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById.set(id, this);
    }
    return id;
  }
}

// Arms the timer in the loop, counting from loop time `start` (default:
// now, brought up to date as node's getLibuvNow() does); `_idleStart` is
// that time.
function arm(timer, start) {
  timer._idleStart = binding.start(timer[asyncIdSymbol], timer, timer._idleTimeout, timer[kRefed], start);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = knownTimersById.get(+timer);
    if (found !== undefined) {
      found._onTimeout = null;
      unenroll(found);
    }
  }
}

// Cancels a timer: a Timeout, or any object made a timer by the legacy
// timers.enroll(). It leaves its list (node keeps timers in linked lists
// through _idleNext/_idlePrev; runnel's are in the loop's heap, and only
// enrolled objects carry list links) and cannot be re-armed by active().
function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  const id = timer[asyncIdSymbol];
  if (timer[kHasPrimitive]) knownTimersById.delete(id);
  if (id !== undefined) binding.stop(id);
  timer._idleNext = null;
  timer._idlePrev = null;
  timer._idleTimeout = -1;
}

// ---- the legacy timers API: any object as a timer ----------------------
// timers.enroll(obj, ms) gives `obj` a duration, timers.active(obj) (or
// _unrefActive) arms it to call obj._onTimeout() after that long, again
// from now if already armed; timers.unenroll(obj) cancels it. Deprecated
// in node; built here on the same loop timers as Timeout objects.

// A duration for enroll(): a non-negative finite number, capped to
// TIMEOUT_MAX with a warning.
function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  // Re-enrolling an armed (or enrolled) timer cancels it first.
  const id = item[asyncIdSymbol];
  if (item._idleNext || (id !== undefined && binding.isScheduled(id))) unenroll(item);
  // An empty list of its own, as node's L.init leaves it.
  item._idleNext = item;
  item._idlePrev = item;
  item._idleTimeout = msecs;
}

// Arms an enrolled item for its _idleTimeout from now (ref'd or not).
// An item cancelled by unenroll (_idleTimeout -1) stays cancelled.
function insertGuarded(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  // A timer that ended (or never ran) starts anew, with a fresh id.
  const fresh = item._destroyed || !item[asyncIdSymbol];
  const id = fresh ? ++nextId : item[asyncIdSymbol];
  // Sub-millisecond durations are truncated, as node does.
  item._idleStart = binding.start(id, item, Math.trunc(msecs), refed);
  if (fresh) {
    item._destroyed = false;
    item[asyncIdSymbol] = id;
    item[triggerIdSymbol] = 1;
    item[kFrame] = asyncContext.capture();
  }
  item[kRefed] = refed;
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

// The timer whose callback is running. The loop has already taken it off
// its heap; node still counts it as active (getActiveResourcesInfo) until
// the callback returns, unless the callback cleared or unref'd it.
let runningTimer = null;

// `[timers, immediates]`: how many ref'd ones keep the loop alive.
function refedCounts() {
  const counts = binding.refedCounts();
  const running = runningTimer;
  if (running !== null && running[kRefed] && !running._destroyed && !binding.isScheduled(running[asyncIdSymbol])) {
    counts[0]++;
  }
  return counts;
}

// The loop calls this when a timer's deadline has passed.
function onTimeout(timer) {
  if (timer._destroyed) return;
  if (!timer._onTimeout) {
    // Cleared by a legacy caller that only unset _onTimeout.
    timer._destroyed = true;
    return;
  }
  // A legacy timer (timers.enroll) leaves its list when it fires.
  if (timer._idleNext !== null) {
    timer._idleNext = null;
    timer._idlePrev = null;
  }
  runningTimer = timer;
  // An interval counts its next run from just before this one, as node's
  // listOnTimeout takes getLibuvNow() before the callback.
  intervalStart = timer._repeat ? binding.getLibuvNow() : undefined;
  // Each callback sets its own frame (so one left by a throw is replaced).
  if (asyncState.active) asyncContext.swapAsyncFrame(timer[kFrame]);
  // The callback runs one frame further down, as node's runs in
  // listOnTimeout under processTimers: stack traces have node's depth (which
  // decides, e.g., whether an unhandled 'error' event's report shortens the
  // emit site's stack to "[... lines matching original stack trace ...]").
  runTimeout(timer);
  // (If the callback throws, the loop calls afterTimeout itself: see
  // setCallbacks below.)
  afterTimeout(timer);
}

// The loop time the running interval started at (see onTimeout).
let intervalStart;

function runTimeout(timer) {
  const args = timer._timerArgs;
  if (args === undefined) timer._onTimeout();
  else timer._onTimeout(...args);
}

// Re-arms an interval (from the loop time taken before its callback, as
// Node does), or retires a one-shot timer unless its callback refreshed it.
function afterTimeout(timer) {
  runningTimer = null;
  if (asyncState.active) asyncContext.swapAsyncFrame(undefined);
  if (timer._repeat && timer._idleTimeout !== -1) {
    timer._idleTimeout = timer._repeat;
    arm(timer, intervalStart);
  } else if (!timer._destroyed && !binding.isScheduled(timer[asyncIdSymbol])) {
    timer._destroyed = true;
    if (timer[kHasPrimitive]) knownTimersById.delete(timer[asyncIdSymbol]);
  }
}

function newImmediate(callback, args) {
  const immediate = {
    __proto__: Immediate.prototype,
    _idleNext: null,
    _idlePrev: null,
    _onImmediate: callback,
    _argv: args,
    _destroyed: false,
    [kRefed]: true,
    [asyncIdSymbol]: ++nextId,
    [triggerIdSymbol]: 1,
    [kFrame]: asyncState.active ? asyncContext.getAsyncFrame() : undefined,
  };
  binding.scheduleImmediate(immediate[asyncIdSymbol], immediate);
  return immediate;
}

class Immediate {
  constructor(callback, args) {
    return newImmediate(callback, args);
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) binding.immediateRef(this[asyncIdSymbol], true);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) binding.immediateRef(this[asyncIdSymbol], false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

// The loop calls this for each immediate in the check phase. As in node,
// the callback is called as the immediate's method and `_onImmediate` is
// cleared once it has run.
function onImmediate(immediate) {
  if (immediate._destroyed) return;
  immediate._destroyed = true;
  if (asyncState.active) asyncContext.swapAsyncFrame(immediate[kFrame]);
  const argv = immediate._argv;
  if (argv === undefined) immediate._onImmediate();
  else immediate._onImmediate(...argv);
  // (If the callback throws, the loop calls afterImmediate itself.)
  afterImmediate(immediate);
}

function afterImmediate(immediate) {
  immediate._onImmediate = null;
  if (asyncState.active) asyncContext.swapAsyncFrame(undefined);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  binding.clearImmediate(immediate[asyncIdSymbol]);
}

// The dispatchers, and what the loop calls when one of them threw (the
// `finally` of node's listOnTimeout and processImmediate; a JavaScript
// `finally` would make its rethrow the error's origin).
binding.setCallbacks(onTimeout, onImmediate, afterTimeout, afterImmediate);

module.exports = {
  Timeout, Immediate, newTimeout, newImmediate, clearTimeout, clearImmediate, TIMEOUT_MAX, kRefed,
  arm, asyncIdSymbol, refedCounts, enroll, unenroll, active, unrefActive,
};

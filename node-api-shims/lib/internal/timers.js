'use strict';
// Timeout and Immediate objects, and the dispatchers the event loop calls
// when one is due.
//
// The event loop (engine-glue) keeps the timer heap and the check queue;
// these objects are what scripts hold. Each arms its entry through
// internalBinding('timers') under a numeric id — the same number that
// `+timeout` (Symbol.toPrimitive) yields and that clearTimeout accepts.

const binding = internalBinding('timers');

// 2 ** 31 - 1: larger delays overflow libuv's int and become 1 ms.
const TIMEOUT_MAX = 2147483647;

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerIdSymbol = Symbol('triggerId');

let nextId = 1;
// id -> Timeout, for timers whose primitive id escaped (clearTimeout(n)).
const knownTimersById = new Map();

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1; // coalesce to number or NaN
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = ++nextId;
    this[triggerIdSymbol] = 1;
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

function arm(timer) {
  timer._idleStart = binding.now();
  binding.start(timer[asyncIdSymbol], timer, timer._idleTimeout, timer[kRefed]);
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

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) knownTimersById.delete(timer[asyncIdSymbol]);
  binding.stop(timer[asyncIdSymbol]);
  timer._idleTimeout = -1;
}

// The loop calls this when a timer's deadline has passed.
function onTimeout(timer) {
  if (timer._destroyed || typeof timer._onTimeout !== 'function') return;
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
  } finally {
    if (timer._repeat && timer._idleTimeout !== -1) {
      timer._idleTimeout = timer._repeat;
      arm(timer);
    } else if (!timer._destroyed && !binding.isScheduled(timer[asyncIdSymbol])) {
      // A one-shot timer is done, unless its callback refreshed it.
      timer._destroyed = true;
      if (timer[kHasPrimitive]) knownTimersById.delete(timer[asyncIdSymbol]);
    }
  }
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[asyncIdSymbol] = ++nextId;
    this[triggerIdSymbol] = 1;
    binding.scheduleImmediate(this[asyncIdSymbol], this);
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

// The loop calls this for each immediate in the check phase.
function onImmediate(immediate) {
  if (immediate._destroyed) return;
  immediate._destroyed = true;
  const callback = immediate._onImmediate;
  immediate._onImmediate = null;
  const argv = immediate._argv;
  if (argv === undefined) callback.call(immediate);
  else callback.apply(immediate, argv);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  binding.clearImmediate(immediate[asyncIdSymbol]);
}

binding.setCallbacks(onTimeout, onImmediate);

module.exports = {
  Timeout, Immediate, clearTimeout, clearImmediate, TIMEOUT_MAX, kRefed,
  arm, asyncIdSymbol,
};

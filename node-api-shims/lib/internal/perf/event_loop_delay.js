'use strict';
// `perf_hooks.monitorEventLoopDelay({ resolution })`: an interval
// histogram. Once enabled, a host timer (unref'd, running no JavaScript)
// fires every `resolution` ms in the timers phase and records the ns
// elapsed since it last ran: a loop held up by work shows as large values.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
  validateInteger,
  validateObject,
} = require('internal/errors');
const { Histogram, kHandle, kMap, SafeMap } = require('internal/histogram');

const { histogram: binding } = internalBinding('performance');

const kEnabled = Symbol('kEnabled');

class ELDHistogram extends Histogram {
  constructor(i) {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  // Returns whether this call enabled it.
  enable() {
    if (this[kEnabled] === undefined) throw new ERR_INVALID_THIS('ELDHistogram');
    if (this[kEnabled]) return false;
    this[kEnabled] = true;
    binding.start(this[kHandle]);
    return true;
  }

  disable() {
    if (this[kEnabled] === undefined) throw new ERR_INVALID_THIS('ELDHistogram');
    if (!this[kEnabled]) return false;
    this[kEnabled] = false;
    binding.stop(this[kHandle]);
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return Reflect.construct(function() {
    this[kEnabled] = false;
    this[kHandle] = binding.createELD(resolution);
    this[kMap] = new SafeMap();
  }, [], ELDHistogram);
}

module.exports = monitorEventLoopDelay;

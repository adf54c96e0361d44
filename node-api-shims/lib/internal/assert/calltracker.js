'use strict';
// assert.CallTracker: wraps functions to count their calls, then reports
// (or throws an AssertionError for) those not called the expected number
// of times.

const {
  codes: { ERR_UNAVAILABLE_DURING_EXIT, ERR_INVALID_ARG_VALUE },
  validateUint32,
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');

const noop = Function.prototype;

// The calls made to one tracked function.
class CallTrackerContext {
  #expected;
  #calls;
  #name;
  #stackTrace;

  constructor({ expected, stackTrace, name }) {
    this.#calls = [];
    this.#expected = expected;
    this.#stackTrace = stackTrace;
    this.#name = name;
  }

  track(thisArg, args) {
    this.#calls.push(Object.freeze({ thisArg, arguments: Object.freeze(args.slice()) }));
  }

  get delta() {
    return this.#calls.length - this.#expected;
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return Object.freeze(this.#calls.slice());
  }

  report() {
    if (this.delta === 0) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) ` +
        `but was executed ${this.#calls.length} time(s).`,
      actual: this.#calls.length,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stackTrace,
    };
  }
}

class CallTracker {
  #callChecks = new Set();
  #trackedFunctions = new WeakMap();

  #getTrackedFunction(tracked) {
    if (!this.#trackedFunctions.has(tracked)) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return this.#trackedFunctions.get(tracked);
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const check of this.#callChecks) check.reset();
      return;
    }
    this.#getTrackedFunction(tracked).reset();
  }

  getCalls(tracked) {
    return this.#getTrackedFunction(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const context = new CallTrackerContext({
      expected,
      // Where the tracking started, for the report.
      stackTrace: new Error(),
      name: fn.name || 'calls',
    });
    // A Proxy keeps the function's name, length and properties.
    const tracked = new Proxy(fn, {
      apply(target, thisArg, argList) {
        context.track(thisArg, argList);
        return Reflect.apply(target, thisArg, argList);
      },
    });
    this.#callChecks.add(context);
    this.#trackedFunctions.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#callChecks) {
      const message = context.report();
      if (message !== undefined) errors.push(message);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;

'use strict';
// `performance.timerify(fn[, { histogram }])`: a wrapper that times each
// call of `fn` (or construction, with `new`) and queues a 'function'
// entry named after `fn` whose detail is the arguments; a call that
// returns a thenable is timed until it settles. With a histogram, each
// duration is also recorded there, in ns.

const { createPerformanceNodeEntry } = require('internal/perf/performance_entry');
const { now } = require('internal/perf/utils');
const { validateFunction, validateObject, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { isHistogram } = require('internal/histogram');
const { enqueue } = require('internal/perf/observe');

function processComplete(name, start, args, histogram) {
  const duration = now() - start;
  if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
  const entry = createPerformanceNodeEntry(name, 'function', start, duration, args);
  for (let n = 0; n < args.length; n++) entry[n] = args[n];
  enqueue(entry);
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && (!isHistogram(histogram) || typeof histogram.record !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }

  function timerified(...args) {
    const isConstructorCall = new.target !== undefined;
    const start = now();
    const result = isConstructorCall ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!isConstructorCall && typeof result?.finally === 'function') {
      return result.finally(processComplete.bind(result, fn.name, start, args, histogram));
    }
    processComplete(fn.name, start, args, histogram);
    return result;
  }

  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

module.exports = timerify;

'use strict';
// Histograms of perf_hooks: `Histogram` (the read side: count, min, max,
// mean, stddev, exceeds, percentile(s), each also as a bigint) and
// `RecordableHistogram` (createHistogram(): record, recordDelta, add).
// The counting is HdrHistogram's, done in Rust (src/histogram.rs) on a
// native handle; the figures reported are its bucketed values, as node's.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE },
  nativeError,
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/errors');

const { histogram: binding } = internalBinding('performance');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kHandle = Symbol('kHandle');
const kMap = Symbol('kMap');
const kRecordable = Symbol('kRecordable');
const kSkipThrow = Symbol('kSkipThrow');

// node's internal Map (what `percentiles` is, as inspect shows).
class SafeMap extends Map {}

function isHistogram(object) {
  return object?.[kHandle] !== undefined;
}

function checkHistogram(self) {
  if (!isHistogram(self)) throw new ERR_INVALID_THIS('Histogram');
}

function checkPercentile(percentile) {
  validateNumber(percentile, 'percentile');
  if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100) {
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
  }
}

function fillPercentiles(self, bigint) {
  const map = self[kMap];
  map.clear();
  for (const [percentile, value] of binding.percentiles(self[kHandle], bigint)) {
    Map.prototype.set.call(map, percentile, value);
  }
  return map;
}

class Histogram {
  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }

  get count() {
    checkHistogram(this);
    return binding.stat(this[kHandle], 'count', false);
  }

  get countBigInt() {
    checkHistogram(this);
    return binding.stat(this[kHandle], 'count', true);
  }

  get min() {
    checkHistogram(this);
    return binding.stat(this[kHandle], 'min', false);
  }

  get minBigInt() {
    checkHistogram(this);
    return binding.stat(this[kHandle], 'min', true);
  }

  get max() {
    checkHistogram(this);
    return binding.stat(this[kHandle], 'max', false);
  }

  get maxBigInt() {
    checkHistogram(this);
    return binding.stat(this[kHandle], 'max', true);
  }

  get mean() {
    checkHistogram(this);
    return binding.stat(this[kHandle], 'mean', false);
  }

  get exceeds() {
    checkHistogram(this);
    return binding.stat(this[kHandle], 'exceeds', false);
  }

  get exceedsBigInt() {
    checkHistogram(this);
    return binding.stat(this[kHandle], 'exceeds', true);
  }

  get stddev() {
    checkHistogram(this);
    return binding.stat(this[kHandle], 'stddev', false);
  }

  percentile(percentile) {
    checkHistogram(this);
    checkPercentile(percentile);
    return binding.percentile(this[kHandle], percentile, false);
  }

  percentileBigInt(percentile) {
    checkHistogram(this);
    checkPercentile(percentile);
    return binding.percentile(this[kHandle], percentile, true);
  }

  // A Map of percentile => value, the same Map object on every read.
  get percentiles() {
    checkHistogram(this);
    return fillPercentiles(this, false);
  }

  get percentilesBigInt() {
    checkHistogram(this);
    return fillPercentiles(this, true);
  }

  reset() {
    checkHistogram(this);
    binding.reset(this[kHandle]);
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles.entries()),
    };
  }
}

class RecordableHistogram extends Histogram {
  constructor(skipThrowSymbol = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrowSymbol);
  }

  // `val`: an integer >= 1 (a number up to 2^53 - 1, or a bigint up to
  // 2^63 - 1); one beyond the histogram's range only counts in `exceeds`.
  record(val) {
    if (this[kRecordable] === undefined) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (typeof val !== 'bigint') validateInteger(val, 'val', 1);
    if (!binding.record(this[kHandle], val)) {
      throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'value is out of range');
    }
  }

  // Records the ns elapsed since the previous call (nothing the first time).
  recordDelta() {
    if (this[kRecordable] === undefined) throw new ERR_INVALID_THIS('RecordableHistogram');
    binding.recordDelta(this[kHandle]);
  }

  add(other) {
    if (this[kRecordable] === undefined) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (other[kRecordable] === undefined) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    binding.add(this[kHandle], other[kHandle]);
  }
}

function createRecordableHistogram(handle) {
  const histogram = new RecordableHistogram(kSkipThrow);
  histogram[kRecordable] = true;
  histogram[kMap] = new SafeMap();
  histogram[kHandle] = handle;
  histogram.constructor = RecordableHistogram;
  return histogram;
}

// createHistogram({ lowest = 1, highest = 2^53 - 1, figures = 3 }): values
// from `lowest` to `highest`, told apart to `figures` significant digits.
function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') {
    validateInteger(highest, 'options.highest', 2 * lowest, Number.MAX_SAFE_INTEGER);
  } else if (highest < 2n * lowest) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('options.highest', highest);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return createRecordableHistogram(binding.create(lowest, highest, figures));
}

module.exports = {
  Histogram,
  RecordableHistogram,
  SafeMap,
  createHistogram,
  isHistogram,
  kHandle,
  kMap,
};

'use strict';
// `Performance` and the one `performance` object (also global): the
// clock (`now`, `timeOrigin`), the timeline (`mark`, `measure`,
// `getEntries*`, `clear*`), and node's extensions — `nodeTiming`,
// `eventLoopUtilization`, `timerify` — as non-enumerable members.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_MISSING_ARGS },
  validateInternalField,
} = require('internal/errors');
const { EventTarget, Event, kTrustEvent, defineEventHandler } = require('internal/event_target');
const { now, getTimeOriginTimestamp, inspectAs, kEnumerableProperty } = require('internal/perf/utils');
const { markResourceTiming } = require('internal/perf/resource_timing');
const { mark, measure, clearMarkTimings } = require('internal/perf/usertiming');
const {
  clearEntriesFromBuffer,
  filterBufferMapByNameAndType,
  setResourceTimingBufferSize,
  setDispatchBufferFull,
} = require('internal/perf/observe');
const { eventLoopUtilization } = require('internal/perf/event_loop_utilization');
const nodeTiming = require('internal/perf/nodetiming');
const timerify = require('internal/perf/timerify');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kPerformanceBrand = Symbol('performance');
const kCreate = Symbol('kCreate');

// WebIDL's conversion to `unsigned long` (setResourceTimingBufferSize).
function toUnsignedLong(value) {
  const n = Number(value);
  if (!Number.isFinite(n)) return 0;
  const int = Math.trunc(n) % 2 ** 32;
  return int < 0 ? int + 2 ** 32 : int;
}

class Performance extends EventTarget {
  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kPerformanceBrand] = true;
  }

  [kInspect](depth, options) {
    return inspectAs(this, 'Performance', { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, depth,
      options);
  }

  clearMarks(name = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    clearMarkTimings(name);
    clearEntriesFromBuffer('mark', name);
  }

  clearMeasures(name = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    clearEntriesFromBuffer('measure', name);
  }

  clearResourceTimings(name = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (name !== undefined) name = `${name}`;
    clearEntriesFromBuffer('resource', name);
  }

  getEntries() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return filterBufferMapByNameAndType();
  }

  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return filterBufferMapByNameAndType(name, type);
  }

  getEntriesByType(type) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return filterBufferMapByNameAndType(undefined, type);
  }

  mark(name, options = {}) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrMeasureOptions = {}, endMark = undefined) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return measure(name, startOrMeasureOptions, endMark);
  }

  now() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    return setResourceTimingBufferSize(toUnsignedLong(maxSize));
  }

  get timeOrigin() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return getTimeOriginTimestamp();
  }

  toJSON() {
    validateInternalField(this, kPerformanceBrand, 'Performance');
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }
}

const nodeExtension = (value) => ({ __proto__: null, configurable: true, enumerable: false, writable: true, value });
Object.defineProperties(Performance.prototype, {
  clearMarks: kEnumerableProperty,
  clearMeasures: kEnumerableProperty,
  clearResourceTimings: kEnumerableProperty,
  getEntries: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  mark: kEnumerableProperty,
  measure: kEnumerableProperty,
  now: kEnumerableProperty,
  timeOrigin: kEnumerableProperty,
  toJSON: kEnumerableProperty,
  setResourceTimingBufferSize: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, writable: false, enumerable: false, configurable: true,
    value: 'Performance' },
  eventLoopUtilization: nodeExtension(eventLoopUtilization),
  nodeTiming: nodeExtension(nodeTiming),
  // Public because fetch (a dependency, not internal code) reports with it.
  markResourceTiming: nodeExtension(markResourceTiming),
  timerify: nodeExtension(timerify),
});
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');

const performance = new Performance(kCreate);

setDispatchBufferFull((type) => {
  performance.dispatchEvent(new Event(type, { [kTrustEvent]: true }));
});

module.exports = {
  Performance,
  performance,
};

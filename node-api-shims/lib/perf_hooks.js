'use strict';
// `perf_hooks` and the global `performance`: the high-resolution clock
// (`now`, `timeOrigin`) and the user-timing buffer (`mark`, `measure`,
// `getEntries*`, `clear*`). Not here yet (and so absent, not faked):
// PerformanceObserver, timerify, eventLoopUtilization,
// monitorEventLoopDelay, createHistogram, nodeTiming.

const { EventTarget, inspectWith } = require('internal/event_target');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_THIS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP, ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
  validateObject,
} = require('internal/errors');
const { DOMException } = require('internal/per_context/domexception');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('create');

// Milliseconds since the process started; the start as a Unix time in ms.
const now = () => process.uptime() * 1000;
const timeOrigin = Date.now() - now();

const entryData = new WeakMap();

function data(entry) {
  const d = entryData.get(entry);
  if (d === undefined) throw new ERR_INVALID_THIS('PerformanceEntry');
  return d;
}

class PerformanceEntry {
  constructor(key = undefined, fields = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    entryData.set(this, fields);
  }

  get name() { return data(this).name; }

  get entryType() { return data(this).entryType; }

  get startTime() { return data(this).startTime; }

  get duration() { return data(this).duration; }

  get detail() { return data(this).detail; }

  toJSON() {
    const { name, entryType, startTime, duration, detail } = data(this);
    return { name, entryType, startTime, duration, detail };
  }

  [kInspect](depth, options) {
    return inspectWith(this, this.toJSON(), depth, options);
  }
}

// A mark's or measure's detail is a structured clone of the one given.
function cloneDetail(detail) {
  return detail === undefined ? null : require('internal/structured_clone').structuredClone(detail);
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number') throw new ERR_INVALID_ARG_TYPE('startTime', 'number', startTime);
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    super(kCreate, { name, entryType: 'mark', startTime, duration: 0, detail: cloneDetail(options?.detail) });
  }
}

class PerformanceMeasure extends PerformanceEntry {}

for (const cls of [PerformanceEntry, PerformanceMark, PerformanceMeasure]) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { configurable: true, value: cls.name });
}

const marks = [];
const measures = [];

// A mark name or a timestamp, as measure() takes them.
function timeOf(markOrTime) {
  if (markOrTime === undefined) return undefined;
  if (typeof markOrTime === 'number') {
    if (markOrTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(markOrTime);
    return markOrTime;
  }
  const name = `${markOrTime}`;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (data(marks[i]).name === name) return data(marks[i]).startTime;
  }
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

// measure()'s start and duration, by node 20's rules: a positional start
// counts only as a mark name; an options object needs start or end.
function startAndDuration(startOrOptions, endMark) {
  let start;
  let end;
  let duration;
  let options = false;
  if (startOrOptions !== null && typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    options = start !== undefined || end !== undefined;
  }
  if (options) {
    if (endMark !== undefined) throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) end = timeOf(endMark);
  else if (options && end !== undefined) end = timeOf(end);
  else if (options && start !== undefined && duration !== undefined) end = timeOf(start) + timeOf(duration);
  else end = now();
  if (typeof startOrOptions === 'string') start = timeOf(startOrOptions);
  else if (options && start !== undefined) start = timeOf(start);
  else if (options && duration !== undefined && end !== undefined) start = end - timeOf(duration);
  else start = 0;
  return { start, duration: end - start };
}

function byStartTime(a, b) {
  return data(a).startTime - data(b).startTime;
}

class Performance extends EventTarget {
  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  get timeOrigin() { return timeOrigin; }

  now() { return now(); }

  mark(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const mark = new PerformanceMark(name, options);
    marks.push(mark);
    return mark;
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    const { start, duration } = startAndDuration(startOrOptions, endMark);
    const detail = startOrOptions !== null && typeof startOrOptions === 'object' ?
      cloneDetail(startOrOptions.detail) : null;
    const measure = new PerformanceMeasure(kCreate, { name, entryType: 'measure', startTime: start, duration, detail });
    measures.push(measure);
    return measure;
  }

  getEntries() {
    return [...marks, ...measures].sort(byStartTime);
  }

  getEntriesByName(name, type = undefined) {
    name = `${name}`;
    return this.getEntries().filter((e) => data(e).name === name && (type === undefined || data(e).entryType === type));
  }

  getEntriesByType(type) {
    type = `${type}`;
    if (type === 'mark') return [...marks].sort(byStartTime);
    if (type === 'measure') return [...measures].sort(byStartTime);
    return [];
  }

  clearMarks(name = undefined) {
    clearEntries(marks, name);
  }

  clearMeasures(name = undefined) {
    clearEntries(measures, name);
  }
}

function clearEntries(list, name) {
  if (name === undefined) {
    list.length = 0;
    return;
  }
  name = `${name}`;
  for (let i = list.length - 1; i >= 0; i--) {
    if (data(list[i]).name === name) list.splice(i, 1);
  }
}

for (const key of ['timeOrigin', 'now', 'mark', 'measure', 'getEntries', 'getEntriesByName', 'getEntriesByType',
  'clearMarks', 'clearMeasures']) {
  Object.defineProperty(Performance.prototype, key, { enumerable: true });
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { configurable: true, value: 'Performance' });

const performance = new Performance(kCreate);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  performance,
};

'use strict';
// The performance timeline: the global buffers of 'mark', 'measure' and
// 'resource' entries (what performance.getEntries*() read), and
// `PerformanceObserver`, whose callback receives the entries it observed
// in a `PerformanceObserverEntryList`. As in node, observers are called
// together from one setImmediate queued by the first entry after a
// dispatch, so a batch holds what was recorded until the check phase.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_VALUE, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
  validateFunction,
  validateObject,
  validateInternalField,
} = require('internal/errors');
const { isPerformanceEntry } = require('internal/perf/performance_entry');
const { inspectAs, kEnumerableProperty } = require('internal/perf/utils');
const { setImmediate } = require('timers');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kBuffer = Symbol('kBuffer');
const kDispatch = Symbol('kDispatch');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kSkipThrow = Symbol('kSkipThrow');

// An observer watches either a list of types (observe({ entryTypes })) or
// types added one at a time (observe({ type })), never both.
const kTypeSingle = 0;
const kTypeMultiple = 1;

// The types node 20 knows ('gc', 'http', 'http2', 'net' and 'dns' are
// never produced here: there is no such subsystem to report them).
const kSupportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);

let markEntryBuffer = [];
let measureEntryBuffer = [];
let resourceTimingBuffer = [];
let resourceTimingSecondaryBuffer = [];
// Past this many marks (or measures) node warns once of a likely leak.
const kPerformanceEntryBufferWarnSize = 1e6;
// The resource timing buffer's default limit (the W3C registry's).
let resourceTimingBufferSizeLimit = 250;
let dispatchBufferFull;
let resourceTimingBufferFullPending = false;

const kClearPerformanceEntryBuffers = Object.freeze({
  mark: 'performance.clearMarks',
  measure: 'performance.clearMeasures',
});
const kWarnedEntryTypes = new Set();

const kObservers = new Set();
const kPending = new Set();
let isPending = false;

function queuePending() {
  if (isPending) return;
  isPending = true;
  setImmediate(() => {
    isPending = false;
    const pendings = Array.from(kPending);
    kPending.clear();
    for (const pending of pendings) pending[kDispatch]();
  });
}

const byStartTime = (first, second) => first.startTime - second.startTime;

class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kBuffer] = entries.sort(byStartTime);
  }

  getEntries() {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    return this[kBuffer].slice();
  }

  getEntriesByType(type) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this[kBuffer].filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type != null) return this[kBuffer].filter((entry) => entry.name === name && entry.entryType === type);
    return this[kBuffer].filter((entry) => entry.name === name);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this[kBuffer], opts)}`;
  }
}
Object.defineProperties(PerformanceObserverEntryList.prototype, {
  getEntries: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'PerformanceObserverEntryList',
  },
});

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    switch (this.#type) {
      case undefined:
        if (entryTypes !== undefined) this.#type = kTypeMultiple;
        if (type !== undefined) this.#type = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw domException('PerformanceObserver can not change to multiple observations',
            'InvalidModificationError');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw domException('PerformanceObserver can not change to single observation',
            'InvalidModificationError');
        }
        break;
    }

    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      this.#entryTypes.clear();
      for (let n = 0; n < entryTypes.length; n++) {
        if (kSupportedEntryTypes.includes(entryTypes[n])) this.#entryTypes.add(entryTypes[n]);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        this.#buffer.push(...filterBufferMapByNameAndType(undefined, type));
        kPending.add(this);
        queuePending();
      }
    }

    if (this.#entryTypes.size) kObservers.add(this);
    else this.disconnect();
  }

  disconnect() {
    kObservers.delete(this);
    kPending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    kPending.add(this);
    queuePending();
  }

  [kDispatch]() {
    const entryList = new PerformanceObserverEntryList(kSkipThrow, this.takeRecords());
    this.#callback(entryList, this);
  }

  [kInspect](depth, options) {
    return inspectAs(this, 'PerformanceObserver', {
      connected: kObservers.has(this),
      pending: kPending.has(this),
      entryTypes: Array.from(this.#entryTypes),
      buffer: this.#buffer,
    }, depth, options);
  }
}
Object.defineProperties(PerformanceObserver.prototype, {
  observe: kEnumerableProperty,
  disconnect: kEnumerableProperty,
  takeRecords: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, writable: false, enumerable: false, configurable: true, value: 'PerformanceObserver',
  },
});

function domException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

// Hands a new entry to every observer watching its type.
function enqueue(entry) {
  if (!isPerformanceEntry(entry)) throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  for (const obs of kObservers) obs[kMaybeBuffer](entry);
}

// Keeps a mark or measure in the global timeline.
function bufferUserTiming(entry) {
  const entryType = entry.entryType;
  let buffer;
  if (entryType === 'mark') buffer = markEntryBuffer;
  else if (entryType === 'measure') buffer = measureEntryBuffer;
  else return;
  buffer.push(entry);
  const count = buffer.length;
  if (count > kPerformanceEntryBufferWarnSize && !kWarnedEntryTypes.has(entryType)) {
    kWarnedEntryTypes.add(entryType);
    // eslint-disable-next-line no-restricted-syntax
    const w = new Error(`Possible perf_hooks memory leak detected. ${count} ${entryType} entries added to the ` +
      `global performance entry buffer. Use ${kClearPerformanceEntryBuffers[entryType]} to clear the buffer.`);
    w.name = 'MaxPerformanceEntryBufferExceededWarning';
    w.entryType = entryType;
    w.count = count;
    process.emitWarning(w);
  }
}

// Keeps a resource entry while the buffer has room; past its limit the
// entries wait in a secondary buffer and 'resourcetimingbufferfull' is
// dispatched on `performance` (from an immediate) until the listeners
// make room or no longer do.
function bufferResourceTiming(entry) {
  if (resourceTimingBuffer.length < resourceTimingBufferSizeLimit && !resourceTimingBufferFullPending) {
    resourceTimingBuffer.push(entry);
    return;
  }
  if (!resourceTimingBufferFullPending) {
    resourceTimingBufferFullPending = true;
    setImmediate(() => {
      while (resourceTimingSecondaryBuffer.length > 0) {
        const excessNumberBefore = resourceTimingSecondaryBuffer.length;
        dispatchBufferFull('resourcetimingbufferfull');
        const numbersToPreserve = Math.max(
          Math.min(resourceTimingBufferSizeLimit - resourceTimingBuffer.length, resourceTimingSecondaryBuffer.length),
          0);
        const excessNumberAfter = resourceTimingSecondaryBuffer.length - numbersToPreserve;
        for (let idx = 0; idx < numbersToPreserve; idx++) {
          resourceTimingBuffer.push(resourceTimingSecondaryBuffer[idx]);
        }
        if (excessNumberBefore <= excessNumberAfter) resourceTimingSecondaryBuffer = [];
      }
      resourceTimingBufferFullPending = false;
    });
  }
  resourceTimingSecondaryBuffer.push(entry);
}

function setResourceTimingBufferSize(maxSize) {
  // Entries already beyond a smaller limit stay.
  resourceTimingBufferSizeLimit = maxSize;
}

function setDispatchBufferFull(fn) {
  dispatchBufferFull = fn;
}

function clearEntriesFromBuffer(type, name) {
  const keep = (entry) => entry.name !== name;
  if (type === 'mark') {
    markEntryBuffer = name === undefined ? [] : markEntryBuffer.filter(keep);
  } else if (type === 'measure') {
    measureEntryBuffer = name === undefined ? [] : measureEntryBuffer.filter(keep);
  } else if (type === 'resource') {
    resourceTimingBuffer = name === undefined ? [] : resourceTimingBuffer.filter(keep);
  }
}

// The buffered entries of a name and/or type, by start time.
function filterBufferMapByNameAndType(name, type) {
  let bufferList;
  if (type === 'mark') {
    bufferList = markEntryBuffer;
  } else if (type === 'measure') {
    bufferList = measureEntryBuffer;
  } else if (type === 'resource') {
    bufferList = resourceTimingBuffer;
  } else if (type !== undefined) {
    return [];
  } else {
    bufferList = [...markEntryBuffer, ...measureEntryBuffer, ...resourceTimingBuffer];
  }
  if (name !== undefined) {
    bufferList = bufferList.filter((entry) => entry.name === name);
  } else if (type !== undefined) {
    bufferList = bufferList.slice();
  }
  return bufferList.sort(byStartTime);
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  enqueue,
  clearEntriesFromBuffer,
  filterBufferMapByNameAndType,
  bufferUserTiming,
  bufferResourceTiming,
  setResourceTimingBufferSize,
  setDispatchBufferFull,
};

'use strict';
// `performance.nodeTiming`: node's own start-up milestones, in ms since
// the time origin (-1 until reached), read live from the host: when the
// runtime started (nodeStart), its engine was ready (v8Start), the
// environment was created, bootstrap completed, the event loop started
// (after the main script) and exited; plus the loop's idle time and
// libuv-style metrics (iterations, events).

const { PerformanceEntry } = require('internal/perf/performance_entry');
const { now, getMilestoneTimestamp, inspectAs } = require('internal/perf/utils');

const binding = internalBinding('performance');

const kMilestoneNames = ['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete'];

function loopIdleTime() {
  return binding.loopIdleTime();
}

class PerformanceNodeTiming {
  constructor() {
    const field = (value) => ({ __proto__: null, enumerable: true, configurable: true, value });
    const getter = (get) => ({ __proto__: null, enumerable: true, configurable: true, get });
    const props = {
      name: field('node'),
      entryType: field('node'),
      startTime: field(0),
      duration: getter(now),
    };
    for (const name of kMilestoneNames) props[name] = getter(() => getMilestoneTimestamp(name));
    props.idleTime = getter(loopIdleTime);
    props.uvMetricsInfo = getter(() => {
      const [loopCount, events, eventsWaiting] = binding.uvMetricsInfo();
      return { loopCount, events, eventsWaiting };
    });
    Object.defineProperties(this, props);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return inspectAs(this, 'PerformanceNodeTiming', this.toJSON(), depth, options);
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}

Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);

module.exports = new PerformanceNodeTiming();

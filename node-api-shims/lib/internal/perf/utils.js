'use strict';
// The clock of `perf_hooks`: `now()` (ms since the process started), the
// time origin as a Unix time, and node's start-up milestones (nodeStart,
// v8Start, environment, bootstrapComplete, loopStart, loopExit) on
// `process.hrtime()`'s clock, with helpers the perf classes share.

const binding = internalBinding('performance');

// Indexes into binding.milestones().
const kMilestones = {
  timeOrigin: 0,
  nodeStart: 1,
  v8Start: 2,
  environment: 3,
  bootstrapComplete: 4,
  loopStart: 5,
  loopExit: 6,
};

const now = binding.now;

// A milestone in ms since the time origin; -1 for one not reached (yet).
function getMilestoneTimestamp(name) {
  const ms = binding.milestones();
  const ns = ms[kMilestones[name]];
  if (ns === -1) return ns;
  return ns / 1e6 - ms[kMilestones.timeOrigin] / 1e6;
}

// A milestone on process.hrtime()'s clock, in ms (0 when not reached).
function getMilestoneHrtime(name) {
  const ns = binding.milestones()[kMilestones[name]];
  return ns === -1 ? 0 : ns / 1e6;
}

function getTimeOriginTimestamp() {
  return binding.timeOrigin();
}

// `inspect` of a perf object the way node prints them: `Name { ...fields }`
// one level deeper; too deep, the object itself (so `[Name]`).
function inspectAs(self, name, fields, depth, options) {
  if (depth < 0) return self;
  const { inspect } = require('internal/util/inspect');
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(fields, opts)}`;
}

// What node marks the public members of its web classes with.
const kEnumerableProperty = { __proto__: null, enumerable: true };

function defineToStringTag(cls, writable = undefined) {
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    __proto__: null, configurable: true, enumerable: false, writable: writable ?? false, value: cls.name,
  });
}

module.exports = {
  now,
  getMilestoneTimestamp,
  getMilestoneHrtime,
  getTimeOriginTimestamp,
  inspectAs,
  kEnumerableProperty,
  defineToStringTag,
};

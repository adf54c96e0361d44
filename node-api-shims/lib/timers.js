'use strict';
// The `timers` module: setTimeout/setInterval/setImmediate and their
// clear* counterparts (also installed as globals).
//
// These are hot paths. The callback's type is checked inline (the
// validator runs only to build the error), and extra arguments arrive as a
// rest parameter: in Boa, touching `arguments` costs an allocation per
// call. The functions' `length` is set to Node's (5, 5, 4) explicitly.

const {
  newTimeout, newImmediate, clearTimeout, clearImmediate, enroll, unenroll, active, unrefActive,
} = require('internal/timers');
const { deprecate } = require('internal/util/deprecate');
const { validateFunction } = require('internal/errors');

function setTimeout(callback, after, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return newTimeout(callback, after, args.length > 0 ? args : undefined, false, true, true);
}

function setInterval(callback, repeat, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return newTimeout(callback, repeat, args.length > 0 ? args : undefined, true, true, true);
}

function clearInterval(timer) {
  // clearTimeout and clearInterval are interchangeable, as in Node.
  clearTimeout(timer);
}

function setImmediate(callback, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return newImmediate(callback, args.length > 0 ? args : undefined);
}

for (const [fn, length] of [[setTimeout, 5], [setInterval, 5], [setImmediate, 4]]) {
  Object.defineProperty(fn, 'length', { value: length, configurable: true });
}

// util.promisify(setTimeout) and (setImmediate) are the timers/promises
// functions, loaded when first asked for.
const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
for (const fn of [setTimeout, setImmediate]) {
  Object.defineProperty(fn, kCustomPromisified, {
    enumerable: true,
    configurable: true,
    get() { return require('timers/promises')[fn.name]; },
  });
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  // The legacy API (any object as a timer), deprecated as in node.
  _unrefActive: deprecate(unrefActive,
    'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  active: deprecate(active, 'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  unenroll: deprecate(unenroll, 'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecate(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});

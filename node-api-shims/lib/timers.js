'use strict';
// The `timers` module: setTimeout/setInterval/setImmediate and their
// clear* counterparts (also installed as globals).
//
// These are hot paths. The callback's type is checked inline (the
// validator runs only to build the error), and extra arguments arrive as a
// rest parameter: in Boa, touching `arguments` costs an allocation per
// call. The functions' `length` is set to Node's (5, 5, 4) explicitly.

const {
  newTimeout, newImmediate, clearTimeout, clearImmediate, arm,
} = require('internal/timers');
const { validateFunction } = require('internal/errors');

function setTimeout(callback, after, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  const timeout = newTimeout(callback, after, args.length > 0 ? args : undefined, false, true);
  arm(timeout);
  return timeout;
}

function setInterval(callback, repeat, ...args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  const timeout = newTimeout(callback, repeat, args.length > 0 ? args : undefined, true, true);
  arm(timeout);
  return timeout;
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
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return require('timers/promises'); },
});

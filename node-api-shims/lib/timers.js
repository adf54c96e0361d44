'use strict';
// The `timers` module: setTimeout/setInterval/setImmediate and their
// clear* counterparts (also installed as globals).

const {
  Timeout, Immediate, clearTimeout, clearImmediate, arm,
} = require('internal/timers');
const { validateFunction } = require('internal/errors');

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  if (arguments.length > 2) args = Array.prototype.slice.call(arguments, 2);
  const timeout = new Timeout(callback, after, args, false, true);
  arm(timeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  if (arguments.length > 2) args = Array.prototype.slice.call(arguments, 2);
  const timeout = new Timeout(callback, repeat, args, true, true);
  arm(timeout);
  return timeout;
}

function clearInterval(timer) {
  // clearTimeout and clearInterval are interchangeable, as in Node.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  if (arguments.length > 1) args = Array.prototype.slice.call(arguments, 1);
  return new Immediate(callback, args);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
};

'use strict';
// util.deprecate: wraps a function so that its first call emits a
// DeprecationWarning (once per deprecation code across the process).
// Apart from util so that builtins loaded at startup (timers' legacy
// enroll/unenroll) can use it without loading util and inspect.

const { validateFunction, validateString } = require('internal/errors');

// Codes already warned about: each deprecation code warns once.
const codesWarned = new Set();

function deprecate(fn, msg, code) {
  validateFunction(fn, 'fn');
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

module.exports = { deprecate };

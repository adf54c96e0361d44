'use strict';
// The `util` module: format/inspect, inherits, deprecate,
// promisify/callbackify, parseArgs, MIMEType, debuglog and smaller helpers.

const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const errors = require('internal/errors');
const {
  codes, validateFunction, validateString, validateNumber, validateOneOf,
} = errors;
const { TextEncoder, TextDecoder } = require('internal/encoding');
const { aborted } = require('internal/abort_controller');
const { debuglog } = require('internal/util/debuglog');
const { deprecate } = require('internal/util/deprecate');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisified]) {
    const fn = original[kCustomPromisified];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisified, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      Reflect.apply(original, this, [...args, (err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      }]);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisified, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisified;

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const cb = args.pop();
    validateFunction(cb, 'last argument');
    const onOk = (ret) => process.nextTick(cb, null, ret);
    const onErr = (rej) => {
      if (!rej) {
        const err = new codes.ERR_FALSY_VALUE_REJECTION(rej);
        err.reason = rej;
        rej = err;
      }
      process.nextTick(cb, rej);
    };
    Reflect.apply(original, this, args).then(onOk, onErr);
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// util.styleText(format, text): text between the ANSI codes of one or
// more `inspect.colors` styles.
// As node 20 does, a single style is dropped when the stream (stdout by
// default) shows no colours; a list of styles always applies.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  if (!Array.isArray(format) && validateStream) {
    if (inspect.colors[format] == null) validateOneOf(format, 'format', Object.keys(inspect.colors));
    if (!streamHasColors(stream)) return text;
  }
  const codes = (key) => {
    const pair = inspect.colors[key];
    if (pair == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
    return pair;
  };
  let left = '';
  let right = '';
  for (const key of Array.isArray(format) ? format : [format]) {
    const [open, close] = codes(key);
    left += `\u001b[${open}m`;
    right = `\u001b[${close}m${right}`;
  }
  return `${left}${text}${right}`;
}

function streamHasColors(stream) {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
  return Boolean(stream?.isTTY);
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return errors.getSystemErrorName(err);
}

// The file name of this module in stack frames.
const utilFile = 'node:util';

// node's exports of its system-error builders: `open ENOENT` with errno,
// code, syscall (and address/port), after getSystemErrorName's checks
// of `err` (a negative integer).
function _errnoException(...args) {
  getSystemErrorName(args[0]);
  const err = errors.errnoException(...args);
  // Node 20 captures this error's stack above _exceptionWithHostPort, a
  // function that is not on the stack: the stack is the first line only.
  Object.defineProperty(err, 'stack', {
    value: `Error: ${err.message}`, writable: true, enumerable: false, configurable: true,
  });
  return err;
}

function _exceptionWithHostPort(...args) {
  getSystemErrorName(args[0]);
  const err = errors.exceptionWithHostPort(...args);
  // The trace starts at the caller, without this function's frame.
  const stack = err.stack;
  const firstFrame = stack.search(/\n\s+at /);
  if (firstFrame !== -1) {
    const frames = errors.dropLeadingFramesOf(stack.slice(firstFrame + 1).split('\n'), utilFile);
    err.stack = [stack.slice(0, firstFrame), ...frames].join('\n');
  }
  return err;
}

// Deep strict equality, as assert.deepStrictEqual checks it.
function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function toUSVString(input) {
  return `${input}`.toWellFormed();
}

const pad = (n) => String(n).padStart(2, '0');
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// util.log: "26 Feb 16:19:34 - message".
function log(...args) {
  const d = new Date();
  const time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  require('console').log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// The entries of `.env` content (the format of `--env-file`).
function parseEnv(content) {
  validateString(content, 'content');
  return internalBinding('dotenv').parse(content);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  debuglog,
  debug: debuglog,
  styleText,
  getSystemErrorMap: errors.getSystemErrorMap,
  getSystemErrorName,
  toUSVString,
  aborted,
  log,
  types: require('internal/util/types'),
  isBoolean: (arg) => typeof arg === 'boolean',
  isBuffer: (arg) => require('buffer').Buffer.isBuffer(arg),
  isDate: (arg) => require('internal/util/types').isDate(arg),
  isError: (arg) => internalBinding('util').isNativeError(arg) || arg instanceof Error,
  isFunction: (arg) => typeof arg === 'function',
  isNull: (arg) => arg === null,
  isNullOrUndefined: (arg) => arg === null || arg === undefined,
  isNumber: (arg) => typeof arg === 'number',
  isObject: (arg) => arg !== null && typeof arg === 'object',
  isPrimitive: (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function'),
  isRegExp: (arg) => require('internal/util/types').isRegExp(arg),
  isString: (arg) => typeof arg === 'string',
  isSymbol: (arg) => typeof arg === 'symbol',
  isUndefined: (arg) => arg === undefined,
  parseEnv,
  TextEncoder,
  TextDecoder,
  format,
  formatWithOptions,
  inspect,
  inherits,
  isDeepStrictEqual,
  deprecate,
  promisify,
  callbackify,
  stripVTControlCharacters,
  isArray: Array.isArray,
};
// Loaded on first use, as node does.
defineLazy('parseArgs', () => require('internal/util/parse_args').parseArgs);
defineLazy('MIMEType', () => require('internal/mime').MIMEType);
defineLazy('MIMEParams', () => require('internal/mime').MIMEParams);

// An accessor (named like node's `get parseArgs`) that, on first read,
// loads the value and becomes a plain data property.
function defineLazy(name, load) {
  const set = function(value) {
    Object.defineProperty(module.exports, name, { value, writable: true });
  };
  const get = function() {
    const value = load();
    set(value);
    return value;
  };
  Object.defineProperty(get, 'name', { value: `get ${name}` });
  Object.defineProperty(set, 'name', { value: `set ${name}` });
  Object.defineProperty(module.exports, name, { get, set, configurable: true, enumerable: true });
}

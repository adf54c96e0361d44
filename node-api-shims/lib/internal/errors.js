/**
 * internal/errors — the one table of Node.js error codes and the one builder
 * of Node-style errors, shared by every builtin JS module and (through
 * `makeNodeError` / `uvException`) by the Rust side of runnel.
 *
 * What a "Node error" looks like:
 *
 *   const err = new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', undefined);
 *   err.name     === 'TypeError'            (inherited from TypeError.prototype)
 *   err.code     === 'ERR_INVALID_ARG_TYPE' (own, enumerable: inspect shows `{ code: ... }`)
 *   err.message  === 'The "callback" argument must be of type function. Received undefined'
 *   String(err)  === 'TypeError [ERR_INVALID_ARG_TYPE]: The "callback" ...'
 *   err.stack    starts with 'TypeError [ERR_INVALID_ARG_TYPE]: The "callback" ...'
 *   err instanceof TypeError, err instanceof codes.ERR_INVALID_ARG_TYPE,
 *   err.constructor === TypeError
 *
 * How the `[CODE]` gets into `err.stack` (engine independent):
 *   Node relies on a V8 hook to print the code in the first stack line. We do
 *   not have that hook, so right after an error is built we read the stack the
 *   engine produced (in runnel it is computed lazily from name/message on first
 *   read; in V8 it is formatted on first read as well), replace its header
 *   ("TypeError: msg") by the coded header ("TypeError [ERR_X]: msg"), keep the
 *   "    at ..." frame lines, and store the result as an own, non-enumerable,
 *   writable `stack` data property. So `err.stack` is a plain string from the
 *   start and prints identically everywhere. If the engine gives no stack at
 *   all, `stack` is just the coded header. Frames inside this file at the top
 *   of the trace (error constructors, validators) are dropped: V8 leaves them
 *   out itself, engines whose Error.captureStackTrace ignores its second
 *   argument (runnel's) do not.
 *
 * The module also exports the system-error builders (`uvException`,
 * `errnoException`, `exceptionWithHostPort`, `dnsException`), `AbortError`,
 * and the argument validators (`validateFunction`, `validateNumber`, ...)
 * that produce Node's exact messages.
 *
 * Message formatting uses `require('internal/util/inspect')`, loaded on
 * first use (inspect itself requires this module).
 */
'use strict';

// ---------------------------------------------------------------------------
// inspect/format, required on first use: inspect's module requires this one.
// ---------------------------------------------------------------------------

function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

function format(template, ...args) {
  return require('internal/util/inspect').format(template, ...args);
}

// ---------------------------------------------------------------------------
// Stack handling
// ---------------------------------------------------------------------------

const kIsNodeError = Symbol('kIsNodeError');
// An error may carry, under this key, a function returning a more telling
// stack; the fatal-exception report uses it (events marks unhandled 'error'
// events with it, to add where the event was emitted).
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

const kFrameLine = /^\s+at (?:.*? \()?(.+?):\d+:\d+\)?$/;

// `lines` (frame lines) without the leading ones that are inside `file`.
function dropLeadingFramesOf(lines, file) {
  if (file === undefined) return lines;
  let first = 0;
  while (first < lines.length) {
    const match = kFrameLine.exec(lines[first]);
    if (!match || match[1] !== file) break;
    first++;
  }
  return lines.slice(first);
}

// The file name of this module in stack frames (a builtin's is `node:<id>`;
// reading it from a stack at load time cost every process a stack).
const ownFile = 'node:internal/errors';

// Drop the innermost frames that are inside this module (the error
// constructors, validators, builders). V8 already leaves most of them out;
// engines whose Error.captureStackTrace ignores its second argument do not.
function dropOwnFrames(frames) {
  if (ownFile === undefined) return frames;
  const lines = frames.split('\n'); // lines[0] is '' (frames starts with '\n')
  const kept = dropLeadingFramesOf(lines.slice(1), ownFile);
  return kept.length === lines.length - 1 ? frames : ['', ...kept].join('\n');
}

// Turn whatever stack the engine produced into one whose first line is
// `header` (e.g. "TypeError [ERR_X]: msg"), keeping the frame lines.
function rebuildStack(rawStack, plainHeader, header) {
  if (typeof rawStack !== 'string' || rawStack === '') return header;
  let frames;
  if (rawStack.startsWith(plainHeader)) {
    frames = rawStack.slice(plainHeader.length);
  } else {
    const firstFrame = rawStack.search(/\n\s+at /);
    if (firstFrame !== -1) frames = rawStack.slice(firstFrame);
    else if (/^\s+at /.test(rawStack)) frames = `\n${rawStack}`;
    else return header;
  }
  return header + dropOwnFrames(frames);
}

// Give `err` an own string `stack` whose first line is `header`.
// `hideAbove` (optional): a function whose frame and everything above it is
// left out of the trace (only on engines with Error.captureStackTrace).
function setStack(err, header, hideAbove) {
  if (hideAbove !== undefined && typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(err, hideAbove);
  }
  let rawStack;
  try {
    rawStack = err.stack;
  } catch {
    rawStack = undefined;
  }
  const message = err.message;
  const plainHeader = message ? `${err.name}: ${message}` : `${err.name}`;
  Object.defineProperty(err, 'stack', {
    value: rebuildStack(rawStack, plainHeader, header),
    writable: true,
    enumerable: false,
    configurable: true,
  });
  return err;
}

function codedHeader(err) {
  const message = err.message;
  return message ? `${err.name} [${err.code}]: ${message}` : `${err.name} [${err.code}]`;
}

// Recompute the stack of one of our errors so it starts at the caller of `fn`.
function restack(err, fn) {
  if (err !== null && typeof err === 'object' && err[kIsNodeError]) {
    return setStack(err, codedHeader(err), fn);
  }
  return err;
}

// Wrap an internal helper (typically a validator) so that errors it throws
// have stack traces starting at the helper's caller, as in Node.
// (Fixed parameters, not `...args` + apply: validators are on hot paths
// and a rest array costs an allocation per call in Boa. The wrapped
// functions take at most four arguments and never look at `arguments`.)
function hideStackFrames(fn) {
  function wrappedFn(a, b, c, d) {
    try {
      return fn.call(this, a, b, c, d);
    } catch (err) {
      throw restack(err, wrappedFn);
    }
  }
  Object.defineProperty(wrappedFn, 'name', { value: fn.name, configurable: true });
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// ---------------------------------------------------------------------------
// Helpers for messages
// ---------------------------------------------------------------------------

// "1000000" -> "1_000_000" (and "-1000000" -> "-1_000_000").
function addNumericalSeparator(digits) {
  let result = '';
  let end = digits.length;
  const start = digits[0] === '-' ? 1 : 0;
  while (end >= start + 4) {
    result = `_${digits.slice(end - 3, end)}${result}`;
    end -= 3;
  }
  return `${digits.slice(0, end)}${result}`;
}

// How a primitive is shown after "Received type <typeof> (...)".
function describePrimitive(value) {
  switch (typeof value) {
    case 'string': {
      const text = value.length > 28 ? `${value.slice(0, 25)}...` : value;
      return text.includes("'") ? JSON.stringify(text) : `'${text}'`;
    }
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    default: // boolean, symbol
      return String(value);
  }
}

// Describe a received value the way Node's "Received ..." suffix does:
// 'undefined', 'null', 'function f', 'an instance of Foo',
// 'type number (1)', "type string ('abc')".
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && (typeof ctor === 'object' || typeof ctor === 'function') && 'name' in ctor) {
      return `an instance of ${ctor.name}`;
    }
    return `${inspect(value, { depth: -1 })}`;
  }
  return `type ${typeof value} (${describePrimitive(value)})`;
}

// ['a'] -> 'a'; ['a', 'b'] -> 'a and b'; ['a', 'b', 'c'] -> 'a, b, and c'
// (Works on any array-like, as Node's does.)
function formatList(list, conjunction = 'and') {
  const join = (items, separator) => Array.prototype.join.call(items, separator);
  if (list.length < 3) return join(list, ` ${conjunction} `);
  return `${join(Array.prototype.slice.call(list, 0, -1), ', ')}, ${conjunction} ${list[list.length - 1]}`;
}

// Primitive type names that ERR_INVALID_ARG_TYPE prints in lower case.
const kPrimitiveTypes = [
  'string', 'function', 'number', 'object',
  // Accept 'Function' and 'Object' as alternatives to the lower cased version.
  'Function', 'Object', 'boolean', 'bigint', 'symbol',
];
const kClassName = /^([A-Z][a-z0-9]*)+$/;

function describeExpected(expected) {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const instances = [];
  const other = [];
  for (const value of list) {
    if (kPrimitiveTypes.includes(value)) types.push(value.toLowerCase());
    else if (kClassName.test(value)) instances.push(value);
    else other.push(value);
  }
  // With class names present, 'object' reads better as 'an instance of ... Object'.
  if (instances.length > 0) {
    const objectIndex = types.indexOf('object');
    if (objectIndex !== -1) {
      types.splice(objectIndex, 1);
      instances.push('Object');
    }
  }
  const parts = [];
  if (types.length > 2) {
    parts.push(`one of type ${types.slice(0, -1).join(', ')}, or ${types[types.length - 1]}`);
  } else if (types.length === 2) {
    parts.push(`one of type ${types[0]} or ${types[1]}`);
  } else if (types.length === 1) {
    parts.push(`of type ${types[0]}`);
  }
  if (instances.length > 2) {
    parts.push(`an instance of ${instances.slice(0, -1).join(', ')}, or ${instances[instances.length - 1]}`);
  } else if (instances.length > 0) {
    parts.push(`an instance of ${instances.join(' or ')}`);
  }
  if (other.length > 2) {
    parts.push(`one of ${other.slice(0, -1).join(', ')}, or ${other[other.length - 1]}`);
  } else if (other.length === 2) {
    parts.push(`one of ${other[0]} or ${other[1]}`);
  } else if (other.length === 1) {
    parts.push(other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : `${other[0]}`);
  }
  return parts.join(' or ');
}

function basename(path) {
  const trimmed = String(path).replace(/[\\/]+$/, '');
  const slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return trimmed.slice(slash + 1);
}

// Approximation of V8's "no side effects" ToString used for promise
// rejection reasons: never calls user code.
function noSideEffectsToString(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') return value.toString();
  if (typeof value !== 'object' && typeof value !== 'function') return String(value);
  if (value === null) return 'null';
  if (typeof value === 'function') {
    try {
      return Function.prototype.toString.call(value);
    } catch {
      return 'function';
    }
  }
  try {
    if (value instanceof Error) {
      const name = Object.prototype.hasOwnProperty.call(value, 'name') ? value.name : Object.getPrototypeOf(value).name;
      const message = Object.getOwnPropertyDescriptor(value, 'message');
      const text = message && typeof message.value === 'string' ? message.value : '';
      return text ? `${name}: ${text}` : `${name}`;
    }
    const tag = Object.prototype.toString.call(value);
    if (value.toString === Object.prototype.toString) {
      const ctor = value.constructor;
      if (typeof ctor === 'function' && ctor.name) return `#<${ctor.name}>`;
    }
    return tag;
  } catch {
    return '[object Object]';
  }
}

// ---------------------------------------------------------------------------
// The code table
// ---------------------------------------------------------------------------

const messages = new Map(); // code -> template string or message function
const codes = {};

function getMessage(code, args, self) {
  const message = messages.get(code);
  if (typeof message === 'function') return message.apply(self, args);
  if (args.length === 0) return message;
  return format(message, ...args);
}

function makeNodeErrorClass(Base, code) {
  class NodeError extends Base {
    constructor(...args) {
      super();
      this.code = code;
      Object.defineProperty(this, 'message', {
        value: getMessage(code, args, this),
        enumerable: false,
        writable: true,
        configurable: true,
      });
      setStack(this, codedHeader(this));
    }

    // `err.constructor` is the standard class (TypeError, RangeError, ...).
    get ['constructor']() {
      return Base;
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  }
  return NodeError;
}

// Register one code: E(code, message, DefaultBase, ...OtherBases).
// `codes[code]` builds a DefaultBase; `codes[code].RangeError` etc. build the others.
function E(code, message, Base, ...otherBases) {
  messages.set(code, message);
  const Default = makeNodeErrorClass(Base, code);
  for (const Other of otherBases) {
    Default[Other.name] = makeNodeErrorClass(Other, code);
  }
  codes[code] = Default;
  return Default;
}

// Node's "system error" shape (used by ERR_SYSTEM_ERROR and friends):
// new codes.ERR_SYSTEM_ERROR({ errno, code, message, syscall, path, dest })
class SystemError extends Error {
  constructor(key, context) {
    super();
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = key;
    Object.defineProperty(this, 'name', {
      value: 'SystemError', enumerable: false, writable: true, configurable: true,
    });
    Object.defineProperty(this, 'message', {
      value: message, enumerable: false, writable: true, configurable: true,
    });
    Object.defineProperty(this, 'info', {
      value: context, enumerable: true, writable: false, configurable: true,
    });
    const forward = (prop) => {
      Object.defineProperty(this, prop, {
        get() { return context[prop]; },
        set(value) { context[prop] = value; },
        enumerable: true,
        configurable: true,
      });
    };
    forward('errno');
    forward('syscall');
    if (context.path !== undefined) forward('path');
    if (context.dest !== undefined) forward('dest');
    setStack(this, codedHeader(this));
  }

  get [kIsNodeError]() {
    return true;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Show the values behind the errno/syscall/path/dest accessors, as Node does.
  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    return inspect(this, { ...options, getters: true, customInspect: false });
  }
}

function makeSystemErrorClass(code) {
  class NodeError extends SystemError {
    constructor(context) {
      super(code, context);
    }
  }
  return NodeError;
}

function ESystem(code, prefix) {
  messages.set(code, prefix);
  codes[code] = makeSystemErrorClass(code);
}

// The error for an unhandled promise rejection (not a NodeError in Node either:
// its name is 'UnhandledPromiseRejection' and its stack has no "[code]").
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function ' +
          'without a catch block, or by rejecting a promise which was not handled ' +
          `with .catch(). The promise rejected with the reason "${noSideEffectsToString(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
    this.name = 'UnhandledPromiseRejection';
    setStack(this, `UnhandledPromiseRejection: ${this.message}`);
  }
}
codes.ERR_UNHANDLED_REJECTION = UnhandledPromiseRejection;
messages.set('ERR_UNHANDLED_REJECTION', (reason) => new UnhandledPromiseRejection(reason).message);

// --- Codes whose message needs logic -------------------------------------

E('ERR_ACCESS_DENIED', function(message, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return message;
}, Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_HTTP2_INVALID_SETTING_VALUE', function(name, actual, min = undefined, max = undefined) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}, TypeError, RangeError);
E('ERR_HTTP2_STREAM_CANCEL', function(error) {
  let message = 'The pending stream has been canceled';
  if (error) {
    this.cause = error;
    if (typeof error.message === 'string') message += ` (caused by: ${error.message})`;
  }
  return message;
}, Error);
E('ERR_INSPECTOR_COMMAND', 'Inspector error %d: %s', Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at ' +
    'https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
  let message = 'The ';
  if (String(name).endsWith(' argument')) {
    // e.g. 'first argument'
    message += `${name} `;
  } else {
    const kind = String(name).includes('.') ? 'property' : 'argument';
    message += `"${name}" ${kind} `;
  }
  message += `must be ${describeExpected(expected)}`;
  message += `. Received ${determineSpecificType(actual)}`;
  return message;
}, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = String(name).includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
}, TypeError, RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let message = `Invalid character in ${name}`;
  if (field !== undefined) message += ` ["${field}"]`;
  return message;
}, TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET', (packagePath, key, target, isImport = false, base = undefined) => {
  const mustStartWithDot = typeof target === 'string' && !isImport &&
    target.length > 0 && !target.startsWith('./');
  const from = base ? ` imported from ${base}` : '';
  const hint = mustStartWithDot ? '; targets must start with "./"' : '';
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ` +
      `${packagePath}package.json${from}${hint}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
    `in the package config ${packagePath}package.json${from}${hint}`;
}, Error);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) => {
  return `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  return `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`;
}, TypeError, RangeError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  // The URL itself is deliberately not part of the message.
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  const list = typeof expected === 'string' ? [expected] : expected;
  const what = list.length === 2 ? `one of scheme ${list[0]} or ${list[1]}` : `of scheme ${list[0]}`;
  return `The URL must be ${what}`;
}, TypeError);
E('ERR_MISSING_ARGS', (...names) => {
  const quoted = names.map((n) => (Array.isArray(n) ? n.map((x) => `"${x}"`).join(' or ') : `"${n}"`));
  let message = 'The ';
  if (quoted.length === 1) message += `${quoted[0]} argument`;
  else if (quoted.length === 2) message += `${quoted[0]} and ${quoted[1]} arguments`;
  else message += `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  return `${message} must be specified`;
}, TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) this.url = `${exactUrl}`;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_OUT_OF_RANGE', (name, range, input, replaceDefaultBoolean = false) => {
  let message = replaceDefaultBoolean ? name : `The value of "${name}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  message += ` It must be ${range}. Received ${received}`;
  return message;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined` +
    `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (packagePath, subpath, base = undefined) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${packagePath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${packagePath}package.json${from}`;
}, Error);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const hint = allowPositionals ?
    '. To specify a positional argument starting with a \'-\', place it at the end of the command after \'--\', ' +
    `as in '-- ${JSON.stringify(option)}` :
    '';
  return `Unknown option '${option}'${hint}`;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', (filename, parentFilename) => {
  let message = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. ' +
    'To see where the top-level await comes from, use --experimental-print-required-tla.';
  if (parentFilename) message += `\n  From ${parentFilename} `;
  if (filename) message += `\n  Requiring ${filename} `;
  return message;
}, Error);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath, packageJsonPath) => {
  let message = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (!packageJsonPath) {
    if (String(filename).endsWith('.mjs')) {
      message += `\nInstead change the require of ${filename} to a dynamic import() ` +
        'which is available in all CommonJS modules.';
    }
    return message;
  }
  const shownName = parentPath && basename(filename) === basename(parentPath) ? filename : basename(filename);
  if (hasEsmSyntax) {
    return `${message}\nInstead change the require of ${shownName} in ${parentPath} to a dynamic ` +
      'import() which is available in all CommonJS modules.';
  }
  return `${message}\n${shownName} is treated as an ES module file as it is a .js file whose nearest ` +
    'parent package.json contains "type": "module" which declares all .js files in that package scope as ES modules.' +
    `\nInstead either rename ${shownName} to end in .cjs, change the requiring code to use dynamic import() ` +
    'which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ' +
    `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n`;
}, Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  return `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SRI_PARSE', 'Subresource Integrity string %j had an unexpected %j at position %d', SyntaxError);
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) => {
  return `ALPN callback returned a value (${value}) that did not match any of the client's offered protocols (${protocols.join(', ')})`;
}, TypeError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const message = 'Unhandled error.';
  if (err === undefined) return message;
  return `${message} (${err})`;
}, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  if (exactUrl !== undefined) this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  return `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader. ` +
    `Received protocol '${url.protocol}'`;
}, Error);
E('ERR_VM_MODULE_LINK_FAILURE', function(message, cause) {
  this.cause = cause;
  return message;
}, Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, message = 'invalid execArgv flags') => {
  return `Initiated Worker with ${message}: ${Array.prototype.join.call(errors, ', ')}`;
}, Error);
E('ERR_WORKER_PATH', (filename) => {
  return 'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'.' +
    (String(filename).startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
    (String(filename).startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
    ` Received "${filename}"`;
}, TypeError);

// --- System errors (message = prefix + details from the context object) --

ESystem('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory');
ESystem('ERR_FS_CP_EEXIST', 'Target already exists');
ESystem('ERR_FS_CP_EINVAL', 'Invalid src or dest');
ESystem('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe');
ESystem('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory');
ESystem('ERR_FS_CP_SOCKET', 'Cannot copy a socket file');
ESystem('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self');
ESystem('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type');
ESystem('ERR_FS_EISDIR', 'Path is a directory');
ESystem('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size');
ESystem('ERR_SYSTEM_ERROR', 'A system error occurred');
ESystem('ERR_TTY_INIT_FAILED', 'TTY initialization failed');

// --- Codes with a fixed template: [template, DefaultBase, ...OtherBases] --
// Templates are filled in with util.format semantics (%s, %d, %j, ...).

const templates = {
  ERR_AMBIGUOUS_ARGUMENT: ['The "%s" argument is ambiguous. %s', TypeError],
  ERR_ARG_NOT_ITERABLE: ['%s must be iterable', TypeError],
  ERR_ASSERTION: ['%s', Error],
  ERR_ASYNC_CALLBACK: ['%s must be a function', TypeError],
  ERR_ASYNC_TYPE: ['Invalid name for async "type": %s', TypeError],
  ERR_BROTLI_INVALID_PARAM: ['%s is not a valid Brotli parameter', RangeError],
  ERR_BUFFER_TOO_LARGE: ['Cannot create a Buffer larger than %s bytes', RangeError],
  ERR_CANNOT_WATCH_SIGINT: ['Cannot watch for SIGINT signals', Error],
  ERR_CHILD_CLOSED_BEFORE_REPLY: ['Child closed before reply received', Error],
  ERR_CHILD_PROCESS_IPC_REQUIRED: ["Forked processes must have an IPC channel, missing value 'ipc' in %s", Error],
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER: ['%s maxBuffer length exceeded', RangeError],
  ERR_CONSOLE_WRITABLE_STREAM: ['Console expects a writable stream instance for %s', TypeError],
  ERR_CONTEXT_NOT_INITIALIZED: ['context used is not initialized', Error],
  ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED: ['Custom engines not supported by this OpenSSL', Error],
  ERR_CRYPTO_ECDH_INVALID_FORMAT: ['Invalid ECDH format: %s', TypeError],
  ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY: ['Public key is not valid for specified curve', Error],
  ERR_CRYPTO_ENGINE_UNKNOWN: ['Engine "%s" was not found', Error],
  ERR_CRYPTO_FIPS_FORCED: ['Cannot set FIPS mode, it was forced with --force-fips at startup.', Error],
  ERR_CRYPTO_FIPS_UNAVAILABLE: ['Cannot set FIPS mode in a non-FIPS build.', Error],
  ERR_CRYPTO_HASH_FINALIZED: ['Digest already called', Error],
  ERR_CRYPTO_HASH_UPDATE_FAILED: ['Hash update failed', Error],
  ERR_CRYPTO_INCOMPATIBLE_KEY: ['Incompatible %s: %s', Error],
  ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS: ['The selected key encoding %s %s.', Error],
  ERR_CRYPTO_INVALID_DIGEST: ['Invalid digest: %s', TypeError],
  ERR_CRYPTO_INVALID_JWK: ['Invalid JWK data', TypeError],
  ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE: ['Invalid key object type %s, expected %s.', TypeError],
  ERR_CRYPTO_INVALID_STATE: ['Invalid state for operation %s', Error],
  ERR_CRYPTO_PBKDF2_ERROR: ['PBKDF2 error', Error],
  ERR_CRYPTO_SCRYPT_INVALID_PARAMETER: ['Invalid scrypt parameter', Error],
  ERR_CRYPTO_SCRYPT_NOT_SUPPORTED: ['Scrypt algorithm not supported', Error],
  ERR_CRYPTO_SIGN_KEY_REQUIRED: ['No key provided to sign', Error],
  ERR_DEBUGGER_ERROR: ['%s', Error],
  ERR_DEBUGGER_STARTUP_ERROR: ['%s', Error],
  ERR_DIR_CLOSED: ['Directory handle was closed', Error],
  ERR_DIR_CONCURRENT_OPERATION: ['Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error],
  ERR_DNS_SET_SERVERS_FAILED: ['c-ares failed to set servers: "%s" [%s]', Error],
  ERR_DOMAIN_CALLBACK_NOT_AVAILABLE: ['A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module', Error],
  ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE: ['The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()', Error],
  ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION: ['Deserialize main function is already configured.', Error],
  ERR_ENCODING_NOT_SUPPORTED: ['The "%s" encoding is not supported', RangeError],
  ERR_EVAL_ESM_CANNOT_PRINT: ['--print cannot be used with ESM input', Error],
  ERR_EVENT_RECURSION: ['The event "%s" is already being dispatched', Error],
  ERR_FEATURE_UNAVAILABLE_ON_PLATFORM: ['The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError],
  ERR_FS_FILE_TOO_LARGE: ['File size (%s) is greater than 2 GiB', RangeError],
  ERR_FS_INVALID_SYMLINK_TYPE: ['Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error],
  ERR_HTTP2_ALTSVC_INVALID_ORIGIN: ['HTTP/2 ALTSVC frames require a valid origin', TypeError],
  ERR_HTTP2_ALTSVC_LENGTH: ['HTTP/2 ALTSVC frames are limited to 16382 bytes', TypeError],
  ERR_HTTP2_CONNECT_AUTHORITY: [':authority header is required for CONNECT requests', Error],
  ERR_HTTP2_CONNECT_PATH: ['The :path header is forbidden for CONNECT requests', Error],
  ERR_HTTP2_CONNECT_SCHEME: ['The :scheme header is forbidden for CONNECT requests', Error],
  ERR_HTTP2_GOAWAY_SESSION: ['New streams cannot be created after receiving a GOAWAY', Error],
  ERR_HTTP2_HEADERS_AFTER_RESPOND: ['Cannot specify additional headers after response initiated', Error],
  ERR_HTTP2_HEADERS_SENT: ['Response has already been initiated.', Error],
  ERR_HTTP2_HEADER_SINGLE_VALUE: ['Header field "%s" must only have a single value', TypeError],
  ERR_HTTP2_INFO_STATUS_NOT_ALLOWED: ['Informational status codes cannot be used', RangeError],
  ERR_HTTP2_INVALID_CONNECTION_HEADERS: ['HTTP/1 Connection specific headers are forbidden: "%s"', TypeError],
  ERR_HTTP2_INVALID_HEADER_VALUE: ['Invalid value "%s" for header "%s"', TypeError],
  ERR_HTTP2_INVALID_INFO_STATUS: ['Invalid informational status code: %s', RangeError],
  ERR_HTTP2_INVALID_ORIGIN: ['HTTP/2 ORIGIN frames require a valid origin', TypeError],
  ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH: ['Packed settings length must be a multiple of six', RangeError],
  ERR_HTTP2_INVALID_PSEUDOHEADER: ['"%s" is an invalid pseudoheader or is used incorrectly', TypeError],
  ERR_HTTP2_INVALID_SESSION: ['The session has been destroyed', Error],
  ERR_HTTP2_INVALID_STREAM: ['The stream has been destroyed', Error],
  ERR_HTTP2_MAX_PENDING_SETTINGS_ACK: ['Maximum number of pending settings acknowledgements', Error],
  ERR_HTTP2_NESTED_PUSH: ['A push stream cannot initiate another push stream.', Error],
  ERR_HTTP2_NO_MEM: ['Out of memory', Error],
  ERR_HTTP2_NO_SOCKET_MANIPULATION: ['HTTP/2 sockets should not be directly manipulated (e.g. read and written)', Error],
  ERR_HTTP2_ORIGIN_LENGTH: ['HTTP/2 ORIGIN frames are limited to 16382 bytes', TypeError],
  ERR_HTTP2_OUT_OF_STREAMS: ['No stream ID is available because maximum stream ID has been reached', Error],
  ERR_HTTP2_PAYLOAD_FORBIDDEN: ['Responses with %s status must not have a payload', Error],
  ERR_HTTP2_PING_CANCEL: ['HTTP2 ping cancelled', Error],
  ERR_HTTP2_PING_LENGTH: ['HTTP2 ping payload must be 8 bytes', RangeError],
  ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED: ['Cannot set HTTP/2 pseudo-headers', TypeError],
  ERR_HTTP2_PUSH_DISABLED: ['HTTP/2 client has disabled push streams', Error],
  ERR_HTTP2_SEND_FILE: ['Directories cannot be sent', Error],
  ERR_HTTP2_SEND_FILE_NOSEEK: ['Offset or length can only be specified for regular files', Error],
  ERR_HTTP2_SESSION_ERROR: ['Session closed with error code %s', Error],
  ERR_HTTP2_SETTINGS_CANCEL: ['HTTP2 session settings canceled', Error],
  ERR_HTTP2_SOCKET_BOUND: ['The socket is already bound to an Http2Session', Error],
  ERR_HTTP2_SOCKET_UNBOUND: ['The socket has been disconnected from the Http2Session', Error],
  ERR_HTTP2_STATUS_101: ['HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2', Error],
  ERR_HTTP2_STATUS_INVALID: ['Invalid status code: %s', RangeError],
  ERR_HTTP2_STREAM_ERROR: ['Stream closed with error code %s', Error],
  ERR_HTTP2_STREAM_SELF_DEPENDENCY: ['A stream cannot depend on itself', Error],
  ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS: ['Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS', Error],
  ERR_HTTP2_TOO_MANY_INVALID_FRAMES: ['Too many invalid HTTP/2 frames', Error],
  ERR_HTTP2_TRAILERS_ALREADY_SENT: ['Trailing headers have already been sent', Error],
  ERR_HTTP2_TRAILERS_NOT_READY: ['Trailing headers cannot be sent until after the wantTrailers event is emitted', Error],
  ERR_HTTP2_UNSUPPORTED_PROTOCOL: ['protocol "%s" is unsupported.', Error],
  ERR_HTTP_BODY_NOT_ALLOWED: ['Adding content for this request method or response status is not allowed.', Error],
  ERR_HTTP_CONTENT_LENGTH_MISMATCH: ["Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header", Error],
  ERR_HTTP_HEADERS_SENT: ['Cannot %s headers after they are sent to the client', Error],
  ERR_HTTP_INVALID_HEADER_VALUE: ['Invalid value "%s" for header "%s"', TypeError],
  ERR_HTTP_INVALID_STATUS_CODE: ['Invalid status code: %s', RangeError],
  ERR_HTTP_REQUEST_TIMEOUT: ['Request timeout', Error],
  ERR_HTTP_SOCKET_ASSIGNED: ['ServerResponse has an already assigned socket', Error],
  ERR_HTTP_SOCKET_ENCODING: ['Changing the socket encoding is not allowed per RFC7230 Section 3.', Error],
  ERR_HTTP_TRAILER_INVALID: ['Trailers are invalid with this transfer encoding', Error],
  ERR_ILLEGAL_CONSTRUCTOR: ['Illegal constructor', TypeError],
  ERR_IMPORT_ASSERTION_TYPE_FAILED: ['Module "%s" is not of type "%s"', TypeError],
  ERR_IMPORT_ASSERTION_TYPE_MISSING: ['Module "%s" needs an import attribute of type "%s"', TypeError],
  ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED: ['Import attribute type "%s" is unsupported', TypeError],
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED: ['Import attribute "%s" with value "%s" is not supported', TypeError],
  ERR_INCOMPATIBLE_OPTION_PAIR: ['Option "%s" cannot be used in combination with option "%s"', TypeError],
  ERR_INPUT_TYPE_NOT_ALLOWED: ['--input-type can only be used with string input via --eval, --print, or STDIN', Error],
  ERR_INSPECTOR_ALREADY_ACTIVATED: ['Inspector is already activated. Close it with inspector.close() before activating it again.', Error],
  ERR_INSPECTOR_ALREADY_CONNECTED: ['%s is already connected', Error],
  ERR_INSPECTOR_CLOSED: ['Session was closed', Error],
  ERR_INSPECTOR_NOT_ACTIVE: ['Inspector is not active', Error],
  ERR_INSPECTOR_NOT_AVAILABLE: ['Inspector is not available', Error],
  ERR_INSPECTOR_NOT_CONNECTED: ['Session is not connected', Error],
  ERR_INSPECTOR_NOT_WORKER: ['Current thread is not a worker', Error],
  ERR_INVALID_ASYNC_ID: ['Invalid %s value: %s', RangeError],
  ERR_INVALID_BUFFER_SIZE: ['Buffer size must be a multiple of %s', RangeError],
  ERR_INVALID_CURSOR_POS: ['Cannot set cursor row without setting its column', TypeError],
  ERR_INVALID_FD: ['"fd" must be a positive integer: %s', RangeError],
  ERR_INVALID_FD_TYPE: ['Unsupported fd type: %s', TypeError],
  ERR_INVALID_FILE_URL_HOST: ['File URL host must be "localhost" or empty on %s', TypeError],
  ERR_INVALID_FILE_URL_PATH: ['File URL path %s', TypeError],
  ERR_INVALID_HANDLE_TYPE: ['This handle type cannot be sent', TypeError],
  ERR_INVALID_HTTP_TOKEN: ['%s must be a valid HTTP token ["%s"]', TypeError],
  ERR_INVALID_IP_ADDRESS: ['Invalid IP address: %s', TypeError],
  ERR_INVALID_PROTOCOL: ['Protocol "%s" not supported. Expected "%s"', TypeError],
  ERR_INVALID_REPL_EVAL_CONFIG: ['Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError],
  ERR_INVALID_REPL_INPUT: ['%s', TypeError],
  ERR_INVALID_STATE: ['Invalid state: %s', Error, TypeError, RangeError],
  ERR_INVALID_SYNC_FORK_INPUT: ['Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError],
  ERR_INVALID_THIS: ['Value of "this" must be of type %s', TypeError],
  ERR_INVALID_TUPLE: ['%s must be an iterable %s tuple', TypeError],
  ERR_INVALID_URI: ['URI malformed', URIError],
  ERR_IPC_CHANNEL_CLOSED: ['Channel closed', Error],
  ERR_IPC_DISCONNECTED: ['IPC channel is already disconnected', Error],
  ERR_IPC_ONE_PIPE: ['Child process can have only one IPC pipe', Error],
  ERR_IPC_SYNC_FORK: ['IPC cannot be used with synchronous forks', Error],
  ERR_LOADER_CHAIN_INCOMPLETE: ["\"%s\" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook's return.", Error],
  ERR_MANIFEST_DEPENDENCY_MISSING: ['Manifest resource %s does not list %s as a dependency specifier for conditions: %s', Error],
  ERR_MANIFEST_INTEGRITY_MISMATCH: ['Manifest resource %s has multiple entries but integrity lists do not match', SyntaxError],
  ERR_MANIFEST_INVALID_RESOURCE_FIELD: ['Manifest resource %s has invalid property value for %s', TypeError],
  ERR_MANIFEST_INVALID_SPECIFIER: ['Manifest resource %s has invalid dependency mapping %s', TypeError],
  ERR_MANIFEST_TDZ: ['Manifest initialization has not yet run', Error],
  ERR_MANIFEST_UNKNOWN_ONERROR: ['Manifest specified unknown error behavior "%s".', SyntaxError],
  ERR_METHOD_NOT_IMPLEMENTED: ['The %s method is not implemented', Error],
  ERR_MISSING_OPTION: ['%s is required', TypeError],
  ERR_MULTIPLE_CALLBACK: ['Callback called multiple times', Error],
  ERR_NAPI_CONS_FUNCTION: ['Constructor must be a function', TypeError],
  ERR_NAPI_INVALID_DATAVIEW_ARGS: ['byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in', RangeError],
  ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT: ['start offset of %s should be a multiple of %s', RangeError],
  ERR_NAPI_INVALID_TYPEDARRAY_LENGTH: ['Invalid typed array length', RangeError],
  ERR_NETWORK_IMPORT_BAD_RESPONSE: ["import '%s' received a bad response: %s", Error],
  ERR_NETWORK_IMPORT_DISALLOWED: ["import of '%s' by %s is not supported: %s", Error],
  ERR_NOT_BUILDING_SNAPSHOT: ['Operation cannot be invoked when not building startup snapshot', Error],
  ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION: ['Operation cannot be invoked when not in a single-executable application', Error],
  ERR_NOT_SUPPORTED_IN_SNAPSHOT: ['%s is not supported in startup snapshot', Error],
  ERR_NO_CRYPTO: ['Node.js is not compiled with OpenSSL crypto support', Error],
  ERR_NO_ICU: ['%s is not supported on Node.js compiled without ICU', TypeError],
  ERR_OPERATION_FAILED: ['Operation failed: %s', Error, TypeError],
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: ['%s', TypeError],
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: ["Unexpected argument '%s'. This command does not take positional arguments", TypeError],
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS: ['%s', TypeError],
  ERR_REQUIRE_CYCLE_MODULE: ['%s', Error],
  ERR_SCRIPT_EXECUTION_INTERRUPTED: ['Script execution was interrupted by `SIGINT`', Error],
  ERR_SERVER_ALREADY_LISTEN: ['Listen method has been called more than once without closing.', Error],
  ERR_SERVER_NOT_RUNNING: ['Server is not running.', Error],
  ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND: ['Cannot find asset %s for the single executable application', Error],
  ERR_SOCKET_ALREADY_BOUND: ['Socket is already bound', Error],
  ERR_SOCKET_BAD_BUFFER_SIZE: ['Buffer size must be a positive integer', TypeError],
  ERR_SOCKET_BAD_TYPE: ['Bad socket type specified. Valid types are: udp4, udp6', TypeError],
  ERR_SOCKET_CLOSED: ['Socket is closed', Error],
  ERR_SOCKET_CLOSED_BEFORE_CONNECTION: ['Socket closed before the connection was established', Error],
  ERR_SOCKET_CONNECTION_TIMEOUT: ['Socket connection timeout', Error],
  ERR_SOCKET_DGRAM_IS_CONNECTED: ['Already connected', Error],
  ERR_SOCKET_DGRAM_NOT_CONNECTED: ['Not connected', Error],
  ERR_SOCKET_DGRAM_NOT_RUNNING: ['Not running', Error],
  ERR_STREAM_ALREADY_FINISHED: ['Cannot call %s after a stream was finished', Error],
  ERR_STREAM_CANNOT_PIPE: ['Cannot pipe, not readable', Error],
  ERR_STREAM_DESTROYED: ['Cannot call %s after a stream was destroyed', Error],
  ERR_STREAM_NULL_VALUES: ['May not write null values to stream', TypeError],
  ERR_STREAM_PREMATURE_CLOSE: ['Premature close', Error],
  ERR_STREAM_PUSH_AFTER_EOF: ['stream.push() after EOF', Error],
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: ['stream.unshift() after end event', Error],
  ERR_STREAM_WRAP: ['Stream has StringDecoder set or is in objectMode', Error],
  ERR_STREAM_WRITE_AFTER_END: ['write after end', Error],
  ERR_SYNTHETIC: ['JavaScript Callstack', Error],
  ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS: ['The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', TypeError],
  ERR_TLS_CERT_ALTNAME_FORMAT: ['Invalid subject alternative name string', SyntaxError],
  ERR_TLS_DH_PARAM_SIZE: ['DH parameter size %s is less than 2048', Error],
  ERR_TLS_HANDSHAKE_TIMEOUT: ['TLS handshake timeout', Error],
  ERR_TLS_INVALID_CONTEXT: ['%s must be a SecureContext', TypeError],
  ERR_TLS_INVALID_PROTOCOL_VERSION: ['%j is not a valid %s TLS protocol version', TypeError],
  ERR_TLS_INVALID_STATE: ['TLS socket connection must be securely established', Error],
  ERR_TLS_PROTOCOL_VERSION_CONFLICT: ['TLS protocol version %j conflicts with secureProtocol %j', TypeError],
  ERR_TLS_RENEGOTIATION_DISABLED: ['TLS session renegotiation disabled for this socket', Error],
  ERR_TLS_REQUIRED_SERVER_NAME: ['"servername" is required parameter for Server.addContext', Error],
  ERR_TLS_SESSION_ATTACK: ['TLS session renegotiation attack detected', Error],
  ERR_TLS_SNI_FROM_SERVER: ['Cannot issue SNI from a TLS server-side socket', Error],
  ERR_TRACE_EVENTS_CATEGORY_REQUIRED: ['At least one category is required', TypeError],
  ERR_TRACE_EVENTS_UNAVAILABLE: ['Trace events are unavailable', Error],
  ERR_UNAVAILABLE_DURING_EXIT: ['Cannot call function in process exit handler', Error],
  ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET: ['`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error],
  ERR_UNESCAPED_CHARACTERS: ['%s contains unescaped characters', TypeError],
  ERR_UNKNOWN_BUILTIN_MODULE: ['No such built-in module: %s', Error],
  ERR_UNKNOWN_CREDENTIAL: ['%s identifier does not exist: %s', Error],
  ERR_UNKNOWN_ENCODING: ['Unknown encoding: %s', TypeError],
  ERR_UNKNOWN_FILE_EXTENSION: ['Unknown file extension "%s" for %s', TypeError],
  ERR_UNKNOWN_MODULE_FORMAT: ['Unknown module format: %s for URL %s', RangeError],
  ERR_UNKNOWN_SIGNAL: ['Unknown signal: %s', TypeError],
  ERR_UNSUPPORTED_RESOLVE_REQUEST: ['Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.', TypeError],
  ERR_USE_AFTER_CLOSE: ['%s was closed', Error],
  ERR_VALID_PERFORMANCE_ENTRY_TYPE: ['At least one valid performance entry type is required', Error],
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING: ['A dynamic import callback was not specified.', TypeError],
  ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG: ['A dynamic import callback was invoked without --experimental-vm-modules', TypeError],
  ERR_VM_MODULE_ALREADY_LINKED: ['Module has already been linked', Error],
  ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA: ['Cached data cannot be created for a module which has been evaluated', Error],
  ERR_VM_MODULE_DIFFERENT_CONTEXT: ['Linked modules must use the same context', Error],
  ERR_VM_MODULE_NOT_MODULE: ['Provided module is not an instance of Module', Error],
  ERR_VM_MODULE_STATUS: ['Module status %s', Error],
  ERR_WASI_ALREADY_STARTED: ['WASI instance has already started', Error],
  ERR_WEBASSEMBLY_RESPONSE: ['WebAssembly response %s', TypeError],
  ERR_WORKER_INIT_FAILED: ['Worker initialization failure: %s', Error],
  ERR_WORKER_MESSAGING_ERRORED: ['The destination thread threw an error while processing the message', Error],
  ERR_WORKER_MESSAGING_FAILED: ['Cannot find the destination thread or listener', Error],
  ERR_WORKER_MESSAGING_SAME_THREAD: ['Cannot sent a message to the same thread', Error],
  ERR_WORKER_MESSAGING_TIMEOUT: ['Sending a message to another thread timed out', Error],
  ERR_WORKER_NOT_RUNNING: ['Worker instance not running', Error],
  ERR_WORKER_OUT_OF_MEMORY: ['Worker terminated due to reaching memory limit: %s', Error],
  ERR_WORKER_UNSERIALIZABLE_ERROR: ['Serializing an uncaught exception failed', Error],
  ERR_WORKER_UNSUPPORTED_OPERATION: ['%s is not supported in workers', TypeError],
};

for (const code of Object.keys(templates)) {
  const [template, ...bases] = templates[code];
  E(code, template, ...bases);
}

// ---------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------

// Build any Node error by code (used by the Rust side):
//   makeNodeError('ERR_INVALID_ARG_TYPE', 'cb', 'Function', 42)
// For a code that is not in the table, the first argument is taken as the
// message and a plain Error carrying that code is returned.
function makeNodeError(code, ...args) {
  const Ctor = codes[code];
  if (typeof Ctor === 'function') return new Ctor(...args);
  const err = new Error(args.length > 0 ? String(args[0]) : code);
  err.code = code;
  return setStack(err, codedHeader(err));
}

// Like makeNodeError, but picks one of the alternative bases
// (e.g. makeNodeErrorWithBase('ERR_INVALID_ARG_VALUE', 'RangeError', ...)).
function makeNodeErrorWithBase(code, baseName, ...args) {
  const Default = codes[code];
  const Ctor = (Default && Default[baseName]) || Default;
  return Ctor ? new Ctor(...args) : makeNodeError(code, ...args);
}

// The errors node throws from its C++ layer (THROW_ERR_* there): a plain
// `Base` (TypeError, Error, ...) with an enumerable own `code`, not a
// NodeError from the table (so no `[CODE]` in its name line).
function nativeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

// `new Error(message)` with extra own properties (used for warnings).
function genericNodeError(message, properties) {
  const err = new Error(message);
  Object.assign(err, properties);
  return err;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Combine two errors from a cleanup path (used by streams).
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

function isStackOverflowError(err) {
  return err instanceof RangeError &&
    /maximum call stack|too much recursion|stack overflow/i.test(String(err.message));
}

// ---------------------------------------------------------------------------
// System errors from libuv-style error numbers
// ---------------------------------------------------------------------------

// errno (negative, Linux numbering as in libuv) -> [code, description]
const uvErrors = [
  [-1, 'EPERM', 'operation not permitted'],
  [-2, 'ENOENT', 'no such file or directory'],
  [-3, 'ESRCH', 'no such process'],
  [-4, 'EINTR', 'interrupted system call'],
  [-5, 'EIO', 'i/o error'],
  [-6, 'ENXIO', 'no such device or address'],
  [-7, 'E2BIG', 'argument list too long'],
  [-9, 'EBADF', 'bad file descriptor'],
  [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-12, 'ENOMEM', 'not enough memory'],
  [-13, 'EACCES', 'permission denied'],
  [-14, 'EFAULT', 'bad address in system call argument'],
  [-16, 'EBUSY', 'resource busy or locked'],
  [-17, 'EEXIST', 'file already exists'],
  [-18, 'EXDEV', 'cross-device link not permitted'],
  [-19, 'ENODEV', 'no such device'],
  [-20, 'ENOTDIR', 'not a directory'],
  [-21, 'EISDIR', 'illegal operation on a directory'],
  [-22, 'EINVAL', 'invalid argument'],
  [-23, 'ENFILE', 'file table overflow'],
  [-24, 'EMFILE', 'too many open files'],
  [-25, 'ENOTTY', 'inappropriate ioctl for device'],
  [-26, 'ETXTBSY', 'text file is busy'],
  [-27, 'EFBIG', 'file too large'],
  [-28, 'ENOSPC', 'no space left on device'],
  [-29, 'ESPIPE', 'invalid seek'],
  [-30, 'EROFS', 'read-only file system'],
  [-31, 'EMLINK', 'too many links'],
  [-32, 'EPIPE', 'broken pipe'],
  [-34, 'ERANGE', 'result too large'],
  [-36, 'ENAMETOOLONG', 'name too long'],
  [-38, 'ENOSYS', 'function not implemented'],
  [-39, 'ENOTEMPTY', 'directory not empty'],
  [-40, 'ELOOP', 'too many symbolic links encountered'],
  [-49, 'EUNATCH', 'protocol driver not attached'],
  [-61, 'ENODATA', 'no data available'],
  [-64, 'ENONET', 'machine is not on the network'],
  [-71, 'EPROTO', 'protocol error'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'],
  [-84, 'EILSEQ', 'illegal byte sequence'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'],
  [-89, 'EDESTADDRREQ', 'destination address required'],
  [-90, 'EMSGSIZE', 'message too long'],
  [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-92, 'ENOPROTOOPT', 'protocol not available'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'],
  [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'],
  [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'],
  [-98, 'EADDRINUSE', 'address already in use'],
  [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-100, 'ENETDOWN', 'network is down'],
  [-101, 'ENETUNREACH', 'network is unreachable'],
  [-103, 'ECONNABORTED', 'software caused connection abort'],
  [-104, 'ECONNRESET', 'connection reset by peer'],
  [-105, 'ENOBUFS', 'no buffer space available'],
  [-106, 'EISCONN', 'socket is already connected'],
  [-107, 'ENOTCONN', 'socket is not connected'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'],
  [-110, 'ETIMEDOUT', 'connection timed out'],
  [-111, 'ECONNREFUSED', 'connection refused'],
  [-112, 'EHOSTDOWN', 'host is down'],
  [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-114, 'EALREADY', 'connection already in progress'],
  [-121, 'EREMOTEIO', 'remote I/O error'],
  [-125, 'ECANCELED', 'operation canceled'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'],
  [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'],
  [-3003, 'EAI_CANCELED', 'request canceled'],
  [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'],
  [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'],
  [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'],
  [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-4028, 'EFTYPE', 'inappropriate file type or format'],
  [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-4094, 'UNKNOWN', 'unknown error'],
  [-4095, 'EOF', 'end of file'],
];
const uvErrmap = new Map(uvErrors.map(([errno, code, text]) => [errno, [code, text]]));
const uvErrnoByCode = new Map(uvErrors.map(([errno, code]) => [code, errno]));

function uvErrmapGet(errno) {
  return uvErrmap.get(errno);
}

function getSystemErrorMap() {
  return new Map(uvErrmap);
}

// -2 -> 'ENOENT' (unknown numbers give 'Unknown system error -N', as Node does).
function getSystemErrorName(errno) {
  const entry = uvErrmap.get(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

function getSystemErrorMessage(errno) {
  const entry = uvErrmap.get(errno);
  return entry ? entry[1] : `Unknown system error ${errno}`;
}

// 'ENOENT' -> -2 (undefined when unknown).
function getSystemErrno(code) {
  return uvErrnoByCode.get(code);
}

// Node's libuv error: `ENOENT: no such file or directory, open 'x'` with
// own properties errno, code, syscall[, path][, dest] (plus any other fields
// of ctx, in ctx order). ctx = { errno, code, syscall, path, dest, message }.
// Either errno or code may be omitted; the other is looked up.
function uvException(ctx) {
  let errno = ctx.errno;
  let code = ctx.code;
  let description;
  if (errno === undefined && code !== undefined) errno = uvErrnoByCode.get(code);
  const entry = errno !== undefined ? uvErrmap.get(errno) : undefined;
  if (entry) {
    if (code === undefined) code = entry[0];
    description = entry[1];
  } else {
    if (code === undefined) code = 'UNKNOWN';
    description = 'unknown error';
  }
  let message = `${code}: ${ctx.message || description}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const err = new Error(message);
  for (const key of Object.keys(ctx)) {
    if (key === 'message' || key === 'path' || key === 'dest') continue;
    err[key] = ctx[key];
  }
  if (err.errno === undefined && errno !== undefined) err.errno = errno;
  err.code = code;
  if (path) err.path = path;
  if (dest) err.dest = dest;
  return setStack(err, `Error: ${message}`, uvException);
}

// `read ENOENT` / `read ENOENT original` with errno, code, syscall.
function errnoException(errno, syscall, original) {
  const code = getSystemErrorName(errno);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return setStack(err, `Error: ${message}`, errnoException);
}

// The error node's C++ side builds from a failed system call (its
// ErrnoException): `EPERM, Operation not permitted` with the positive
// errno, code[, path] and syscall. `message` is strerror(errno).
function posixErrnoException(errno, syscall, message, path) {
  const code = uvErrmap.get(-errno)?.[0] ?? '';
  let text = `${code}, ${message}`;
  if (path !== undefined) text += ` '${path}'`;
  const err = new Error(text);
  err.errno = errno;
  err.code = code;
  if (path !== undefined) err.path = path;
  if (syscall !== undefined) err.syscall = syscall;
  return setStack(err, `Error: ${text}`, posixErrnoException);
}

// `connect ECONNREFUSED 127.0.0.1:80` with errno, code, syscall, address[, port].
function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = getSystemErrorName(errno);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const message = `${syscall} ${code}${details}`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return setStack(err, `Error: ${message}`, exceptionWithHostPort);
}

// DNS failure: `getaddrinfo ENOTFOUND host` with errno, code, syscall, hostname.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    // getaddrinfo's "no such name" errors are reported as ENOTFOUND.
    code = code === -3007 || code === -3008 ? 'ENOTFOUND' : getSystemErrorName(code);
  }
  const message = `${syscall} ${code}${hostname ? ` ${hostname}` : ''}`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return setStack(err, `Error: ${message}`, dnsException);
}

// ---------------------------------------------------------------------------
// Validators (Node's internal/validators, with Node's exact errors)
// ---------------------------------------------------------------------------

const validateFunction = hideStackFrames(function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
});

const validateString = hideStackFrames(function validateString(value, name) {
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
});

const validateBoolean = hideStackFrames(function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
});

const validateNumber = hideStackFrames(function validateNumber(value, name, min = undefined, max) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const range = `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}` +
      `${max != null ? `<= ${max}` : ''}`;
    throw new codes.ERR_OUT_OF_RANGE(name, range, value);
  }
});

const validateInteger = hideStackFrames(function validateInteger(
  value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
});

const validateInt32 = hideStackFrames(function validateInt32(
  value, name, min = -2147483648, max = 2147483647) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
});

const validateUint32 = hideStackFrames(function validateUint32(value, name, positive = false) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
});

// Options: a bit mask (Node 20 style) or an object { nullable, allowArray, allowFunction }.
const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;

const validateObject = hideStackFrames(function validateObject(value, name, options = kValidateObjectNone) {
  let nullable;
  let allowArray;
  let allowFunction;
  if (options !== null && typeof options === 'object') {
    nullable = Boolean(options.nullable);
    allowArray = Boolean(options.allowArray);
    allowFunction = Boolean(options.allowFunction);
  } else {
    nullable = (options & kValidateObjectAllowNullable) !== 0;
    allowArray = (options & kValidateObjectAllowArray) !== 0;
    allowFunction = (options & kValidateObjectAllowFunction) !== 0;
  }
  if ((!nullable && value === null) ||
      (!allowArray && Array.isArray(value)) ||
      (typeof value !== 'object' && (!allowFunction || typeof value !== 'function'))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
});

const validateArray = hideStackFrames(function validateArray(value, name, minLength = 0) {
  if (!Array.isArray(value)) throw new codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
  }
});

// A WebIDL dictionary argument: undefined, null, an object or a function.
const validateDictionary = hideStackFrames(function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
});

const validateOneOf = hideStackFrames(function validateOneOf(value, name, oneOf) {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new codes.ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`);
  }
});

// `this` of a web class's method must carry the class's internal field.
const validateInternalField = hideStackFrames(function validateInternalField(object, fieldKey, className) {
  if (typeof object !== 'object' || object === null || !Object.prototype.hasOwnProperty.call(object, fieldKey)) {
    throw new codes.ERR_INVALID_ARG_TYPE('this', className, object);
  }
});

const validateAbortSignal = hideStackFrames(function validateAbortSignal(signal, name) {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
});

module.exports = {
  codes,
  makeNodeError,
  makeNodeErrorWithBase,
  E,
  getMessage,
  kIsNodeError,
  kEnhanceStackBeforeInspector,
  SystemError,
  AbortError,
  UnhandledPromiseRejection,
  genericNodeError,
  nativeError,
  aggregateTwoErrors,
  isStackOverflowError,
  hideStackFrames,
  determineSpecificType,
  addNumericalSeparator,
  formatList,
  noSideEffectsToString,

  // stack frames
  dropLeadingFramesOf,

  // system errors
  uvException,
  UVException: uvException,
  errnoException,
  posixErrnoException,
  ErrnoException: errnoException,
  exceptionWithHostPort,
  ExceptionWithHostPort: exceptionWithHostPort,
  dnsException,
  DNSException: dnsException,
  uvErrmapGet,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  getSystemErrno,

  // validators
  validateFunction,
  validateString,
  validateBoolean,
  validateNumber,
  validateInteger,
  validateInt32,
  validateUint32,
  validateObject,
  validateArray,
  validateDictionary,
  validateOneOf,
  validateAbortSignal,
  validateInternalField,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
};

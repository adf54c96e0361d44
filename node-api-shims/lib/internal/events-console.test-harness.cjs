/**
 * Dev tool: checks runnel's `internal/errors`, `events` and `internal/console`
 * builtins against Node's own implementations, running both under Node.
 *
 *   node node-api-shims/lib/internal/events-console.test-harness.cjs [-v]
 *
 * The three files are loaded with a tiny fake module loader that wraps them
 * exactly like runnel does: `(function (exports, require, module,
 * internalBinding, process) { ... })`. Inside, `require('internal/util/inspect')`
 * is Node's own `util` (runnel's inspect is developed separately) and the other
 * ids map to the files under test.
 *
 * Node's internal error table and validators are used as the reference, so
 * the script re-runs itself with `--expose-internals` when needed.
 *
 * Every mismatch is printed; the last line is "N passed, M failed".
 */
'use strict';

const { spawnSync } = require('child_process');

if (!process.execArgv.includes('--expose-internals')) {
  const child = spawnSync(process.execPath,
    ['--expose-internals', ...process.execArgv, __filename, ...process.argv.slice(2)],
    { stdio: 'inherit' });
  process.exit(child.status === null ? 1 : child.status);
}

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const util = require('util');
const NodeEventEmitter = require('events');
const nodeErrors = require('internal/errors');
const nodeValidators = require('internal/validators');
const { EventEmitter: StreamEE } = require('events');

const verbose = process.argv.includes('-v');
const libDir = path.join(__dirname, '..');

// ---------------------------------------------------------------------------
// Fake builtin loader
// ---------------------------------------------------------------------------

const builtinFiles = {
  'internal/errors': 'internal/errors.js',
  'events': 'events.js',
  'internal/event_target': 'internal/event_target.js',
  'internal/abort_controller': 'internal/abort_controller.js',
  'internal/console': 'internal/console.js',
};
const externalBuiltins = {
  // node's own formatting, plus our getStringWidth (node does not export it)
  'internal/util/inspect': () => ({ ...util, getStringWidth: ourStringWidth() }),
  'async_hooks': () => require('async_hooks'),
  'internal/process/task_queues': () => ({ queueMicrotask }),
  'internal/per_context/domexception': () => ({ DOMException }),
  'timers': () => require('timers'),
};
const cache = new Map();

// runnel's inspect.js only needs its binding for value formatting;
// getStringWidth uses none of it.
let stringWidth;
function ourStringWidth() {
  if (stringWidth === undefined) {
    const filename = path.join(libDir, 'internal/util/inspect.js');
    const wrapper = vm.runInThisContext(
      `(function (exports, require, module, internalBinding, process) {${fs.readFileSync(filename, 'utf8')}\n})`,
      { filename });
    const module = { exports: {} };
    wrapper.call(module.exports, module.exports, loadBuiltin, module, () => ({}), process);
    stringWidth = module.exports.getStringWidth;
  }
  return stringWidth;
}

// The bindings the files under test use. events' native emit cannot run
// here: its JavaScript reference (emitFull, which the native one falls
// back on) stands in for it, under emit's name.
function internalBinding(name) {
  if (name === 'events') {
    return {
      makeEmit(emitFull) {
        Object.defineProperty(emitFull, 'name', { value: 'emit' });
        return emitFull;
      },
    };
  }
  return {};
}

function loadBuiltin(id) {
  if (cache.has(id)) return cache.get(id).exports;
  if (externalBuiltins[id]) return externalBuiltins[id]();
  const file = builtinFiles[id];
  if (!file) throw new Error(`test loader: unknown builtin '${id}'`);
  const filename = path.join(libDir, file);
  const source = fs.readFileSync(filename, 'utf8');
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, internalBinding, process) {${source}\n})`,
    { filename });
  const module = { exports: {}, id };
  cache.set(id, module);
  wrapper.call(module.exports, module.exports, loadBuiltin, module, internalBinding, process);
  return module.exports;
}

const myErrors = loadBuiltin('internal/errors');
const MyEventEmitter = loadBuiltin('events');
// The web objects scenarios use: ours go with our events, node's with node's.
const myWeb = {
  ...loadBuiltin('internal/event_target'),
  ...loadBuiltin('internal/abort_controller'),
};
const nodeWeb = { EventTarget, Event, AbortController, AbortSignal };
const webFor = (EE) => (EE === MyEventEmitter ? myWeb : nodeWeb);
const myConsoleModule = loadBuiltin('internal/console');

// ---------------------------------------------------------------------------
// Tiny test framework
// ---------------------------------------------------------------------------

let passed = 0;
let failed = 0;

function show(value) {
  return util.inspect(value, { depth: 6, breakLength: 120, maxStringLength: 2000 });
}

// Where do two values differ? Returns up to `limit` [path, expected, actual].
function differences(actual, expected, path = '', found = [], limit = 5) {
  if (found.length >= limit || util.isDeepStrictEqual(actual, expected)) return found;
  const bothObjects = actual !== null && expected !== null &&
    typeof actual === 'object' && typeof expected === 'object' &&
    Array.isArray(actual) === Array.isArray(expected);
  if (!bothObjects) {
    found.push([path || '(value)', expected, actual]);
    return found;
  }
  const keys = new Set([...Reflect.ownKeys(expected), ...Reflect.ownKeys(actual)]);
  for (const key of keys) {
    differences(actual[key], expected[key], `${path}[${String(key)}]`, found, limit);
  }
  if (found.length === 0) found.push([path || '(value)', expected, actual]);
  return found;
}

function check(name, actual, expected) {
  if (util.isDeepStrictEqual(actual, expected)) {
    passed++;
    if (verbose) console.log(`ok   ${name}`);
    return;
  }
  failed++;
  console.log(`FAIL ${name}`);
  for (const [where, theirs, ours] of differences(actual, expected)) {
    console.log(`  at ${where}\n    node: ${show(theirs)}\n    ours: ${show(ours)}`);
  }
}

// Run `fn` and describe what it threw (or returned).
function outcome(fn) {
  try {
    const value = fn();
    return { returned: value };
  } catch (err) {
    return { threw: describeError(err) };
  }
}

function stripFrames(text) {
  return String(text).split('\n').filter((line) => !/^\s+at /.test(line)).join('\n');
}

function describeError(err) {
  if (!(err instanceof Error)) return { nonError: show(err) };
  const stack = typeof err.stack === 'string' ? err.stack : '';
  const enumerable = {};
  for (const key of Object.keys(err)) {
    enumerable[key] = show(err[key]);
  }
  return {
    name: err.name,
    code: err.code,
    message: err.message,
    ctor: err.constructor && err.constructor.name,
    toString: String(err),
    stackHeader: stripFrames(stack),
    enumerable,
    ownKeys: Reflect.ownKeys(err).filter((k) => typeof k === 'string').sort(),
    isTypeError: err instanceof TypeError,
    isRangeError: err instanceof RangeError,
    inspected: stripFrames(util.inspect(err)),
  };
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

function testErrorTable() {
  const sampleArgs = [
    ['a1', 'b2', 'c3', 'd4', 'e5'],
    [1, 2.5, -0, 3, 4],
    [{ x: 1 }, [1, 2], 'str', 10n, Symbol('s')],
    ['x'.repeat(40), undefined, null, true, 'e'],
  ];
  let compared = 0;
  for (const code of Object.keys(myErrors.codes)) {
    const NodeCtor = nodeErrors.codes[code];
    if (!NodeCtor) continue; // codes Node 20 does not have (e.g. ERR_UNHANDLED_REJECTION)
    const MyCtor = myErrors.codes[code];
    check(`codes.${code} alternative bases`,
      Object.keys(MyCtor).sort(),
      Object.keys(NodeCtor).filter((k) => k !== 'HideStackFramesError').sort());
    // Find how many arguments Node's message wants.
    let count = -1;
    for (let n = 0; n <= 5; n++) {
      try {
        new NodeCtor(...sampleArgs[0].slice(0, n));
        count = n;
        break;
      } catch (err) {
        if (err && err.code === 'ERR_INTERNAL_ASSERTION') continue;
        count = n;
        break;
      }
    }
    if (count < 0) continue;
    compared++;
    for (const args of sampleArgs) {
      const used = args.slice(0, count);
      const expected = outcome(() => new NodeCtor(...used));
      const actual = outcome(() => new MyCtor(...used));
      if (expected.threw && expected.threw.code === 'ERR_INTERNAL_ASSERTION') {
        passed++; // Node asserts on misuse of its internals; we do not check
        continue;
      }
      if (expected.threw && actual.threw) {
        passed++; // both reject these arguments
        continue;
      }
      check(`${code}(${used.map((a) => show(a)).join(', ')})`,
        actual.threw || describeError(actual.returned),
        expected.threw || describeError(expected.returned));
    }
    for (const Other of Object.keys(MyCtor)) {
      if (!NodeCtor[Other]) continue;
      const used = sampleArgs[0].slice(0, count);
      check(`${code}.${Other}`, describeError(new MyCtor[Other](...used)),
        describeError(new NodeCtor[Other](...used)));
    }
  }
  check('number of codes compared with node', compared > 240, true);
}

function testSpecificErrors() {
  const { codes } = myErrors;
  const ref = nodeErrors.codes;
  class Foo {}
  function namedFn() {}
  const cases = [
    ['ERR_INVALID_ARG_TYPE', ['callback', 'Function', undefined]],
    ['ERR_INVALID_ARG_TYPE', ['callback', 'Function', 1]],
    ['ERR_INVALID_ARG_TYPE', ['callback', 'function', null]],
    ['ERR_INVALID_ARG_TYPE', ['buf', ['string', 'Buffer'], 5]],
    ['ERR_INVALID_ARG_TYPE', ['buf', ['string', 'Buffer', 'Uint8Array'], new Foo()]],
    ['ERR_INVALID_ARG_TYPE', ['buf', ['string', 'number', 'bigint'], namedFn]],
    ['ERR_INVALID_ARG_TYPE', ['opts', 'object', 'x'.repeat(30)]],
    ['ERR_INVALID_ARG_TYPE', ['opts', ['object', 'Buffer'], () => {}]],
    ['ERR_INVALID_ARG_TYPE', ['opts.signal', 'AbortSignal', {}]],
    ['ERR_INVALID_ARG_TYPE', ['first argument', 'string', 1]],
    ['ERR_INVALID_ARG_TYPE', ['x', ['Function', 'Object', 'null'], Symbol('q')]],
    ['ERR_INVALID_ARG_TYPE', ['x', ['a', 'b'], 10n]],
    ['ERR_INVALID_ARG_TYPE', ['x', ['string', 'an object'], Object.create(null)]],
    ['ERR_INVALID_ARG_TYPE', ['x', 'string', 'short']],
    ['ERR_INVALID_ARG_TYPE', ['x', 'string', 12345678901234567890123456789]],
    ['ERR_INVALID_ARG_TYPE', ['x', 'string', [1, 2, 3]]],
    ['ERR_INVALID_ARG_TYPE', ['x', 'string', new Map()]],
    ['ERR_INVALID_ARG_VALUE', ['encoding', 'utf9']],
    ['ERR_INVALID_ARG_VALUE', ['opts.mode', { a: 1 }, 'must be a mode']],
    ['ERR_INVALID_ARG_VALUE', ['x', 'y'.repeat(300)]],
    ['ERR_OUT_OF_RANGE', ['offset', '>= 0 && <= 2147483647', 1000000000000]],
    ['ERR_OUT_OF_RANGE', ['offset', '>= 0', -1]],
    ['ERR_OUT_OF_RANGE', ['offset', '>= 0', -(2 ** 40)]],
    ['ERR_OUT_OF_RANGE', ['offset', '>= 0', 2 ** 32]],
    ['ERR_OUT_OF_RANGE', ['offset', '>= 0', 2 ** 32 + 1]],
    ['ERR_OUT_OF_RANGE', ['offset', '>= 0', 1.5]],
    ['ERR_OUT_OF_RANGE', ['offset', '>= 0', 10n ** 12n]],
    ['ERR_OUT_OF_RANGE', ['offset', '>= 0', -(10n ** 12n)]],
    ['ERR_OUT_OF_RANGE', ['offset', '>= 0', 5n]],
    ['ERR_OUT_OF_RANGE', ['Custom text.', 'fine', 'x', true]],
    ['ERR_OUT_OF_RANGE', ['n', 'an integer', NaN]],
    ['ERR_INVALID_THIS', ['URLSearchParams']],
    ['ERR_MISSING_ARGS', ['a']],
    ['ERR_MISSING_ARGS', ['a', 'b']],
    ['ERR_MISSING_ARGS', ['a', 'b', 'c']],
    ['ERR_MISSING_ARGS', [['a', 'b'], 'c']],
    ['ERR_UNHANDLED_ERROR', []],
    ['ERR_UNHANDLED_ERROR', ["'x'"]],
    ['ERR_INVALID_RETURN_VALUE', ['a promise', 'fn', 5]],
    ['ERR_INVALID_RETURN_VALUE', ['a promise', 'fn', new Foo()]],
    ['ERR_INVALID_RETURN_VALUE', ['a promise', 'fn', undefined]],
    ['ERR_METHOD_NOT_IMPLEMENTED', ['_read()']],
    ['ERR_MULTIPLE_CALLBACK', []],
    ['ERR_UNKNOWN_SIGNAL', ['SIGFOO']],
    ['ERR_INVALID_CHAR', ['header content']],
    ['ERR_INVALID_CHAR', ['header content', 'x-foo']],
    ['ERR_UNKNOWN_BUILTIN_MODULE', ['nope']],
    ['ERR_REQUIRE_ESM', ['/a/b.mjs', false]],
    ['ERR_REQUIRE_ESM', ['/a/b.mjs', false, '/c/d.js']],
    ['ERR_REQUIRE_ESM', ['/a/b.js', true, '/c/d.js', '/a/package.json']],
    ['ERR_REQUIRE_ESM', ['/a/b.js', false, '/c/b.js', '/a/package.json']],
    ['ERR_REQUIRE_ESM', ['/a/b.js', false, undefined, '/a/package.json']],
    ['ERR_INVALID_PACKAGE_CONFIG', ['/p/package.json', undefined, 'Unexpected token']],
    ['ERR_INVALID_PACKAGE_CONFIG', ['/p/package.json', '/x.js', 'Unexpected token']],
    ['ERR_UNKNOWN_ENCODING', ['utf9']],
    ['ERR_BUFFER_OUT_OF_BOUNDS', []],
    ['ERR_BUFFER_OUT_OF_BOUNDS', ['offset']],
    ['ERR_ACCESS_DENIED', ['Access to this API has been restricted']],
    ['ERR_ACCESS_DENIED', ['denied', 'FileSystemRead', '/etc']],
    ['ERR_INVALID_STATE', ['Controller is already closed']],
    ['ERR_ILLEGAL_CONSTRUCTOR', []],
    ['ERR_FALSY_VALUE_REJECTION', [0]],
    ['ERR_INVALID_URL', ['not a url']],
    ['ERR_INVALID_URL', ['/path', 'base']],
    ['ERR_INVALID_FILE_URL_PATH', ['must be absolute']],
    ['ERR_INVALID_URL_SCHEME', ['file']],
    ['ERR_INVALID_URL_SCHEME', [['file', 'data']]],
    ['ERR_MODULE_NOT_FOUND', ['x', '/b.js', undefined]],
    ['ERR_MODULE_NOT_FOUND', ['x', '/b.js', 'file:///x.js']],
    ['ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', '.', '/b.js']],
    ['ERR_PACKAGE_PATH_NOT_EXPORTED', ['/p/', './sub']],
    ['ERR_INVALID_PACKAGE_TARGET', ['/p/', './x', '../y', false, '/b']],
    ['ERR_INVALID_PACKAGE_TARGET', ['/p/', '.', { a: 1 }, false]],
    ['ERR_INVALID_PACKAGE_TARGET', ['/p/', '#x', 'y', true, '/b']],
    ['ERR_SOCKET_BAD_PORT', ['port', 70000]],
    ['ERR_SOCKET_BAD_PORT', ['port', 'x', false]],
    ['ERR_INTERNAL_ASSERTION', ['boom']],
    ['ERR_INVALID_ADDRESS_FAMILY', ['IPv5', 'localhost', 80]],
    ['ERR_TLS_CERT_ALTNAME_INVALID', ['reason', 'host', 'cert']],
    ['ERR_HTTP2_STREAM_CANCEL', [new Error('inner')]],
    ['ERR_UNSUPPORTED_ESM_URL_SCHEME', [new URL('http://x'), ['file', 'data', 'node']]],
    ['ERR_PARSE_ARGS_UNKNOWN_OPTION', ['--foo', true]],
    ['ERR_PARSE_ARGS_UNKNOWN_OPTION', ['--foo', false]],
    ['ERR_WORKER_PATH', ['file:///x.js']],
    ['ERR_INVALID_MIME_SYNTAX', ['type', 'x/y', -1]],
    ['ERR_CONSOLE_WRITABLE_STREAM', ['stdout']],
    ['ERR_STREAM_PREMATURE_CLOSE', []],
    ['ERR_STREAM_WRITE_AFTER_END', []],
    ['ERR_STREAM_DESTROYED', ['write']],
    ['ERR_INVALID_FD', [-1]],
    ['ERR_SYSTEM_ERROR', [{ errno: -2, code: 'ENOENT', message: 'no such file or directory', syscall: 'open', path: '/x', dest: '/y' }]],
    ['ERR_SYSTEM_ERROR', [{ errno: -13, code: 'EACCES', message: 'permission denied', syscall: 'uv_os_homedir' }]],
    ['ERR_FS_EISDIR', [{ code: 'EISDIR', message: 'is a directory', path: '/d', syscall: 'rm', errno: 21 }]],
    ['ERR_TTY_INIT_FAILED', [{ errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init' }]],
  ];
  for (const [code, args] of cases) {
    check(`${code}(${args.map((a) => show(a)).join(', ')})`,
      outcome(() => describeError(new codes[code](...args))),
      outcome(() => describeError(new ref[code](...args))));
  }

  // Shape details that describeError does not cover.
  const mine = new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', undefined);
  const theirs = new ref.ERR_INVALID_ARG_TYPE('callback', 'Function', undefined);
  check('error own keys in order', Reflect.ownKeys(mine).filter((k) => typeof k === 'string'),
    Reflect.ownKeys(theirs).filter((k) => typeof k === 'string'));
  check('error.constructor', mine.constructor === TypeError, theirs.constructor === TypeError);
  check('instanceof codes.X', mine instanceof codes.ERR_INVALID_ARG_TYPE, theirs instanceof ref.ERR_INVALID_ARG_TYPE);
  check('codes.X.name', codes.ERR_INVALID_ARG_TYPE.name, ref.ERR_INVALID_ARG_TYPE.name);
  check('message descriptor', Object.getOwnPropertyDescriptor(mine, 'message'),
    Object.getOwnPropertyDescriptor(theirs, 'message'));
  check('code descriptor', Object.getOwnPropertyDescriptor(mine, 'code'),
    Object.getOwnPropertyDescriptor(theirs, 'code'));
  const stackDesc = (e) => {
    const d = Object.getOwnPropertyDescriptor(e, 'stack');
    return { writable: d.writable, enumerable: d.enumerable, configurable: d.configurable };
  };
  check('stack descriptor', stackDesc(mine), stackDesc(theirs));
  check('stack first line', mine.stack.split('\n')[0],
    'TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of type function. Received undefined');
  check('stack frames start at the caller', mine.stack.split('\n')[1].includes('events-console.test-harness'), true);
  mine.message = 'changed';
  theirs.message = 'changed';
  check('toString after message change', String(mine), String(theirs));

  // Other engines' stack behaviour, simulated with custom base classes:
  // lazy (computed from name/message on first read, like runnel), eager
  // (computed at construction, before the message is set), and none.
  class LazyError extends Error {
    constructor() {
      super();
      delete this.stack;
    }
  }
  LazyError.prototype.name = 'LazyError';
  Object.defineProperty(LazyError.prototype, 'stack', {
    get() {
      return `${this.name}: ${this.message}\n    at lazyFrame (lazy.js:1:1)`;
    },
    configurable: true,
  });
  class EagerError extends Error {
    constructor() {
      super();
      Object.defineProperty(this, 'stack', {
        value: `${this.name}\n    at eagerFrame (eager.js:2:2)`, writable: true, configurable: true,
      });
    }
  }
  EagerError.prototype.name = 'EagerError';
  class NoStackError extends Error {
    constructor() {
      super();
      delete this.stack;
    }
  }
  NoStackError.prototype.name = 'NoStackError';
  myErrors.E('ERR_TEST_LAZY', 'lazy %s', LazyError);
  myErrors.E('ERR_TEST_EAGER', 'eager %s', EagerError);
  myErrors.E('ERR_TEST_NO_STACK', 'none %s', NoStackError);
  const stackOf = (e) => [Object.getOwnPropertyDescriptor(e, 'stack').value, String(e)];
  check('lazy-stack engine', stackOf(new codes.ERR_TEST_LAZY('x')),
    ['LazyError [ERR_TEST_LAZY]: lazy x\n    at lazyFrame (lazy.js:1:1)', 'LazyError [ERR_TEST_LAZY]: lazy x']);
  check('eager-stack engine', stackOf(new codes.ERR_TEST_EAGER('y')),
    ['EagerError [ERR_TEST_EAGER]: eager y\n    at eagerFrame (eager.js:2:2)', 'EagerError [ERR_TEST_EAGER]: eager y']);
  check('engine without stacks', stackOf(new codes.ERR_TEST_NO_STACK('z')),
    ['NoStackError [ERR_TEST_NO_STACK]: none z', 'NoStackError [ERR_TEST_NO_STACK]: none z']);
  for (const code of ['ERR_TEST_LAZY', 'ERR_TEST_EAGER', 'ERR_TEST_NO_STACK']) delete codes[code];

  // Engines whose Error.captureStackTrace ignores its second argument (as
  // runnel's does) and that keep constructor frames: our own frames must
  // still not show up first.
  {
    const originalCapture = Error.captureStackTrace;
    Error.captureStackTrace = function captureStackTrace(obj) {
      const frames = new Error().stack.split('\n').slice(2); // drop header and this function
      const head = obj.message ? `${obj.name}: ${obj.message}` : `${obj.name}`;
      Object.defineProperty(obj, 'stack', { value: [head, ...frames].join('\n'), writable: true, configurable: true });
    };
    const harnessFrame = (stack) => {
      const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
      return frames.length > 0 && frames[0].includes('events-console.test-harness');
    };
    try {
      let validatorError;
      try {
        myErrors.validateString(1, 'name');
      } catch (err) {
        validatorError = err;
      }
      check('no own frames: validator', harnessFrame(validatorError.stack), true);
      check('no own frames: makeNodeError',
        harnessFrame(myErrors.makeNodeError('ERR_INVALID_THIS', 'URL').stack), true);
      check('no own frames: uvException',
        harnessFrame(myErrors.uvException({ errno: -2, syscall: 'open' }).stack), true);
      const out = new FakeStream();
      new myConsoleModule.Console(out).trace('x');
      check('no own frames: console.trace', [out.text.split('\n')[0], harnessFrame(out.text)], ['Trace: x', true]);
    } finally {
      Error.captureStackTrace = originalCapture;
    }
  }

  // makeNodeError (the Rust entry point)
  check('makeNodeError', describeError(myErrors.makeNodeError('ERR_OUT_OF_RANGE', 'x', '>= 0', -1)),
    describeError(new ref.ERR_OUT_OF_RANGE('x', '>= 0', -1)));
  const unknown = myErrors.makeNodeError('ERR_RUNNEL_SOMETHING', 'Something failed');
  check('makeNodeError with unknown code',
    [unknown.message, unknown.code, String(unknown), unknown.stack.split('\n')[0]],
    ['Something failed', 'ERR_RUNNEL_SOMETHING', 'Error: Something failed', 'Error [ERR_RUNNEL_SOMETHING]: Something failed']);
  check('makeNodeErrorWithBase', describeError(myErrors.makeNodeErrorWithBase('ERR_INVALID_ARG_VALUE', 'RangeError', 'x', 5)),
    describeError(new ref.ERR_INVALID_ARG_VALUE.RangeError('x', 5)));

  // AbortError
  check('AbortError()', describeError(new myErrors.AbortError()), describeError(new nodeErrors.AbortError()));
  check('AbortError(msg, cause)', describeError(new myErrors.AbortError('stop', { cause: 'why' })),
    describeError(new nodeErrors.AbortError('stop', { cause: 'why' })));
  check('AbortError(bad options)', outcome(() => new myErrors.AbortError('m', 5)),
    outcome(() => new nodeErrors.AbortError('m', 5)));

  // determineSpecificType / addNumericalSeparator
  const values = [undefined, null, 1, -0, NaN, 'short', 'x'.repeat(40), 10n, Symbol('s'), true,
    function f() {}, () => {}, class A {}, {}, [], new Map(), Object.create(null), new Foo(),
    { constructor: {} }, { constructor: { name: 'Fake' } }];
  for (const value of values) {
    check(`determineSpecificType(${show(value)})`, myErrors.determineSpecificType(value),
      nodeErrors.determineSpecificType(value));
  }
}

function testSystemErrors() {
  const uvCases = [
    { errno: -2, code: 'ENOENT', syscall: 'open', path: 'x' },
    { errno: -2, syscall: 'open', path: '/tmp/missing' },
    { errno: -13, code: 'EACCES', syscall: 'rename', path: '/a', dest: '/b' },
    { errno: -17, syscall: 'mkdir', path: Buffer.from('/buf') },
    { errno: -99999, syscall: 'open' },
    { errno: -2, syscall: 'open', message: 'custom text', extra: 1 },
    { errno: -4095, syscall: 'read' },
  ];
  for (const ctx of uvCases) {
    check(`uvException(${show(ctx)})`, describeError(myErrors.uvException({ ...ctx })),
      describeError(new nodeErrors.UVException({ ...ctx })));
  }
  // Same as a real fs error?
  let real;
  try {
    fs.openSync('/definitely/not/here');
  } catch (err) {
    real = err;
  }
  check('uvException vs fs.openSync error',
    describeError(myErrors.uvException({ errno: -2, code: 'ENOENT', syscall: 'open', path: '/definitely/not/here' })),
    describeError(real));
  check('uvException with only a code',
    describeError(myErrors.uvException({ code: 'EISDIR', syscall: 'read' })).message,
    'EISDIR: illegal operation on a directory, read');

  check('errnoException', describeError(myErrors.errnoException(-2, 'read')),
    describeError(new nodeErrors.ErrnoException(-2, 'read')));
  check('errnoException original', describeError(myErrors.errnoException(-32, 'write', 'extra')),
    describeError(new nodeErrors.ErrnoException(-32, 'write', 'extra')));
  check('exceptionWithHostPort', describeError(myErrors.exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80)),
    describeError(new nodeErrors.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 80)));
  check('exceptionWithHostPort local', describeError(myErrors.exceptionWithHostPort(-98, 'listen', '::', 0, '1.2.3.4:5')),
    describeError(new nodeErrors.ExceptionWithHostPort(-98, 'listen', '::', 0, '1.2.3.4:5')));
  check('dnsException', describeError(myErrors.dnsException('ENOTFOUND', 'getaddrinfo', 'nohost.invalid')),
    describeError(new nodeErrors.DNSException('ENOTFOUND', 'getaddrinfo', 'nohost.invalid')));
  check('dnsException numeric', describeError(myErrors.dnsException(-3008, 'getaddrinfo', 'h')),
    describeError(new nodeErrors.DNSException(-3008, 'getaddrinfo', 'h')));
  for (const errno of [-2, -13, -4095, -3008, -12345]) {
    check(`getSystemErrorName(${errno})`, myErrors.getSystemErrorName(errno), util.getSystemErrorName(errno));
  }
  check('getSystemErrorMap', [...myErrors.getSystemErrorMap()].sort(), [...util.getSystemErrorMap()].sort());
}

function testUnhandledRejection() {
  // Node only builds this error inside its rejection tracking, so collect
  // its output from a child process.
  const reasons = ['1', '"xx"', '({a:1})', 'Symbol("s")', 'undefined', '[1,2]', 'null', '1n',
    'function f(){ return 1 }', '({toString(){ return "T" }})', 'Object.create(null)',
    'new Error("boom")', 'new (class Foo {})()'];
  const script = `
    const out = [];
    process.on('uncaughtException', (e) => out.push({ name: e.name, code: e.code, message: e.message,
      keys: Reflect.ownKeys(e).filter((k) => typeof k === 'string'), header: e.stack.split('\\n')[0] }));
    process.on('exit', () => process.stdout.write(JSON.stringify(out)));
    ${reasons.map((r) => `Promise.reject(${r});`).join('\n')}
  `;
  const child = spawnSync(process.execPath, ['--unhandled-rejections=throw', '-e', script], { encoding: 'utf8' });
  let expected;
  try {
    expected = JSON.parse(child.stdout);
  } catch {
    check('unhandled rejection reference run', child.stdout + child.stderr, 'JSON output');
    return;
  }
  reasons.forEach((source, i) => {
    // Errors are thrown as-is by Node, not wrapped.
    if (source.startsWith('new Error')) return;
    const reason = vm.runInThisContext(`(${source})`);
    const err = new myErrors.codes.ERR_UNHANDLED_REJECTION(reason);
    check(`ERR_UNHANDLED_REJECTION(${source})`, {
      name: err.name, code: err.code, message: err.message,
      keys: Reflect.ownKeys(err).filter((k) => typeof k === 'string'), header: err.stack.split('\n')[0],
    }, expected[i]);
  });
}

function testValidators() {
  const inputs = [undefined, null, 0, 1, -1, 1.5, NaN, Infinity, 2 ** 53, 'str', '', true, false,
    10n, Symbol('s'), {}, [], () => {}, function named() {}, new Map()];
  const plans = [
    ['validateFunction', ['cb']],
    ['validateString', ['name']],
    ['validateString', ['opts.name']],
    ['validateBoolean', ['flag']],
    ['validateNumber', ['n']],
    ['validateNumber', ['n', 0]],
    ['validateNumber', ['n', 0, 10]],
    ['validateNumber', ['n', undefined, 10]],
    ['validateInteger', ['n']],
    ['validateInteger', ['n', 0, 10]],
    ['validateInt32', ['n']],
    ['validateInt32', ['n', 0, 5]],
    ['validateUint32', ['n']],
    ['validateUint32', ['n', true]],
    ['validateObject', ['options']],
    ['validateArray', ['list']],
    ['validateArray', ['list', 1]],
    ['validateOneOf', ['mode', ['a', 'b', 3]]],
    ['validateAbortSignal', ['options.signal']],
  ];
  for (const [name, extra] of plans) {
    for (const value of inputs) {
      check(`${name}(${show(value)}, ${extra.map((e) => show(e)).join(', ')})`,
        outcome(() => myErrors[name](value, ...extra)),
        outcome(() => nodeValidators[name](value, ...extra)));
    }
  }
  // validateObject options
  const objOptions = [
    [nodeValidators.kValidateObjectAllowNullable, myErrors.kValidateObjectAllowNullable],
    [nodeValidators.kValidateObjectAllowArray, myErrors.kValidateObjectAllowArray],
    [nodeValidators.kValidateObjectAllowFunction, myErrors.kValidateObjectAllowFunction],
  ];
  for (const [theirs, ours] of objOptions) {
    for (const value of [null, [], () => {}, 5]) {
      check(`validateObject(${show(value)}, 'o', flag ${ours})`,
        outcome(() => myErrors.validateObject(value, 'o', ours)),
        outcome(() => nodeValidators.validateObject(value, 'o', theirs)));
    }
  }
  // Errors from validators must not show the validator in the stack.
  try {
    myErrors.validateFunction(1, 'cb');
  } catch (err) {
    check('validator frame hidden', /validateFunction|wrappedFn/.test(err.stack), false);
    check('validator stack header', err.stack.split('\n')[0],
      'TypeError [ERR_INVALID_ARG_TYPE]: The "cb" argument must be of type function. Received type number (1)');
  }
}

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

// Run `scenario(EE, log, web)` against both implementations and compare
// logs (`web`: the EventTarget, AbortController... that go with EE).
function compareScenario(name, scenario) {
  const run = (EE) => {
    const log = [];
    try {
      scenario(EE, log, webFor(EE));
    } catch (err) {
      log.push(['threw', describeError(err)]);
    }
    return log;
  };
  check(`events: ${name}`, run(MyEventEmitter), run(NodeEventEmitter));
}

async function compareAsyncScenario(name, scenario) {
  const run = async (EE) => {
    const log = [];
    try {
      if (verbose) console.log(`  running ${name} with ${EE === MyEventEmitter ? 'ours' : 'node'}`);
      await scenario(EE, log, webFor(EE));
    } catch (err) {
      log.push(['threw', describeError(err)]);
    }
    return log;
  };
  const expected = await run(NodeEventEmitter);
  const actual = await run(MyEventEmitter);
  check(`events: ${name}`, actual, expected);
}

function withWarnings(fn) {
  const original = process.emitWarning;
  const warnings = [];
  process.emitWarning = (w, ...rest) => {
    warnings.push(w instanceof Error ? {
      name: w.name, message: w.message, type: String(w.type), count: w.count,
      emitterName: w.emitter && w.emitter.constructor.name,
      keys: Reflect.ownKeys(w).filter((k) => typeof k === 'string'),
    } : [w, ...rest]);
  };
  try {
    fn();
  } finally {
    process.emitWarning = original;
  }
  return warnings;
}

function testEventsSync() {
  check('events: module keys', Object.keys(MyEventEmitter), Object.keys(NodeEventEmitter));
  check('events: module own property names', Reflect.ownKeys(MyEventEmitter).filter((k) => typeof k === 'string'),
    Reflect.ownKeys(NodeEventEmitter).filter((k) => typeof k === 'string'));
  check('events: prototype keys', Reflect.ownKeys(MyEventEmitter.prototype).map(String),
    Reflect.ownKeys(NodeEventEmitter.prototype).map(String));
  const fnShape = (f) => (typeof f === 'function' ? [f.name, f.length] : typeof f);
  for (const key of Object.getOwnPropertyNames(NodeEventEmitter.prototype)) {
    check(`events: prototype.${key} name/length`, fnShape(MyEventEmitter.prototype[key]),
      fnShape(NodeEventEmitter.prototype[key]));
  }
  for (const key of ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners', 'init',
    'listenerCount', 'addAbortListener']) {
    check(`events: static ${key} name/length`, fnShape(MyEventEmitter[key]), fnShape(NodeEventEmitter[key]));
  }
  check('events: EventEmitter.EventEmitter', MyEventEmitter.EventEmitter === MyEventEmitter, true);
  check('events: constants', [MyEventEmitter.usingDomains, String(MyEventEmitter.errorMonitor),
    MyEventEmitter.captureRejectionSymbol, MyEventEmitter.defaultMaxListeners, MyEventEmitter.captureRejections],
  [NodeEventEmitter.usingDomains, String(NodeEventEmitter.errorMonitor),
    NodeEventEmitter.captureRejectionSymbol, NodeEventEmitter.defaultMaxListeners, NodeEventEmitter.captureRejections]);
  check('events: EventEmitterAsyncResource is a subclass',
    MyEventEmitter.EventEmitterAsyncResource.prototype instanceof MyEventEmitter, true);

  compareScenario('inspect new emitter', (EE, log) => {
    log.push(util.inspect(new EE()));
    log.push(util.inspect(new EE(), { showHidden: true }));
    log.push(Reflect.ownKeys(new EE()).map(String));
  });
  compareScenario('inspect emitter with listeners', (EE, log) => {
    const e = new EE();
    function a() {}
    e.on('x', a);
    e.on('x', () => {});
    e.once('y', function b() {});
    e.on(Symbol('sym'), a);
    e.setMaxListeners(20);
    log.push(util.inspect(e, { depth: 4 }));
  });
  compareScenario('inspect subclasses', (EE, log) => {
    class Sub extends EE {}
    function Old() {
      EE.call(this);
    }
    util.inherits(Old, EE);
    log.push(util.inspect(new Sub()), util.inspect(new Old()), new Old() instanceof EE);
    log.push(util.inspect(new EE({ captureRejections: true })));
  });
  compareScenario('emit order, args, this, return values', (EE, log) => {
    const e = new EE();
    log.push(e.emit('none'));
    e.on('ev', function(...args) {
      log.push(['first', args, this === e]);
    });
    e.on('ev', (...args) => log.push(['second', args.length]));
    e.addListener('ev', () => log.push('third'));
    log.push(e.emit('ev', 1, 'two', { three: 3 }));
    log.push(e.emit('ev'));
    log.push(e.listenerCount('ev'), e.eventNames());
  });
  compareScenario('once and prepend', (EE, log) => {
    const e = new EE();
    const a = () => log.push('a');
    const b = () => log.push('b');
    const c = () => log.push('c');
    e.on('x', a);
    e.prependListener('x', b);
    e.once('x', c);
    e.prependOnceListener('x', () => log.push('pre-once'));
    log.push(e.listeners('x').map((f) => f.name));
    log.push(e.rawListeners('x').map((f) => f.name));
    log.push(e.rawListeners('x')[3].listener === c);
    e.emit('x');
    e.emit('x');
    log.push(e.listenerCount('x'));
    const onceOnly = () => log.push('only');
    e.once('solo', onceOnly);
    log.push(typeof e._events.solo, e._events.solo.listener === onceOnly);
    e.emit('solo', 1);
    log.push('solo' in e._events, e.eventNames());
    e.once('args', (...args) => log.push(args));
    e.emit('args', 1, 2, 3);
  });
  compareScenario('listeners removed or added during emit', (EE, log) => {
    const e = new EE();
    const b = () => log.push('b');
    e.on('x', () => {
      log.push('a');
      e.removeListener('x', b);
      e.on('x', () => log.push('late'));
    });
    e.on('x', b);
    e.emit('x');
    e.emit('x');
  });
  compareScenario('newListener / removeListener events', (EE, log) => {
    const e = new EE();
    e.on('newListener', (type, listener) => log.push(['new', String(type), listener.name]));
    e.on('removeListener', (type, listener) => log.push(['removed', String(type), listener.name]));
    function one() {}
    function two() {}
    e.on('x', one);
    e.once('x', two);
    e.on(Symbol('s'), one);
    e.removeListener('x', two);
    e.off('x', one);
    e.removeListener('x', one);
    e.removeListener('nothing', one);
    e.on('y', one);
    e.on('y', two);
    e.on('z', two);
    e.removeAllListeners('y');
    e.removeAllListeners();
    log.push(e.eventNames(), e._eventsCount);
  });
  compareScenario('removeListener picks the last registration', (EE, log) => {
    const e = new EE();
    const a = () => log.push('a');
    const b = () => log.push('b');
    e.on('x', a);
    e.on('x', b);
    e.on('x', a);
    e.removeListener('x', a);
    e.emit('x');
    e.removeListener('x', a);
    log.push(typeof e._events.x);
    e.emit('x');
  });
  compareScenario('removeAllListeners without removeListener listeners', (EE, log) => {
    const e = new EE();
    e.on('a', () => {});
    e.on('b', () => {});
    e.removeAllListeners('a');
    log.push(e.eventNames(), e._eventsCount);
    e.removeAllListeners('zzz');
    e.removeAllListeners();
    log.push(e.eventNames(), e._eventsCount, util.inspect(e));
  });
  compareScenario('error rule', (EE, log) => {
    const e = new EE();
    for (const value of [new Error('boom'), new TypeError('t'), 'x', { a: 1 }, 42, undefined]) {
      try {
        e.emit('error', value);
        log.push('no throw');
      } catch (err) {
        log.push(err === value ? 'same error' : [describeError(err), err.context === value]);
      }
    }
    try {
      e.emit('error');
    } catch (err) {
      log.push(describeError(err), 'context' in err);
    }
    e.on('error', (err) => log.push(['handled', String(err)]));
    log.push(e.emit('error', new Error('now handled')));
  });
  compareScenario('errorMonitor', (EE, log) => {
    const e = new EE();
    e.on(EE.errorMonitor, (err) => log.push(['monitor', err.message]));
    try {
      e.emit('error', new Error('m1'));
    } catch (err) {
      log.push(['thrown', err.message]);
    }
    e.on('error', (err) => log.push(['handler', err.message]));
    e.emit('error', new Error('m2'));
  });
  compareScenario('listenerCount variants', (EE, log) => {
    const e = new EE();
    const a = () => {};
    const b = () => {};
    e.on('x', a);
    log.push(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b), e.listenerCount('y'));
    e.once('x', b);
    e.on('x', a);
    log.push(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b));
    log.push(EE.listenerCount(e, 'x'), EE.listenerCount({ _events: { x: [a, a] } }, 'x'));
  });
  compareScenario('max listeners and warnings', (EE, log) => {
    const e = new EE();
    log.push(e.getMaxListeners());
    log.push(withWarnings(() => {
      for (let i = 0; i < 11; i++) e.on('foo', () => {});
      for (let i = 0; i < 12; i++) e.on('foo', () => {});
      const s = Symbol('sym');
      for (let i = 0; i < 11; i++) e.on(s, () => {});
      class My extends EE {}
      const m = new My();
      m.setMaxListeners(1);
      m.on('x', () => {});
      m.prependListener('x', () => {});
      const unlimited = new EE();
      unlimited.setMaxListeners(0);
      for (let i = 0; i < 20; i++) unlimited.on('x', () => {});
    }));
    log.push(e.setMaxListeners(3) === e, e.getMaxListeners());
    for (const bad of [-1, 'a', NaN, null]) {
      log.push(outcome(() => e.setMaxListeners(bad)));
    }
  });
  compareScenario('defaultMaxListeners', (EE, log) => {
    log.push(EE.defaultMaxListeners);
    EE.defaultMaxListeners = 2;
    const e = new EE();
    log.push(e.getMaxListeners(), EE.getMaxListeners(e));
    log.push(withWarnings(() => {
      e.on('x', () => {});
      e.on('x', () => {});
      e.on('x', () => {});
    }));
    EE.setMaxListeners(4);
    log.push(EE.defaultMaxListeners);
    for (const bad of [-1, 'a', NaN]) {
      log.push(outcome(() => {
        EE.defaultMaxListeners = bad;
      }));
      log.push(outcome(() => EE.setMaxListeners(bad)));
    }
    EE.defaultMaxListeners = 10;
  });
  compareScenario('static setMaxListeners / getMaxListeners / getEventListeners', (EE, log, web) => {
    const a = new EE();
    const b = new EE();
    EE.setMaxListeners(3, a, b);
    log.push(a.getMaxListeners(), b.getMaxListeners(), EE.getMaxListeners(a));
    const target = new web.EventTarget();
    log.push(EE.getMaxListeners(target));
    EE.setMaxListeners(7, target);
    log.push(EE.getMaxListeners(target));
    const f = () => {};
    a.on('x', f);
    log.push(EE.getEventListeners(a, 'x').length, EE.getEventListeners(a, 'x')[0] === f);
    log.push(outcome(() => EE.setMaxListeners(1, {})));
    log.push(outcome(() => EE.getEventListeners({}, 'x')));
    log.push(outcome(() => EE.getMaxListeners(5)));
  });
  compareScenario('listener validation', (EE, log) => {
    const e = new EE();
    for (const method of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
      'removeListener', 'off']) {
      for (const bad of [undefined, 1, 'str', {}, null]) {
        log.push(outcome(() => e[method]('x', bad)));
      }
    }
  });
  compareScenario('captureRejections option validation', (EE, log) => {
    log.push(outcome(() => new EE({ captureRejections: 'yes' })));
    log.push(outcome(() => new EE({ captureRejections: 1 })));
    log.push(outcome(() => {
      EE.captureRejections = 'no';
    }));
    log.push(new EE({ captureRejections: true })[Object.getOwnPropertySymbols(new EE()).find((s) => String(s) === 'Symbol(kCapture)')]);
  });
  compareScenario('eventNames with symbols and order', (EE, log) => {
    const e = new EE();
    const s = Symbol('s');
    e.on('b', () => {});
    e.on(s, () => {});
    e.on('a', () => {});
    e.on('1', () => {});
    log.push(e.eventNames().map(String));
  });
  compareScenario('shape mode (events on prototype)', (EE, log) => {
    function Shaped() {
      EE.call(this);
    }
    Object.setPrototypeOf(Shaped.prototype, EE.prototype);
    Shaped.prototype._events = { __proto__: null };
    const s = Object.create(Shaped.prototype);
    s._events = { __proto__: null, x: undefined };
    EE.call(s);
    log.push(util.inspect(s, { showHidden: true }));
    const f = () => log.push('f');
    s.on('y', f);
    s.emit('y');
    s.removeListener('y', f);
    log.push(util.inspect(s));
  });
  compareScenario('events with special names', (EE, log) => {
    const e = new EE();
    for (const name of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      e.on(name, () => log.push(name));
      e.emit(name);
    }
    log.push(e.eventNames());
  });
}

async function testEventsAsync() {
  await compareAsyncScenario('captureRejections to error', async (EE, log) => {
    const e = new EE({ captureRejections: true });
    e.on('x', async () => {
      throw new Error('async boom');
    });
    e.on('error', (err) => log.push(['error', err.message]));
    e.emit('x');
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
  await compareAsyncScenario('captureRejections to nodejs.rejection', async (EE, log) => {
    class Custom extends EE {
      [Symbol.for('nodejs.rejection')](err, type, ...args) {
        log.push(['rejection', err.message, type, args]);
      }
    }
    const e = new Custom({ captureRejections: true });
    e.on('x', async () => {
      throw new Error('r');
    });
    e.emit('x', 1, 2);
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
  await compareAsyncScenario('captureRejections off by default', async (EE, log) => {
    const e = new EE();
    let caught = false;
    e.on('x', () => Promise.reject(new Error('ignored')).catch(() => {
      caught = true;
    }));
    e.emit('x');
    await new Promise((resolve) => setTimeout(resolve, 5));
    log.push(caught);
  });
  await compareAsyncScenario('static once', async (EE, log, web) => {
    const e = new EE();
    setTimeout(() => e.emit('ready', 1, 2), 1);
    log.push(await EE.once(e, 'ready'));
    log.push(e.listenerCount('ready'), e.listenerCount('error'));
    setTimeout(() => e.emit('error', new Error('failed')), 1);
    try {
      await EE.once(e, 'never');
    } catch (err) {
      log.push(['rejected', err.message, e.listenerCount('never'), e.listenerCount('error')]);
    }
    setTimeout(() => e.emit('error', new Error('as value')), 1);
    log.push((await EE.once(e, 'error'))[0].message);
    const ac = new web.AbortController();
    setTimeout(() => ac.abort('why'), 1);
    try {
      await EE.once(e, 'never', { signal: ac.signal });
    } catch (err) {
      log.push(describeError(err), err.cause, e.listenerCount('never'));
    }
    try {
      await EE.once(e, 'never', { signal: web.AbortSignal.abort('early') });
    } catch (err) {
      log.push(describeError(err), err.cause);
    }
    for (const bad of [null, 5, 'str', [], { signal: 5 }, { signal: {} }, { signal: null }]) {
      const pending = new Promise((resolve) => setTimeout(() => resolve('pending'), 2));
      try {
        log.push(await Promise.race([EE.once(e, 'x', bad), pending]));
      } catch (err) {
        log.push(describeError(err));
      }
    }
    log.push(e.listenerCount('x'));
    e.removeAllListeners('x');
    const target = new web.EventTarget();
    setTimeout(() => target.dispatchEvent(new web.Event('ping')), 1);
    const [event] = await EE.once(target, 'ping');
    log.push(event.type);
  });
  await compareAsyncScenario('static on', async (EE, log, web) => {
    const e = new EE();
    setTimeout(() => {
      e.emit('data', 1);
      e.emit('data', 2, 'b');
      e.emit('data', 3);
    }, 1);
    for await (const args of EE.on(e, 'data')) {
      log.push(args);
      if (args[0] === 3) break;
    }
    log.push(e.listenerCount('data'), e.listenerCount('error'));

    setTimeout(() => {
      e.emit('data', 'x');
      e.emit('error', new Error('stop'));
    }, 1);
    try {
      for await (const args of EE.on(e, 'data')) log.push(args);
    } catch (err) {
      log.push(['error', err.message, e.listenerCount('data')]);
    }

    setTimeout(() => {
      e.emit('data', 'y');
      e.emit('end');
      e.emit('data', 'ignored');
    }, 1);
    for await (const args of EE.on(e, 'data', { close: ['end'] })) log.push(args);
    log.push('closed', e.listenerCount('end'));

    const ac = new web.AbortController();
    setTimeout(() => {
      e.emit('data', 'z');
      ac.abort();
    }, 1);
    try {
      for await (const args of EE.on(e, 'data', { signal: ac.signal })) log.push(args);
    } catch (err) {
      log.push(describeError(err));
    }

    const iterator = EE.on(e, 'data');
    e.emit('data', 'queued1');
    e.emit('data', 'queued2');
    log.push(await iterator.next(), await iterator.next());
    log.push(await iterator.return(), await iterator.next(), e.listenerCount('data'));
    log.push(Object.getPrototypeOf(Object.getPrototypeOf(iterator)) === Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})()))));

    log.push(outcome(() => EE.on(e, 'x', { signal: web.AbortSignal.abort() })));
    log.push(outcome(() => EE.on(e, 'x', { highWaterMark: 0 })));
    log.push(outcome(() => EE.on(e, 'x', null)));
    const it2 = EE.on(e, 'data');
    log.push(outcome(() => it2.throw('not an error')));
    it2.throw(new Error('thrown in'));
    try {
      await it2.next();
    } catch (err) {
      log.push(['after throw', err.message]);
    }
    log.push(await it2.next());

    // Back pressure: pause()/resume() around the watermarks.
    const paused = new EE();
    paused.pause = () => log.push('pause');
    paused.resume = () => log.push('resume');
    const it3 = EE.on(paused, 'data', { highWaterMark: 2, lowWaterMark: 1 });
    paused.emit('data', 1);
    paused.emit('data', 2);
    paused.emit('data', 3);
    log.push((await it3.next()).value, (await it3.next()).value, (await it3.next()).value);
    await it3.return();
  });
  await compareAsyncScenario('addAbortListener', async (EE, log, web) => {
    const ac = new web.AbortController();
    const disposable = EE.addAbortListener(ac.signal, () => log.push('aborted'));
    log.push(typeof disposable[Symbol.dispose]);
    ac.abort();
    const ac2 = new web.AbortController();
    const d2 = EE.addAbortListener(ac2.signal, () => log.push('should not run'));
    d2[Symbol.dispose]();
    ac2.abort();
    EE.addAbortListener(web.AbortSignal.abort(), () => log.push('already aborted'));
    log.push('sync end');
    await new Promise((resolve) => setTimeout(resolve, 1));
    log.push(outcome(() => EE.addAbortListener(undefined, () => {})));
    log.push(outcome(() => EE.addAbortListener({}, () => {})));
    log.push(outcome(() => EE.addAbortListener(new web.AbortController().signal, 5)));
  });
  await compareAsyncScenario('EventEmitterAsyncResource', async (EE, log) => {
    const { EventEmitterAsyncResource } = EE;
    const r = new EventEmitterAsyncResource({ name: 'MyRes' });
    r.on('x', (v) => log.push(['x', v]));
    log.push(r.emit('x', 1), typeof r.asyncId, r.asyncResource.constructor.name, r.asyncResource.eventEmitter === r);
    log.push(outcome(() => new EventEmitterAsyncResource({})));
    class Named extends EventEmitterAsyncResource {}
    log.push(new Named().asyncResource.type);
  });
}

// ---------------------------------------------------------------------------
// Console
// ---------------------------------------------------------------------------

class FakeStream extends StreamEE {
  constructor(options = {}) {
    super();
    this.chunks = [];
    Object.assign(this, options);
  }

  write(chunk, callback) {
    this.chunks.push(String(chunk));
    return true;
  }

  get text() {
    return this.chunks.join('');
  }
}

// Run `scenario(console)` against Node's Console and ours (both a Console
// instance and a global console made by createGlobalConsole) and compare
// what reached stdout, stderr and process.emitWarning.
function compareConsole(name, scenario, options = {}) {
  const runWith = (make) => {
    const out = new FakeStream(options.streamProps);
    const err = new FakeStream(options.streamProps);
    const c = make(out, err);
    const result = { warnings: [] };
    result.warnings = withWarnings(() => {
      try {
        scenario(c);
      } catch (e) {
        result.threw = describeError(e);
      }
    });
    result.stdout = out.text;
    result.stderr = err.text;
    return result;
  };
  const opts = options.consoleOptions || {};
  const makers = [
    (out, err) => new console.Console({ stdout: out, stderr: err, ...opts }),
    (out, err) => new myConsoleModule.Console({ stdout: out, stderr: err, ...opts }),
  ];
  if (!options.streamProps && !options.consoleOptions) {
    makers.push((out, err) => myConsoleModule.createGlobalConsole((s) => out.write(s), (s) => err.write(s)));
  }
  // One call site for all runs, so console.trace() stacks are identical.
  const [expected, actual, viaGlobal] = makers.map((make) => runWith(make));
  if (!options.allowEmpty) {
    // Guard against a scenario that silently tests nothing.
    check(`console: ${name} produces output`,
      expected.stdout !== '' || expected.stderr !== '' || expected.warnings.length > 0 || 'threw' in expected, true);
  }
  check(`console: ${name}`, actual, expected);
  if (viaGlobal) check(`console (global): ${name}`, viaGlobal, expected);
}

function withHrtime(steps, fn) {
  // Fake clock: each hrtime() call without argument returns the next time.
  const original = process.hrtime;
  let now = [0, 0];
  let index = 0;
  process.hrtime = function(previous) {
    if (previous) {
      let seconds = now[0] - previous[0];
      let nanos = now[1] - previous[1];
      if (nanos < 0) {
        seconds--;
        nanos += 1e9;
      }
      return [seconds, nanos];
    }
    return now.slice();
  };
  process.hrtime.bigint = original.bigint;
  try {
    fn((ms) => {
      const total = now[0] * 1e9 + now[1] + Math.round(ms * 1e6);
      now = [Math.floor(total / 1e9), total % 1e9];
      index++;
    });
  } finally {
    process.hrtime = original;
  }
}

function testConsole() {
  const { Console, createGlobalConsole } = myConsoleModule;

  compareConsole('log formats', (c) => {
    c.log();
    c.log('plain');
    c.log('%s is %d years and %i days, %f', 'Bob', 42.5, 3.9, '1.5');
    c.log('%j %o %O %%s %c|', { a: [1, { b: 2 }] }, { a: [1] }, { deep: { deeper: { deepest: { x: 1 } } } }, 'color: red');
    c.log('%s', Symbol('sym'), 10n, null, undefined);
    c.log({ a: 1, b: 'two', c: [1, 2, 3], d: new Map([[1, 2]]), e: new Set([1]) });
    c.log([1, 2, [3, [4, [5, [6]]]]]);
    c.log('multi\nline', 'text');
    c.log(function named() {}, class Klass {}, () => {});
    c.log(Object.create(null), new Error('in log').message);
    c.info('info');
    c.debug('debug', 1);
    c.dirxml({ x: 1 }, [2]);
    c.warn('warn', { w: 1 });
    c.error('error %s', 'formatted');
  });
  compareConsole('dir', (c) => {
    const custom = { a: 1, [util.inspect.custom]: () => 'CUSTOM' };
    c.dir(custom);
    c.dir({ a: { b: { c: { d: { e: 1 } } } } });
    c.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 0 });
    c.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
    c.dir('string');
    c.dir(5, { colors: true });
    c.dir([1, 2, 3], { showHidden: true });
  });
  compareConsole('assert', (c) => {
    c.assert(true, 'not shown');
    c.assert(false);
    c.assert(false, 'message');
    c.assert(false, 'x %s', 'y');
    c.assert(0, { a: 1 }, 2);
    c.assert(null, 'a', 'b', 3);
    c.assert('', '%d', 7);
  });
  compareConsole('count', (c) => {
    c.count();
    c.count();
    c.count('x');
    c.count(undefined);
    c.count(null);
    c.count({});
    c.count(5);
    c.countReset();
    c.count();
    c.countReset('nope');
    c.countReset(5);
    c.count(5);
    c.countReset('x');
    c.count('x');
  });
  compareConsole('group', (c) => {
    c.log('top');
    c.group();
    c.log('level 1');
    c.group('label', { a: 1 });
    c.log('a\nb\nc');
    c.error('err\nlines');
    c.table([{ a: 1 }]);
    c.groupCollapsed('collapsed');
    c.warn({ deep: { obj: [1, 2, 3], more: 'x'.repeat(80) } });
    c.groupEnd();
    c.groupEnd();
    c.groupEnd();
    c.groupEnd();
    c.log('back at top');
  });
  compareConsole('group with groupIndentation 4', (c) => {
    c.group('g');
    c.log('x\ny');
    c.groupEnd();
    c.log('z');
  }, { consoleOptions: { groupIndentation: 4 } });
  compareConsole('time', (c) => {
    withHrtime([], (advance) => {
      c.time();
      advance(0.5);
      c.timeLog();
      advance(0.7345);
      c.timeLog(undefined, 'extra', { data: 1 });
      c.timeEnd();
      c.timeEnd();
      c.time('a');
      c.time('a');
      advance(1001.9);
      c.timeEnd('a');
      c.time('b');
      advance(61500);
      c.timeLog('b');
      advance(3600000 + 62004);
      c.timeEnd('b');
      c.time('c');
      advance(12.3456789);
      c.timeEnd('c');
      c.time(7);
      advance(2);
      c.timeEnd(7);
      c.timeLog('missing');
      c.time('d');
      advance(59999.9999);
      c.timeEnd('d');
    });
  });
  compareConsole('trace', (c) => {
    c.trace();
    c.trace('here %d', 5, { a: 1 });
    c.group();
    c.trace('indented');
    c.groupEnd();
  });
  const tableData = {
    'array of objects': [{ a: 1, b: 'xx' }, { a: 'long value here', c: { d: 1 } }, 5],
    'array of arrays': [[1, 2], [3, 4, 5]],
    'object of objects': { x: { a: 1 }, y: { a: 2, b: [1, 2, 3, 4, 5] } },
    'primitives': [1, 'two', null, undefined, true, 10n, Symbol('s')],
    'nested depth': [{ a: { b: { c: 1 } }, big: { p: 1, q: 2, r: 3 } }],
    'wide characters': [{ name: '全角', emoji: '😀', accent: 'é', combining: 'e\u0301' }],
    'functions': [function f() {}, { fn: () => {} }],
    'empty array': [],
    'empty object': {},
    'object with primitive values': { a: 1, b: 'x' },
    'sparse array': [1, , 3], // eslint-disable-line no-sparse-arrays
    'typed array': new Uint8Array([1, 2]),
    'strings': ['a', 'bb'],
    'long strings': [{ text: 'x'.repeat(50) }],
  };
  for (const [label, data] of Object.entries(tableData)) {
    compareConsole(`table ${label}`, (c) => c.table(data));
  }
  compareConsole('table Map and Set', (c) => {
    c.table(new Map([['k', { x: 1 }], [2, 3]]));
    c.table(new Set([1, 'a', { o: 1 }]));
    c.table(new Map());
    c.table(new Map([['a', 1]]).entries());
    c.table(new Set(['s']).values());
    c.table(new Map([['a', 1], ['b', 2]]).keys());
  });
  compareConsole('table with properties', (c) => {
    c.table([{ a: 1, b: 2, c: 3 }, { a: 4, c: 6 }], ['c', 'a']);
    c.table([{ a: 1 }, 5], ['a']);
    c.table([[1, 2], [3, 4]], ['1']);
    c.table({ r: { a: 1 } }, ['zz']);
    c.table([{ a: 1 }], []);
  });
  compareConsole('table non-objects and bad properties', (c) => {
    c.table(5);
    c.table('str');
    c.table(null);
    c.table(undefined);
    c.table([{ a: 1 }], 'a');
  });
  compareConsole('table bad properties (second)', (c) => c.table([], { length: 1 }));
  compareConsole('colors on', (c) => {
    c.log({ a: 1, s: 'str', n: null, u: undefined, b: true, d: new Date(0) });
    c.log('%s %o', 'x', [1]);
    c.table([{ a: 1, b: 'x' }]);
    c.dir({ x: [1] });
    c.warn(5);
  }, { consoleOptions: { colorMode: true } });
  compareConsole('colors auto on a color TTY', (c) => {
    c.log({ a: 1 }, 'x', 5);
  }, { streamProps: { isTTY: true, getColorDepth: () => 8 } });
  compareConsole('colors auto on a 2-color TTY', (c) => {
    c.log({ a: 1 }, 'x', 5);
  }, { streamProps: { isTTY: true, getColorDepth: () => 1 } });
  compareConsole('inspectOptions', (c) => {
    c.log({ a: { b: { c: 1 } } }, [1, 2, 3, 4]);
    c.dir({ a: { b: 1 } });
  }, { consoleOptions: { inspectOptions: { depth: 0, maxArrayLength: 2 } } });
  compareConsole('clear on a TTY', (c) => {
    c.log('before');
    c.clear();
  }, { streamProps: { isTTY: true, getColorDepth: () => 1 } });
  compareConsole('clear on a non-TTY', (c) => {
    c.clear();
  }, { allowEmpty: true });
  compareConsole('destructured methods', (c) => {
    const { log, warn, group, groupEnd, count, table } = c;
    group('g');
    log('x');
    warn('y');
    count();
    table([1]);
    groupEnd();
  });

  // Constructor forms and validation
  const ctorCases = [
    ['no arguments', []],
    ['object without write', [{}]],
    ['stdout only', ['STREAM']],
    ['bad stderr', ['STREAM', {}]],
    ['options bad stdout', [{ stdout: 5 }]],
    ['options bad stderr', [{ stdout: 'STREAM', stderr: { write: 1 } }]],
    ['bad colorMode', [{ stdout: 'STREAM', colorMode: 'yes' }]],
    ['bad groupIndentation', [{ stdout: 'STREAM', groupIndentation: 1001 }]],
    ['bad groupIndentation type', [{ stdout: 'STREAM', groupIndentation: '2' }]],
    ['bad inspectOptions', [{ stdout: 'STREAM', inspectOptions: 5 }]],
    ['inspectOptions.colors with colorMode', [{ stdout: 'STREAM', colorMode: true, inspectOptions: { colors: true } }]],
  ];
  for (const [label, args] of ctorCases) {
    const materialize = () => args.map((a) => (a === 'STREAM' ? new FakeStream() :
      (a && a.stdout === 'STREAM' ? { ...a, stdout: new FakeStream() } : a)));
    const describe = (make) => {
      const r = outcome(make);
      return r.threw ? r : { created: true };
    };
    check(`console: new Console(${label})`, describe(() => new Console(...materialize())),
      describe(() => new console.Console(...materialize())));
  }
  {
    const s1 = new FakeStream();
    const s2 = new FakeStream();
    const mine = Console(s1); // without new
    const theirs = console.Console(s2);
    mine.log('x');
    mine.error('y');
    theirs.log('x');
    theirs.error('y');
    check('console: callable without new, single stream', s1.text, s2.text);
    check('console: instance keys', Object.keys(mine), Object.keys(theirs));
    check('console: instance own string keys', Reflect.ownKeys(mine).filter((k) => typeof k === 'string'),
      Reflect.ownKeys(theirs).filter((k) => typeof k === 'string'));
    check('console: inspect(instance)', util.inspect(mine), util.inspect(theirs));
    check('console: prototype keys', Object.keys(Console.prototype), Object.keys(console.Console.prototype));
    check('console: toString tag', Object.prototype.toString.call(mine), Object.prototype.toString.call(theirs));
    check('console: instanceof', mine instanceof Console, theirs instanceof console.Console);
    check('console: method names/lengths', Object.keys(mine).map((k) => [k, mine[k].name, mine[k].length]),
      Object.keys(theirs).map((k) => [k, theirs[k].name, theirs[k].length]));
    check('console: Console name/length', [Console.name, Console.length], [console.Console.name, console.Console.length]);
    const hiddenDescriptor = (obj) => {
      const d = Object.getOwnPropertyDescriptor(obj, '_stdout');
      return [d.enumerable, d.writable, d.configurable, obj._stdout === obj._stderr];
    };
    check('console: _stdout descriptor', hiddenDescriptor(mine), hiddenDescriptor(theirs));
  }
  {
    const g = createGlobalConsole(() => {}, () => {});
    check('console (global): keys', Object.keys(g), Object.keys(console));
    check('console (global): toString tag', Object.prototype.toString.call(g), Object.prototype.toString.call(console));
    check('console (global): prototype', util.inspect(Object.getPrototypeOf(g)), util.inspect(Object.getPrototypeOf(console)));
    check('console (global): instanceof Console', g instanceof Console, console instanceof console.Console);
    check('console (global): Console property', g.Console === Console, true);
    const stripInspector = (text) => text.replace(/\n {2}(profile|profileEnd|timeStamp|context|createTask): .*/g, '');
    check('console (global): inspect', stripInspector(util.inspect(g)), stripInspector(util.inspect(console)));
    const lines = [];
    const g2 = createGlobalConsole((s) => lines.push(['out', s]), (s) => lines.push(['err', s]));
    g2.log('a');
    g2.error('b');
    g2.context('ctx').log('c');
    g2.createTask('t').run(() => g2.info('in task'));
    check('console (global): writers', lines,
      [['out', 'a\n'], ['err', 'b\n'], ['out', 'c\n'], ['out', 'in task\n']]);
  }
  {
    // Write errors are ignored unless ignoreErrors is false.
    const throwing = new FakeStream();
    throwing.write = () => {
      throw new Error('EPIPE');
    };
    check('console: write errors ignored', outcome(() => new Console(throwing).log('x')),
      outcome(() => new console.Console(throwing).log('x')));
    check('console: ignoreErrors false', outcome(() => new Console(throwing, throwing, false).log('x')),
      outcome(() => new console.Console(throwing, throwing, false).log('x')));
    check('console: noop error listener removed', throwing.listenerCount('error'), 0);
  }
  check('console: formatTime samples',
    [0.001, 0.5, 1, 999.9999, 1000, 1234.5678, 59999, 60000, 61500, 3600000, 3723004.5].map(myConsoleModule.formatTime),
    ['0.001ms', '0.5ms', '1ms', '999.9999ms'.replace('999.9999', String(Number((999.9999).toFixed(3)))), '1.000s',
      '1.235s', '59.999s', '1:00.000 (m:ss.mmm)', '1:01.500 (m:ss.mmm)', '1:00:00.000 (h:mm:ss.mmm)',
      '1:02:03.005 (h:mm:ss.mmm)']);
}

// ---------------------------------------------------------------------------

async function main() {
  testErrorTable();
  testSpecificErrors();
  testSystemErrors();
  testUnhandledRejection();
  testValidators();
  testEventsSync();
  await testEventsAsync();
  testConsole();
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((err) => {
  console.log('harness crashed:', err);
  process.exitCode = 2;
});

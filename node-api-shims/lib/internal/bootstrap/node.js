'use strict';
// Bootstrap of the main thread: turns the bare engine realm into a Node
// process. In order:
//   1. the `process` object (an EventEmitter) with its properties;
//   2. error stacks in Node's format;
//   3. the globals: timers, queueMicrotask, console, global;
//   4. the hooks the event loop calls: fatal exceptions, promise
//      rejections, beforeExit;
// and returns `{ runMain(kind, arg), emitExit() }`: the host runs the entry
// point (a file, `-e`/`-p` code, stdin) and, when the loop is done, emits
// 'exit' and learns the exit code.

module.exports = function setup(require) {
  // 0. the language as node 20's V8 has it (no later ECMAScript additions).
  require('internal/per_context/language_level').install(globalThis);
  // 1. process — created first and put on globalThis, because every other
  // builtin receives it as a parameter.
  const process = {};
  Object.defineProperty(globalThis, 'process', {
    value: process, writable: true, configurable: true, enumerable: false,
  });
  require('internal/errors_stack').install();
  // Rust throws Node errors through the same table and builder as JS.
  internalBinding('util').setErrorBuilder(require('internal/errors').makeNodeError);
  const proxies = require('internal/util/proxies');
  proxies.install();
  internalBinding('util').getProxyDetails = proxies.getProxyDetails;
  const EventEmitter = require('events');
  // As in node: process is an instance of a `process` class whose
  // prototype inherits from EventEmitter's (so inspect names it
  // `process`), with its own toStringTag.
  function processConstructor() {}
  Object.defineProperty(processConstructor, 'name', { value: 'process' });
  processConstructor.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: processConstructor, writable: true, configurable: true },
  });
  Object.setPrototypeOf(process, processConstructor.prototype);
  EventEmitter.call(process);
  Object.defineProperty(process, Symbol.toStringTag, {
    value: 'process', writable: true, enumerable: false, configurable: false,
  });
  require('internal/process/per_thread').setup(process);
  require('internal/process/warning').setup(process);
  require('internal/process/task_queues').setup(process);
  require('internal/process/execution').setup(process);
  require('internal/process/signals').setup(process);
  // util.debuglog follows NODE_DEBUG as it is now, at startup (later edits
  // of process.env do not switch sections on or off).
  require('internal/util/debuglog').initializeDebugEnv(process.env.NODE_DEBUG);

  // 3. globals, in node's order and with its attributes (what
  // Object.keys(globalThis) and the descriptors show)
  defineGlobal('global', globalThis, true);
  const timers = require('timers');
  for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout']) {
    defineGlobal(name, timers[name], true);
  }
  defineGlobal('queueMicrotask', require('internal/process/task_queues').queueMicrotask, true);
  defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone, { enumerable: true });
  defineLazyGlobal('atob', () => require('buffer').atob, { enumerable: true });
  defineLazyGlobal('btoa', () => require('buffer').btoa, { enumerable: true });
  defineLazyGlobal('performance', () => require('perf_hooks').performance, { enumerable: true });
  defineLazyGlobal('console', () => require('internal/console/global'));
  // (node's own accessors for these two are named plainly)
  defineLazyGlobal('Buffer', () => require('buffer').Buffer, { getterName: 'get', setterName: 'set' });
  defineLazyGlobal('DOMException', () => require('internal/per_context/domexception').DOMException,
                   { getterName: '', setterName: '' });
  for (const name of ['EventTarget', 'Event', 'CustomEvent']) {
    defineLazyGlobal(name, () => require('internal/event_target')[name]);
  }
  for (const name of ['TextEncoder', 'TextDecoder']) {
    defineLazyGlobal(name, () => require('internal/encoding')[name]);
  }
  for (const name of ['URL', 'URLSearchParams']) {
    defineLazyGlobal(name, () => require('internal/url')[name]);
  }
  defineLazyGlobal('Blob', () => require('internal/blob').Blob);
  defineLazyGlobal('File', () => require('internal/file').File);
  for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
    'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
    defineLazyGlobal(name, () => require('perf_hooks')[name]);
  }
  for (const name of ['AbortController', 'AbortSignal']) {
    defineLazyGlobal(name, () => require('internal/abort_controller')[name]);
  }

  // 4. hooks
  const { setHooks } = internalBinding('task_queue');
  const execution = require('internal/process/execution');
  const promises = require('internal/process/promises');
  setHooks(execution.onUncaught, promises.processPromiseRejections,
           execution.emitBeforeExit, promises.promiseRejectHandler);

  return require('internal/main/run_main');
};

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable,
  });
}

// Loaded on first access, so that scripts not using it do not load it.
// The getter and setter are native (`internalBinding('util')`): a global
// like `Buffer` is read in hot loops. They are named as node names its
// lazy accessors (`get atob`, `set atob`) unless told otherwise. (node
// defines some of these, `console`, `URL`, `Event`..., as data
// properties, made at startup; here they stay accessors, so that a script
// that does not use them does not pay for loading them.)
function defineLazyGlobal(name, load, options = {}) {
  const { enumerable = false, getterName = `get ${name}`, setterName = `set ${name}` } = options;
  internalBinding('util').defineLazyGlobal(name, load, enumerable, getterName, setterName);
}

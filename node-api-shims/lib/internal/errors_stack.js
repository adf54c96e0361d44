'use strict';
// Error stacks in Node's shape, and V8's stack-trace API.
//
// When an error object is made, the engine records its frames, as many as
// `Error.stackTraceLimit` says at that moment: each frame's function name,
// source and position, and its receiver, its function, whether it is a
// `new` call and whether it runs strict code (vendor/README.md, patch 17).
// `internalBinding('errors').stackFrames(err)` hands them over.
//
// As in V8, the first read of `err.stack` formats them: the frames become
// CallSite objects and `Error.prepareStackTrace(err, callSites)` builds the
// value. Node 20 installs a default `Error.prepareStackTrace` that writes
// the usual "Header\n    at frame" string; a script may replace it (npm
// packages such as depd and callsites return the CallSite array itself).
// The result is stored as an own data property, so later writes and reads
// behave as in V8. `Error.captureStackTrace(obj, fn)` records the frames
// above `fn` for any object, formatted the same way on first read.
//
// Only the installation and the positions live here, loaded at startup;
// the formatting and CallSite objects are in internal/errors_stack/format,
// loaded when a stack is first read or captured.


let prefixLength;
// The REPL's inputs run as scripts named REPL1, REPL2, ...: no wrapper.
function isReplScript(file) {
  return /^REPL\d+$/.test(file);
}

// The length of the wrapper runnel compiles before a CommonJS module's
// text, on its first line (0 for other code).
function wrapperPrefix(file) {
  if (file.startsWith('node:') || file.startsWith('[') || isReplScript(file) ||
      require('internal/modules/esm/registry').isLoadedAsModule(file)) {
    return 0;
  }
  if (prefixLength === undefined) prefixLength = internalBinding('modules').wrapperPrefixLength;
  return prefixLength;
}

// A position inside a module, corrected for the module wrapper's opening,
// which shares the file's first line.
function filePosition(file, line, column) {
  if (line === 1) {
    const prefix = wrapperPrefix(file);
    if (column > prefix) column -= prefix;
  }
  return { file, line, column };
}

function defineStack(obj, value) {
  Object.defineProperty(obj, 'stack', {
    value, writable: true, configurable: true, enumerable: false,
  });
}

// Parses "    at fn (file:line:col)" lines into { file, line, column },
// skipping native frames, and builtin modules unless `withBuiltins`.
function userFrames(stack, withBuiltins = false) {
  const out = [];
  for (const line of String(stack).split('\n')) {
    const m = /^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/.exec(line);
    if (m && (withBuiltins || !m[1].startsWith('node:'))) {
      // ES modules' frames name them by file: URL.
      const file = m[1].startsWith('file://') ? require('internal/url').fileURLToPath(m[1]) : m[1];
      out.push({ file, line: +m[2], column: +m[3] });
    }
  }
  return out;
}


let impl;
function formatter() {
  if (impl === undefined) impl = require('internal/errors_stack/format');
  return impl;
}

// Node's default Error.prepareStackTrace (a script may replace it).
function ErrorPrepareStackTrace(error, trace) {
  return formatter().defaultPrepareStackTrace(error, trace);
}

// On `global`'s Error: a REPL's context (a realm of its own) has its own.
function install(global = globalThis) {
  const Error = global.Error;
  if (global !== globalThis) formatter().addContextGlobal(global);
  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      return formatter().readStack(this);
    },
    set(value) {
      defineStack(this, value);
    },
  });

  Object.defineProperty(Error, 'prepareStackTrace', {
    writable: true, configurable: true, enumerable: false,
    value: ErrorPrepareStackTrace,
  });

  // V8's API, used by Node's own code and by many npm packages: the frames
  // above `constructorOpt` (all of them if it is not on the stack: none).
  Object.defineProperty(Error, 'captureStackTrace', {
    writable: true, configurable: true, enumerable: false,
    value: function captureStackTrace(obj, constructorOpt) {
      formatter().captureStackTrace(obj, constructorOpt, captureStackTrace, Error);
    },
  });
}

module.exports = { install, userFrames, filePosition, wrapperPrefix, defineStack, ErrorPrepareStackTrace };

'use strict';
// Error stacks in Node's shape.
//
// Boa records a backtrace when an error object is created and exposes it
// through `Error.prototype.stack` as frame lines only
// ("    at f (file:2:8)"). Node's (V8's) `stack` starts with the error's
// header line ("TypeError: msg") followed by the frames. We wrap Boa's
// getter: the first read builds the full string and stores it as an own
// data property, as V8 does, so later writes and reads behave the same.

const stackDesc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
const boaFrames = stackDesc && stackDesc.get;

// V8's ErrorUtils::ToString: "name: message", or whichever is non-empty.
function header(err) {
  let name = err.name;
  name = name === undefined ? 'Error' : String(name);
  let message = err.message;
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

let prefixLength;
// The REPL's inputs run as scripts named REPL1, REPL2, ...: no wrapper.
function isReplScript(file) {
  return /^REPL\d+$/.test(file);
}

// A position inside a module, corrected for the module wrapper's opening,
// which shares the file's first line.
function filePosition(file, line, column) {
  if (line === 1 && !file.startsWith('node:') && !file.startsWith('[') && !isReplScript(file) &&
      !require('internal/modules/esm/registry').isLoadedAsModule(file)) {
    if (prefixLength === undefined) prefixLength = internalBinding('modules').wrapperPrefixLength;
    if (column > prefixLength) column -= prefixLength;
  }
  return { file, line, column };
}

// Boa names the top level of a script "<main>"; V8 calls a CommonJS
// module's top level "Object.<anonymous>", and an ES module's top level is
// its bare file: URL position. Frames in ES modules name them by URL.
function nodeFrames(frames) {
  const registry = require('internal/modules/esm/registry');
  return frames
    .replace(/\n$/, '')
    .split('\n')
    // The engine's nameless native frames (the job that resumes an async
    // function) are not frames V8 shows.
    .filter((line) => !/^\s+at  \(native\)$/.test(line))
    .map((line) => line
      .replace(/^(\s+at )<main> \((.+):(\d+):(\d+)\)$/, (all, at, file, l, c) =>
        (isReplScript(file) ? `${at}${file}:${l}:${c}` :
          registry.isLoadedAsModule(file) ? `${at}${registry.displayName(file)}:${l}:${c}` : `${at}Object.<anonymous> (${file}:${l}:${c})`))
      .replace(/^(\s+at .* \()(\/.+)(:\d+:\d+\))$/, (all, head, file, tail) => `${head}${registry.displayName(file)}${tail}`)
      .replace(/\((.+?):1:(\d+)\)$/, (all, file, col) => `(${file}:1:${filePosition(file, 1, +col).column})`))
    .join('\n');
}

function framesOf(err) {
  if (!boaFrames) return '';
  const frames = boaFrames.call(err);
  return typeof frames === 'string' ? nodeFrames(frames) : '';
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

// On `global`'s Error (a context's global object has Error of its own).
function install(global = globalThis) {
  if (!boaFrames) return;
  const Error = global.Error;
  Object.defineProperty(Error.prototype, 'stack', {
    configurable: true,
    enumerable: false,
    get() {
      const frames = boaFrames.call(this);
      if (frames === undefined) return undefined;
      const shown = frames ? nodeFrames(frames) : '';
      const value = shown ? `${header(this)}\n${shown}` : header(this);
      defineStack(this, value);
      return value;
    },
    set(value) {
      defineStack(this, value);
    },
  });

  // V8's API, used by Node's own code and by many npm packages. With
  // `constructorOpt`, frames above and including that function's are left
  // out (matched by function name: Boa's frames carry names, not identity).
  Object.defineProperty(Error, 'captureStackTrace', {
    writable: true, configurable: true, enumerable: false,
    value: function captureStackTrace(obj, constructorOpt) {
      if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
        throw new TypeError('Invalid argument');
      }
      let frames = framesOf(new Error()).split('\n').filter((l) => l !== '');
      frames = frames.slice(1); // captureStackTrace's own frame
      const name = typeof constructorOpt === 'function' ? constructorOpt.name : '';
      if (name) {
        const i = frames.findIndex((l) => l.trimStart().startsWith(`at ${name} `));
        if (i !== -1) frames = frames.slice(i + 1);
      }
      const limit = Number.isInteger(Error.stackTraceLimit) ? Error.stackTraceLimit : 10;
      frames = frames.slice(0, Math.max(0, limit));
      const head = header(obj);
      defineStack(obj, frames.length ? `${head}\n${frames.join('\n')}` : head);
    },
  });
  if (!('stackTraceLimit' in Error)) Error.stackTraceLimit = 10;
}

module.exports = { install, header, framesOf, userFrames, filePosition };

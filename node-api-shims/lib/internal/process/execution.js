'use strict';
// What happens when JavaScript throws and nothing catches it, and how the
// process ends.
//
// onUncaught(err, throwSite) is called by the event loop for an exception
// escaping any callback (and by promise processing for unhandled
// rejections). With an 'uncaughtException' listener, the listener gets it
// and the loop goes on. Without one, the error is printed as Node prints
// it — the throwing line with a caret, then the stack — 'exit' is emitted
// with code 1 (7 if the listener itself threw), and the process ends.

const { userFrames, filePosition } = require('internal/errors_stack');
const { getSourceLine, isNativeError } = internalBinding('util');
const { writeStderr, reallyExit } = internalBinding('process');
const options = internalBinding('options');

function setup(process) {
  process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
    if (fn !== null && typeof fn !== 'function') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
    }
    captureCallback = fn;
  };
  process.hasUncaughtExceptionCaptureCallback = () => captureCallback !== null;
}

let captureCallback = null;

function isErrorLike(err) {
  return err !== null && typeof err === 'object' && (isNativeError(err) || err instanceof Error);
}

// Where to point the report: the compile position of a syntax error, the
// `throw` (throwSite, "file:line:column"), or where the error was created.
function siteOf(err, throwSite) {
  const compiled = require('internal/syntax_errors').positionOf(err);
  if (compiled !== undefined) return compiled;
  if (typeof throwSite === 'string') {
    const m = /^(.*):(\d+):(\d+)$/.exec(throwSite);
    if (m) return filePosition(m[1], +m[2], +m[3]);
  }
  if (isErrorLike(err)) {
    try {
      const frames = userFrames(err.stack, true);
      if (frames.length > 0) return frames[0];
    } catch {}
  }
  return undefined;
}

// "file:line\nsource line\n    ^\n" for the site of `err`; for a site in
// a builtin, its line of runnel's builtin source (as node quotes its own).
function arrowMessage(site) {
  if (site === undefined || site.line === 0) return '';
  if (site.quote === false) return '\n';
  const source = getSourceLine(site.file, site.line);
  if (source === undefined) return site.file.startsWith('node:') ? '\n' : '';
  // Boa positions a throw at its operand; V8's caret sits on `throw`.
  let column = site.column;
  const before = source.slice(0, column - 1);
  const at = before.lastIndexOf('throw');
  if (at !== -1 && /^\s+$/.test(before.slice(at + 5))) column = at + 1;
  const shown = require('internal/modules/esm/registry').displayName(site.file);
  return `${shown}:${site.line}\n${source}\n${' '.repeat(Math.max(0, column - 1))}^\n`;
}

// A rejection nothing points at is raised, in node, inside its promise
// machinery: the report shows (node's own) source there.
// (There is no such line in runnel's sources: nothing is quoted.)
const kRejectionSite = { file: 'node:internal/process/promises', line: 1, column: 1, quote: false };

function formatFatal(err, throwSite, fromPromise) {
  const { inspect } = require('internal/util/inspect');
  // As node's fatal report: the plain object (no custom inspect function,
  // e.g. AssertionError's shallow view), at least 5 levels deep.
  const inspectOptions = { customInspect: false, depth: Math.max(inspect.defaultOptions.depth, 5) };
  const arrow = require('internal/syntax_errors').isDecorated(err) ? ''
    : arrowMessage(siteOf(err, throwSite) ?? (fromPromise ? kRejectionSite : undefined));
  enhanceStack(err);
  // Only real errors (with the engine's error data) get the blank line
  // after the arrow; an object that merely inherits from Error.prototype
  // (a DOMException) is printed like any other thrown object.
  if (err !== null && typeof err === 'object' && isNativeError(err)) {
    let body;
    try { body = inspect(err, inspectOptions); } catch { body = String(err); }
    return `${arrow}${arrow && arrow !== '\n' ? '\n' : ''}${body}\n`;
  }
  // A thrown non-error: Node prints it bare after the arrow.
  let body;
  if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
    try { body = inspect(err, inspectOptions); } catch { body = '[object]'; }
    return `\n${arrow}${body}\n`;
  }
  const hint = options.traceUncaught === 'true' ? ''
    : `\n(Use \`${String(process.argv0 || 'node').replace(/^.*\//, '')} --trace-uncaught ...\` to show where the exception was thrown)`;
  return `\n${arrow}${typeof err === 'symbol' ? err.toString() : String(err)}${hint}\n`;
}

// An error may say how to tell more about itself when it ends the process
// (events: where an unhandled 'error' event was emitted).
function enhanceStack(err) {
  if (err === null || typeof err !== 'object') return;
  try {
    const { kEnhanceStackBeforeInspector } = require('internal/errors');
    if (typeof err[kEnhanceStackBeforeInspector] === 'function') {
      err.stack = err[kEnhanceStackBeforeInspector]();
    }
  } catch {
    // Only the report's detail is lost.
  }
}

function printFatal(err, throwSite, fromPromise = false) {
  let text;
  try { text = formatFatal(err, throwSite, fromPromise); } catch { text = `${String(err)}\n`; }
  writeStderr(`${text}\nNode.js ${process.version}\n`);
}

function onUncaught(err, throwSite, fromPromise = false) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (captureCallback !== null) {
    captureCallback(err);
    return;
  }
  process.emit('uncaughtExceptionMonitor', err, origin);
  if (process.listenerCount('uncaughtException') > 0) {
    try {
      process.emit('uncaughtException', err, origin);
      // As Node does: make sure the next loop iteration is not empty, so
      // ticks and microtasks cut short by the exception get to run.
      require('timers').setImmediate(() => {});
      return;
    } catch (inner) {
      // A throwing handler ends the process at once: no 'exit' event.
      printFatal(inner);
      reallyExit(7);
    }
  }
  // As node does: 'exit' listeners run first (what they throw is ignored),
  // then the report; the exit code is 1 unless a listener set another.
  if (!process._exiting) {
    process._exiting = true;
    process.exitCode = 1;
    try {
      process.emit('exit', 1);
    } catch {
      // Nothing more can be reported.
    }
  }
  printFatal(err, throwSite, fromPromise);
  const code = process.exitCode;
  reallyExit(code === undefined ? 1 : +code | 0);
}

// Called by the loop when it runs out of work.
function emitBeforeExit() {
  if (process._exiting) return;
  const code = process.exitCode === undefined ? 0 : process.exitCode;
  process.emit('beforeExit', +code | 0);
}

// Called by the host after the loop ended naturally.
function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  return process.exitCode === undefined ? 0 : +process.exitCode | 0;
}

module.exports = { setup, onUncaught, emitBeforeExit, emitExit, printFatal };

'use strict';
// assert.ok / assert(): a falsy value without a message of the caller's is
// reported with the expression the script wrote, as node does:
//
//   The expression evaluated to a falsy value:
//
//     assert.ok(typeof x === 'string')
//
// The call site comes from the stack (the frame above the assertion), its
// text from the engine's parser over the module's source (the `call_site`
// binding). Node re-reads the file; code it cannot read back (eval, `-e`,
// stdin, Function()) gets the plain "<value> == true" message instead.

const AssertionError = require('internal/assert/assertion_error');
const { userFrames } = require('internal/errors_stack');

// "file line column" -> message (or undefined), per call site.
const errorCache = new Map();

// Control characters other than \n and \t are escaped, keeping the
// expression's lines and indentation.
// eslint-disable-next-line no-control-regex
const escapeSequencesRegExp = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
const meta = [
  '\\u0000', '\\u0001', '\\u0002', '\\u0003', '\\u0004',
  '\\u0005', '\\u0006', '\\u0007', '\\b', '',
  '', '\\u000b', '\\f', '', '\\u000e',
  '\\u000f', '\\u0010', '\\u0011', '\\u0012', '\\u0013',
  '\\u0014', '\\u0015', '\\u0016', '\\u0017', '\\u0018',
  '\\u0019', '\\u001a', '\\u001b', '\\u001c', '\\u001d',
  '\\u001e', '\\u001f',
];
const escapeFn = (str) => meta[str.charCodeAt(0)];

// The frame that called `fn` (an assertion function): { file, line, column }.
function callSiteOf(fn) {
  // One frame is all it takes, whatever limit the script has set (node
  // asks V8 for one; Boa also lists native frames such as `call`, so a
  // few more are taken).
  const limit = Error.stackTraceLimit;
  const writable = isStackTraceLimitWritable();
  if (writable) Error.stackTraceLimit = 10;
  const holder = {};
  try {
    Error.captureStackTrace(holder, fn);
  } finally {
    if (writable) Error.stackTraceLimit = limit;
  }
  return userFrames(holder.stack, true)[0];
}

function isStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

function getErrMessage(message, fn) {
  const call = callSiteOf(fn);
  if (call === undefined) {
    // Node reads the frame unguarded: with a limit of 0 it cannot change,
    // there is none, and reading it throws.
    if (!isStackTraceLimitWritable() && !(Error.stackTraceLimit > 0)) {
      throw new TypeError("Cannot read properties of undefined (reading 'getFileName')");
    }
    return message;
  }
  const { file, line, column } = call;
  // Only code node could read back from its file.
  if (file.startsWith('node:') || !file.startsWith('/')) return undefined;

  const identifier = `${file}${line}${column}`;
  if (errorCache.has(identifier)) return errorCache.get(identifier);

  const kind = require('internal/modules/esm/registry').isLoadedAsModule(file) ? 'module' : 'commonjs';
  const found = internalBinding('call_site').callExpressionAt(file, kind, line, column);
  if (found === undefined) {
    errorCache.set(identifier, undefined);
    return undefined;
  }
  const [start, code] = found;
  message = code.replace(escapeSequencesRegExp, escapeFn);
  // Continuation lines lose the indentation the call itself had.
  if (message.includes('\n')) {
    const lines = message.split('\n');
    message = lines.shift();
    for (const text of lines) {
      let pos = 0;
      while (pos < start && (text[pos] === ' ' || text[pos] === '\t')) {
        pos++;
      }
      message += `\n  ${text.slice(pos)}`;
    }
  }
  message = `The expression evaluated to a falsy value:\n\n  ${message}\n`;
  errorCache.set(identifier, message);
  return message;
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(message, fn);
    } else if (message instanceof Error) {
      throw message;
    }
    const err = new AssertionError({
      actual: value,
      expected: true,
      message,
      operator: '==',
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

module.exports = {
  innerOk,
};

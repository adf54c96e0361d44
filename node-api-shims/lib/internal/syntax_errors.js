'use strict';
// Syntax errors as Node reports them.
//
// Boa's parser says where it stopped in its message ("... at line 3,
// col 11") and words things its own way. For a module that fails to
// compile, Node prints the offending line with a caret and V8's wording
// ("Unexpected token ';'"). This module turns the one into the other and
// remembers the position for the fatal-error report.

const { filePosition } = require('internal/errors_stack');

const positions = new WeakMap();

// Boa message (without position) -> V8 message, for the common cases.
function v8Message(message) {
  let m;
  if ((m = /^unexpected token '(.+?)'/.exec(message))) return `Unexpected token '${m[1]}'`;
  if ((m = /^expected (?:token|one of) .*?, got '(.+?)'/.exec(message))) return `Unexpected token '${m[1]}'`;
  if (/end of (?:input|file)|abrupt end/i.test(message)) return 'Unexpected end of input';
  if (/^unterminated string literal|numeric literal must not be followed|invalid character/i.test(message)) {
    return 'Invalid or unexpected token';
  }
  if ((m = /^'(\w+)' is disallowed as a lexically bound name/.exec(message))) {
    return `${m[1]} is disallowed as a lexically bound name`;
  }
  return message;
}

// Rewrites a SyntaxError thrown while compiling `filename` in place.
function decorate(err, filename) {
  if (!(err instanceof SyntaxError)) return err;
  const m = /^(.*) at line (\d+), col (\d+)$/s.exec(err.message);
  let message = err.message;
  if (m) {
    message = m[1];
    positions.set(err, filePosition(filename, +m[2], +m[3]));
  } else if (/end of (?:input|file)/i.test(message)) {
    positions.set(err, { file: filename, line: 0, column: 0 });
  }
  err.message = v8Message(message);
  // The stack was not read yet: its first line will use the new message.
  return err;
}

// The source position recorded for a compile error, if any.
function positionOf(err) {
  return err !== null && typeof err === 'object' ? positions.get(err) : undefined;
}

// Where the fatal-error report of `err` points, when not at its throw
// (an error thrown inside the loaders on behalf of the user's require).
function setPosition(err, position) {
  positions.set(err, position);
}

// Errors whose stack already starts with the "file:line, source line,
// carets" header (Node's decorated link errors): the report prints the
// stack as it is, adding no header of its own.
const decorated = new WeakSet();
function markDecorated(err) {
  decorated.add(err);
}
function isDecorated(err) {
  return err !== null && typeof err === 'object' && decorated.has(err);
}

module.exports = { decorate, positionOf, setPosition, markDecorated, isDecorated, v8Message };

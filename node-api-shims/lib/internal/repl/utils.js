'use strict';
// What the REPL asks about the text it was given before running it: is it
// an object literal written at the start of a line (`{ a: 1 }`), does it
// parse, and, when it does not, could more lines complete it. Node asks
// acorn; runnel asks Boa's own parser (internalBinding('contextify')),
// which reports reaching the end of the input as its own kind of error.

const { isRecoverable, isValidSyntax: parses } = internalBinding('contextify');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');
// Marks the options of the REPL the `node` command starts.
const kStandaloneREPL = Symbol('kStandaloneREPL');

// Whether `code`, which did not compile with `err`, only stopped too early:
// an unclosed bracket or block, template, comment, or a string continued
// with a backslash. The REPL then waits for more lines.
function isRecoverableError(err, code) {
  // Input starting with `{` is tried as an expression first (see
  // isObjectLiteral): an unfinished object literal is recoverable too.
  if (/^\s*\{/.test(code) && isRecoverable(`(${code}`)) return true;
  return isRecoverable(code);
}

// Whether `input` is valid source, as a program or as the right side of
// an assignment (an object literal that is no valid block, `{ a: 1, b: 2 }`).
function isValidSyntax(input) {
  return parses(input) || parses(`_=${input}`);
}

// Input such as `{ a: 1 }` would run as a block holding a label: the REPL
// reads text starting with `{` and not ending with `;` as an expression.
function isObjectLiteral(code) {
  return /^\s*{/.test(code) && !/;\s*$/.test(code);
}

module.exports = {
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  kStandaloneREPL,
  isRecoverableError,
  isValidSyntax,
  isObjectLiteral,
};

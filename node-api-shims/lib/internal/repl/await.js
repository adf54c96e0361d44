'use strict';
// Top-level `await` in the REPL: input that awaits outside any function
// is rewritten into an async arrow function whose declarations stay
// visible afterwards (the rewriting is Rust, on Boa's syntax tree: see
// `processTopLevelAwait` in src/bindings/contextify.rs).

const { processTopLevelAwait: rewrite } = internalBinding('contextify');

const kPrefixLength = '(async () => { '.length;

// The rewritten source, or null to run `src` as it is. A syntax error
// after the first `await` is thrown, shaped like V8's (the line and a
// caret); an unterminated literal as a Recoverable one (more lines may
// end it).
function processTopLevelAwait(src) {
  const result = rewrite(src);
  if (!Array.isArray(result)) return result;
  const [boaMessage, line, column, index, unterminated] = result;
  const { v8Message } = require('internal/syntax_errors');
  const message = v8Message(boaMessage.replace(/ at line \d+, col \d+$/, ''));
  if (unterminated) {
    const { Recoverable } = require('repl');
    throw new Recoverable(new SyntaxError(message));
  }
  // An error before the first await is the script's own: running the
  // input as written reports it.
  const awaitPos = src.indexOf('await');
  const errPos = index - kPrefixLength;
  if (awaitPos > errPos) return null;
  // An `await` used as an identifier, where the error comes right after
  // it: running the input as written reports the real problem.
  if (errPos === awaitPos + 6 && message.includes('Expecting Unicode escape sequence')) return null;
  if (errPos === awaitPos + 7 && message.includes('Unexpected token')) return null;
  const shownColumn = line === 1 ? column - kPrefixLength : column;
  const sourceLine = src.split('\n')[line - 1] ?? '';
  throw new SyntaxError(`\n${sourceLine}\n${' '.repeat(Math.max(0, shownColumn))}^\n\n${message}`);
}

module.exports = { processTopLevelAwait };

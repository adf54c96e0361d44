'use strict';
// `require('readline/promises')`: the readline Interface whose question()
// returns a promise (rejected with an AbortError when options.signal
// aborts, or when ctrl+c / ctrl+d closes the interface meanwhile) and whose
// completer may return a promise; and the Readline class, which batches
// cursor movements for a writable.

const { Readline } = require('internal/readline/promises');
const {
  Interface: _Interface,
  kQuestion,
  kQuestionCancel,
  kQuestionReject,
} = require('internal/readline/interface');
const { AbortError, validateAbortSignal } = require('internal/errors');
const { addAbortListener } = require('events');

const kEmptyObject = Object.freeze({ __proto__: null });
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

class Interface extends _Interface {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = kEmptyObject) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (options?.signal) {
        validateAbortSignal(options.signal, 'options.signal');
        if (options.signal.aborted) {
          return reject(new AbortError(undefined, { cause: options.signal.reason }));
        }
        const disposable = addAbortListener(options.signal, () => {
          this[kQuestionCancel]();
          reject(new AbortError(undefined, { cause: options.signal.reason }));
        });
        cb = (answer) => {
          disposable[SymbolDispose]();
          resolve(answer);
        };
      }
      this[kQuestionReject] = reject;
      this[kQuestion](query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  Readline,
  createInterface,
};

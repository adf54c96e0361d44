'use strict';
// `require('readline')`: line-by-line reading of a stream and a terminal
// line editor (the Interface lives in internal/readline/interface), plus
// emitKeypressEvents and the cursor helpers. This is the callback API:
// `readline.Interface` may be called without `new`, its completer takes a
// callback (a completer of one parameter is wrapped), question() answers
// through a callback (and util.promisify(rl.question) works), and the
// editor's internals carry their historical underscore names
// (rl._ttyWrite, rl._refreshLine, ...) which subclasses such as repl
// override: the internal symbol-keyed methods go through those names.

const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const promises = require('readline/promises');
const { AbortError, validateAbortSignal } = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { addAbortListener } = require('events');

const {
  Interface: _Interface,
  InterfaceConstructor,
  kAddHistory,
  kDecoder,
  kDeleteLeft,
  kDeleteLineLeft,
  kDeleteLineRight,
  kDeleteRight,
  kDeleteWordLeft,
  kDeleteWordRight,
  kGetDisplayPos,
  kHistoryNext,
  kHistoryPrev,
  kInsertString,
  kLine,
  kLine_buffer,
  kMoveCursor,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPreviousKey,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kRefreshLine,
  kSawKeyPress,
  kSawReturnAt,
  kSetRawMode,
  kTabComplete,
  kTabCompleter,
  kTtyWrite,
  kWordLeft,
  kWordRight,
  kWriteToOutput,
} = require('internal/readline/interface');

const kEmptyObject = Object.freeze({ __proto__: null });
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
// Coerces `this` as the builtin does (a non-string rl.line), as node's primordial.
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }

  // A completer that does not take (line, callback) returns its answer:
  // adapt it to the callback form. (An options object is changed in place,
  // as node does.)
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const { completer: syncCompleter } = input;
    input.completer = (v, cb) => cb(null, syncCompleter(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const syncCompleter = completer;
    completer = (v, cb) => cb(null, syncCompleter(v));
  }

  InterfaceConstructor.call(this, input, output, completer, terminal);

  // A dumb terminal gets no line editing.
  if (process.env.TERM === 'dumb') this._ttyWrite = ttyWriteDumb.bind(this);
}

Object.setPrototypeOf(Interface.prototype, _Interface.prototype);
Object.setPrototypeOf(Interface, _Interface);

// rl.question(query[, options], cb): cb(answer) gets the next line. With an
// options.signal, aborting cancels the question (cb is never called).
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kEmptyObject;

  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const disposable = addAbortListener(options.signal, () => this[kQuestionCancel]());
    const originalCb = cb;
    cb = typeof cb === 'function' ?
      (answer) => {
        disposable[SymbolDispose]();
        return originalCb(answer);
      } :
      disposable[SymbolDispose];
  }

  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question): a promise of the answer, rejected with an
// AbortError when options.signal aborts.
Interface.prototype.question[kCustomPromisify] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kEmptyObject;
  if (options.signal && options.signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: options.signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (options.signal) {
      const disposable = addAbortListener(options.signal, () => {
        reject(new AbortError(undefined, { cause: options.signal.reason }));
      });
      cb = (answer) => {
        disposable[SymbolDispose]();
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// The editor's methods under their public underscore names. The internal
// code calls them by symbol; on this prototype each symbol is a getter
// returning the underscore method, so an override of `_ttyWrite` (on the
// prototype of a subclass or on an instance) is what runs.
const underscoreMethods = [
  ['_setRawMode', kSetRawMode],
  ['_onLine', kOnLine],
  ['_writeToOutput', kWriteToOutput],
  ['_addHistory', kAddHistory],
  ['_refreshLine', kRefreshLine],
  ['_normalWrite', kNormalWrite],
  ['_insertString', kInsertString],
  ['_tabComplete', kTabComplete],
  ['_wordLeft', kWordLeft],
  ['_wordRight', kWordRight],
  ['_deleteLeft', kDeleteLeft],
  ['_deleteRight', kDeleteRight],
  ['_deleteWordLeft', kDeleteWordLeft],
  ['_deleteWordRight', kDeleteWordRight],
  ['_deleteLineLeft', kDeleteLineLeft],
  ['_deleteLineRight', kDeleteLineRight],
  ['_line', kLine],
  ['_historyNext', kHistoryNext],
  ['_historyPrev', kHistoryPrev],
  ['_getDisplayPos', kGetDisplayPos],
  ['_moveCursor', kMoveCursor],
  ['_ttyWrite', kTtyWrite],
];

// Internal state under its old underscore names, read and written through.
const underscoreState = [
  ['_decoder', kDecoder],
  ['_line_buffer', kLine_buffer],
  ['_oldPrompt', kOldPrompt],
  ['_previousKey', kPreviousKey],
  ['_prompt', kPrompt],
  ['_questionCallback', kQuestionCallback],
  ['_sawKeyPress', kSawKeyPress],
  ['_sawReturnAt', kSawReturnAt],
];

const descriptors = { __proto__: null };
for (const [name, symbol] of underscoreMethods) {
  descriptors[symbol] = { __proto__: null, get() { return this[name]; } };
}
for (const [name, symbol] of underscoreState) {
  descriptors[name] = {
    __proto__: null,
    get() { return this[symbol]; },
    set(value) { this[symbol] = value; },
  };
}
Object.defineProperties(Interface.prototype, descriptors);

for (const [name, symbol] of underscoreMethods) {
  Interface.prototype[name] = _Interface.prototype[symbol];
}
Interface.prototype._getCursorPos = _Interface.prototype.getCursorPos;

// The callback API's completer is (line, callback(err, [completions, on])).
Interface.prototype._tabComplete = function(lastKeypressWasTab) {
  this.pause();
  const string = StringPrototypeSlice(this.line, 0, this.cursor);
  this.completer(string, (err, value) => {
    this.resume();
    if (err) {
      this._writeToOutput(`Tab completion error: ${inspect(err)}`);
      return;
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  });
};

// Keypresses when TERM=dumb: no editing, no redrawing; text is echoed as
// typed and enter ends the line.
function ttyWriteDumb(s, key) {
  key = key || kEmptyObject;

  if (key.name === 'escape') return;

  if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;

  if (key.ctrl) {
    if (key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) {
        this.emit('SIGINT');
      } else {
        this.close();
      }
      return;
    } else if (key.name === 'd') {
      this.close();
      return;
    }
  }

  switch (key.name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      break;
    case 'enter':
      if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
        this._line();
      }
      this[kSawReturnAt] = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
  promises,
};

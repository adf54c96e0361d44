'use strict';
// internal/readline/interface: the readline Interface shared by `readline`
// (callback API) and `readline/promises`. It reads an input stream line by
// line and, in terminal mode, is a line editor: it turns keypresses into
// edits of `line` at `cursor` (emacs-style keys, history, kill ring,
// undo/redo, tab completion) and redraws the prompt line on `output` with
// the same control sequences as node (so a terminal, or a test recording
// the output, sees byte-identical output).
//
// Methods are keyed by symbols; `readline` re-exposes them under node's
// historical underscore names (_ttyWrite, _refreshLine, ...), which repl
// and userland code override.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
  validateAbortSignal,
  validateArray,
  validateNumber,
  validateString,
  validateUint32,
} = require('internal/errors');
const { inspect, getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');
const EventEmitter = require('events');
const {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  kSubstringSearch,
} = require('internal/readline/utils');
const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { StringDecoder } = require('string_decoder');

// Uncurried builtins (node's primordials): they coerce `this` as the
// builtins do, so a number in `history` or a non-string `line` behaves as
// in node, and a script patching String.prototype does not reach in here.
const uncurry = (fn) => Function.prototype.call.bind(fn);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeStartsWith = uncurry(String.prototype.startsWith);
const StringPrototypeEndsWith = uncurry(String.prototype.endsWith);
const StringPrototypeCodePointAt = uncurry(String.prototype.codePointAt);
const StringPrototypeTrim = uncurry(String.prototype.trim);
const ArrayPrototypeIndexOf = uncurry(Array.prototype.indexOf);
const ArrayPrototypeSplice = uncurry(Array.prototype.splice);
const ArrayPrototypeUnshift = uncurry(Array.prototype.unshift);
const ArrayPrototypePop = uncurry(Array.prototype.pop);
const ArrayPrototypeFilter = uncurry(Array.prototype.filter);
const ArrayPrototypeMap = uncurry(Array.prototype.map);

let emitKeypressEvents;
let kFirstEventParam;

const kEmptyObject = Object.freeze({ __proto__: null });
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

const kHistorySize = 30;
const kMaxUndoRedoStackSize = 2048;
const kMincrlfDelay = 100;
// A line ends with \r\n, \n, or a \r not followed by \n.
const lineEnding = /\r?\n|\r(?!\n)/g;

// GNU readline's keyseq-timeout default.
const ESCAPE_CODE_TIMEOUT = 500;
const kMaxLengthOfKillRing = 32;

const kLineObjectStream = Symbol('line object stream');
const kQuestionCancel = Symbol('kQuestionCancel');
const kQuestion = Symbol('kQuestion');

const kAddHistory = Symbol('_addHistory');
const kBeforeEdit = Symbol('_beforeEdit');
const kDecoder = Symbol('_decoder');
const kDeleteLeft = Symbol('_deleteLeft');
const kDeleteLineLeft = Symbol('_deleteLineLeft');
const kDeleteLineRight = Symbol('_deleteLineRight');
const kDeleteRight = Symbol('_deleteRight');
const kDeleteWordLeft = Symbol('_deleteWordLeft');
const kDeleteWordRight = Symbol('_deleteWordRight');
const kGetDisplayPos = Symbol('_getDisplayPos');
const kHistoryNext = Symbol('_historyNext');
const kHistoryPrev = Symbol('_historyPrev');
const kInsertString = Symbol('_insertString');
const kLine = Symbol('_line');
const kLine_buffer = Symbol('_line_buffer');
const kKillRing = Symbol('_killRing');
const kKillRingCursor = Symbol('_killRingCursor');
const kMoveCursor = Symbol('_moveCursor');
const kNormalWrite = Symbol('_normalWrite');
const kOldPrompt = Symbol('_oldPrompt');
const kOnLine = Symbol('_onLine');
const kPreviousKey = Symbol('_previousKey');
const kPrompt = Symbol('_prompt');
const kPushToKillRing = Symbol('_pushToKillRing');
const kPushToUndoStack = Symbol('_pushToUndoStack');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionReject = Symbol('_questionReject');
const kRedo = Symbol('_redo');
const kRedoStack = Symbol('_redoStack');
const kRefreshLine = Symbol('_refreshLine');
const kSawKeyPress = Symbol('_sawKeyPress');
const kSawReturnAt = Symbol('_sawReturnAt');
const kSetRawMode = Symbol('_setRawMode');
const kTabComplete = Symbol('_tabComplete');
const kTabCompleter = Symbol('_tabCompleter');
const kTtyWrite = Symbol('_ttyWrite');
const kUndo = Symbol('_undo');
const kUndoStack = Symbol('_undoStack');
const kWordLeft = Symbol('_wordLeft');
const kWordRight = Symbol('_wordRight');
const kWriteToOutput = Symbol('_writeToOutput');
const kYank = Symbol('_yank');
const kYanking = Symbol('_yanking');
const kYankPop = Symbol('_yankPop');

// A word before / after the cursor, as the word motions and deletions see
// it. The text before the cursor is searched reversed, so the match is
// anchored (no quadratic scan from the start of a long line).
const wordBefore = /^\s*(?:[^\w\s]+|\w+)?/;
const wordAfter = /^(?:\s+|[^\w\s]+|\w+)\s*/;
const deletableWordAfter = /^(?:\s+|\W+|\w+)\s*/;

function reverseString(str) {
  return Array.from(str).reverse().join('');
}

// The constructor proper, written as a function so that the legacy
// `readline.Interface` (callable without `new`) can run it on its own
// object. Arguments are (input, output, completer, terminal) or one
// options object with `input` set.
function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  // Completion is suspended while a pasted chunk is being fed in.
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;

  EventEmitter.call(this);

  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;

  if (input?.input) {
    const options = input;
    output = options.output;
    completer = options.completer;
    terminal = options.terminal;
    history = options.history;
    historySize = options.historySize;
    signal = options.signal;
    if (options.tabSize !== undefined) {
      validateUint32(options.tabSize, 'tabSize', true);
      this.tabSize = options.tabSize;
    }
    removeHistoryDuplicates = options.removeHistoryDuplicates;
    if (options.prompt !== undefined) prompt = options.prompt;
    if (options.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(options.escapeCodeTimeout)) {
        // Node reports the default value here, not the one given.
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
      this.escapeCodeTimeout = options.escapeCodeTimeout;
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = options.crlfDelay;
    input = options.input;
  }

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }

  if (history === undefined) history = [];
  else validateArray(history, 'history');
  if (historySize === undefined) historySize = kHistorySize;
  validateNumber(historySize, 'historySize', 0);

  // Without an explicit `terminal`, an output that is a TTY makes one.
  if (terminal === undefined && !(output === null || output === undefined)) {
    terminal = !!output.isTTY;
  }

  const self = this;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = output;
  this.input = input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;

  // The kill ring: text removed by ctrl+u/ctrl+k, newest first, for
  // ctrl+y (yank) and meta+y (cycle through older kills), as in emacs.
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;

  this.removeHistoryDuplicates = !!removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;

  this.setPrompt(prompt);

  this.terminal = !!terminal;

  function onerror(err) {
    self.emit('error', err);
  }

  function ondata(data) {
    self[kNormalWrite](data);
  }

  // The end of the input delivers an unterminated last line, then closes.
  function onend() {
    if (typeof self[kLine_buffer] === 'string' && self[kLine_buffer].length > 0) {
      self.emit('line', self[kLine_buffer]);
    }
    self.close();
  }

  function ontermend() {
    if (typeof self.line === 'string' && self.line.length > 0) {
      self.emit('line', self.line);
    }
    self.close();
  }

  function onkeypress(s, key) {
    self[kTtyWrite](s, key);
    if (key && key.sequence) {
      // Half of a surrogate pair was typed: redraw so that the whole
      // character shows once complete.
      const ch = StringPrototypeCodePointAt(key.sequence, 0);
      if (ch >= 0xd800 && ch <= 0xdfff) self[kRefreshLine]();
    }
  }

  function onresize() {
    self[kRefreshLine]();
  }

  this[kLineObjectStream] = undefined;

  input.on('error', onerror);

  if (!this.terminal) {
    input.on('data', ondata);
    input.on('end', onend);
    self.once('close', function onSelfCloseWithoutTerminal() {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    this[kDecoder] = new StringDecoder('utf8');
  } else {
    emitKeypressEvents ??= require('internal/readline/emitKeypressEvents');
    emitKeypressEvents(input, this);

    input.on('keypress', onkeypress);
    input.on('end', ontermend);

    this[kSetRawMode](true);
    this.terminal = true;

    // Cursor position within `line`, in UTF-16 units.
    this.cursor = 0;
    this.historyIndex = -1;

    if (output !== null && output !== undefined) output.on('resize', onresize);

    self.once('close', function onSelfCloseWithTerminal() {
      input.removeListener('keypress', onkeypress);
      input.removeListener('error', onerror);
      input.removeListener('end', ontermend);
      if (output !== null && output !== undefined) {
        output.removeListener('resize', onresize);
      }
    });
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      self.once('close', disposable[SymbolDispose]);
    }
  }

  this.line = '';

  input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  // eslint-disable-next-line no-useless-constructor
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  // Returns whether the input was in raw mode before.
  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  // Writes the prompt (in terminal mode: redraws the whole line, cursor at
  // its start unless preserveCursor).
  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  // Shows `query` as the prompt; the next line goes to cb instead of
  // 'line'. While a question is pending, another one only re-prompts.
  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kBeforeEdit](oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) {
      this.output.write(stringToWrite);
    }
  }

  // Records the current line in the history (newest first) and returns
  // the line to deliver: a 'history' listener may have changed it.
  [kAddHistory]() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (StringPrototypeTrim(this.line).length === 0) return this.line;

    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dupIndex = ArrayPrototypeIndexOf(this.history, this.line);
        if (dupIndex !== -1) ArrayPrototypeSplice(this.history, dupIndex, 1);
      }
      ArrayPrototypeUnshift(this.history, this.line);
      if (this.history.length > this.historySize) ArrayPrototypePop(this.history);
    }

    this.historyIndex = -1;
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  }

  // Redraws prompt + line: up to the line's first row, to column 0, clear
  // to the end of the screen, write, then put the cursor back.
  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const dispPos = this[kGetDisplayPos](line);
    const lineCols = dispPos.cols;
    const lineRows = dispPos.rows;

    const cursorPos = this.getCursorPos();

    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);

    cursorTo(this.output, 0);
    clearScreenDown(this.output);

    this[kWriteToOutput](line);

    // A line that exactly fills its last row: make the terminal wrap now.
    if (lineCols === 0) this[kWriteToOutput](' ');

    cursorTo(this.output, cursorPos.cols);

    const diff = lineRows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);

    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  // Feeds data as if it came from the input: in terminal mode `key`
  // describes the key (as a 'keypress' would).
  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) {
      this[kTtyWrite](d, key);
    } else {
      this[kNormalWrite](d);
    }
  }

  // Non-terminal input: split into lines. A \r at the end of one chunk and
  // a \n at the start of the next (within crlfDelay ms) are one line end.
  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (StringPrototypeCodePointAt(string, 0) === 10) string = StringPrototypeSlice(string, 1);
      this[kSawReturnAt] = 0;
    }

    // Look for a line end in the new chunk only, not in the whole buffer.
    lineEnding.lastIndex = 0;
    let match = lineEnding.exec(string);
    if (match !== null) {
      if (this[kLine_buffer]) {
        string = this[kLine_buffer] + string;
        this[kLine_buffer] = null;
        lineEnding.lastIndex = 0;
        match = lineEnding.exec(string);
      }
      this[kSawReturnAt] = StringPrototypeEndsWith(string, '\r') ? Date.now() : 0;

      // Boundaries: start of line, end of line, start of the next, ...
      const bounds = [0, match.index, lineEnding.lastIndex];
      while ((match = lineEnding.exec(string)) !== null) {
        bounds.push(match.index, lineEnding.lastIndex);
      }
      const last = bounds.length - 1;
      // What follows the last line end waits for the next chunk.
      this[kLine_buffer] = StringPrototypeSlice(string, bounds[last]);
      for (let i = 1; i < last; i += 2) {
        this[kOnLine](StringPrototypeSlice(string, bounds[i - 1], bounds[i]));
      }
    } else if (string) {
      if (this[kLine_buffer]) this[kLine_buffer] += string;
      else this[kLine_buffer] = string;
    }
  }

  [kInsertString](c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      // Part of a paste: append without redrawing.
      this.line += c;
      this.cursor += c.length;
      this[kWriteToOutput](c);
      return;
    }
    if (this.cursor < this.line.length) {
      const beg = StringPrototypeSlice(this.line, 0, this.cursor);
      const end = StringPrototypeSlice(this.line, this.cursor, this.line.length);
      this.line = beg + c + end;
      this.cursor += c.length;
      this[kRefreshLine]();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) {
        this[kRefreshLine]();
      } else {
        this[kWriteToOutput](c);
      }
    }
  }

  // The completer of readline/promises returns [completions, completeOn]
  // or a promise of it. (readline's callback form replaces this method.)
  async [kTabComplete](lastKeypressWasTab) {
    this.pause();
    const string = StringPrototypeSlice(this.line, 0, this.cursor);
    let value;
    try {
      value = await this.completer(string);
    } catch (err) {
      this[kWriteToOutput](`Tab completion error: ${inspect(err)}`);
      return;
    } finally {
      this.resume();
    }
    this[kTabCompleter](lastKeypressWasTab, value);
  }

  // Applies a completer's answer: insert the candidates' common prefix if
  // that adds something; otherwise, on a second tab, list the candidates
  // in columns ('' entries separate groups) and redraw the line.
  [kTabCompleter](lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;

    const prefix = commonPrefix(ArrayPrototypeFilter(completions, (e) => e !== ''));
    if (StringPrototypeStartsWith(prefix, completeOn) && prefix.length > completeOn.length) {
      this[kInsertString](StringPrototypeSlice(prefix, completeOn.length));
      return;
    } else if (!StringPrototypeStartsWith(completeOn, prefix)) {
      this.line = StringPrototypeSlice(this.line, 0, this.cursor - completeOn.length) +
        prefix + StringPrototypeSlice(this.line, this.cursor, this.line.length);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this[kRefreshLine]();
      return;
    }

    if (!lastKeypressWasTab) return;

    this[kBeforeEdit](this.line, this.cursor);

    const widths = ArrayPrototypeMap(completions, (e) => getStringWidth(e));
    const width = Math.max(...widths) + 2; // two spaces between columns
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let output = '\r\n';
    let column = 0;
    let padding = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || column === maxColumns) {
        output += '\r\n';
        column = 0;
        padding = 0;
      } else {
        output += ' '.repeat(padding);
      }
      if (completion !== '') {
        output += completion;
        padding = width - widths[i];
        column++;
      } else {
        output += '\r\n';
      }
    }
    if (column !== 0) output += '\r\n\r\n';
    this[kWriteToOutput](output);
    this[kRefreshLine]();
  }

  [kWordLeft]() {
    if (this.cursor > 0) {
      const match = wordBefore.exec(reverseString(StringPrototypeSlice(this.line, 0, this.cursor)));
      this[kMoveCursor](-match[0].length);
    }
  }

  [kWordRight]() {
    if (this.cursor < this.line.length) {
      const match = wordAfter.exec(StringPrototypeSlice(this.line, this.cursor));
      this[kMoveCursor](match[0].length);
    }
  }

  [kDeleteLeft]() {
    if (this.cursor > 0 && this.line.length > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const charSize = charLengthLeft(this.line, this.cursor);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor - charSize) +
        StringPrototypeSlice(this.line, this.cursor, this.line.length);
      this.cursor -= charSize;
      this[kRefreshLine]();
    }
  }

  [kDeleteRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const charSize = charLengthAt(this.line, this.cursor);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor) +
        StringPrototypeSlice(this.line, this.cursor + charSize, this.line.length);
      this[kRefreshLine]();
    }
  }

  [kDeleteWordLeft]() {
    if (this.cursor > 0) {
      this[kBeforeEdit](this.line, this.cursor);
      let leading = StringPrototypeSlice(this.line, 0, this.cursor);
      const match = wordBefore.exec(reverseString(leading));
      leading = StringPrototypeSlice(leading, 0, leading.length - match[0].length);
      this.line = leading + StringPrototypeSlice(this.line, this.cursor, this.line.length);
      this.cursor = leading.length;
      this[kRefreshLine]();
    }
  }

  [kDeleteWordRight]() {
    if (this.cursor < this.line.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const trailing = StringPrototypeSlice(this.line, this.cursor);
      const match = deletableWordAfter.exec(trailing);
      this.line = StringPrototypeSlice(this.line, 0, this.cursor) + StringPrototypeSlice(trailing, match[0].length);
      this[kRefreshLine]();
    }
  }

  [kDeleteLineLeft]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = StringPrototypeSlice(this.line, 0, this.cursor);
    this.line = StringPrototypeSlice(this.line, this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  }

  [kDeleteLineRight]() {
    this[kBeforeEdit](this.line, this.cursor);
    const del = StringPrototypeSlice(this.line, this.cursor);
    this.line = StringPrototypeSlice(this.line, 0, this.cursor);
    this[kPushToKillRing](del);
    this[kRefreshLine]();
  }

  [kPushToKillRing](del) {
    if (!del || del === this[kKillRing][0]) return;
    this[kKillRing].unshift(del);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxLengthOfKillRing) this[kKillRing].pop();
  }

  [kYank]() {
    if (this[kKillRing].length > 0) {
      this[kYanking] = true;
      this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
  }

  // meta+y right after a yank: replace the yanked text by the next older kill.
  [kYankPop]() {
    if (!this[kYanking]) return;
    if (this[kKillRing].length > 1) {
      const lastYank = this[kKillRing][this[kKillRingCursor]];
      this[kKillRingCursor]++;
      if (this[kKillRingCursor] >= this[kKillRing].length) this[kKillRingCursor] = 0;
      const currentYank = this[kKillRing][this[kKillRingCursor]];
      const head = StringPrototypeSlice(this.line, 0, this.cursor - lastYank.length);
      const tail = StringPrototypeSlice(this.line, this.cursor);
      this.line = head + currentYank + tail;
      this.cursor = head.length + currentYank.length;
      this[kRefreshLine]();
    }
  }

  // Moves to a new line on the output and forgets the current one.
  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  // Enter: the line is done.
  [kLine]() {
    const line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
  }

  [kPushToUndoStack](text, cursor) {
    if (this[kUndoStack].push({ text, cursor }) > kMaxUndoRedoStackSize) {
      this[kUndoStack].shift();
    }
  }

  [kUndo]() {
    if (this[kUndoStack].length <= 0) return;
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  [kRedo]() {
    if (this[kRedoStack].length <= 0) return;
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    const entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
  }

  // Down / ctrl+n: the next newer history entry that starts with the text
  // that was before the cursor when the search began (and differs from
  // the current line); past the newest, that text itself.
  [kHistoryNext]() {
    if (this.historyIndex >= 0) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 &&
             (!StringPrototypeStartsWith(this.history[index], search) || this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // Up / ctrl+p: the same, towards older entries.
  [kHistoryPrev]() {
    if (this.historyIndex < this.history.length && this.history.length) {
      this[kBeforeEdit](this.line, this.cursor);
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             (!StringPrototypeStartsWith(this.history[index], search) || this.line === this.history[index])) {
        index++;
      }
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this[kRefreshLine]();
    }
  }

  // Row and column just after `str` when written from column 0 on an
  // output `columns` wide (escape sequences take no room, tabs go to the
  // next tab stop, wide characters take two columns and never straddle a
  // row end).
  [kGetDisplayPos](str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        // A newline counts one row even on an empty row or infinite width.
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  // Where the cursor is on the output, relative to the prompt's start.
  getCursorPos() {
    const strBeforeCursor = this[kPrompt] + StringPrototypeSlice(this.line, 0, this.cursor);
    return this[kGetDisplayPos](strBeforeCursor);
  }

  // Moves the cursor dx units (clamped to the line); a move within the
  // same row is a relative cursor move, otherwise the line is redrawn.
  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this[kRefreshLine]();
    }
  }

  // One keypress in terminal mode.
  [kTtyWrite](s, key) {
    const previousKey = this[kPreviousKey];
    key = key || kEmptyObject;
    this[kPreviousKey] = key;

    // Anything but meta+y ends a yank sequence.
    if (!key.meta || key.name !== 'y') this[kYanking] = false;

    // Plain up/down start (or continue) a history search for the text
    // before the cursor; any other key ends it.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this[kSubstringSearch] === null) {
        this[kSubstringSearch] = StringPrototypeSlice(this.line, 0, this.cursor);
      }
    } else if (this[kSubstringSearch] !== null) {
      this[kSubstringSearch] = null;
      // Past the oldest entry without a match: start over next time.
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    // ctrl+_ undoes, ctrl+^ redoes.
    if (typeof key.sequence === 'string') {
      const first = StringPrototypeCodePointAt(key.sequence, 0);
      if (first === 0x1f) {
        this[kUndo]();
        return;
      }
      if (first === 0x1e) {
        this[kRedo]();
        return;
      }
    }

    // The escape key alone does nothing.
    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace':
          this[kDeleteLineLeft]();
          break;
        case 'delete':
          this[kDeleteLineRight]();
          break;
      }
    } else if (key.ctrl) {
      ctrlKey(this, key);
    } else if (key.meta) {
      switch (key.name) {
        case 'b':
          this[kWordLeft]();
          break;
        case 'f':
          this[kWordRight]();
          break;
        case 'd':
        case 'delete':
          this[kDeleteWordRight]();
          break;
        case 'backspace':
          this[kDeleteWordLeft]();
          break;
        case 'y':
          this[kYankPop]();
          break;
      }
    } else {
      plainKey(this, s, key, previousKey);
    }
  }

  // for await (const line of rl): lines as they come, until 'close'. The
  // input is paused while more than 1024 lines wait to be read.
  [Symbol.asyncIterator]() {
    if (this[kLineObjectStream] === undefined) {
      kFirstEventParam ??= require('internal/events/symbols').kFirstEventParam;
      this[kLineObjectStream] = EventEmitter.on(this, 'line', {
        close: ['close'],
        highWaterMark: 1024,
        [kFirstEventParam]: true,
      });
    }
    return this[kLineObjectStream];
  }
}

// ctrl+key in terminal mode (a module function, not a private method:
// legacy readline.Interface objects are not built by the class constructor).
function ctrlKey(self, key) {
  switch (key.name) {
    case 'c':
      if (self.listenerCount('SIGINT') > 0) {
        self.emit('SIGINT');
      } else {
        self.close();
        self[kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
      }
      break;
    case 'h':
      self[kDeleteLeft]();
      break;
    case 'd':
      // On an empty line: end of input. Otherwise delete right.
      if (self.cursor === 0 && self.line.length === 0) {
        self.close();
        self[kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
      } else if (self.cursor < self.line.length) {
        self[kDeleteRight]();
      }
      break;
    case 'u':
      self[kDeleteLineLeft]();
      break;
    case 'k':
      self[kDeleteLineRight]();
      break;
    case 'a':
      self[kMoveCursor](-Infinity);
      break;
    case 'e':
      self[kMoveCursor](+Infinity);
      break;
    case 'b':
      self[kMoveCursor](-charLengthLeft(self.line, self.cursor));
      break;
    case 'f':
      self[kMoveCursor](+charLengthAt(self.line, self.cursor));
      break;
    case 'l':
      // Clear the screen, then redraw the line at the top.
      cursorTo(self.output, 0, 0);
      clearScreenDown(self.output);
      self[kRefreshLine]();
      break;
    case 'n':
      self[kHistoryNext]();
      break;
    case 'p':
      self[kHistoryPrev]();
      break;
    case 'y':
      self[kYank]();
      break;
    case 'z':
      if (process.platform === 'win32') break;
      if (self.listenerCount('SIGTSTP') > 0) {
        self.emit('SIGTSTP');
      } else {
        // Suspend the process like a shell job; on SIGCONT, go back to
        // raw mode and redraw.
        process.once('SIGCONT', () => {
          if (!self.paused) {
            // Pause and resume to pick up SIGINT, SIGTSTP and EOF again.
            self.pause();
            self.emit('SIGCONT');
          }
          self[kSetRawMode](true);
          self[kRefreshLine]();
        });
        self[kSetRawMode](false);
        process.kill(process.pid, 'SIGTSTP');
      }
      break;
    case 'w':
    case 'backspace':
      self[kDeleteWordLeft]();
      break;
    case 'delete':
      self[kDeleteWordRight]();
      break;
    case 'left':
      self[kWordLeft]();
      break;
    case 'right':
      self[kWordRight]();
      break;
  }
}

// A key without modifiers: an editing key, or text to insert.
function plainKey(self, s, key, previousKey) {
  // A \r only matters if a \n comes right after it.
  if (self[kSawReturnAt] && key.name !== 'enter') self[kSawReturnAt] = 0;

  switch (key.name) {
    case 'return':
      self[kSawReturnAt] = Date.now();
      self[kLine]();
      return;
    case 'enter':
      // \n right after \r (within crlfDelay) ends no second line.
      if (self[kSawReturnAt] === 0 || Date.now() - self[kSawReturnAt] > self.crlfDelay) {
        self[kLine]();
      }
      self[kSawReturnAt] = 0;
      return;
    case 'backspace':
      self[kDeleteLeft]();
      return;
    case 'delete':
      self[kDeleteRight]();
      return;
    case 'left':
      self[kMoveCursor](-charLengthLeft(self.line, self.cursor));
      return;
    case 'right':
      self[kMoveCursor](+charLengthAt(self.line, self.cursor));
      return;
    case 'home':
      self[kMoveCursor](-Infinity);
      return;
    case 'end':
      self[kMoveCursor](+Infinity);
      return;
    case 'up':
      self[kHistoryPrev]();
      return;
    case 'down':
      self[kHistoryNext]();
      return;
    case 'tab':
      if (typeof self.completer === 'function' && self.isCompletionEnabled) {
        const lastKeypressWasTab = previousKey && previousKey.name === 'tab';
        self[kTabComplete](lastKeypressWasTab);
        return;
      }
      break; // no completion: a tab is text
  }

  if (typeof s === 'string' && s) {
    // Text, possibly with line ends in it (written with rl.write()):
    // each line end finishes a line.
    lineEnding.lastIndex = 0;
    let match;
    let lastIndex = 0;
    while ((match = lineEnding.exec(s)) !== null) {
      self[kInsertString](StringPrototypeSlice(s, lastIndex, match.index));
      ({ lastIndex } = lineEnding);
      self[kLine]();
      // kLine may have run code that used the regexp.
      lineEnding.lastIndex = lastIndex;
    }
    self[kInsertString](StringPrototypeSlice(s, lastIndex));
  }
}

module.exports = {
  Interface,
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
  kQuestionReject,
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
};

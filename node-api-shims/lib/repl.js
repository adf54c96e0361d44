'use strict';
// `require('repl')`: the read-eval-print loop, as node 20's. A REPLServer
// is a readline Interface: each line it reads is either a command (`.help`,
// `.exit`, ...) or JavaScript, which is run as a classic script (so that
// top-level `let`/`const`/`class` persist from one input to the next)
// either in the current realm (`useGlobal`) or in a context of its own (a
// new realm, whose global object is `server.context`). Input that stops
// too early (`function f() {`) is kept and continued on the next lines,
// under the `... ` prompt. The value is printed with the writer
// (util.inspect); an exception as node prints it ("Uncaught Error: x").
//
// Not provided: the inline preview of results as you type (node needs
// its inspector for it: see setupPreview), and, for a REPL a
// script starts, catching errors thrown later by code the REPL ran (node
// uses domains; runnel has none): such an error is an uncaught exception,
// as in a script. The `runnel` command's REPL reports them (see below).

const { Interface } = require('readline');
const { commonPrefix } = require('internal/readline/utils');
const { inspect } = require('internal/util/inspect');
const path = require('path');
const { Module: CJSModule, makeRequireFunction } = require('internal/modules/cjs/loader');
const {
  codes: {
    ERR_INVALID_REPL_EVAL_CONFIG,
    ERR_MISSING_ARGS,
  },
  validateFunction,
} = require('internal/errors');
const { shouldColorize } = require('internal/util/colors');
const {
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  kStandaloneREPL,
  isRecoverableError,
  isValidSyntax,
  isObjectLiteral,
} = require('internal/repl/utils');
const contextify = internalBinding('contextify');
const files = internalBinding('repl_files');

// Every builtin module a user can require, without the underscored ones.
let builtinLibs = CJSModule.builtinModules.filter((name) => name[0] !== '_');
const nodeSchemeBuiltinLibs = builtinLibs.map((name) => `node:${name}`);

// The names the language itself puts on a global object: a context gets
// its own (its realm's), not copies of ours.
let globalBuiltins;
function languageGlobals() {
  if (globalBuiltins === undefined) {
    const [, global] = contextify.makeContext();
    globalBuiltins = new Set(Object.getOwnPropertyNames(global));
  }
  return globalBuiltins;
}

// Each input is compiled under its own name (REPL1, REPL2, ...), which is
// what stack frames show.
let nextResourceNumber = 1;
function resourceName() {
  return `REPL${nextResourceNumber++}`;
}

const kBufferedCommand = Symbol('bufferedCommand');
const kLoading = Symbol('loading');
const kContextHandle = Symbol('contextHandle');

// The default writer: util.inspect with options of its own (coloured when
// the REPL is), which `util.inspect.replDefaults` exposes in the `node` REPL.
const writer = (obj) => inspect(obj, writer.options);
writer.options = { ...inspect.defaultOptions, showProxy: true };

// A SyntaxError that more input may fix: the REPL keeps reading.
function Recoverable(err) {
  this.err = err;
}
Object.setPrototypeOf(Recoverable.prototype, SyntaxError.prototype);
Object.setPrototypeOf(Recoverable, SyntaxError);

// A compile error in node's shape: V8's wording, and a stack made of the
// offending line with carets under the token, as V8 decorates it.
function syntaxError(err, code) {
  if (!(err instanceof SyntaxError)) return err;
  const m = /^(.*) at line (\d+), col (\d+)$/s.exec(err.message);
  const { v8Message } = require('internal/syntax_errors');
  let message = v8Message(m ? m[1] : err.message);
  let prefix = '';
  if (m) {
    const line = code.split(/\r\n|\r|\n|\u2028|\u2029/)[+m[2] - 1] ?? '';
    let column = Math.max(0, +m[3] - 1);
    // `await 1` in a script: V8 blames the await.
    const awaitBefore = /\bawait\s+$/.exec(line.slice(0, column));
    if (awaitBefore && /^Unexpected token /.test(message)) {
      column = awaitBefore.index;
      message = 'await is only valid in async functions and the top level bodies of modules';
    }
    const token = /^(?:[\w$]+|(['"])(?:\\.|(?!\1).)*\1?|.)/su.exec(line.slice(column));
    const text = token ? token[0] : '';
    if (/^Unexpected token /.test(message)) message = unexpectedToken(text) ?? message;

    prefix = `${line}\n${' '.repeat(column)}${'^'.repeat(Math.max(1, text.length))}\n\n`;
  }
  err.message = message;
  const stack = `${prefix}SyntaxError: ${message}`;
  Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
  return err;
}

const reservedWords = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else',
  'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof',
  'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void',
  'while', 'with',
]);

// V8 names the kind of token it did not expect: a string, a number, an
// identifier (with its name) or a reserved word. Boa shows the token
// alone, so the kind is read from the source.
function unexpectedToken(text) {
  if (/^['"]/.test(text)) return 'Unexpected string';
  if (/^[0-9]/.test(text)) return 'Unexpected number';
  if (text === 'await') return 'Unexpected reserved word';
  if (/^[\p{ID_Start}$_][\p{ID_Continue}$]*$/u.test(text)) {
    return reservedWords.has(text) ? `Unexpected token '${text}'` : `Unexpected identifier '${text}'`;
  }
  return undefined;
}

// Node shows the frames of an error from the REPL's input down to the
// outermost nameless frame (the input's top level, or an anonymous
// callback), as V8 formats the stack on its first read: the stack is
// formatted here, once, with the frames below that cut off.
function trimReplFrames(err) {
  if (err === null || typeof err !== 'object') return;
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = function prepareReplStackTrace(error, frames) {
    if (error === err) {
      // (runnel's own builtins have nameless functions where node's have
      // names: only the user's code counts.)
      const idx = frames.findLastIndex((frame) =>
        frame.getFunctionName() === null && !String(frame.getFileName()).startsWith('node:'));
      frames = frames.slice(0, idx);
    }
    if (typeof previous === 'function') return previous(error, frames);
    const head = Error.prototype.toString.call(error);
    return frames.length === 0 ? head : `${head}\n    at ${frames.join('\n    at ')}`;
  };
  try {
    // Read (and so fix) the stack; a getter that throws leaves it as is.
    err.stack; // eslint-disable-line no-unused-expressions
  } catch {
    // Nothing to show then.
  } finally {
    Error.prepareStackTrace = previous;
  }
}

function REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode) {
  if (!(this instanceof REPLServer)) {
    return new REPLServer(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode);
  }

  let options;
  if (prompt !== null && typeof prompt === 'object') {
    options = { ...prompt };
    stream = options.stream || options.socket;
    eval_ = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
    replMode = options.replMode;
  } else {
    options = {};
  }

  if (!options.input && !options.output) {
    // The legacy form: one duplex stream (or `process`) for both.
    if (!stream) stream = process;
    options.input = stream.stdin || stream;
    options.output = stream.stdout || stream;
  }

  if (options.terminal === undefined) options.terminal = options.output.isTTY;
  options.terminal = !!options.terminal;
  if (options.terminal && options.useColors === undefined) {
    options.useColors = shouldColorize(options.output);
  }
  // Previews are for the default eval on a terminal.
  const preview = options.terminal && (options.preview !== undefined ? !!options.preview : !eval_);

  Object.defineProperty(this, 'inputStream', {
    get: () => this.input,
    set: (value) => { this.input = value; },
    enumerable: false,
    configurable: true,
  });
  Object.defineProperty(this, 'outputStream', {
    get: () => this.output,
    set: (value) => { this.output = value; },
    enumerable: false,
    configurable: true,
  });

  this.allowBlockingCompletions = !!options.allowBlockingCompletions;
  this.useColors = !!options.useColors;
  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.replMode = replMode || REPL_MODE_SLOPPY;
  this.underscoreAssigned = false;
  this.last = undefined;
  this.underscoreErrAssigned = false;
  this.lastError = undefined;
  this.breakEvalOnSigint = !!options.breakEvalOnSigint;
  this.editorMode = false;

  if (this.breakEvalOnSigint && eval_) {
    // breakEvalOnSigint only concerns the default eval.
    throw new ERR_INVALID_REPL_EVAL_CONFIG();
  }
  if (options[kStandaloneREPL]) {
    // The `node` REPL can be inspected from inside itself.
    module.exports.repl = this;
    // What the input's callbacks throw later (a timer, a rejected
    // promise) is reported like what it throws at once, and the REPL goes
    // on: node catches it with a domain around the REPL; the command's
    // REPL runs nothing but its input, so here every uncaught error is.
    process.setUncaughtExceptionCaptureCallback((err) => {
      trimReplFrames(err);
      this._reportError(err);
    });
  }

  const self = this;
  eval_ = eval_ || defaultEval;

  // While a top-level await is pending, keys and 'close' wait here.
  const pausedBuffer = [];
  let paused = false;
  function pause() {
    paused = true;
  }
  function unpause() {
    if (!paused) return;
    paused = false;
    let entry;
    while ((entry = pausedBuffer.shift()) !== undefined) {
      const [type, payload] = entry;
      if (type === 'key') self._ttyWrite(payload[0], payload[1]);
      else if (type === 'close') self.emit('exit');
      if (paused) break;
    }
  }

  // The RegExp statics ($1..$9) belong to the REPL's input: they are saved
  // after each input and put back before the next.
  const savedRegExMatches = ['', '', '', '', '', '', '', '', '', ''];
  const sep = '\u0000\u0000\u0000';
  const regExMatcher = new RegExp(`^${sep}(.*)${sep}(.*)${sep}(.*)${sep}(.*)` +
                                  `${sep}(.*)${sep}(.*)${sep}(.*)${sep}(.*)` +
                                  `${sep}(.*)$`);

  function compile(code, file) {
    return contextify.compileScript(code, file, self.useGlobal ? undefined : self[kContextHandle]);
  }

  function defaultEval(code, context, file, cb) {
    let script;
    let wrappedErr;
    let err = null;
    let wrappedCmd = false;
    let awaitPromise = false;
    const input = code;

    if (isObjectLiteral(code) && isValidSyntax(code)) {
      // Parenthesised, `{ a: 1 }` is an object, not a block.
      code = `(${code.trim()})\n`;
      wrappedCmd = true;
    }

    if (code.includes('await')) {
      // Top-level await: the input is rewritten into an async function
      // whose declarations stay visible afterwards.
      try {
        const rewritten = require('internal/repl/await').processTopLevelAwait(code);
        if (rewritten !== null) {
          code = rewritten;
          wrappedCmd = true;
          awaitPromise = true;
        }
      } catch (e) {
        let recoverable = false;
        if (e.name === 'SyntaxError') {
          // Without its awaits, would the input be complete?
          const fallback = code.replace(/\bawait\b/g, '');
          try {
            compile(fallback, file);
          } catch (fallbackError) {
            if (isRecoverableError(fallbackError, fallback)) {
              recoverable = true;
              err = new Recoverable(e);
            }
          }
        }
        if (!recoverable) err = e;
      }
    }

    if (code === '\n') return cb(null);

    if (err === null) {
      while (true) {
        try {
          if (self.replMode === REPL_MODE_STRICT && !/^\s*$/.test(code)) {
            // `void 0` keeps 'use strict' from being the completion value.
            code = `'use strict'; void 0;\n${code}`;
          }
          script = compile(code, file);
        } catch (e) {
          if (wrappedCmd) {
            // The wrapped form did not compile: try the input as written.
            wrappedCmd = false;
            awaitPromise = false;
            code = input;
            wrappedErr = e;
            continue;
          }
          const error = wrappedErr || e;
          if (isRecoverableError(error, code)) err = new Recoverable(error);
          else err = syntaxError(error, code);
        }
        break;
      }
    }

    regExMatcher.exec(savedRegExMatches.join(sep));

    let finished = false;
    function finishExecution(err, result) {
      if (finished) return;
      finished = true;
      for (let i = 1; i < savedRegExMatches.length; i++) {
        savedRegExMatches[i] = RegExp[`$${i}`];
      }
      cb(err, result);
    }

    let result;
    if (!err) {
      let previouslyInRawMode;
      if (self.breakEvalOnSigint) {
        // Ctrl+C must raise SIGINT while the code runs.
        previouslyInRawMode = self._setRawMode(false);
      }
      try {
        try {
          result = contextify.runScript(script);
        } finally {
          if (self.breakEvalOnSigint) self._setRawMode(previouslyInRawMode);
        }
      } catch (e) {
        err = e;
        trimReplFrames(e);
      }

      if (awaitPromise && !err) {
        pause();
        (async () => {
          try {
            const value = (await result)?.value;
            finishExecution(null, value);
          } catch (e) {
            trimReplFrames(e);
            finishExecution(e);
          } finally {
            unpause();
          }
        })();
      }
    }

    if (!awaitPromise || err) finishExecution(err, result);
  }

  self.eval = eval_;

  // An error from the input: printed as node prints it, then the prompt.
  self._reportError = function reportError(e) {
    let errStack = '';
    if (typeof e === 'object' && e !== null) {
      const isError = e instanceof Error || require('internal/util/types').isNativeError(e);
      if (isError && e.stack) {
        if (e.name === 'SyntaxError') {
          // No frames for a syntax error, nor the "REPL1:1" line.
          e.stack = e.stack.replace(/^REPL\d+:\d+\r?\n/, '').replace(/^\s+at\s.*\n?/gm, '');
        } else if (self.replMode === REPL_MODE_STRICT) {
          // The 'use strict' line added before the input is not the user's.
          e.stack = e.stack.replace(/(\s+at\s+REPL\d+:)(\d+)/, (_, pre, line) => pre + (line - 1));
        }
      }
      if (isError) {
        errStack = self.writer(e);
        // One-line errors lose the brackets inspect puts around them.
        if (errStack[0] === '[' && errStack[errStack.length - 1] === ']') {
          errStack = errStack.slice(1, -1);
        }
      }
    }

    if (!self.underscoreErrAssigned) self.lastError = e;

    if (options[kStandaloneREPL] && process.listenerCount('uncaughtException') !== 0) {
      process.nextTick(() => {
        process.emit('uncaughtException', e);
        self.clearBufferedCommand();
        self.lines.level = [];
        self.displayPrompt();
      });
      return;
    }
    if (errStack === '') errStack = self.writer(e);
    const lines = errStack.split(/(?<=\n)/);
    let matched = false;
    errStack = '';
    for (const line of lines) {
      if (!matched && /^\[?([A-Z][a-z0-9_]*)*Error/.test(line)) {
        errStack += writer.options.breakLength >= line.length ? `Uncaught ${line}` : `Uncaught:\n${line}`;
        matched = true;
      } else {
        errStack += line;
      }
    }
    if (!matched) {
      const ln = lines.length === 1 ? ' ' : ':\n';
      errStack = `Uncaught${ln}${errStack}`;
    }
    if (!errStack.endsWith('\n')) errStack += '\n';
    self.output.write(errStack);
    self.clearBufferedCommand();
    self.lines.level = [];
    self.displayPrompt();
  };

  self.clearBufferedCommand();

  function completer(text, cb) {
    complete.call(self, text, self.editorMode ? self.completeOnEditorMode(cb) : cb);
  }

  Reflect.apply(Interface, this, [{
    input: options.input,
    output: options.output,
    completer: options.completer || completer,
    terminal: options.terminal,
    historySize: options.historySize,
    prompt,
  }]);

  self.resetContext();

  this.commands = { __proto__: null };
  defineDefaultCommands(this);

  self.writer = options.writer || module.exports.writer;
  if (self.writer === writer) {
    writer.options.colors = self.useColors;
    if (options[kStandaloneREPL]) {
      Object.defineProperty(inspect, 'replDefaults', {
        get() {
          return writer.options;
        },
        set(value) {
          require('internal/errors').validateObject(value, 'options');
          return Object.assign(writer.options, value);
        },
        enumerable: true,
        configurable: true,
      });
    }
  }

  function parseREPLKeyword(keyword, rest) {
    const cmd = this.commands[keyword];
    if (cmd) {
      cmd.action.call(this, rest);
      return true;
    }
    return false;
  }

  self.on('close', function emitExit() {
    if (paused) {
      pausedBuffer.push(['close']);
      return;
    }
    self.emit('exit');
  });

  let sawSIGINT = false;
  let sawCtrlD = false;
  self.on('SIGINT', function onSigInt() {
    const empty = self.line.length === 0;
    self.clearLine();
    turnOffEditorMode(self);
    const cmd = self[kBufferedCommand];
    if (!(cmd && cmd.length > 0) && empty) {
      if (sawSIGINT) {
        self.close();
        sawSIGINT = false;
        return;
      }
      self.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      sawSIGINT = true;
    } else {
      sawSIGINT = false;
    }
    self.clearBufferedCommand();
    self.lines.level = [];
    self.displayPrompt();
  });

  self.on('line', function onLine(cmd) {
    cmd = cmd || '';
    sawSIGINT = false;

    if (self.editorMode) {
      self[kBufferedCommand] += cmd + '\n';
      // Keep the indentation of the previous line when typing.
      const matches = self._sawKeyPress && !self[kLoading] ? /^\s+/.exec(cmd) : null;
      if (matches) {
        const prefix = matches[0];
        self.write(prefix);
        self.line = prefix;
        self.cursor = prefix.length;
      }
      memory.call(self, cmd);
      return;
    }

    const trimmedCmd = cmd.trim();
    // `.name rest` is a command, unless it is a number (`.5`) or `..`.
    if (trimmedCmd && trimmedCmd[0] === '.' && trimmedCmd[1] !== '.' &&
        Number.isNaN(Number.parseFloat(trimmedCmd))) {
      const matches = /^\.([^\s]+)\s*(.*)$/.exec(trimmedCmd);
      const keyword = matches && matches[1];
      const rest = matches && matches[2];
      if (parseREPLKeyword.call(self, keyword, rest) === true) return;
      if (!self[kBufferedCommand]) {
        self.output.write('Invalid REPL keyword\n');
        finish(null);
        return;
      }
    }

    const evalCmd = self[kBufferedCommand] + cmd + '\n';
    self.eval(evalCmd, self.context, resourceName(), finish);

    function finish(e, ret) {
      memory.call(self, cmd);

      if (e && !self[kBufferedCommand] && cmd.trim().startsWith('npm ') && !(e instanceof Recoverable)) {
        self.output.write('npm should be run outside of the ' +
                          'Node.js REPL, in your normal shell.\n' +
                          '(Press Ctrl+D to exit.)\n');
        self.displayPrompt();
        return;
      }

      if (e) {
        if (e instanceof Recoverable && !sawCtrlD) {
          // More lines may complete it:
          // > function f() {
          // ...   return 1;
          // ... }
          self[kBufferedCommand] += cmd + '\n';
          self.displayPrompt();
          return;
        }
        self._reportError(e.err || e);
        // _reportError showed the prompt.
      }

      self.clearBufferedCommand();
      sawCtrlD = false;

      // A value is printed only when the eval gave one (an invalid command
      // calls finish(null) with nothing to print).
      if (!e && arguments.length === 2 && (!self.ignoreUndefined || ret !== undefined)) {
        if (!self.underscoreAssigned) self.last = ret;
        self.output.write(self.writer(ret) + '\n');
      }
      if (!e) self.displayPrompt();
    }
  });

  self.on('SIGCONT', function onSigCont() {
    if (self.editorMode) {
      self.output.write(`${self._initialPrompt}.editor\n`);
      self.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
      self.output.write(`${self[kBufferedCommand]}\n`);
      self.prompt(true);
    } else {
      self.displayPrompt(true);
    }
  });

  const { reverseSearch } = require('internal/repl/reverse_search').setupReverseSearch(this);
  if (preview && process.env.TERM !== 'dumb') setupPreview(self);

  // Keys go through here first: held while an await is pending, and
  // handled differently in editor mode.
  const ttyWrite = self._ttyWrite.bind(self);
  self._ttyWrite = (d, key) => {
    key = key || {};
    if (paused && !(self.breakEvalOnSigint && key.ctrl && key.name === 'c')) {
      pausedBuffer.push(['key', [d, key]]);
      return;
    }
    if (!self.editorMode || !self.terminal) {
      // Ctrl+D on an empty line exits: clear the line first.
      if (key.ctrl && key.name === 'd' && self.cursor === 0 && self.line.length === 0) {
        self.clearLine();
      }
      if (!reverseSearch(d, key)) ttyWrite(d, key);
      return;
    }
    // Editor mode.
    if (key.ctrl && !key.shift) {
      switch (key.name) {
        case 'd': // Ends editor mode: the buffer runs.
          turnOffEditorMode(self);
          sawCtrlD = true;
          ttyWrite(d, { name: 'return' });
          break;
        case 'n': // No history in editor mode.
        case 'p':
          break;
        default:
          ttyWrite(d, key);
      }
    } else {
      switch (key.name) {
        case 'up':
        case 'down':
          break;
        case 'tab':
          // No listing of completions on a second tab.
          self._previousKey = null;
          ttyWrite(d, key);
          break;
        default:
          ttyWrite(d, key);
      }
    }
  };

  self.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, Interface.prototype);
Object.setPrototypeOf(REPLServer, Interface);

// Node previews, as the user types, the completion of the word being
// typed and the value of the input, by evaluating it without side effects
// through the inspector; without an inspector (as runnel, whose
// process.features.inspector is false) it shows neither. What remains is
// the completion inserted by moving right at the end of the line.
function setupPreview(repl) {
  let insertCompletion = true;
  let counter = 0;
  const originalMoveCursor = repl._moveCursor.bind(repl);
  repl._moveCursor = (dx) => {
    const current = repl.cursor;
    originalMoveCursor(dx);
    if (current + dx > repl.line.length && typeof repl.completer === 'function' && insertCompletion) {
      const count = ++counter;
      repl.completer(repl.line, (error, data) => {
        // A later request (or an error) wins.
        if (count !== counter || error || !data) return;
        const [rawCompletions, completeOn] = data;
        if (!rawCompletions || rawCompletions.length === 0) return;
        const prefix = commonPrefix(rawCompletions.filter(Boolean));
        if (prefix.length <= completeOn.length) return;
        repl._insertString(prefix.slice(completeOn.length));
      });
    }
  };
  // Clearing the line moves the cursor, which must not complete.
  const originalClearLine = repl.clearLine.bind(repl);
  repl.clearLine = () => {
    insertCompletion = false;
    originalClearLine();
    insertCompletion = true;
  };
}

// repl.start(prompt | options, ...): a new REPLServer.
function start(prompt, source, eval_, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, eval_, useGlobal, ignoreUndefined, replMode);
}

REPLServer.prototype.setupHistory = function setupHistory(historyFile, cb) {
  require('internal/repl/history')(this, historyFile, cb);
};

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
  this[kBufferedCommand] = '';
};

REPLServer.prototype.close = function close() {
  if (this.terminal && this._flushing && !this._closingOnFlush) {
    this._closingOnFlush = true;
    this.once('flushHistory', () => Interface.prototype.close.call(this));
    return;
  }
  process.nextTick(() => Interface.prototype.close.call(this));
};

REPLServer.prototype.createContext = function createContext() {
  let context;
  if (this.useGlobal) {
    context = globalThis;
  } else {
    const [handle, global] = contextify.makeContext();
    this[kContextHandle] = handle;
    context = global;
    // Its errors' stacks in node's shape, as ours.
    require('internal/errors_stack').install(context);
    // Our globals (process, Buffer, setTimeout, ...) are shared with the
    // context; the language's own builtins are the context's.
    const own = new Set(Object.getOwnPropertyNames(context));
    globalBuiltins ??= own;
    for (const name of Object.getOwnPropertyNames(globalThis)) {
      if (!own.has(name)) {
        Object.defineProperty(context, name, { __proto__: null, ...Object.getOwnPropertyDescriptor(globalThis, name) });
      }
    }
    context.global = context;
    const { Console } = require('console');
    Object.defineProperty(context, 'console', {
      __proto__: null,
      configurable: true,
      writable: true,
      value: new Console(this.output),
    });
  }

  const replModule = new CJSModule('<repl>');
  replModule.paths = CJSModule._resolveLookupPaths('<repl>', undefined);
  Object.defineProperty(context, 'module', {
    __proto__: null,
    configurable: true,
    writable: true,
    value: replModule,
  });
  Object.defineProperty(context, 'require', {
    __proto__: null,
    configurable: true,
    writable: true,
    value: makeRequireFunction(replModule),
  });
  addBuiltinLibsToObject(context, '<REPL>');
  return context;
};

// Every builtin module as a lazily loaded global (`util`, `path`, ...),
// which the user may assign over like any variable.
function addBuiltinLibsToObject(object, dummyModuleName) {
  const dummyModule = new CJSModule(dummyModuleName);
  for (const name of CJSModule.builtinModules) {
    if (name.startsWith('_') || name.includes('/') || Object.prototype.hasOwnProperty.call(object, name)) {
      continue;
    }
    const setReal = (value) => {
      // Deleting the accessor first makes this a plain property.
      delete object[name];
      object[name] = value;
    };
    Object.defineProperty(object, name, {
      __proto__: null,
      get: () => {
        const lib = dummyModule.require(name);
        try {
          Object.defineProperty(object, name, {
            __proto__: null,
            get: () => lib,
            set: setReal,
            configurable: true,
            enumerable: false,
          });
        } catch {
          // No longer configurable: leave it.
        }
        return lib;
      },
      set: setReal,
      configurable: true,
      enumerable: false,
    });
  }
}

REPLServer.prototype.resetContext = function resetContext() {
  this.context = this.createContext();
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this.lines = [];
  this.lines.level = [];

  Object.defineProperty(this.context, '_', {
    __proto__: null,
    configurable: true,
    get: () => this.last,
    set: (value) => {
      this.last = value;
      if (!this.underscoreAssigned) {
        this.underscoreAssigned = true;
        this.output.write('Expression assignment to _ now disabled.\n');
      }
    },
  });
  Object.defineProperty(this.context, '_error', {
    __proto__: null,
    configurable: true,
    get: () => this.lastError,
    set: (value) => {
      this.lastError = value;
      if (!this.underscoreErrAssigned) {
        this.underscoreErrAssigned = true;
        this.output.write('Expression assignment to _error now disabled.\n');
      }
    },
  });

  // REPL extensions can set up the new context.
  this.emit('reset', this.context);
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  let prompt = this._initialPrompt;
  if (this[kBufferedCommand].length) {
    prompt = '...';
    const len = this.lines.level.length ? this.lines.level.length - 1 : 0;
    prompt += '..'.repeat(len) + ' ';
  }
  // `_initialPrompt` stays what the user set.
  Interface.prototype.setPrompt.call(this, prompt);
  this.prompt(preserveCursor);
};

// Called by the user, setPrompt changes the REPL's own prompt.
REPLServer.prototype.setPrompt = function setPrompt(prompt) {
  this._initialPrompt = prompt;
  Interface.prototype.setPrompt.call(this, prompt);
};

const importRE = /\bimport\s*\(\s*['"`](([\w@./:-]+\/)?(?:[\w@./:-]*))(?![^'"`])$/;
const requireRE = /\brequire\s*\(\s*['"`](([\w@./:-]+\/)?(?:[\w@./:-]*))(?![^'"`])$/;
const simpleExpressionRE =
    /(?:[\w$'"`[{(](?:(\w| |\t)*?['"`]|\$|['"`\]})])*\??(?:\.|])?)*?(?:[a-zA-Z_$])?(?:\w|\$)*\??\.?$/;

function isIdentifier(str) {
  return /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(str);
}

function isNotLegacyObjectPrototypeMethod(str) {
  return isIdentifier(str) &&
    str !== '__defineGetter__' &&
    str !== '__defineSetter__' &&
    str !== '__lookupGetter__' &&
    str !== '__lookupSetter__';
}

// The own string keys of `obj` that are identifiers (no array indices),
// enumerable or not; Object.prototype's legacy accessors left out.
function filteredOwnPropertyNames(obj) {
  if (!obj) return [];
  let isObjectPrototype = false;
  if (Object.getPrototypeOf(obj) === null) {
    const ctor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (ctor && ctor.value) {
      const ctorProto = Object.getPrototypeOf(ctor.value);
      isObjectPrototype = ctorProto && Object.getPrototypeOf(ctorProto) === obj;
    }
  }
  return Object.getOwnPropertyNames(obj)
    .filter(isObjectPrototype ? isNotLegacyObjectPrototypeMethod : isIdentifier);
}

REPLServer.prototype.complete = function complete() {
  Reflect.apply(this.completer, this, arguments);
};

// The completions of `line` for tab completion: `[completions, completeOn]`
// to `callback`. Commands after `.`, module names in require('…'), and
// otherwise the members of a simple expression (`foo.bar.b`) or the
// global names. The expression is evaluated, so its getters run.
function complete(line, callback) {
  let completionGroups = [];
  let completeOn;
  line = line.trimStart();
  let filter = '';
  let match;

  if ((match = /^\s*\.(\w*)$/.exec(line)) !== null) {
    completionGroups.push(Object.keys(this.commands));
    completeOn = match[1];
    if (completeOn.length) filter = completeOn;
  } else if ((match = requireRE.exec(line)) !== null || (match = importRE.exec(line)) !== null) {
    completeOn = match[1];
    filter = completeOn;
    completionGroups.push(builtinLibs, nodeSchemeBuiltinLibs);
  } else if (line.length === 0 || /\w|\.|\$/.test(line[line.length - 1])) {
    const [exprMatch] = simpleExpressionRE.exec(line) || [''];
    if (line.length !== 0 && !exprMatch) {
      completionGroupsLoaded();
      return;
    }
    let expr = '';
    completeOn = exprMatch;
    if (line.endsWith('.')) {
      expr = exprMatch.slice(0, -1);
    } else if (line.length !== 0) {
      const bits = exprMatch.split('.');
      filter = bits.pop();
      expr = bits.join('.');
    }

    if (!expr) {
      // Global names: the global lexical scope's names (let, const,
      // class) are not properties, so they are asked of the engine.
      completionGroups.push(contextify.globalLexicalNames(this.useGlobal ? undefined : this[kContextHandle]));
      let contextProto = this.context;
      while ((contextProto = Object.getPrototypeOf(contextProto)) !== null) {
        completionGroups.push(filteredOwnPropertyNames(contextProto));
      }
      const contextOwnNames = filteredOwnPropertyNames(this.context);
      if (!this.useGlobal) contextOwnNames.push(...languageGlobals());
      completionGroups.push(contextOwnNames);
      if (filter !== '') addCommonWords(completionGroups);
      completionGroupsLoaded();
      return;
    }

    let chaining = '.';
    if (expr.endsWith('?')) {
      expr = expr.slice(0, -1);
      chaining = '?.';
    }
    const memberGroups = [];
    const evalExpr = `try { ${expr} } catch {}`;
    this.eval(evalExpr, this.context, resourceName(), (e, obj) => {
      try {
        let p;
        if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') {
          memberGroups.push(filteredOwnPropertyNames(obj));
          p = Object.getPrototypeOf(obj);
        } else {
          p = obj.constructor ? obj.constructor.prototype : null;
        }
        // Guard against prototype cycles (proxies).
        let sentinel = 5;
        while (p !== null && sentinel-- !== 0) {
          memberGroups.push(filteredOwnPropertyNames(p));
          p = Object.getPrototypeOf(p);
        }
      } catch {
        // A proxy without the traps, undefined, ...: no members.
      }
      if (memberGroups.length) {
        expr += chaining;
        for (const group of memberGroups) {
          completionGroups.push(group.map((member) => `${expr}${member}`));
        }
        if (filter) filter = `${expr}${filter}`;
      }
      completionGroupsLoaded();
    });
    return;
  }

  return completionGroupsLoaded();

  // Filters (case-insensitively), sorts each group, removes duplicates and
  // merges the groups, closest group last, separated by ''.
  function completionGroupsLoaded() {
    if (completionGroups.length && filter) {
      const lowerCaseFilter = filter.toLowerCase();
      completionGroups = completionGroups
        .map((group) => group.filter((str) => str.toLowerCase().startsWith(lowerCaseFilter)))
        .filter((group) => group.length);
    }
    const completions = [];
    const uniqueSet = new Set(['']);
    for (const group of completionGroups) {
      group.sort((a, b) => (b > a ? 1 : -1));
      const setSize = uniqueSet.size;
      for (const entry of group) {
        if (!uniqueSet.has(entry)) {
          completions.unshift(entry);
          uniqueSet.add(entry);
        }
      }
      if (uniqueSet.size !== setSize) completions.unshift('');
    }
    if (completions[0] === '') completions.shift();
    callback(null, [completions, completeOn]);
  }
}

// In editor mode a tab completes to the common prefix only.
REPLServer.prototype.completeOnEditorMode = (callback) => (err, results) => {
  if (err) return callback(err);
  const [completions, completeOn = ''] = results;
  let result = completions.filter(Boolean);
  if (completeOn && result.length !== 0) result = [commonPrefix(result)];
  callback(null, [result, completeOn]);
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') {
    cmd = { action: cmd };
  } else {
    validateFunction(cmd.action, 'cmd.action');
  }
  this.commands[keyword] = cmd;
};

// Records each line of the session (for `.save`) and how deeply braces and
// parentheses nest (for the `...` prompt's dots).
function memory(cmd) {
  this.lines = this.lines || [];
  this.lines.level = this.lines.level || [];
  if (cmd) {
    const len = this.lines.level.length ? this.lines.level.length - 1 : 0;
    this.lines.push('  '.repeat(len) + cmd);
  } else {
    this.lines.push('');
  }
  if (!cmd) {
    this.lines.level = [];
    return;
  }
  // Node also means to track how deeply braces nest here, but compares
  // the lengths of two counts (numbers have none): nothing is ever
  // tracked, and the continuation prompt is always '... '.
}

// Keywords offered when completing a global name.
function addCommonWords(completionGroups) {
  completionGroups.push([
    'async', 'await', 'break', 'case', 'catch', 'const', 'continue',
    'debugger', 'default', 'delete', 'do', 'else', 'export', 'false',
    'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'let',
    'new', 'null', 'return', 'switch', 'this', 'throw', 'true', 'try',
    'typeof', 'var', 'void', 'while', 'with', 'yield',
  ]);
}

function turnOnEditorMode(repl) {
  repl.editorMode = true;
  Interface.prototype.setPrompt.call(repl, '');
}

function turnOffEditorMode(repl) {
  repl.editorMode = false;
  repl.setPrompt(repl._initialPrompt);
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action: function() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });

  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action: function() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });

  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action: function() {
      this.close();
    },
  });

  repl.defineCommand('help', {
    help: 'Print this help message',
    action: function() {
      const names = Object.keys(this.commands).sort();
      const longest = Math.max(...names.map((name) => name.length));
      for (const name of names) {
        const cmd = this.commands[name];
        const spaces = ' '.repeat(longest - name.length + 3);
        this.output.write(`.${name}${cmd.help ? spaces + cmd.help : ''}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, ' +
        'Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });

  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action: function(file) {
      try {
        if (file === '') throw new ERR_MISSING_ARGS('file');
        if (files.writeFile(file, this.lines.join('\n'), 0o666) !== 0) throw new Error('write failed');
        this.output.write(`Session saved to: ${file}\n`);
      } catch (error) {
        if (error instanceof ERR_MISSING_ARGS) {
          this.output.write(`${error.message}\n`);
        } else {
          this.output.write(`Failed to save: ${file}\n`);
        }
      }
      this.displayPrompt();
    },
  });

  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action: function(file) {
      try {
        if (file === '') throw new ERR_MISSING_ARGS('file');
        const data = files.isFile(file) ? files.readFile(file) : undefined;
        if (typeof data === 'string') {
          turnOnEditorMode(this);
          this[kLoading] = true;
          this.write(data);
          this[kLoading] = false;
          turnOffEditorMode(this);
          this.write('\n');
        } else if (internalBinding('modules').stat(file) >= 0) {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
        } else {
          this.output.write(`Failed to load: ${file}\n`);
        }
      } catch (error) {
        if (error instanceof ERR_MISSING_ARGS) {
          this.output.write(`${error.message}\n`);
        } else {
          this.output.write(`Failed to load: ${file}\n`);
        }
      }
      this.displayPrompt();
    },
  });

  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        turnOnEditorMode(this);
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
      },
    });
  }
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  isValidSyntax,
};

Object.defineProperty(module.exports, 'builtinModules', {
  __proto__: null,
  get: () => builtinLibs,
  set: (value) => { builtinLibs = value; },
  enumerable: true,
  configurable: true,
});

Object.defineProperty(module.exports, '_builtinLibs', {
  __proto__: null,
  get: () => builtinLibs,
  set: (value) => { builtinLibs = value; },
  enumerable: false,
  configurable: true,
});

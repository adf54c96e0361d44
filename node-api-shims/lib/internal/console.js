/**
 * internal/console — the `Console` class and the factory for the global
 * `console` object.
 *
 *   const { Console, createGlobalConsole } = require('internal/console');
 *   new Console(stream)                      // stdout = stderr = stream
 *   new Console(stdout, stderr, ignoreErrors)
 *   new Console({ stdout, stderr, ignoreErrors, colorMode, inspectOptions, groupIndentation })
 *   createGlobalConsole(writeOut, writeErr)  // writers: (string) => void
 *
 * Every method formats its arguments like util.format (through
 * `require('internal/util/inspect').formatWithOptions`), adds the current
 * group indentation to every line, appends '\n' and calls `stream.write`.
 * log/info/debug/dirxml/dir/table/count/time* go to stdout;
 * warn/error/trace/assert go to stderr.
 *
 * Methods are bound to their console, so `const { log } = console` works.
 *
 * Durations for time/timeEnd/timeLog come from `process.hrtime()`.
 * Warnings (unknown timer label, unknown counter) go through
 * `process.emitWarning`, as in Node.
 *
 * Differences from Node: console.table() on a Map/Set *iterator* consumes
 * the iterator (Node peeks at it through a V8 internal) and treats it as
 * key/value pairs when every item is a two-element array; the global
 * console's profile/profileEnd/timeStamp do nothing (no inspector); string
 * widths in tables use a built-in table of wide/zero-width code points
 * instead of ICU.
 */
'use strict';

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
  isStackOverflowError,
  validateArray,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/errors');

let inspectModule = null;
function getInspect() {
  if (inspectModule === null) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
function inspect(value, options) {
  return getInspect().inspect(value, options);
}
// Strings alone, the first without a `%`, come out joined by spaces from
// util.formatWithOptions: they are joined here without loading inspect
// (a script that only logs strings never parses it).
function formatWithOptions(options, ...args) {
  if (typeof args[0] !== 'string' || args[0].includes('%')) {
    return getInspect().formatWithOptions(options, ...args);
  }
  for (let i = 1; i < args.length; i++) {
    if (typeof args[i] !== 'string') return getInspect().formatWithOptions(options, ...args);
  }
  return args.length === 1 ? args[0] : args.join(' ');
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;
const kMaxGroupIndentation = 1000;

// Internal state lives under symbols (names as in Node, so inspecting a
// console with showHidden looks the same).
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kBindStreams = Symbol('kBindStreamsEager');
const kBindProperties = Symbol('kBindProperties');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

// Per-console inspectOptions given to the constructor.
const inspectOptionsMap = new WeakMap();

// Non-enumerable, writable, configurable: how Node stores console internals.
function hidden(value) {
  return { value, writable: true, enumerable: false, configurable: true };
}

function noop() {}

// process.hrtime(), or a millisecond-clock stand-in if the host has none.
function hrtime(previous) {
  if (typeof process === 'object' && process !== null && typeof process.hrtime === 'function') {
    return previous === undefined ? process.hrtime() : process.hrtime(previous);
  }
  const nowMs = typeof performance === 'object' && performance !== null ? performance.now() : Date.now();
  const now = [Math.floor(nowMs / 1000), Math.round((nowMs % 1000) * 1e6)];
  if (previous === undefined) return now;
  let seconds = now[0] - previous[0];
  let nanoseconds = now[1] - previous[1];
  if (nanoseconds < 0) {
    seconds--;
    nanoseconds += 1e9;
  }
  return [seconds, nanoseconds];
}

function emitWarning(message) {
  if (typeof process === 'object' && process !== null && typeof process.emitWarning === 'function') {
    process.emitWarning(message);
  }
}

// ---------------------------------------------------------------------------
// Console constructor
// ---------------------------------------------------------------------------

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (!new.target) {
    return Reflect.construct(Console, arguments);
  }

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }

  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    inspectOptionsMap.set(this, inspectOptions);
  }

  // Bind every prototype method to this instance (own, enumerable).
  for (const key of Object.keys(Console.prototype)) {
    this[key] = Console.prototype[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }

  this[kBindStreams](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && instance !== undefined && Boolean(instance[kIsConsole]);
  },
});

// A write callback: on an asynchronous write error make sure an 'error'
// event on the stream does not crash the process (errors are ignored).
function createWriteErrorHandler(console, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? console._stdout : console._stderr;
    // Only errors not emitted yet (async _write failures) need the guard.
    if (err !== null && err !== undefined && stream && !stream._writableState?.errorEmitted &&
        typeof stream.listenerCount === 'function' && typeof stream.once === 'function' &&
        stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

// Internal methods (symbol keyed, so not enumerable by Object.keys).
const internalMethods = {
  [kBindStreams](stdout, stderr) {
    Object.defineProperties(this, {
      _stdout: hidden(stdout),
      _stderr: hidden(stderr),
    });
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    Object.defineProperties(this, {
      _stdoutErrorHandler: hidden(createWriteErrorHandler(this, kUseStdout)),
      _stderrErrorHandler: hidden(createWriteErrorHandler(this, kUseStderr)),
      _ignoreErrors: hidden(Boolean(ignoreErrors)),
      _times: hidden(new Map()),
      [kCounts]: hidden(new Map()),
      [kColorMode]: hidden(colorMode),
      [kIsConsole]: hidden(true),
      [kGroupIndent]: hidden(''),
      [kGroupIndentationWidth]: hidden(groupIndentation),
      [Symbol.toStringTag]: {
        writable: false, enumerable: false, configurable: true, value: 'console',
      },
    });
  },

  [kWriteToConsole](streamSymbol, string) {
    const useStdout = streamSymbol === kUseStdout;
    const stream = useStdout ? this._stdout : this._stderr;
    const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;

    const indent = this[kGroupIndent];
    if (indent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
      string = indent + string;
    }
    string += '\n';

    if (this._ignoreErrors === false) return stream.write(string);

    // Ignore write errors, both synchronous (thrown) and asynchronous
    // ('error' events while we write).
    const canListen = typeof stream.listenerCount === 'function' &&
      typeof stream.once === 'function' && typeof stream.removeListener === 'function';
    try {
      if (canListen && stream.listenerCount('error') === 0) stream.once('error', noop);
      stream.write(string, errorHandler);
    } catch (err) {
      // A stack overflow must not be swallowed: the caller has to see it.
      if (isStackOverflowError(err)) throw err;
    } finally {
      if (canListen) stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') color = require('internal/util/colors').shouldColorize(stream);
    const options = inspectOptionsMap.get(this);
    if (options) {
      if (options.colors === undefined) options.colors = color;
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },

  [kFormatForStdout](args) {
    return formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
  },

  [kFormatForStderr](args) {
    return formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
  },
};

// ---------------------------------------------------------------------------
// time formatting
// ---------------------------------------------------------------------------

function pad2(value) {
  return `${value}`.padStart(2, '0');
}

// 1.5 -> '1.5ms', 1234.5 -> '1.235s', 61500 -> '1:01.500 (m:ss.mmm)'
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;

  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }

  if (hours !== 0 || minutes !== 0) {
    const [wholeSeconds, millis] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad2(minutes)}` : `${minutes}`;
    return `${head}:${pad2(wholeSeconds)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// Shared by timeEnd and timeLog. Returns false when the label is unknown.
function logElapsed(console, methodName, label, data) {
  const start = console._times.get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${methodName}()`);
    return false;
  }
  const [seconds, nanoseconds] = hrtime(start);
  const ms = seconds * 1000 + nanoseconds / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) console.log('%s: %s', label, formatted);
  else console.log('%s: %s', label, formatted, ...data);
  return true;
}

// ---------------------------------------------------------------------------
// table rendering
// ---------------------------------------------------------------------------

// Width of a string in terminal columns (shared with util.inspect).
function getStringWidth(str) {
  return require('internal/util/inspect').getStringWidth(String(str));
}

const box = {
  topLeft: '┌', topMiddle: '┬', topRight: '┐',
  leftMiddle: '├', rowMiddle: '┼', rightMiddle: '┤',
  bottomLeft: '└', bottomMiddle: '┴', bottomRight: '┘',
  horizontal: '─', left: '│ ', middle: ' │ ', right: ' │',
};

function renderRow(cells, widths) {
  let line = box.left;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    line += cell + ' '.repeat(widths[i] - getStringWidth(cell));
    if (i !== cells.length - 1) line += box.middle;
  }
  return line + box.right;
}

// head: column titles; columns: arrays of cell strings (may have holes).
function renderTable(head, columns) {
  const widths = head.map((title) => getStringWidth(title));
  const rowCount = Math.max(...columns.map((column) => column.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < rowCount; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const cell = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = cell;
      widths[i] = Math.max(widths[i] || 0, getStringWidth(cell));
    }
  }
  const rules = widths.map((width) => box.horizontal.repeat(width + 2));
  let out = `${box.topLeft}${rules.join(box.topMiddle)}${box.topRight}\n`;
  out += `${renderRow(head, widths)}\n`;
  out += `${box.leftMiddle}${rules.join(box.rowMiddle)}${box.rightMiddle}\n`;
  for (const row of rows) out += `${renderRow(row, widths)}\n`;
  out += `${box.bottomLeft}${rules.join(box.bottomMiddle)}${box.bottomRight}`;
  return out;
}

function isMap(value) {
  try {
    Map.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

function isSet(value) {
  try {
    Set.prototype.has.call(value, undefined);
    return true;
  } catch {
    return false;
  }
}

function toStringTag(value) {
  return Object.prototype.toString.call(value);
}

// ---------------------------------------------------------------------------
// Public methods
// ---------------------------------------------------------------------------

const kIterationIndex = '(iteration index)';
const kKey = 'Key';
const kValues = 'Values';
const kIndex = '(index)';

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (logElapsed(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    logElapsed(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const message = this[kFormatForStderr](args);
    this.error(traceStack(message, trace));
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      // warn() formats the arguments.
      this.warn(...args);
    }
  },

  // Clear the terminal (only when stdout is a TTY).
  clear() {
    const env = (typeof process === 'object' && process !== null && process.env) || {};
    if (this._stdout.isTTY && env.TERM !== 'dumb') {
      this._stdout.write('\u001b[1;1H');
      this._stdout.write('\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },

  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    const indent = this[kGroupIndent];
    this[kGroupIndent] = indent.slice(0, indent.length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validateArray(properties, 'properties');

    if (tabularData === null || typeof tabularData !== 'object') {
      return this.log(tabularData);
    }

    const print = (head, columns) => this.log(renderTable(head, columns));

    const show = (value) => {
      const depth = value !== null && typeof value === 'object' && !Array.isArray(value) &&
        Object.keys(value).length > 2 ? -1 : 0;
      return inspect(value, {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      });
    };
    const indexColumn = (length) => Array.from({ length }, (_, i) => show(i));

    const tag = toStringTag(tabularData);
    const isMapIterator = tag === '[object Map Iterator]';
    const isSetIterator = tag === '[object Set Iterator]';

    const printKeyValue = (entries) => {
      const keys = [];
      const values = [];
      for (const [k, v] of entries) {
        keys.push(show(k));
        values.push(show(v));
      }
      return print([kIterationIndex, kKey, kValues], [indexColumn(keys.length), keys, values]);
    };

    if (isMapIterator) {
      // Consumes the iterator (see the header comment).
      const items = [...tabularData];
      if (items.length > 0 && items.every((item) => Array.isArray(item) && item.length === 2)) {
        return printKeyValue(items);
      }
      tabularData = items; // keys() / values(): shown as a list below
    } else if (isMap(tabularData)) {
      return printKeyValue(tabularData);
    }

    if (isSetIterator || isMapIterator || isSet(tabularData)) {
      const values = [];
      for (const v of tabularData) values.push(show(v));
      return print([kIterationIndex, kValues], [indexColumn(values.length), values]);
    }

    // Plain objects and arrays: one row per own key, one column per
    // property of the rows (or per entry of `properties`).
    const columnsByKey = Object.create(null);
    let hasPrimitives = false;
    const primitiveValues = [];
    const rowKeys = Object.keys(tabularData);
    for (let i = 0; i < rowKeys.length; i++) {
      const item = tabularData[rowKeys[i]];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitiveValues[i] = show(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          if (columnsByKey[key] === undefined) columnsByKey[key] = [];
          if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
            columnsByKey[key][i] = '';
          } else {
            columnsByKey[key][i] = show(item[key]);
          }
        }
      }
    }
    const head = Object.keys(columnsByKey);
    const columns = Object.values(columnsByKey);
    if (hasPrimitives) {
      head.push(kValues);
      columns.push(primitiveValues);
    }
    head.unshift(kIndex);
    columns.unshift(rowKeys);
    return print(head, columns);
  },
};

// The file name of this module in stack frames.
const ownFile = 'node:internal/console';

// "Trace: message" followed by the caller's stack frames (without the
// frames of this module, whichever way the engine captured them).
function traceStack(message, skipFn) {
  const header = message ? `Trace: ${message}` : 'Trace';
  let stack;
  if (typeof Error.captureStackTrace === 'function') {
    const holder = { name: 'Trace', message };
    Error.captureStackTrace(holder, skipFn);
    stack = holder.stack;
  } else {
    stack = new Error().stack;
  }
  if (typeof stack !== 'string') return header;
  const body = stack.startsWith(header) ? stack.slice(header.length) : stack;
  const frames = body.split('\n').filter((line) => /^\s+at /.test(line));
  const kept = require('internal/errors').dropLeadingFramesOf(frames, ownFile);
  return kept.length ? `${header}\n${kept.join('\n')}` : header;
}

// Aliases, in Node's order.
consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

// Public methods are enumerable on the prototype (Object.keys lists them);
// internal ones are symbol keyed.
for (const key of Object.keys(consoleMethods)) {
  Console.prototype[key] = consoleMethods[key];
}
for (const key of Object.getOwnPropertySymbols(internalMethods)) {
  Object.defineProperty(Console.prototype, key, hidden(internalMethods[key]));
}

// ---------------------------------------------------------------------------
// The global console
// ---------------------------------------------------------------------------

// Turn a writer function into the minimal stream Console needs.
function toStream(writer) {
  if (writer !== null && typeof writer === 'object' && typeof writer.write === 'function') {
    return writer;
  }
  if (typeof writer !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  return {
    write(chunk, callback) {
      writer(String(chunk));
      if (typeof callback === 'function') callback(null);
      return true;
    },
  };
}

// Build the object installed as `globalThis.console`. Like Node's, it is a
// plain object (prototype `{}`, tag 'console') with the Console methods
// bound to it, plus `Console` and the inspector-only methods.
function createGlobalConsole(stdoutWrite, stderrWrite = stdoutWrite, options = {}) {
  const stdout = toStream(stdoutWrite);
  const stderr = toStream(stderrWrite);
  const globalConsole = Object.create({});

  for (const key of Object.keys(Console.prototype)) {
    const bound = Console.prototype[key].bind(globalConsole);
    Object.defineProperty(bound, 'name', { value: key });
    globalConsole[key] = bound;
  }
  internalMethods[kBindStreams].call(globalConsole, stdout, stderr);
  internalMethods[kBindProperties].call(globalConsole, true, options.colorMode ?? 'auto', options.groupIndentation);
  if (options.inspectOptions !== undefined) inspectOptionsMap.set(globalConsole, options.inspectOptions);
  for (const key of Object.getOwnPropertySymbols(internalMethods)) {
    if (key === kBindStreams || key === kBindProperties) continue;
    Object.defineProperty(globalConsole, key, hidden(internalMethods[key]));
  }

  globalConsole.Console = Console;

  // Inspector methods: no inspector here, so they do nothing useful.
  globalConsole.profile = function profile() {};
  globalConsole.profileEnd = function profileEnd() {};
  globalConsole.timeStamp = function timeStamp() {};
  globalConsole.context = function context(name) {
    return createGlobalConsole(stdout, stderr, options);
  };
  globalConsole.createTask = function createTask(name) {
    return {
      run(fn) {
        return fn();
      },
    };
  };
  return globalConsole;
}

module.exports = {
  Console,
  createGlobalConsole,
  kBindStreams,
  kBindProperties,
  formatTime,
  getStringWidth,
};

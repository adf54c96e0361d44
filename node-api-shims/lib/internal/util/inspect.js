'use strict';
/**
 * util.inspect, util.format and util.formatWithOptions: how any JavaScript
 * value becomes text. console.log is format() applied to its arguments, so
 * this module decides what almost every line a program prints looks like.
 *
 * The goal is output byte-identical to Node v20. The work happens in three
 * stages:
 *
 *  1. Describe. `formatValue` looks at a value and decides what kind of
 *     thing it is (array, Map, class instance, Error, ...). Primitives are
 *     turned into text right away. For objects, `describeObject` picks the
 *     *prefix* (`Map(2) {`, `Foo [bar] {`, `[`), an optional *base* (the
 *     `[Function: f]` or `/re/g` part shown before the braces), which own
 *     property keys to list, and a function that produces the *items* (array
 *     elements, Map entries, ...).
 *  2. Collect. Each item and each `key: value` property becomes one string
 *     ("entry"); nested objects are formatted recursively, one level deeper.
 *     Levels beyond `depth` print as `[Object]` / `[Array]`, objects met
 *     again on the current path print as `[Circular *1]`.
 *  3. Lay out. `joinEntries` decides between `{ a: 1, b: 2 }` on one line
 *     and one entry per line. With the default `compact: 3`, an object goes
 *     on one line when it fits in `breakLength` (80) columns and the last
 *     object entered below it is less than 3 levels deeper. Arrays of more
 *     than six short items are first arranged into aligned columns
 *     (`groupIntoColumns`).
 *
 * Facts only the engine knows (internal slots: is this a Map? what state is
 * this Promise in? is this a Proxy, and of what?) come from
 * internalBinding('util'); everything else uses ordinary JavaScript, taking
 * care not to run user code (getters, Proxy traps) where Node does not.
 */

const binding = internalBinding('util');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// =========================================================================
// Options
// =========================================================================

// The defaults every inspect() call starts from; `inspect.defaultOptions`
// reads and updates this object.
const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const optionNames = Object.keys(inspectDefaultOptions);

// Strings longer than this may be split at their line breaks.
const MIN_SPLIT_STRING_LENGTH = 16;

// How the entries of an object are written (see formatProperty).
const PROPERTY = 0; // `key: value`; the whole entry list may be sorted
const ARRAY_ITEM = 1; // an array element: the value alone
const ARRAY_PROPERTY = 2; // `key: value` after the items of an array-like

// =========================================================================
// Colours
// =========================================================================

// [open, close] SGR codes of each colour name, as in Node's inspect.colors.
const colors = Object.assign(Object.create(null), {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

// Alternative spellings: non-enumerable accessors that read and write the
// colour they stand for (so Object.keys lists each colour once).
const colorAliases = {
  grey: 'gray',
  blackBright: 'gray',
  bgGrey: 'bgGray',
  bgBlackBright: 'bgGray',
  dim: 'dim',
  faint: 'dim',
  crossedout: 'strikethrough',
  strikeThrough: 'strikethrough',
  crossedOut: 'strikethrough',
  conceal: 'hidden',
  swapColors: 'inverse',
  swapcolors: 'inverse',
  doubleUnderline: 'doubleunderline',
};
for (const alias of Object.keys(colorAliases)) {
  if (alias === colorAliases[alias]) continue; // `dim` is a colour already
  const target = colorAliases[alias];
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}

// Which colour each kind of text gets. Kinds not listed (like `name`, the
// keys of objects) stay uncoloured.
const styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(text, styleType) {
  const style = inspect.styles[styleType];
  if (style === undefined) return text;
  const color = inspect.colors[style];
  if (color === undefined) return text;
  return `\u001b[${color[0]}m${text}\u001b[${color[1]}m`;
}

function stylizeNoColor(text) {
  return text;
}

// =========================================================================
// inspect()
// =========================================================================

/**
 * inspect(value[, options]) or the legacy
 * inspect(value[, showHidden[, depth[, colors]]]).
 */
function inspect(value, opts) {
  const ctx = {
    // Options (copied from the defaults, then from `opts`).
    stylize: stylizeNoColor,
    ...inspectDefaultOptions,
    // State of the walk.
    indentationLvl: 0, // columns the current entry is indented by
    seen: [], // objects on the path from the root to the current one
    circular: undefined, // Map: object -> its `*N` reference number
    lastEnteredLevel: 0, // level of the last object whose entries were collected
    budget: {}, // characters produced per indentation (runaway guard)
    userOptions: undefined, // `opts`, when it carries keys of its own
  };
  if (arguments.length > 1) {
    if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (key === 'stylize' || Object.prototype.hasOwnProperty.call(inspectDefaultOptions, key)) {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Custom inspectors receive the caller's extra options too.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;
Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
});
inspect.colors = colors;
inspect.styles = styles;

function invalidArgType(name, expected, actual) {
  const { codes } = require('internal/errors');
  return new codes.ERR_INVALID_ARG_TYPE(name, expected, actual);
}

// =========================================================================
// Dispatch
// =========================================================================

/**
 * The text of any value. `level` is how many objects deep we are (0 for
 * the value given to inspect()); `fromTypedArray` is set when a typed
 * array shows its `[buffer]` (the buffer then skips its byte contents).
 */
function formatValue(ctx, value, level, fromTypedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  // A proxy is shown as its target, without running any of its traps.
  const receiver = value;
  const proxy = proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, proxy, level);
    value = proxy[0];
  }

  if (ctx.customInspect) {
    const custom = callCustomInspect(ctx, value, receiver, level, proxy !== undefined);
    if (custom !== NOT_CUSTOM) return custom;
  }

  if (ctx.seen.includes(value)) return circularReference(ctx, value);

  return formatObject(ctx, value, level, fromTypedArray);
}

function proxyDetails(value) {
  return typeof binding.getProxyDetails === 'function' ? binding.getProxyDetails(value) : undefined;
}

// `Proxy [ target, handler ]`, with showProxy.
function formatProxy(ctx, proxy, level) {
  if (isBeyondDepth(ctx, level)) return ctx.stylize('Proxy [Array]', 'special');
  level += 1;
  ctx.indentationLvl += 2;
  const parts = [formatValue(ctx, proxy[0], level), formatValue(ctx, proxy[1], level)];
  ctx.indentationLvl -= 2;
  return joinEntries(ctx, parts, '', ['Proxy [', ']'], ARRAY_PROPERTY, level);
}

function isBeyondDepth(ctx, level) {
  return ctx.depth !== null && level > ctx.depth;
}

// Returned by callCustomInspect when the value has no usable inspector.
const NOT_CUSTOM = Symbol('not custom');

/**
 * Objects may define `[util.inspect.custom](depth, options, inspect)`; what
 * it returns is printed instead (a string as is, anything else inspected).
 */
function callCustomInspect(ctx, value, receiver, level, viaProxy) {
  const custom = value[customInspectSymbol];
  if (typeof custom !== 'function' || custom === inspect) return NOT_CUSTOM;
  // `Foo.prototype` inherits Foo's inspector but is no Foo: skip it.
  if (value.constructor && value.constructor.prototype === value) return NOT_CUSTOM;

  const depth = ctx.depth === null ? null : ctx.depth - level;
  // Proxies and null-prototype objects get a bare copy of the options.
  const bare = viaProxy || !(receiver instanceof Object);
  const result = custom.call(receiver, depth, optionsForCustomInspect(ctx, bare), inspect);
  // Returning the object itself means "format me normally".
  if (result === receiver) return NOT_CUSTOM;
  if (typeof result !== 'string') return formatValue(ctx, result, level);
  return result.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
}

// The options object a custom inspector receives.
function optionsForCustomInspect(ctx, bare) {
  const options = { stylize: ctx.stylize };
  for (const name of optionNames) options[name] = ctx[name];
  Object.assign(options, ctx.userOptions);
  if (bare) {
    Object.setPrototypeOf(options, null);
    for (const key of Object.keys(options)) {
      const v = options[key];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) delete options[key];
    }
    const stylize = (text, styleType) => {
      let styled;
      try {
        styled = `${ctx.stylize(text, styleType)}`;
      } catch {
        // A broken stylize leaves the text as it is.
      }
      return typeof styled === 'string' ? styled : text;
    };
    options.stylize = Object.setPrototypeOf(stylize, null);
  }
  return options;
}

// The options of `ctx` as an options object (for nested inspect calls).
function currentOptions(ctx) {
  const options = { stylize: ctx.stylize };
  for (const name of optionNames) options[name] = ctx[name];
  return options;
}

// An object met again while still inside it: `[Circular *N]`. The object
// itself will get the matching `<ref *N>` label when it is finished.
function circularReference(ctx, value) {
  if (ctx.circular === undefined) ctx.circular = new Map();
  let id = ctx.circular.get(value);
  if (id === undefined) {
    id = ctx.circular.size + 1;
    ctx.circular.set(value, id);
  }
  return ctx.stylize(`[Circular *${id}]`, 'special');
}

// =========================================================================
// Primitives
// =========================================================================

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string':
      return formatString(stylize, value, ctx);
    case 'number':
      return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean':
      return stylize(`${value}`, 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    default: // symbol
      return stylize(Symbol.prototype.toString.call(value), 'symbol');
  }
}

function formatString(stylize, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  // A long string with line breaks is shown as one quoted piece per line,
  // joined with ` +`, each line on its own row.
  if (ctx.compact !== true &&
      value.length > MIN_SPLIT_STRING_LENGTH &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    const pieces = splitAfterNewlines(value).map((line) => stylize(quoteString(line), 'string'));
    return pieces.join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
  }
  return stylize(quoteString(value), 'string') + trailer;
}

// 'a\nb\n' -> ['a\n', 'b\n']: every piece but the last ends with '\n'.
function splitAfterNewlines(text) {
  const pieces = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    if (newline === -1 || newline === text.length - 1) {
      pieces.push(text.slice(start));
      return pieces;
    }
    pieces.push(text.slice(start, newline + 1));
    start = newline + 1;
  }
}

function formatNumber(stylize, number, numericSeparator) {
  if (Object.is(number, -0)) return stylize('-0', 'number');
  const text = `${number}`;
  if (!numericSeparator) return stylize(text, 'number');
  return stylize(addNumericSeparators(text), 'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const text = `${bigint}`;
  return stylize(`${numericSeparator ? groupIntegerDigits(text) : text}n`, 'bigint');
}

// 1234567.891 -> 1_234_567.891: thousands groups before the point, groups of
// three after it counted from the point. Exponent forms stay as they are
// unless they contain a point (then the fraction is grouped like Node does).
function addNumericSeparators(text) {
  const point = text.indexOf('.');
  if (point === -1) {
    if (text.includes('e') || !/\d$/.test(text)) return text; // 1e+21, NaN, Infinity
    return groupIntegerDigits(text);
  }
  const fraction = text.slice(point + 1);
  let grouped = '';
  let i = 0;
  for (; i < fraction.length - 3; i += 3) grouped += `${fraction.slice(i, i + 3)}_`;
  grouped += fraction.slice(i);
  return `${groupIntegerDigits(text.slice(0, point))}.${grouped}`;
}

// '-1234567' -> '-1_234_567'
function groupIntegerDigits(text) {
  const sign = text[0] === '-' ? '-' : '';
  let digits = text.slice(sign.length);
  let grouped = '';
  while (digits.length > 3) {
    grouped = `_${digits.slice(-3)}${grouped}`;
    digits = digits.slice(0, -3);
  }
  return `${sign}${digits}${grouped}`;
}

// ---- quoting and escaping strings ----------------------------------------

// Escapes of the C0 controls as Node writes them.
const controlEscapes = [];
for (let code = 0; code < 0x20; code++) {
  controlEscapes.push(`\\x${code.toString(16).toUpperCase().padStart(2, '0')}`);
}
controlEscapes[0x08] = '\\b';
controlEscapes[0x09] = '\\t';
controlEscapes[0x0a] = '\\n';
controlEscapes[0x0c] = '\\f';
controlEscapes[0x0d] = '\\r';

// The escape for one UTF-16 code unit that must not appear raw, or
// undefined if it may.
function escapeCodeUnit(code) {
  if (code < 0x20) return controlEscapes[code];
  if (code === 0x5c) return '\\\\';
  if (code >= 0x7f && code <= 0x9f) return `\\x${code.toString(16).toUpperCase()}`;
  return undefined;
}

/**
 * The string as a quoted literal: single quotes by preference; double
 * quotes when it contains a single quote; backticks when it contains both
 * (and no backtick or `${`); otherwise single quotes with `\'` escapes.
 * Control characters, backslashes and lone surrogates are escaped.
 */
function quoteString(text) {
  let quote = "'";
  if (text.includes("'")) {
    if (!text.includes('"')) {
      quote = '"';
    } else if (!text.includes('`') && !text.includes('${')) {
      quote = '`';
    }
  }
  return `${quote}${escapeString(text, quote === "'")}${quote}`;
}

// Escapes `text` for display; with `escapeSingleQuote` also `'` as `\'`.
function escapeString(text, escapeSingleQuote) {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let escaped;
    if (code === 0x27) {
      if (escapeSingleQuote) escaped = "\\'";
    } else if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate pair is a character; a lone surrogate is not.
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      escaped = `\\u${code.toString(16)}`;
    } else {
      escaped = escapeCodeUnit(code);
    }
    if (escaped !== undefined) {
      out += text.slice(copiedUpTo, i) + escaped;
      copiedUpTo = i + 1;
    }
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

// =========================================================================
// Objects
// =========================================================================

/**
 * The text of an object (or function) that has no custom inspector and is
 * not on the current path.
 */
function formatObject(ctx, value, level, fromTypedArray) {
  // With showHidden, non-method properties of user prototypes are listed.
  let protoEntries;
  if (ctx.showHidden && !isBeyondDepth(ctx, level)) protoEntries = [];
  const constructor = getConstructorName(value, ctx, level, protoEntries);
  if (protoEntries !== undefined && protoEntries.length === 0) protoEntries = undefined;
  const tag = displayedToStringTag(ctx, value);

  const shape = describeObject(ctx, value, constructor, tag, level, fromTypedArray,
    protoEntries !== undefined);
  // Some objects are complete without entries (`{}`, `[Function: f]`, ...).
  if (typeof shape === 'string') return shape;

  if (isBeyondDepth(ctx, level)) {
    let name = getPrefix(constructor, tag, plainObjectName(ctx, value, constructor)).slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  level += 1;

  ctx.seen.push(value);
  ctx.lastEnteredLevel = level;
  const indentationLvl = ctx.indentationLvl;
  let entries;
  try {
    entries = shape.items(ctx, value, level);
    for (const key of shape.keys) {
      entries.push(formatProperty(ctx, value, level, key, shape.entryType));
    }
    if (protoEntries !== undefined) entries.push(...protoEntries);
  } catch (err) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    if (isStackOverflow(err)) {
      const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
      return ctx.stylize(
        `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
    }
    throw err;
  }

  // Label an object that is referred to from inside itself: `<ref *1>`.
  let base = shape.base;
  const braces = shape.braces;
  if (ctx.circular !== undefined) {
    const id = ctx.circular.get(value);
    if (id !== undefined) {
      const label = ctx.stylize(`<ref *${id}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? label : `${label} ${base}`;
      } else {
        braces[0] = `${label} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) sortEntries(ctx, entries, shape);

  const text = joinEntries(ctx, entries, base, braces, shape.entryType, level, value);
  // Stop descending once an absurd amount of text has been produced.
  const produced = (ctx.budget[ctx.indentationLvl] || 0) + text.length;
  ctx.budget[ctx.indentationLvl] = produced;
  if (produced > 2 ** 27) ctx.depth = -1;
  return text;
}

function isStackOverflow(err) {
  return err instanceof RangeError && /call stack|too much recursion/i.test(`${err.message}`);
}

// With `sorted`, properties are sorted; for array-likes only the
// properties after the items.
function sortEntries(ctx, entries, shape) {
  const compare = ctx.sorted === true ? undefined : ctx.sorted;
  if (shape.entryType === PROPERTY) {
    entries.sort(compare);
  } else if (shape.keys.length > 1) {
    const start = entries.length - shape.keys.length;
    const properties = entries.slice(start).sort(compare);
    entries.splice(start, properties.length, ...properties);
  }
}

/**
 * Decides how `value` is shown. Returns the finished text for objects that
 * need no entries, else a shape:
 *   braces:    [opening, closing], e.g. ['Map(2) {', '}']
 *   base:      text before the braces ('' for most objects)
 *   keys:      own property keys to list after the items
 *   items:     (ctx, value, level) => array of item strings
 *   entryType: PROPERTY or ARRAY_PROPERTY (array-likes)
 */
function describeObject(ctx, value, constructor, tag, level, fromTypedArray, hasProtoEntries) {
  const shape = {
    braces: ['{', '}'],
    base: '',
    keys: undefined,
    items: noItems,
    entryType: PROPERTY,
  };
  const nothingElse = (keys) => keys.length === 0 && !hasProtoEntries;

  // Types identified by their slots. An object without a prototype may have
  // lost Symbol.iterator, so it is checked too.
  if (Symbol.iterator in value || constructor === null) {
    if (Array.isArray(value)) {
      const prefix = constructor !== 'Array' || tag !== '' ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      shape.keys = nonIndexKeys(value, ctx.showHidden);
      shape.braces = [`${prefix}[`, ']'];
      if (value.length === 0 && nothingElse(shape.keys)) return `${shape.braces[0]}]`;
      shape.entryType = ARRAY_PROPERTY;
      shape.items = arrayItems;
      return shape;
    }
    if (binding.isSet(value)) {
      const size = setSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      shape.keys = propertyKeys(value, ctx.showHidden);
      if (size === 0 && nothingElse(shape.keys)) return `${prefix}{}`;
      shape.braces = [`${prefix}{`, '}'];
      shape.items = setItems;
      return shape;
    }
    if (binding.isMap(value)) {
      const size = mapSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      shape.keys = propertyKeys(value, ctx.showHidden);
      if (size === 0 && nothingElse(shape.keys)) return `${prefix}{}`;
      shape.braces = [`${prefix}{`, '}'];
      shape.items = mapItems;
      return shape;
    }
    if (binding.isTypedArray(value)) {
      shape.keys = nonIndexKeys(value, ctx.showHidden);
      let view = value;
      let fallback = '';
      if (constructor === null) {
        // Without a prototype the elements are read through a fresh copy.
        fallback = typedArrayType(value);
        view = new globalThis[fallback](value);
      }
      const length = typedArrayLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${length})`);
      shape.braces = [`${prefix}[`, ']'];
      if (value.length === 0 && shape.keys.length === 0 && !ctx.showHidden) {
        return `${shape.braces[0]}]`;
      }
      shape.entryType = ARRAY_PROPERTY;
      shape.items = (c, v, l) => typedArrayItems(c, view, length, l);
      return shape;
    }
    if (binding.isMapIterator(value) || binding.isSetIterator(value)) {
      shape.keys = propertyKeys(value, ctx.showHidden);
      shape.braces = iteratorBraces(binding.isMapIterator(value) ? 'Map' : 'Set', tag);
      shape.items = (c, v, l) => iteratorItems(c, v, l, shape.braces);
      return shape;
    }
  }

  const keys = propertyKeys(value, ctx.showHidden);
  shape.keys = keys;

  if (typeof value === 'function') {
    shape.base = functionBase(value, constructor, tag);
    if (nothingElse(keys)) return ctx.stylize(shape.base, 'special');
    return shape;
  }
  if (constructor === 'Object') {
    if (isArgumentsObject(value)) {
      shape.braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      shape.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    if (nothingElse(keys)) return `${shape.braces[0]}}`;
    return shape;
  }
  if (binding.isRegExp(value)) {
    const source = constructor !== null ? value : new RegExp(value);
    shape.base = RegExp.prototype.toString.call(source);
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') shape.base = `${prefix}${shape.base}`;
    if (nothingElse(keys) || isBeyondDepth(ctx, level)) return ctx.stylize(shape.base, 'regexp');
    return shape;
  }
  if (binding.isDate(value)) {
    const time = Date.prototype.getTime.call(value);
    shape.base = Number.isNaN(time) ?
      Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') shape.base = `${prefix}${shape.base}`;
    if (nothingElse(keys)) return ctx.stylize(shape.base, 'date');
    return shape;
  }
  if (isError(value)) {
    shape.base = formatError(value, constructor, tag, ctx, keys);
    if (nothingElse(keys)) return shape.base;
    return shape;
  }
  if (binding.isArrayBuffer(value) || hasSlot('isSharedArrayBuffer', value)) {
    const type = binding.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = getPrefix(constructor, tag, type);
    if (fromTypedArray === undefined) {
      shape.items = arrayBufferContents;
    } else if (nothingElse(keys)) {
      return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
    }
    shape.braces[0] = `${prefix}{`;
    keys.unshift('byteLength');
    return shape;
  }
  if (hasSlot('isDataView', value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    keys.unshift('byteLength', 'byteOffset', 'buffer');
    return shape;
  }
  if (binding.isModuleNamespaceObject(value)) {
    // An ES module's namespace: `[Module: null prototype] { ... }`.
    shape.braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    return shape;
  }
  if (binding.isPromise(value)) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    shape.items = promiseItems;
    return shape;
  }
  if (binding.isWeakSet(value) || binding.isWeakMap(value)) {
    // Their contents cannot be listed from JavaScript; with showHidden the
    // engine lists the live entries.
    const isSet = binding.isWeakSet(value);
    shape.braces[0] = `${getPrefix(constructor, tag, isSet ? 'WeakSet' : 'WeakMap')}{`;
    if (!ctx.showHidden) shape.items = unknownItems;
    else shape.items = isSet ? weakSetItems : weakMapItems;
    return shape;
  }
  if (binding.isBoxedPrimitive(value)) {
    shape.base = boxedPrimitiveBase(value, ctx, keys, constructor, tag);
    if (nothingElse(keys)) return shape.base;
    return shape;
  }
  // A URL (even with customInspect off) is its href, as in node.
  if (!isBeyondDepth(ctx, level) && require('internal/url').isURL(value)) {
    shape.base = value.href;
    if (nothingElse(keys)) return shape.base;
    return shape;
  }
  // Any other object: class instances, null-prototype objects, ...
  const prefix = getPrefix(constructor, tag, plainObjectName(ctx, value, constructor));
  if (nothingElse(keys)) return `${prefix}{}`;
  shape.braces[0] = `${prefix}{`;
  return shape;
}

function hasSlot(check, value) {
  return typeof binding[check] === 'function' && binding[check](value);
}

function isError(value) {
  return binding.isNativeError(value) || value instanceof Error;
}

function isArgumentsObject(value) {
  if (typeof binding.isArgumentsObject === 'function') return binding.isArgumentsObject(value);
  // Without the slot check: the builtin tag, unless a toStringTag fakes it.
  return value[Symbol.toStringTag] === undefined &&
    Object.prototype.toString.call(value) === '[object Arguments]';
}

// ---- names, tags and prefixes --------------------------------------------

// Globals that are builtin constructors: Object, Array, Map, ...
const builtInConstructorNames = new Set(
  // (The dev harnesses run this file under node, without that list.)
  (internalBinding('util').languageGlobalNames ?? Object.getOwnPropertyNames(globalThis))
    .filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)),
);

/**
 * The name of the first constructor up the prototype chain that `obj` is an
 * instance of (`Foo`, `Object`, `Map`); null for an object whose chain ends
 * without one (Object.create(null)). A chain that ends in a null-prototype
 * object reads like `Object <[Object: null prototype] {}>`.
 */
function getConstructorName(obj, ctx, level, protoEntries) {
  let firstProto;
  let current = obj;
  while (current) {
    const descriptor = Object.getOwnPropertyDescriptor(current, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceOf(obj, descriptor.value)) {
      if (protoEntries !== undefined &&
          (firstProto !== current || !builtInConstructorNames.has(descriptor.value.name))) {
        collectPrototypeEntries(ctx, obj, firstProto || obj, level, protoEntries);
      }
      return String(descriptor.value.name);
    }
    current = Object.getPrototypeOf(current);
    if (firstProto === undefined) firstProto = current;
  }
  if (firstProto === null) return null;

  const engineName = engineClassName(obj);
  if (isBeyondDepth(ctx, level)) return `${engineName} <Complex prototype>`;
  const protoName = getConstructorName(firstProto, ctx, level + 1, protoEntries);
  if (protoName === null) {
    const protoText = inspect(firstProto, { ...currentOptions(ctx), customInspect: false, depth: -1 });
    return `${engineName} <${protoText}>`;
  }
  return `${engineName} <${protoName}>`;
}

function isInstanceOf(obj, constructor) {
  try {
    return obj instanceof constructor;
  } catch {
    return false;
  }
}

// What the engine would call the object's class when no constructor is
// found: a string Symbol.toStringTag data property on the chain, else the
// builtin class (`Object`, `Function`, ...).
function engineClassName(obj) {
  for (let current = obj; current !== null; current = Object.getPrototypeOf(current)) {
    const descriptor = Object.getOwnPropertyDescriptor(current, Symbol.toStringTag);
    if (descriptor !== undefined && typeof descriptor.value === 'string') return descriptor.value;
    if (current !== obj) {
      const ctor = Object.getOwnPropertyDescriptor(current, 'constructor');
      if (ctor !== undefined && typeof ctor.value === 'function' &&
          typeof ctor.value.name === 'string' && ctor.value.name !== '') {
        return ctor.value.name;
      }
    }
  }
  return Object.prototype.toString.call(obj).slice(8, -1);
}

// The name an ordinary object without a constructor goes by: Object, or
// its own toStringTag when that is listed as a property anyway.
function plainObjectName(ctx, value, constructor) {
  if (constructor !== null) return 'Object';
  const descriptor = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  if (descriptor !== undefined && typeof descriptor.value === 'string' &&
      descriptor.value !== '' && (ctx.showHidden || descriptor.enumerable)) {
    return descriptor.value;
  }
  return 'Object';
}

/**
 * The Symbol.toStringTag worth showing in brackets (`Foo [bar] {}`): a
 * string that is not already listed as an own property.
 */
function displayedToStringTag(ctx, value) {
  const tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string' || tag === '') return '';
  const listed = ctx.showHidden ?
    Object.prototype.hasOwnProperty.call(value, Symbol.toStringTag) :
    Object.prototype.propertyIsEnumerable.call(value, Symbol.toStringTag);
  return listed ? '' : tag;
}

/**
 * `Foo(2) [tag] `, `[Map(2): null prototype] `, ...: the text before the
 * opening brace, ending with a space. `fallback` names the builtin type for
 * objects without a constructor; `size` follows the name.
 */
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// ---- which keys are listed -----------------------------------------------

/**
 * Own keys to list: the enumerable ones (string keys, then symbols), or all
 * of them with showHidden.
 */
function propertyKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) return [...Object.getOwnPropertyNames(value), ...symbols];
  const keys = Object.keys(value);
  for (const symbol of symbols) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  }
  return keys;
}

// Like propertyKeys, without array indices (those are shown as items).
function nonIndexKeys(value, showHidden) {
  return propertyKeys(value, showHidden).filter((key) => !isArrayIndex(key));
}

function isArrayIndex(key) {
  return typeof key === 'string' && /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

/**
 * With showHidden: the non-method properties (getters, data) of up to
 * three user-defined prototypes of `main`, starting at `proto`, dimmed when
 * colours are on. Stops at a builtin prototype.
 */
function collectPrototypeEntries(ctx, main, proto, level, output) {
  let current = proto;
  const shownAbove = new Set();
  for (let step = 0; step < 3; step++) {
    if (step !== 0 || current === main) {
      current = Object.getPrototypeOf(current);
      if (current === null) return;
      const ctor = Object.getOwnPropertyDescriptor(current, 'constructor');
      if (ctor !== undefined && typeof ctor.value === 'function' &&
          builtInConstructorNames.has(ctor.value.name)) {
        return;
      }
    }
    const keys = Reflect.ownKeys(current);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || Object.prototype.hasOwnProperty.call(main, key) ||
          shownAbove.has(key)) {
        continue;
      }
      const descriptor = Object.getOwnPropertyDescriptor(current, key);
      if (typeof descriptor.value === 'function') continue;
      const entry = formatProperty(ctx, current, level, key, PROPERTY, descriptor, main);
      output.push(ctx.colors ? `\u001b[2m${entry}\u001b[22m` : entry);
    }
    ctx.seen.pop();
    for (const key of keys) shownAbove.add(key);
  }
}

// =========================================================================
// Properties
// =========================================================================

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

/**
 * One entry: `name: value` (or just the value for an array element).
 * `desc` may be given (prototype properties); `receiver` is what getters
 * are called on.
 */
function formatProperty(ctx, obj, level, key, entryType, desc, receiver = obj) {
  desc = desc || Object.getOwnPropertyDescriptor(obj, key) || { value: obj[key], enumerable: true };
  let text;
  let separator = ' ';
  if (desc.value !== undefined) {
    // compact=true indents object properties by 3 and may put a long value
    // on the line below its key.
    const extraIndent = ctx.compact !== true || entryType !== PROPERTY ? 2 : 3;
    ctx.indentationLvl += extraIndent;
    text = formatValue(ctx, desc.value, level);
    if (extraIndent === 3 && ctx.breakLength < getStringWidth(text, ctx.colors)) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= extraIndent;
  } else if (desc.get !== undefined) {
    text = formatAccessor(ctx, desc, receiver, level);
  } else if (desc.set !== undefined) {
    text = ctx.stylize('[Setter]', 'special');
  } else {
    text = ctx.stylize('undefined', 'undefined');
  }
  if (entryType === ARRAY_ITEM) return text;
  return `${propertyName(ctx, key, desc)}:${separator}${text}`;
}

// `[Getter]`, `[Setter]`, `[Getter/Setter]`; with the `getters` option the
// getter is called and its value shown too: `[Getter: 1]`.
function formatAccessor(ctx, desc, receiver, level) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const wanted = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!wanted) return s(`[${label}]`, 'special');
  try {
    const result = desc.get.call(receiver);
    ctx.indentationLvl += 2;
    let text;
    if (result === null) {
      text = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    } else if (typeof result === 'object') {
      text = `${s(`[${label}]`, 'special')} ${formatValue(ctx, result, level)}`;
    } else {
      text = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, result, ctx)}${s(']', 'special')}`;
    }
    ctx.indentationLvl -= 2;
    return text;
  } catch (err) {
    return `${s(`[${label}:`, 'special')} <Inspection threw (${err.message})>${s(']', 'special')}`;
  }
}

// How a key is written: `a`, `'a-b'`, `[Symbol(x)]`, `[hidden]`.
function propertyName(ctx, key, desc) {
  if (typeof key === 'symbol') {
    return `[${ctx.stylize(escapeString(Symbol.prototype.toString.call(key), true), 'symbol')}]`;
  }
  if (key === '__proto__') return "['__proto__']";
  if (desc.enumerable === false) return `[${escapeString(key, true)}]`;
  if (identifierKey.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(quoteString(key), 'string');
}

// =========================================================================
// Items of the different kinds of objects
// =========================================================================

function noItems() {
  return [];
}

function moreItems(count) {
  return `... ${count} more item${count > 1 ? 's' : ''}`;
}

function emptyItems(ctx, count) {
  return ctx.stylize(`<${count} empty item${count > 1 ? 's' : ''}>`, 'undefined');
}

/**
 * Array elements, at most maxArrayLength entries. A run of missing
 * elements (a sparse array) is one entry, `<N empty items>`.
 */
function arrayItems(ctx, array, level) {
  const length = array.length;
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  let index = 0;
  for (; index < limit; index++) {
    if (!Object.prototype.hasOwnProperty.call(array, index)) {
      return sparseArrayItems(ctx, array, level, limit, output, index);
    }
    output.push(formatProperty(ctx, array, level, index, ARRAY_ITEM));
  }
  if (length > limit) output.push(moreItems(length - limit));
  return output;
}

// The rest of an array from its first hole at `index`: the present elements
// are found through its own keys (indices come first, in order).
function sparseArrayItems(ctx, array, level, limit, output, index) {
  const keys = Object.keys(array);
  for (let k = index; k < keys.length && output.length < limit; k++) {
    const key = keys[k];
    if (!isArrayIndex(key)) break;
    const position = Number(key);
    if (position !== index) {
      output.push(emptyItems(ctx, position - index));
      index = position;
      if (output.length === limit) break;
    }
    output.push(formatProperty(ctx, array, level, key, ARRAY_ITEM));
    index++;
  }
  const remaining = array.length - index;
  if (remaining > 0) {
    output.push(output.length !== limit ? emptyItems(ctx, remaining) : moreItems(remaining));
  }
  return output;
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);

function typedArrayLength(value) {
  return Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get.call(value);
}

function typedArrayType(value) {
  return Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get.call(value);
}

// Elements of a typed array (numbers or bigints), then with showHidden its
// hidden properties.
function typedArrayItems(ctx, view, length, level) {
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  const isBigInt = view.length > 0 && typeof view[0] === 'bigint';
  for (let i = 0; i < limit; i++) {
    output.push(isBigInt ?
      formatBigInt(ctx.stylize, view[i], ctx.numericSeparator) :
      formatNumber(ctx.stylize, view[i], ctx.numericSeparator));
  }
  if (view.length > limit) output.push(moreItems(view.length - limit));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, view[key], level, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// `[Uint8Contents]: <01 02 ff>`
function arrayBufferContents(ctx, buffer) {
  let bytes;
  try {
    bytes = new Uint8Array(buffer);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  const hex = [];
  for (let i = 0; i < shown; i++) hex.push(bytes[i].toString(16).padStart(2, '0'));
  let text = hex.join(' ');
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${text}>`];
}

function setSize(set) {
  return Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call(set);
}

function mapSize(map) {
  return Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(map);
}

// Set members, read with the builtin iterator (subclasses and
// null-prototype sets alike).
function setItems(ctx, set, level) {
  const size = setSize(set);
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  for (const member of Set.prototype.values.call(set)) {
    if (output.length >= limit) break;
    output.push(formatValue(ctx, member, level));
  }
  if (size > limit) output.push(moreItems(size - limit));
  ctx.indentationLvl -= 2;
  return output;
}

// `key => value` entries of a Map.
function mapItems(ctx, map, level) {
  const size = mapSize(map);
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  for (const entry of Map.prototype.entries.call(map)) {
    if (output.length >= limit) break;
    output.push(`${formatValue(ctx, entry[0], level)} => ${formatValue(ctx, entry[1], level)}`);
  }
  if (size > limit) output.push(moreItems(size - limit));
  ctx.indentationLvl -= 2;
  return output;
}

// `[Map Iterator] {`, or with a toStringTag of its own `[tag] [Map Iterator] {`.
function iteratorBraces(type, tag) {
  const name = `${type} Iterator`;
  if (tag !== name) tag = tag === '' ? name : `${tag}] [${name}`;
  return [`[${tag}] {`, '}'];
}

/**
 * What a Map or Set iterator has left, without advancing it. An entries()
 * iterator is relabelled `[Map Entries]` and shows `[ key, value ]` pairs.
 */
function iteratorItems(ctx, iterator, level, braces) {
  const preview = typeof binding.previewEntries === 'function' ?
    binding.previewEntries(iterator, true) : undefined;
  if (preview === undefined) return unknownItems(ctx);
  const entries = preview[0];
  const pairs = preview[1];
  const count = pairs ? entries.length / 2 : entries.length;
  const limit = Math.min(Math.max(ctx.maxArrayLength, 0), count);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < limit; i++) {
    if (pairs) {
      const pair = [formatValue(ctx, entries[2 * i], level), formatValue(ctx, entries[2 * i + 1], level)];
      output.push(joinEntries(ctx, pair, '', ['[', ']'], ARRAY_PROPERTY, level));
    } else {
      output.push(formatValue(ctx, entries[i], level));
    }
  }
  ctx.indentationLvl -= 2;
  if (count > limit) output.push(moreItems(count - limit));
  if (pairs) braces[0] = braces[0].replace(/ Iterator\] \{$/, ' Entries] {');
  return output;
}

/**
 * A WeakSet's live members (with showHidden), at most maxArrayLength. The
 * engine's order is arbitrary, so unless the whole output is sorted anyway
 * the texts are sorted, as node does, for a stable result.
 */
function weakSetItems(ctx, set, level) {
  const members = binding.previewEntries(set);
  const limit = Math.min(Math.max(ctx.maxArrayLength, 0), members.length);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < limit; i++) output.push(formatValue(ctx, members[i], level));
  ctx.indentationLvl -= 2;
  if (!ctx.sorted) output.sort();
  if (members.length > limit) output.push(moreItems(members.length - limit));
  return output;
}

// A WeakMap's live entries (with showHidden) as `key => value`, sorted like
// weakSetItems'.
function weakMapItems(ctx, map, level) {
  const entries = binding.previewEntries(map);
  const count = entries.length / 2;
  const limit = Math.min(Math.max(ctx.maxArrayLength, 0), count);
  const output = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < limit; i++) {
    const key = formatValue(ctx, entries[2 * i], level);
    output.push(`${key} => ${formatValue(ctx, entries[2 * i + 1], level)}`);
  }
  ctx.indentationLvl -= 2;
  if (!ctx.sorted) output.sort();
  if (count > limit) output.push(moreItems(count - limit));
  return output;
}

function unknownItems(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

// `<pending>`, the value, or `<rejected> reason`.
function promiseItems(ctx, promise, level) {
  const [state, result] = binding.getPromiseState(promise);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const text = formatValue(ctx, result, level);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${text}` : text];
}

// ---- functions and classes -----------------------------------------------

// `[Function: f]`, `[AsyncGeneratorFunction (anonymous)]`, `[class A extends B]`.
function functionBase(fn, constructor, tag) {
  if (isClassConstructor(fn)) return classBase(fn, constructor, tag);
  let type = 'Function';
  if (binding.isGeneratorFunction(fn)) type = `Generator${type}`;
  if (binding.isAsyncFunction(fn)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += fn.name === '' ? ' (anonymous)' : `: ${fn.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

/**
 * Was `fn` written with `class`? The engine may know (Boa's toString gives
 * no source for classes); otherwise the source text tells: `class`, then
 * a name, `extends` or `{` -- but not `(`, which would be a method named
 * `class`.
 */
function isClassConstructor(fn) {
  if (typeof binding.isClassConstructor === 'function' && binding.isClassConstructor(fn)) return true;
  let source;
  try {
    source = Function.prototype.toString.call(fn);
  } catch {
    return false;
  }
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const body = source.indexOf('{');
  if (body === -1) return false;
  const header = source.slice(5, body).replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
  return header === '' || (/^\s/.test(header) && !header.trim().startsWith('('));
}

function classBase(fn, constructor, tag) {
  const name = (Object.prototype.hasOwnProperty.call(fn, 'name') && fn.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor === null) {
    base += ' extends [null prototype]';
  } else {
    const superName = Object.getPrototypeOf(fn).name;
    if (superName) base += ` extends ${superName}`;
  }
  return `[${base}]`;
}

// ---- boxed primitives ----------------------------------------------------

// Each wrapper type and the builtin that unwraps it (it throws for
// anything else, which is how the type is recognised).
const boxedTypes = [
  ['Number', Number.prototype.valueOf],
  ['String', String.prototype.valueOf],
  ['Boolean', Boolean.prototype.valueOf],
  ['BigInt', BigInt.prototype.valueOf],
  ['Symbol', Symbol.prototype.valueOf],
];

function unbox(value) {
  for (const [type, valueOf] of boxedTypes) {
    try {
      return [type, valueOf.call(value)];
    } catch {
      // not this type
    }
  }
  return ['Object', undefined];
}

// `[Number: 3]`, `[String: 'ab']`, `[Number (Foo): 3]`.
function boxedPrimitiveBase(value, ctx, keys, constructor, tag) {
  const [type, primitive] = unbox(value);
  // A String object's index properties are its characters: not listed.
  if (type === 'String') keys.splice(0, primitive.length);
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// =========================================================================
// Errors
// =========================================================================

/**
 * An error prints as its stack, adjusted so the first line names the
 * error's class (`TypeError [ERR_X]: ...`). Without frames it is wrapped in
 * brackets: `[Error: message]`. `keys` is edited: properties the stack
 * already shows are dropped, `cause` and `errors` are added.
 */
function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  const stack = stackOf(err);
  dropKeysShownByStack(ctx, keys, err, stack);
  if ('cause' in err && !keys.includes('cause')) keys.push('cause');
  if (Array.isArray(err.errors) && !keys.includes('errors')) keys.push('errors');

  let text = relabelStack(stack, constructor, name, tag);

  // The frames start after the message (which may contain anything).
  let searchFrom = (err.message && text.indexOf(err.message)) || -1;
  if (searchFrom !== -1) searchFrom += err.message.length;
  const framesStart = text.indexOf('\n    at', searchFrom);
  if (framesStart === -1) {
    text = `[${text}]`;
  } else {
    const frames = stackFrames(ctx, err, text.slice(framesStart + 1));
    text = text.slice(0, framesStart);
    for (const frame of frames) text += `\n${ctx.colors ? highlightFrame(ctx, frame) : frame}`;
  }

  if (ctx.indentationLvl !== 0) {
    text = text.split('\n').join(`\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return text;
}

function stackOf(err) {
  // An own data property is read through its descriptor: on Boa, a
  // property read site that once ran an inherited `stack` getter (which
  // stores the stack on its error) may run that getter again for other
  // errors, replacing a stack the program assigned.
  const own = Object.getOwnPropertyDescriptor(err, 'stack');
  const stack = own !== undefined && 'value' in own ? own.value : err.stack;
  return stack ? String(stack) : Error.prototype.toString.call(err);
}

// name, message and stack are not listed again when the stack shows them.
function dropKeysShownByStack(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) {
      keys.splice(index, 1);
    }
  }
}

/**
 * The first line of a stack names the error by its `name`; when the class
 * says more (a subclass, a null prototype, a toStringTag) it is added:
 * `RangeError: x` of a `class MyRangeError` becomes `MyRangeError [RangeError]: x`.
 * Stacks that do not start with the name are left alone.
 */
function relabelStack(stack, constructor, name, tag) {
  let nameLength = name.length;
  const looksNormal = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === nameLength || stack[nameLength] === ':' || stack[nameLength] === '\n');
  if (constructor !== null && !looksNormal) return stack;

  let fallback = 'Error';
  if (constructor === null) {
    const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (start && start[1]) || '';
    nameLength = fallback.length;
    fallback = fallback || 'Error';
  }
  const label = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === label) return stack;
  if (label.includes(name)) {
    return nameLength === 0 ? `${label}: ${stack}` : `${label}${stack.slice(nameLength)}`;
  }
  return `${label} [${name}]${stack.slice(nameLength)}`;
}

/**
 * The frame lines of a stack. Frames an error shares with its `cause` (the
 * tail of both stacks, usually) are replaced by one line:
 * `    ... 4 lines matching cause stack trace ...`.
 */
function stackFrames(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try {
    cause = err.cause;
  } catch {
    // a throwing getter: nothing to compare with
  }
  if (cause == null || !isError(cause)) return frames;
  const causeStack = stackOf(cause);
  const causeStart = causeStack.indexOf('\n    at');
  if (causeStart === -1) return frames;
  const causeFrames = causeStack.slice(causeStart + 1).split('\n');
  const shared = sharedRun(frames, causeFrames);
  if (shared.length > 0) {
    const skipped = shared.length - 2;
    const note = ctx.stylize(`    ... ${skipped} lines matching cause stack trace ...`, 'undefined');
    frames.splice(shared.start + 1, skipped, note);
  }
  return frames;
}

// The first run of more than three consecutive lines of `a` that also
// appear, consecutively, in `b` (which must have more than three lines
// from the match on).
function sharedRun(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const j = b.indexOf(a[i]);
    if (j === -1 || b.length - j <= 3) continue;
    const max = Math.min(a.length - i, b.length - j);
    let length = 1;
    while (length < max && a[i + length] === b[j + length]) length++;
    if (length > 3) return { start: i, length };
  }
  return { start: 0, length: 0 };
}

const coreFrame = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
// `/node_modules/<package>/`, where a package may be `@scope/name`.
const nodeModulesPath = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)(?=[/\\])/g;

// With colours, frames in Node's own modules are grey; the names of
// packages under node_modules are underlined; the working directory is grey.
function highlightFrame(ctx, frame) {
  if (coreFrame.test(frame)) return ctx.stylize(frame, 'undefined');
  let line = frame.replace(nodeModulesPath, (match, name) =>
    `${match.slice(0, match.length - name.length)}${ctx.stylize(name, 'module')}`);
  const cwd = workingDirectory();
  if (cwd !== undefined) {
    const marked = greyWorkingDirectory(ctx, line, cwd);
    line = marked !== line ? marked : greyWorkingDirectory(ctx, line, fileUrlOf(cwd));
  }
  return line;
}

function workingDirectory() {
  try {
    return typeof process === 'object' && process !== null && typeof process.cwd === 'function' ?
      process.cwd() : undefined;
  } catch {
    return undefined;
  }
}

function fileUrlOf(path) {
  return `file://${encodeURI(path.replace(/\\/g, '/')).replace(/[?#]/g, encodeURIComponent)}`;
}

// `    at f (/cwd/a.js:1:2)` -> the `(/cwd/` part and the closing `)` grey.
function greyWorkingDirectory(ctx, line, cwd) {
  let at = line.indexOf(cwd);
  if (at === -1) return line;
  let length = cwd.length;
  if (line.slice(at - 7, at) === 'file://') {
    at -= 7;
    length += 7;
  }
  const start = line[at - 1] === '(' ? at - 1 : at;
  const closing = start !== at && line.endsWith(')');
  const end = at + length + 1;
  let out = line.slice(0, start) + ctx.stylize(line.slice(start, end), 'undefined');
  out += line.slice(end, closing ? -1 : line.length);
  if (closing) out += ctx.stylize(')', 'undefined');
  return out;
}

// =========================================================================
// Layout
// =========================================================================

/**
 * Puts the entries between the braces, on one line if they fit:
 *   `{ a: 1, b: 2 }`, or
 *   `{\n  a: 1,\n  b: 2\n}` (indented to the current level).
 * `level` is the level of the entries; `value` the object (arrays: used to
 * align numbers to the right when grouping into columns).
 */
function joinEntries(ctx, entries, base, braces, entryType, level, value) {
  const basePart = base ? `${base} ` : '';
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const count = entries.length;
      if (entryType === ARRAY_PROPERTY && count > 6) {
        entries = groupIntoColumns(ctx, entries, value);
      }
      // One line only for the innermost `compact` levels, and not when the
      // entries were grouped into rows.
      if (ctx.lastEnteredLevel - level < ctx.compact && count === entries.length) {
        const start = entries.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (fitsOnOneLine(ctx, entries, start, base)) {
          const joined = entries.join(', ');
          if (!joined.includes('\n')) return `${basePart}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const newline = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${basePart}${braces[0]}${newline}  ${entries.join(`,${newline}  `)}${newline}${braces[1]}`;
  }

  // compact: true -- the old style: as much as fits on each line.
  if (fitsOnOneLine(ctx, entries, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${entries.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const afterBrace = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${afterBrace}${entries.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// Do the entries (plus `start` columns of overhead) fit in breakLength?
function fitsOnOneLine(ctx, entries, start, base) {
  let total = entries.length + start;
  if (total + entries.length > ctx.breakLength) return false;
  for (const entry of entries) {
    total += ctx.colors ? removeColors(entry).length : entry.length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

/**
 * Many short array items are laid out in columns, as many as make the block
 * roughly square, each column as wide as its widest item:
 *
 *   [
 *      1,  2,  3,  4,  5,
 *      6,  7,  8,  9, 10,
 *   ]
 *
 * Numbers (and bigints) are right-aligned, anything else left-aligned.
 * Returns the rows, or the entries unchanged when grouping does not suit
 * them (too wide, or lengths too uneven).
 */
function groupIntoColumns(ctx, entries, value) {
  // A trailing "... N more items" is not part of the grid.
  let count = entries.length;
  if (ctx.maxArrayLength < entries.length) count--;
  const separatorWidth = 2; // ', '
  const widths = new Array(count);
  let totalWidth = 0;
  let maxWidth = 0;
  for (let i = 0; i < count; i++) {
    const width = getStringWidth(entries[i], ctx.colors);
    widths[i] = width;
    totalWidth += width + separatorWidth;
    if (maxWidth < width) maxWidth = width;
  }
  const cellWidth = maxWidth + separatorWidth;
  // At least three cells must fit on a line, and no single item may be far
  // longer than the others (1/5 of the total), unless all are short.
  if (cellWidth * 3 + ctx.indentationLvl >= ctx.breakLength ||
      !(totalWidth / cellWidth > 5 || maxWidth <= 6)) {
    return entries;
  }

  // Characters are about 2.5 times as tall as wide: choose the column count
  // that makes the block about square, biased towards more columns when
  // most items are shorter than the longest.
  const averageBias = Math.sqrt(cellWidth - totalWidth / entries.length);
  const biasedWidth = Math.max(cellWidth - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedWidth * count) / biasedWidth),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / cellWidth),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return entries;

  const columnWidths = [];
  for (let column = 0; column < columns; column++) {
    let widest = 0;
    for (let i = column; i < entries.length; i += columns) {
      if (widths[i] > widest) widest = widths[i];
    }
    columnWidths.push(widest + separatorWidth);
  }

  let alignRight = true;
  if (value !== undefined) {
    for (let i = 0; i < entries.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        alignRight = false;
        break;
      }
    }
  }

  const rows = [];
  for (let rowStart = 0; rowStart < count; rowStart += columns) {
    const rowEnd = Math.min(rowStart + columns, count);
    let row = '';
    for (let i = rowStart; i < rowEnd; i++) {
      const last = i === rowEnd - 1;
      // The padding target counts invisible colour codes as well.
      const cell = last ? entries[i] : `${entries[i]}, `;
      let target = columnWidths[i - rowStart] + entries[i].length - widths[i];
      if (alignRight) {
        if (last) target -= separatorWidth;
        row += cell.padStart(target, ' ');
      } else {
        row += last ? cell : cell.padEnd(target, ' ');
      }
    }
    rows.push(row);
  }
  if (ctx.maxArrayLength < entries.length) rows.push(entries[count]);
  return rows;
}

// =========================================================================
// Terminal text: colour codes and display width
// =========================================================================

// The SGR colour codes inspect itself emits.
const colorCodes = /\u001b\[\d\d?m/g;

function removeColors(text) {
  return String(text).replace(colorCodes, '');
}

// ANSI/VT escape sequences (ECMA-48): CSI (`ESC [` or 0x9B, parameter
// bytes, intermediate bytes, one final byte), OSC (`ESC ]` or 0x9D, text,
// ended by BEL, `ESC \\` or 0x9C) and the short `ESC` + final byte forms
// (`ESC (B`, `ESC 7`, `ESC c`).
const vtControlSequences = new RegExp([
  '(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]',
  '(?:\\u001b\\]|\\u009d)[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)',
  '\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]',
].join('|'), 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') throw invalidArgType('str', 'string', str);
  return str.replace(vtControlSequences, '');
}

/**
 * Columns `str` takes in a terminal: East Asian wide and fullwidth
 * characters (and emoji) take two, combining marks and control characters
 * none. Escape sequences are removed first unless told otherwise.
 */
function getStringWidth(str, removeControlChars = true) {
  str = String(str);
  if (removeControlChars) str = str.replace(vtControlSequences, '');
  try {
    str = str.normalize('NFC');
  } catch {
    // an engine without normalisation: count as is
  }
  let width = 0;
  for (const char of str) {
    const code = char.codePointAt(0);
    if (isWide(code)) width += 2;
    else if (!isZeroWidth(code)) width += 1;
  }
  return width;
}

// Code points two columns wide (East Asian Wide and Fullwidth, emoji
// shown as pictures): [first, last] ranges, sorted.
const wideRanges = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2630, 0x2637], [0x2648, 0x2653],
  [0x267f, 0x267f], [0x268a, 0x268f], [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab],
  [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705],
  [0x270a, 0x270b], [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755],
  [0x2757, 0x2757], [0x2795, 0x2797], [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x2e99], [0x2e9b, 0x2ef3], [0x2f00, 0x2fd5],
  [0x2ff0, 0x303e], [0x3041, 0x3096], [0x3099, 0x30ff], [0x3105, 0x312f], [0x3131, 0x318e],
  [0x3190, 0x31e5], [0x31ef, 0x321e], [0x3220, 0x3247], [0x3250, 0xa48c], [0xa490, 0xa4c6],
  [0xa960, 0xa97c], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe52],
  [0xfe54, 0xfe66], [0xfe68, 0xfe6b], [0xff01, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4],
  [0x16ff0, 0x16ff6], [0x17000, 0x18cd5], [0x18cff, 0x18d1e], [0x18d80, 0x18df2],
  [0x1aff0, 0x1aff3], [0x1aff5, 0x1affb], [0x1affd, 0x1affe], [0x1b000, 0x1b122],
  [0x1b132, 0x1b132], [0x1b150, 0x1b152], [0x1b155, 0x1b155], [0x1b164, 0x1b167],
  [0x1b170, 0x1b2fb], [0x1d300, 0x1d356], [0x1d360, 0x1d376], [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f1e6, 0x1f1ff],
  [0x1f200, 0x1f202], [0x1f210, 0x1f23b], [0x1f240, 0x1f248], [0x1f250, 0x1f251],
  [0x1f260, 0x1f265], [0x1f300, 0x1f320], [0x1f32d, 0x1f335], [0x1f337, 0x1f37c],
  [0x1f37e, 0x1f393], [0x1f3a0, 0x1f3ca], [0x1f3cf, 0x1f3d3], [0x1f3e0, 0x1f3f0],
  [0x1f3f4, 0x1f3f4], [0x1f3f8, 0x1f43e], [0x1f440, 0x1f440], [0x1f442, 0x1f4fc],
  [0x1f4ff, 0x1f53d], [0x1f54b, 0x1f54e], [0x1f550, 0x1f567], [0x1f57a, 0x1f57a],
  [0x1f595, 0x1f596], [0x1f5a4, 0x1f5a4], [0x1f5fb, 0x1f64f], [0x1f680, 0x1f6c5],
  [0x1f6cc, 0x1f6cc], [0x1f6d0, 0x1f6d2], [0x1f6d5, 0x1f6d8], [0x1f6dc, 0x1f6df],
  [0x1f6eb, 0x1f6ec], [0x1f6f4, 0x1f6fc], [0x1f7e0, 0x1f7eb], [0x1f7f0, 0x1f7f0],
  [0x1f90c, 0x1f93a], [0x1f93c, 0x1f945], [0x1f947, 0x1f9ff], [0x1fa70, 0x1fa7c],
  [0x1fa80, 0x1fa8a], [0x1fa8e, 0x1fac6], [0x1fac8, 0x1fac8], [0x1facd, 0x1fadc],
  [0x1fadf, 0x1faea], [0x1faef, 0x1faf8], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

function isWide(code) {
  if (code < 0x1100) return false;
  let low = 0;
  let high = wideRanges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = wideRanges[middle];
    if (code < first) high = middle - 1;
    else if (code > last) low = middle + 1;
    else return true;
  }
  return false;
}

// Combining marks and invisible format characters, where the engine's
// regular expressions know Unicode properties.
let zeroWidthCharacter;
try {
  zeroWidthCharacter = new RegExp('^[\\p{Mn}\\p{Me}\\p{Cf}]$', 'u');
} catch {
  zeroWidthCharacter = undefined;
}

function isZeroWidth(code) {
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return true; // controls
  if (code === 0xad) return false; // the soft hyphen shows
  if (zeroWidthCharacter !== undefined) return zeroWidthCharacter.test(String.fromCodePoint(code));
  return (code >= 0x300 && code <= 0x36f) || // combining diacritical marks
    (code >= 0x200b && code <= 0x200f) || // zero-width space, joiners, marks
    (code >= 0x20d0 && code <= 0x20ff) || // combining marks for symbols
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    (code >= 0xfe20 && code <= 0xfe2f) || // combining half marks
    (code >= 0xe0000 && code <= 0xe007f) || // tags
    (code >= 0xe0100 && code <= 0xe01ef); // variation selectors supplement
}

// =========================================================================
// format()
// =========================================================================

/**
 * format(format, ...args): printf-like. In a string first argument,
 * `%s %d %i %f %j %o %O %c` each consume the next argument and `%%` is a
 * percent sign; arguments left over are appended, separated by spaces
 * (strings as they are, anything else inspected).
 */
function format(...args) {
  return formatArguments(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('inspectOptions', 'object', inspectOptions);
  }
  return formatArguments(inspectOptions, args);
}

function formatArguments(inspectOptions, args) {
  const first = args[0];
  let next = 0; // index of the next argument not yet used
  let out = '';
  let separator = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let copiedUpTo = 0; // text of `first` before this is in `out`
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 0x25) continue; // '%'
      const directive = first[++i];
      if (next + 1 === args.length) {
        // No arguments left: only `%%` still means something.
        if (directive === '%') {
          out += first.slice(copiedUpTo, i);
          copiedUpTo = i + 1;
        }
        continue;
      }
      if (directive === '%') {
        out += first.slice(copiedUpTo, i);
        copiedUpTo = i + 1;
        continue;
      }
      if (!'sjdOoifc'.includes(directive)) continue;
      next++;
      out += first.slice(copiedUpTo, i - 1) + formatDirective(directive, args[next], inspectOptions);
      copiedUpTo = i + 1;
    }
    if (copiedUpTo !== 0) {
      next++;
      separator = ' ';
      if (copiedUpTo < first.length) out += first.slice(copiedUpTo);
    }
  }

  for (; next < args.length; next++) {
    const value = args[next];
    out += separator + (typeof value === 'string' ? value : inspect(value, inspectOptions));
    separator = ' ';
  }
  return out;
}

// The replacement text of one `%x` directive for `arg`.
// Numbers follow the numericSeparator option (of the call, else
// inspect.defaultOptions), as node 20 does.
function formatDirective(directive, arg, inspectOptions) {
  const sep = Boolean(inspectOptions?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
  switch (directive) {
    case 's':
      if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, sep);
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, sep);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
      return inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
    case 'j':
      return tryStringify(arg);
    case 'd':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, sep);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number(arg), sep);
    case 'i':
      if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, sep);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseInt(arg), sep);
    case 'f':
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(stylizeNoColor, Number.parseFloat(arg), sep);
    case 'O':
      return inspect(arg, inspectOptions);
    case 'o':
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    default: // 'c': CSS styling, ignored in a terminal
      return '';
  }
}

/**
 * Would String(value) only give a builtin conversion (`[object Object]`,
 * Date's long form)? Then %s inspects the object instead. A toString or
 * Symbol.toPrimitive of its own or of a user class is used as is.
 */
function hasBuiltInToString(value) {
  const proxy = proxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null) return true;
    value = proxy[0];
  }
  if (typeof value.toString !== 'function') return true;
  // The nearest object on the chain (the value included) that defines how
  // it converts to a string: is it a builtin prototype?
  let holder = value;
  while (!Object.prototype.hasOwnProperty.call(holder, 'toString') &&
         !Object.prototype.hasOwnProperty.call(holder, Symbol.toPrimitive)) {
    holder = Object.getPrototypeOf(holder);
  }
  if (holder === value) return false;
  const descriptor = Object.getOwnPropertyDescriptor(holder, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    builtInConstructorNames.has(descriptor.value.name);
}

// The first line of the engine's own message for a cyclic JSON.stringify.
let circularJsonMessage;

// %j: JSON, or `[Circular]` for a cyclic value.
function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularJsonMessage === undefined) {
      try {
        const cycle = {};
        cycle.cycle = cycle;
        JSON.stringify(cycle);
      } catch (cycleError) {
        circularJsonMessage = firstLine(cycleError.message);
      }
    }
    if (err !== null && typeof err === 'object' && err.name === 'TypeError' &&
        firstLine(err.message) === circularJsonMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function firstLine(text) {
  const lineEnd = String(text).indexOf('\n');
  return lineEnd === -1 ? String(text) : String(text).slice(0, lineEnd);
}

module.exports = {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  getStringWidth,
  inspectDefaultOptions,
};

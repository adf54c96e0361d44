'use strict';
// internal/readline/utils: the small pieces readline is built from. `CSI`
// builds terminal control sequences (ESC [ ...); charLengthAt/charLengthLeft
// tell how many UTF-16 units the character at/before an index takes (so the
// cursor never lands inside a surrogate pair); `emitKeys` is the generator
// that turns the characters typed on a terminal into 'keypress' events
// ({ sequence, name, ctrl, meta, shift[, code] }), buffering the characters
// of an escape sequence until it is complete; `commonPrefix` serves tab
// completion.

const kEscape = '\x1b';
const kSurrogateStart = 0x10000; // code points at or above take two units
const kSubstringSearch = Symbol('kSubstringSearch');

// Uncurried builtins (node's primordials): `this` is coerced, so callers
// may pass a line that is not a string, as in node.
const StringPrototypeCodePointAt = Function.prototype.call.bind(String.prototype.codePointAt);
const StringPrototypeSlice = Function.prototype.call.bind(String.prototype.slice);

// Tagged template: CSI`${n}G` is '\x1b[' + n + 'G'.
function CSI(strings, ...args) {
  let out = `${kEscape}[`;
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < args.length) out += args[i];
  }
  return out;
}

CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// UTF-16 units taken by the character that ends at index i (0 at the start).
// Like node, a surrogate pair is recognised from either of its halves.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && StringPrototypeCodePointAt(str, i - 2) >= kSurrogateStart) ||
      StringPrototypeCodePointAt(str, i - 1) >= kSurrogateStart) {
    return 2;
  }
  return 1;
}

// UTF-16 units taken by the character at index i. Past the end it is 1, so
// that "move right" at the end of the line still moves (autocompletion
// relies on it).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return StringPrototypeCodePointAt(str, i) >= kSurrogateStart ? 2 : 1;
}

// Names of the escape sequences, by their code: the letter or the
// number-and-final-character after ESC [ or ESC O (a second '[' kept, as
// in '[[A'). An entry [name, modifier key] sets that key too (rxvt codes
// carry shift or ctrl in the final character).
const keyNames = {
  __proto__: null,
  // xterm/gnome: ESC [ letter (with modifier), ESC O letter
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  // xterm/rxvt: ESC [ number ~
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  // bracketed paste
  '[200~': 'paste-start', '[201~': 'paste-end',
  // Cygwin, libuv
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8',
  '[20~': 'f9', '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left',
  '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left',
  'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end',
  '[5~': 'pageup', '[6~': 'pagedown',
  // putty
  '[[5~': 'pageup', '[[6~': 'pagedown',
  // rxvt
  '[7~': 'home', '[8~': 'end',
  '[a': ['up', 'shift'], '[b': ['down', 'shift'], '[c': ['right', 'shift'],
  '[d': ['left', 'shift'], '[e': ['clear', 'shift'],
  '[2$': ['insert', 'shift'], '[3$': ['delete', 'shift'],
  '[5$': ['pageup', 'shift'], '[6$': ['pagedown', 'shift'],
  '[7$': ['home', 'shift'], '[8$': ['end', 'shift'],
  'Oa': ['up', 'ctrl'], 'Ob': ['down', 'ctrl'], 'Oc': ['right', 'ctrl'],
  'Od': ['left', 'ctrl'], 'Oe': ['clear', 'ctrl'],
  '[2^': ['insert', 'ctrl'], '[3^': ['delete', 'ctrl'],
  '[5^': ['pageup', 'ctrl'], '[6^': ['pagedown', 'ctrl'],
  '[7^': ['home', 'ctrl'], '[8^': ['end', 'ctrl'],
  '[Z': ['tab', 'shift'],
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// Fed one character per next(ch) (a whole surrogate pair counts as one);
// next('') means "the escape key timed out". The shapes it recognises
// (from midnight commander's key.c, as node's decoder):
//   ESC letter | ESC [ letter | ESC [ modifier letter | ESC [ 1 ; modifier letter
//   ESC [ num char | ESC [ num ; modifier char | ESC O letter
//   ESC O modifier letter | ESC O 1 ; modifier letter | ESC [ [ num ; modifier char
//   ESC ESC [ num char | ESC ESC O letter
// where char is ~ (or $ and ^ on rxvt) and modifier is
// 1 + shift*1 + left alt*2 + ctrl*4 + right alt*8.
function* emitKeys(stream) {
  while (true) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      // Two leading escapes mean the same as one.
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;

      if (ch === 'O') {
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = Number(ch) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        s += (ch = yield);
        if (ch === '[') {
          // ESC [ [ ...: some terminals double the bracket.
          code += ch;
          s += (ch = yield);
        }
        // Read just enough for one of the two shapes:
        //   digits (1 to 3) [; modifier] then ~ ^ or $   e.g. ESC[24;5~
        //   [[digit ;] digit] then a letter               e.g. ESC[1;5H
        const cmdStart = s.length - 1;
        if (isDigit(ch)) {
          s += (ch = yield);
          if (isDigit(ch)) {
            s += (ch = yield);
            if (isDigit(ch)) s += (ch = yield);
          }
        }
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }

        const cmd = s.slice(cmdStart);
        let match;
        if ((match = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(cmd)) !== null) {
          if (match[4]) {
            code += match[4];
          } else {
            code += match[1] + match[3];
            modifier = (match[2] || 1) - 1;
          }
        } else if ((match = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd)) !== null) {
          code += match[4];
          modifier = (match[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }

      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;

      const entry = keyNames[code];
      if (entry === undefined) {
        key.name = 'undefined';
      } else if (typeof entry === 'string') {
        key.name = entry;
      } else {
        key.name = entry[0];
        key[entry[1]] = true;
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      // Backspace (or ctrl+h).
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // ctrl+letter: \x01 is ctrl+a.
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // ESC then something else, or the escape timeout ('').
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = s;

    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      // A named key or an escape sequence.
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      // A single unnamed character, e.g. '.'.
      stream.emit('keypress', s, key);
    }
    // Anything else is a broken sequence: nothing is emitted.
  }
}

// The longest prefix shared by all the strings: after sorting, only the
// first and the last need comparing.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = Array.prototype.sort.call(Array.prototype.slice.call(strings));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  for (let i = 0; i < first.length; i++) {
    if (first[i] !== last[i]) return StringPrototypeSlice(first, 0, i);
  }
  return first;
}

module.exports = {
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  kSubstringSearch,
  CSI,
};

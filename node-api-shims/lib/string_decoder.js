'use strict';
// `string_decoder`: turns a stream of byte chunks into text without
// breaking multi-byte characters across chunks. The bytes of an
// incomplete character wait in `lastChar` (`lastNeed` more are needed to
// make `lastTotal`); `end()` flushes them (as U+FFFD for UTF-8) and resets.
// The state machine is node's, quirks included (a UTF-16 high surrogate
// completed across chunks is emitted on its own).

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_ENCODING } } = require('internal/errors');

const names = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8', 'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le',
  'utf-16le': 'utf16le', 'latin1': 'latin1', 'binary': 'latin1', 'base64': 'base64',
  'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const name = typeof enc === 'string' ? (names[enc] ?? names[enc.toLowerCase()]) : undefined;
  if (name === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return name;
}

const kState = Symbol('kState');

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kState] = { lastChar: Buffer.alloc(4), lastNeed: 0, lastTotal: 0 };
}

// Leading byte of a UTF-8 sequence: its length; -1 for a continuation
// byte, -2 for a byte that can never appear.
function utf8CheckByte(byte) {
  if (byte <= 0x7f) return 0;
  if (byte >> 5 === 0x06) return 2;
  if (byte >> 4 === 0x0e) return 3;
  if (byte >> 3 === 0x1e) return 4;
  return byte >> 6 === 0x02 ? -1 : -2;
}

// Looks back from the end of `buf` (not before `i`) for a character that
// is not complete; records how many bytes it still needs.
function utf8CheckIncomplete(state, buf, i) {
  let j = buf.length - 1;
  if (j < i) return 0;
  let nb = utf8CheckByte(buf[j]);
  if (nb >= 0) {
    if (nb > 0) state.lastNeed = nb - 1;
    return nb;
  }
  if (--j < i || nb === -2) return 0;
  nb = utf8CheckByte(buf[j]);
  if (nb >= 0) {
    if (nb > 0) state.lastNeed = nb - 2;
    return nb;
  }
  if (--j < i || nb === -2) return 0;
  nb = utf8CheckByte(buf[j]);
  if (nb >= 0) {
    if (nb > 0) {
      if (nb === 2) nb = 0;
      else state.lastNeed = nb - 3;
    }
    return nb;
  }
  return 0;
}

// The bytes that should continue a waiting character, if they don't:
// U+FFFD (and how many bytes were consumed).
function utf8CheckExtraBytes(state, buf) {
  if ((buf[0] & 0xc0) !== 0x80) {
    state.lastNeed = 0;
    return '\ufffd';
  }
  if (state.lastNeed > 1 && buf.length > 1) {
    if ((buf[1] & 0xc0) !== 0x80) {
      state.lastNeed = 1;
      return '\ufffd';
    }
    if (state.lastNeed > 2 && buf.length > 2 && (buf[2] & 0xc0) !== 0x80) {
      state.lastNeed = 2;
      return '\ufffd';
    }
  }
  return undefined;
}

// Adds the start of `buf` to the waiting character; its text once whole.
function fillLast(decoder, state, buf) {
  const p = state.lastTotal - state.lastNeed;
  if (decoder.encoding === 'utf8') {
    const r = utf8CheckExtraBytes(state, buf);
    if (r !== undefined) return r;
  }
  if (state.lastNeed <= buf.length) {
    buf.copy(state.lastChar, p, 0, state.lastNeed);
    return state.lastChar.toString(decoder.encoding, 0, state.lastTotal);
  }
  buf.copy(state.lastChar, p, 0, buf.length);
  state.lastNeed -= buf.length;
  return undefined;
}

// The text of buf[i..], keeping an incomplete character at its end.
function text(decoder, state, buf, i) {
  switch (decoder.encoding) {
    case 'utf8': {
      const total = utf8CheckIncomplete(state, buf, i);
      if (!state.lastNeed) return buf.toString('utf8', i);
      state.lastTotal = total;
      const end = buf.length - (total - state.lastNeed);
      buf.copy(state.lastChar, 0, end);
      return buf.toString('utf8', i, end);
    }
    case 'utf16le': {
      if ((buf.length - i) % 2 === 0) {
        const r = buf.toString('utf16le', i);
        if (r) {
          const c = r.charCodeAt(r.length - 1);
          if (c >= 0xd800 && c <= 0xdbff) {
            state.lastNeed = 2;
            state.lastTotal = 4;
            state.lastChar[0] = buf[buf.length - 2];
            state.lastChar[1] = buf[buf.length - 1];
            return r.slice(0, -1);
          }
        }
        return r;
      }
      state.lastNeed = 1;
      state.lastTotal = 2;
      state.lastChar[0] = buf[buf.length - 1];
      return buf.toString('utf16le', i, buf.length - 1);
    }
    case 'base64':
    case 'base64url': {
      const n = (buf.length - i) % 3;
      if (n === 0) return buf.toString(decoder.encoding, i);
      state.lastNeed = 3 - n;
      state.lastTotal = 3;
      if (n === 1) {
        state.lastChar[0] = buf[buf.length - 1];
      } else {
        state.lastChar[0] = buf[buf.length - 2];
        state.lastChar[1] = buf[buf.length - 1];
      }
      return buf.toString(decoder.encoding, i, buf.length - n);
    }
    default:
      return buf.toString(decoder.encoding, i);
  }
}

function asBuffer(buf) {
  if (Buffer.isBuffer(buf)) return buf;
  if (ArrayBuffer.isView(buf)) return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  buf = asBuffer(buf);
  const state = this[kState];
  if (buf.length === 0) return '';
  let r;
  let i = 0;
  if (state.lastNeed) {
    r = fillLast(this, state, buf);
    if (r === undefined) return '';
    i = state.lastNeed;
    state.lastNeed = 0;
  }
  if (i < buf.length) return r ? r + text(this, state, buf, i) : text(this, state, buf, i);
  return r || '';
};

StringDecoder.prototype.end = function end(buf) {
  const state = this[kState];
  let r = buf !== undefined && buf !== null && buf.length ? this.write(buf) : '';
  if (state.lastNeed) {
    if (this.encoding === 'utf8') r += '\ufffd';
    else if (this.encoding !== 'latin1' && this.encoding !== 'ascii' && this.encoding !== 'hex') {
      r += state.lastChar.toString(this.encoding, 0, state.lastTotal - state.lastNeed);
    }
  }
  state.lastNeed = 0;
  state.lastTotal = 0;
  return r;
};

// What is decoded of `buf` alone, without keeping anything back.
StringDecoder.prototype.text = function text_(buf, offset) {
  const state = this[kState];
  state.lastNeed = 0;
  state.lastTotal = 0;
  return this.write(asBuffer(buf).subarray(offset));
};

for (const key of ['lastChar', 'lastNeed', 'lastTotal']) {
  Object.defineProperty(StringDecoder.prototype, key, {
    configurable: true,
    enumerable: true,
    get() { return this[kState][key]; },
  });
}

module.exports = { StringDecoder };

'use strict';
// The `querystring` module: node's own URL query format (not the WHATWG
// one of URLSearchParams): `+` is a space, repeated keys become arrays,
// results have no prototype, and a malformed escape is kept, not fatal.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
function unreserved(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ||
    c === 0x2d || c === 0x2e || c === 0x5f || c === 0x7e || c === 0x21 || c === 0x27 ||
    c === 0x28 || c === 0x29 || c === 0x2a;
}

const hex = (b) => `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      out += unreserved(c) ? str[i] : hex(c);
    } else if (c < 0x800) {
      out += hex(0xc0 | (c >> 6)) + hex(0x80 | (c & 0x3f));
    } else if (c < 0xd800 || c >= 0xe000) {
      out += hex(0xe0 | (c >> 12)) + hex(0x80 | ((c >> 6) & 0x3f)) + hex(0x80 | (c & 0x3f));
    } else {
      // A surrogate pair, or a lone surrogate (an error, as in node).
      const next = str.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) throw new ERR_INVALID_URI();
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (next & 0x3ff));
      out += hex(0xf0 | (c >> 18)) + hex(0x80 | ((c >> 12) & 0x3f)) + hex(0x80 | ((c >> 6) & 0x3f)) + hex(0x80 | (c & 0x3f));
    }
  }
  return out;
}

const hexValue = (c) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);

// Byte-level unescaping: %XX pairs become bytes; anything else is kept.
// As in node, every other UTF-16 code unit becomes one byte, its low 8
// bits ('é' is 0xE9, not UTF-8): only ASCII survives unchanged. (Like
// node, no conversion to string: a number has no length to allocate.)
function unescapeBuffer(s, decodeSpaces = false) {
  const out = Buffer.allocUnsafe(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b && decodeSpaces) {
      out[n++] = 0x20;
    } else if (c === 0x25 && i + 2 < s.length && hexValue(s.charCodeAt(i + 1)) >= 0 && hexValue(s.charCodeAt(i + 2)) >= 0) {
      out[n++] = hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2));
      i += 2;
    } else {
      out[n++] = c & 0xff;
    }
  }
  return out.subarray(0, n);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep = '&', eq = '=', options = undefined) {
  sep ||= '&';
  eq ||= '=';
  // (`querystring.escape` may be replaced by the application.)
  const encode = typeof options?.encodeURIComponent === 'function' ? options.encodeURIComponent : module.exports.escape;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (const item of v) fields.push(ks + encode(stringifyPrimitive(item)));
    } else {
      fields.push(ks + encode(stringifyPrimitive(v)));
    }
  }
  return fields.join(sep);
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

// Parses like node's parser, which reads the text once and matches `sep`
// and `eq` a character at a time without backtracking (with sep 'ab',
// 'aab' holds no separator: after 'a' the second 'a' is not retried),
// tries `sep` before `eq`, and takes a pair's first `eq` only. Every
// separator counts towards `maxKeys`, empty pairs included, and the count
// must reach exactly 0 (a limit of 1.5 never does).
function parse(qs, sep = '&', eq = '=', options = undefined) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let pairsLeft = maxKeys > 0 ? maxKeys : Infinity;
  // `querystring.unescape` may be replaced by the application; any decoder
  // but the original one counts as custom.
  const decode = typeof options?.decodeURIComponent === 'function' ? options.decodeURIComponent : module.exports.unescape;
  const custom = decode !== unescape;

  let pairStart = 0;
  let keyEnd = -1;
  let valueStart = -1; // -1 until the pair's `eq` is seen
  let sepAt = 0;
  let eqAt = 0;
  for (let i = 0; i < qs.length; i++) {
    const c = qs.charCodeAt(i);
    if (c === sep.charCodeAt(sepAt)) {
      if (++sepAt < sep.length) continue;
      const end = i + 1 - sep.length;
      if (valueStart >= 0) addPair(obj, qs.slice(pairStart, keyEnd), qs.slice(valueStart, end), decode, custom);
      else if (pairStart < end) addPair(obj, qs.slice(pairStart, end), '', decode, custom);
      if (--pairsLeft === 0) return obj;
      pairStart = i + 1;
      valueStart = -1;
      sepAt = eqAt = 0;
      continue;
    }
    sepAt = 0;
    if (valueStart < 0) {
      if (c === eq.charCodeAt(eqAt)) {
        if (++eqAt === eq.length) {
          keyEnd = i + 1 - eq.length;
          valueStart = i + 1;
        }
        continue;
      }
      eqAt = 0;
    }
  }
  if (valueStart >= 0) addPair(obj, qs.slice(pairStart, keyEnd), qs.slice(valueStart), decode, custom);
  else if (pairStart < qs.length) addPair(obj, qs.slice(pairStart), '', decode, custom);
  return obj;
}

// Decodes one pair's key and value and adds them to `obj` (a repeated key
// collects its values in an array). A custom decoder sees every key and
// value, with '+' as '%20'. The default one only runs on text holding a
// valid %XX escape (a value's '+' does not break one up: '%4+1' counts),
// so '%zzé' stays as it is.
function addPair(obj, key, value, decode, custom) {
  const plus = custom ? '%20' : ' ';
  const keyEncoded = custom || /%[0-9a-fA-F]{2}/.test(key);
  const valueEncoded = custom || /%[0-9a-fA-F]{2}/.test(value.replace(/\+/g, ''));
  key = key.replace(/\+/g, plus);
  value = value.replace(/\+/g, plus);
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valueEncoded) value = decodeStr(value, decode);
  const existing = obj[key];
  if (existing === undefined) obj[key] = value;
  else if (Array.isArray(existing)) existing.push(value);
  else obj[key] = [existing, value];
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

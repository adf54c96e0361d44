'use strict';
// util.MIMEType and util.MIMEParams: the WHATWG MIME Sniffing "parse a MIME
// type" and "serialize a MIME type" algorithms, with node 20's validation
// errors (ERR_INVALID_MIME_SYNTAX) and its quirks of where the invalid index
// is reported.

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

// Characters outside an HTTP token / an HTTP quoted string.
const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED_STRING = /[^\t\u0020-~\u0080-\u00FF]/;
// HTTP whitespace: the only characters the algorithm trims.
const isHttpWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

const firstInvalid = (str, re) => str.search(re);

// ASCII lowercase only: other letters keep their case (unlike toLowerCase).
const asciiLower = (str) => str.replace(/[A-Z]+/g, (s) => s.toLowerCase());

function trimHttpWhitespaceEnd(str) {
  let end = str.length;
  while (end > 0 && isHttpWhitespace(str[end - 1])) end--;
  return str.slice(0, end);
}

// Type and subtype of `str`, and where its parameters start.
function parseEssence(str) {
  let position = 0;
  while (position < str.length && isHttpWhitespace(str[position])) position++;
  const slash = str.indexOf('/', position);
  const type = slash === -1 ? str.slice(position) : str.slice(position, slash);
  const badType = firstInvalid(type, NOT_TOKEN);
  if (type === '' || badType !== -1 || slash === -1) {
    throw new ERR_INVALID_MIME_SYNTAX('type', str, badType);
  }
  position = slash + 1;
  const semicolon = str.indexOf(';', position);
  const rawSubtype = semicolon === -1 ? str.slice(position) : str.slice(position, semicolon);
  position += rawSubtype.length + (semicolon === -1 ? 0 : 1);
  const subtype = trimHttpWhitespaceEnd(rawSubtype);
  const badSubtype = firstInvalid(subtype, NOT_TOKEN);
  if (subtype === '' || badSubtype !== -1) {
    throw new ERR_INVALID_MIME_SYNTAX('subtype', str, badSubtype);
  }
  return { type: asciiLower(type), subtype: asciiLower(subtype), paramsStart: position };
}

// A parameter value as serialized: a token as is, anything else quoted with
// `"` and `\` escaped.
function serializeValue(value) {
  if (value.length === 0) return '""';
  if (firstInvalid(value, NOT_TOKEN) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

// Reads a quoted-string value starting just after its opening quote: the
// value (backslash escapes removed) and the position after it. An
// unterminated string runs to the end; a trailing lone `\` is kept.
function readQuoted(str, position) {
  let value = '';
  while (position < str.length) {
    const c = str[position];
    if (c === '"') return { value, next: position + 1 };
    if (c === '\\') {
      if (position + 1 >= str.length) return { value: `${value}\\`, next: position + 1 };
      value += str[position + 1];
      position += 2;
    } else {
      value += c;
      position++;
    }
  }
  return { value, next: position };
}

// The parameters of `str` from `position`, into `map`: names lowercased,
// the first occurrence of a name wins, invalid names/values are dropped.
function parseParams(str, position, map) {
  const end = trimHttpWhitespaceEnd(str).length;
  while (position < end) {
    while (position < str.length && isHttpWhitespace(str[position])) position++;
    let nameEnd = position;
    while (nameEnd < str.length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
    const name = asciiLower(str.slice(position, nameEnd));
    position = nameEnd;
    if (position < end) {
      const separator = str[position];
      position++;
      if (separator === ';') continue; // a name without value
    }
    if (position >= end) break;
    let value;
    if (str[position] === '"') {
      const quoted = readQuoted(str, position + 1);
      value = quoted.value;
      position = quoted.next;
    } else {
      const semicolon = str.indexOf(';', position);
      const raw = semicolon === -1 ? str.slice(position) : str.slice(position, semicolon);
      position += raw.length;
      value = trimHttpWhitespaceEnd(raw);
      if (value === '') continue;
    }
    if (name !== '' && firstInvalid(name, NOT_TOKEN) === -1 &&
        firstInvalid(value, NOT_QUOTED_STRING) === -1 && !map.has(name)) {
      map.set(name, value);
    }
    // Skips whatever follows a quoted value up to the next `;`... as node
    // does: one character (normally that `;`).
    position++;
  }
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const data = this.#data;
    return data.has(name) ? data.get(name) : null;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstInvalid(name, NOT_TOKEN);
    if (name.length === 0 || badName !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, badName);
    }
    const badValue = firstInvalid(value, NOT_QUOTED_STRING);
    if (badValue !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, badValue);
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out.length) out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }

  // The parsing entry point for MIMEType, which may write into the private
  // map directly (its checks differ from set()'s); removed from the class below.
  static fill(params, str, position) {
    parseParams(str, position, params.#data);
  }
}
const fillParams = MIMEParams.fill;
delete MIMEParams.fill;
const stringifyParams = MIMEParams.prototype.toString;
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  value: MIMEParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(MIMEParams.prototype, 'toJSON', {
  value: stringifyParams, writable: true, configurable: true,
});

// Checks a new type or subtype given to a setter.
function checkToken(production, value) {
  const bad = firstInvalid(value, NOT_TOKEN);
  if (value.length === 0 || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, value, bad);
}

class MIMEType {
  #type;
  #subtype;
  #parameters;
  #essence;

  constructor(string) {
    string = `${string}`;
    const { type, subtype, paramsStart } = parseEssence(string);
    this.#type = type;
    this.#subtype = subtype;
    this.#essence = `${type}/${subtype}`;
    this.#parameters = new MIMEParams();
    fillParams(this.#parameters, string, paramsStart);
  }

  get type() {
    return this.#type;
  }

  set type(v) {
    v = `${v}`;
    checkToken('type', v);
    this.#type = asciiLower(v);
    this.#essence = `${this.#type}/${this.#subtype}`;
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(v) {
    v = `${v}`;
    checkToken('subtype', v);
    this.#subtype = asciiLower(v);
    this.#essence = `${this.#type}/${this.#subtype}`;
  }

  get essence() {
    return this.#essence;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    const params = stringifyParams.call(this.#parameters);
    return params.length ? `${this.#essence};${params}` : this.#essence;
  }
}
Object.defineProperty(MIMEType.prototype, 'toJSON', {
  value: MIMEType.prototype.toString, writable: true, configurable: true,
});

module.exports = { MIMEParams, MIMEType };

'use strict';
// WHATWG `URL` and `URLSearchParams` (globals and in `url`), plus the file
// URL helpers. Parsing and the component setters are the `url` crate
// (`internalBinding('url')`); URLSearchParams is the
// application/x-www-form-urlencoded list, kept in step with its URL.

const binding = internalBinding('url');
const {
  codes: {
    ERR_MISSING_ARGS, ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE, ERR_INVALID_TUPLE,
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_URL_SCHEME, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
  },
  nativeError,
} = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kParts = Symbol('parts');
const kSearchParams = Symbol('searchParams');
const kList = Symbol('list');
const kURL = Symbol('url');

// Indexes into the parts array the binding returns.
const HREF = 0; const ORIGIN = 1; const PROTOCOL = 2; const USERNAME = 3; const PASSWORD = 4;
const HOST = 5; const HOSTNAME = 6; const PORT = 7; const PATHNAME = 8; const SEARCH = 9; const HASH = 10;

function inspectValue(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

// Internal slots as non-enumerable symbol properties (spreads and
// Object.assign of a URL copy nothing, as node's private fields).
function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

// node's URL parser (C++) throws a plain TypeError with a code.
function invalidURL(input, base) {
  const err = nativeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function isURL(value) {
  return value != null && value[kParts] !== undefined;
}

function partsOf(url) {
  const parts = url?.[kParts];
  if (parts === undefined) throw new ERR_INVALID_THIS('URL');
  return parts;
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const parts = binding.parse(input, base);
    if (parts === undefined) throw invalidURL(input, base);
    hidden(this, kParts, parts);
    hidden(this, kSearchParams, undefined);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    return binding.canParse(`${url}`, base === undefined ? undefined : `${base}`);
  }

  static createObjectURL(obj) {
    return require('internal/blob').createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    require('internal/blob').revokeObjectURL(`${url}`);
  }

  [kInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    return `${this.constructor.name} ${inspectValue(obj, { ...options, depth })}`;
  }

  toString() { return partsOf(this)[HREF]; }

  toJSON() { return partsOf(this)[HREF]; }

  get href() { return partsOf(this)[HREF]; }

  set href(value) {
    const parts = binding.update(partsOf(this)[HREF], 'href', `${value}`);
    if (parts === undefined) throw invalidURL(`${value}`);
    setParts(this, parts);
  }

  get origin() { return partsOf(this)[ORIGIN]; }

  get protocol() { return partsOf(this)[PROTOCOL]; }

  set protocol(value) { updateComponent(this, 'protocol', value); }

  get username() { return partsOf(this)[USERNAME]; }

  set username(value) { updateComponent(this, 'username', value); }

  get password() { return partsOf(this)[PASSWORD]; }

  set password(value) { updateComponent(this, 'password', value); }

  get host() { return partsOf(this)[HOST]; }

  set host(value) { updateComponent(this, 'host', value); }

  get hostname() { return partsOf(this)[HOSTNAME]; }

  set hostname(value) { updateComponent(this, 'hostname', value); }

  get port() { return partsOf(this)[PORT]; }

  set port(value) { updateComponent(this, 'port', value); }

  get pathname() { return partsOf(this)[PATHNAME]; }

  set pathname(value) { updateComponent(this, 'pathname', value); }

  get search() { return partsOf(this)[SEARCH]; }

  set search(value) { updateComponent(this, 'search', value); }

  get searchParams() {
    partsOf(this);
    if (this[kSearchParams] === undefined) {
      const params = new URLSearchParams(this[kParts][SEARCH]);
      params[kURL] = this;
      this[kSearchParams] = params;
    }
    return this[kSearchParams];
  }

  get hash() { return partsOf(this)[HASH]; }

  set hash(value) { updateComponent(this, 'hash', value); }
}

function setParts(url, parts) {
  const searchChanged = parts[SEARCH] !== url[kParts][SEARCH];
  url[kParts] = parts;
  // The URL's query is the params' list: re-read it when it changed.
  if (searchChanged && url[kSearchParams] !== undefined) url[kSearchParams][kList] = parseQuery(parts[SEARCH]);
}

function updateComponent(url, component, value) {
  const parts = binding.update(partsOf(url)[HREF], component, `${value}`);
  if (parts !== undefined) setParts(url, parts);
}

const enumerable = { enumerable: true };
for (const key of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, key, enumerable);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { configurable: true, value: 'URL' });
for (const key of ['canParse', 'createObjectURL', 'revokeObjectURL']) Object.defineProperty(URL, key, enumerable);

// --- application/x-www-form-urlencoded --------------------------------------

const utf8 = new (require('internal/encoding').TextEncoder)();
const utf8Decoder = new (require('internal/encoding').TextDecoder)();

function percentDecode(text) {
  const bytes = utf8.encode(text.replace(/\+/g, ' '));
  if (!bytes.includes(0x25)) return utf8Decoder.decode(bytes);
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length + 0 && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(b);
    }
  }
  return utf8Decoder.decode(new Uint8Array(out));
}

function isHex(b) {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
}

function parseQuery(query) {
  const list = [];
  if (query.startsWith('?')) query = query.slice(1);
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    const eq = piece.indexOf('=');
    const name = eq === -1 ? piece : piece.slice(0, eq);
    const value = eq === -1 ? '' : piece.slice(eq + 1);
    list.push([percentDecode(name), percentDecode(value)]);
  }
  return list;
}

// The urlencoded serializer: bytes outside the safe set become %XX,
// spaces become '+'.
function serializeComponent(text) {
  let out = '';
  for (const b of utf8.encode(text)) {
    if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) ||
        b === 0x2a || b === 0x2d || b === 0x2e || b === 0x5f) {
      out += String.fromCharCode(b);
    } else if (b === 0x20) {
      out += '+';
    } else {
      out += `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;
    }
  }
  return out;
}

function serializeQuery(list) {
  return list.map(([name, value]) => `${serializeComponent(name)}=${serializeComponent(value)}`).join('&');
}

function listOf(params) {
  const list = params?.[kList];
  if (list === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
  return list;
}

// After a change to the list, the URL's query follows.
function updateURL(params) {
  const url = params[kURL];
  if (url === undefined) return;
  const serialized = serializeQuery(params[kList]);
  const parts = binding.update(url[kParts][HREF], 'search', serialized);
  if (parts !== undefined) {
    // An empty list leaves no '?' behind.
    url[kParts] = serialized === '' ? binding.update(parts[HREF], 'search', '') : parts;
  }
}

function toUSV(value) {
  return `${value}`.toWellFormed();
}

class URLSearchParams {
  constructor(init = undefined) {
    hidden(this, kList, []);
    hidden(this, kURL, undefined);
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init[kList] !== undefined) {
        this[kList] = init[kList].map(([k, v]) => [k, v]);
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push([toUSV(items[0]), toUSV(items[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (typeof key === 'string' && desc !== undefined && desc.enumerable) {
            this[kList].push([toUSV(key), toUSV(init[key])]);
          }
        }
      }
    } else {
      this[kList] = parseQuery(toUSV(init));
    }
  }

  get size() { return listOf(this).length; }

  append(name, value) {
    const list = listOf(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    list.push([toUSV(name), toUSV(value)]);
    updateURL(this);
  }

  delete(name, value = undefined) {
    const list = listOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const keep = value === undefined ? ([k]) => k !== name : ([k, v]) => !(k === name && v === toUSV(value));
    this[kList] = list.filter(keep);
    updateURL(this);
  }

  get(name) {
    const list = listOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    const pair = list.find(([k]) => k === name);
    return pair === undefined ? null : pair[1];
  }

  getAll(name) {
    const list = listOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    return list.filter(([k]) => k === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    const list = listOf(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSV(name);
    if (value === undefined) return list.some(([k]) => k === name);
    value = toUSV(value);
    return list.some(([k, v]) => k === name && v === value);
  }

  set(name, value) {
    const list = listOf(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSV(name);
    value = toUSV(value);
    const first = list.findIndex(([k]) => k === name);
    if (first === -1) {
      list.push([name, value]);
    } else {
      list[first][1] = value;
      this[kList] = list.filter(([k], i) => k !== name || i === first);
    }
    updateURL(this);
  }

  // Stable, by UTF-16 code units of the names.
  sort() {
    const list = listOf(this);
    this[kList] = list.map((pair, i) => [pair, i])
      .sort(([[a], i], [[b], j]) => (a < b ? -1 : a > b ? 1 : i - j))
      .map(([pair]) => pair);
    updateURL(this);
  }

  forEach(callback, thisArg = undefined) {
    listOf(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    for (let i = 0; i < this[kList].length; i++) {
      const [key, value] = this[kList][i];
      callback.call(thisArg, value, key, this);
    }
  }

  entries() { return new URLSearchParamsIterator(this, 'key+value'); }

  keys() { return new URLSearchParamsIterator(this, 'key'); }

  values() { return new URLSearchParamsIterator(this, 'value'); }

  toString() { return serializeQuery(listOf(this)); }

  [kInspect](depth, options) {
    const list = listOf(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const separator = ', ';
    const innerOpts = { ...options };
    if (options.depth !== null) innerOpts.depth = options.depth - 1;
    const output = list.map(([k, v]) => `${inspectValue(k, innerOpts)} => ${inspectValue(v, innerOpts)}`);
    const length = output.reduce((sum, cur) => sum + cur.length + separator.length, -separator.length);
    if (length > (options.breakLength ?? 80)) {
      return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
    } else if (output.length) {
      return `${this.constructor.name} { ${output.join(separator)} }`;
    }
    return `${this.constructor.name} {}`;
  }
}

URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
for (const key of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'size', 'sort', 'entries', 'forEach', 'keys',
  'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, key, enumerable);
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { configurable: true, value: 'URLSearchParams' });

const iteratorState = new WeakMap();

// A live iterator over the params' list (sees changes made meanwhile).
class URLSearchParamsIterator {
  constructor(params, kind) {
    iteratorState.set(this, { params, kind, index: 0 });
  }

  next() {
    const state = iteratorState.get(this);
    if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const list = state.params[kList];
    if (state.index >= list.length) return { value: undefined, done: true };
    const [key, value] = list[state.index++];
    const result = state.kind === 'key' ? key : state.kind === 'value' ? value : [key, value];
    return { value: result, done: false };
  }

  [kInspect](depth, options) {
    const state = iteratorState.get(this);
    const rest = state.params[kList].slice(state.index)
      .map(([k, v]) => (state.kind === 'key' ? k : state.kind === 'value' ? v : [k, v]));
    const innerOpts = { ...options };
    if (options.depth !== null) innerOpts.depth = options.depth - 1;
    const output = rest.map((item) => inspectValue(item, innerOpts));
    return `URLSearchParams Iterator ${output.length ? `{ ${output.join(', ')} }` : '{  }'}`;
  }
}
delete URLSearchParamsIterator.prototype.constructor;
Object.setPrototypeOf(URLSearchParamsIterator.prototype, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  configurable: true, value: 'URLSearchParams Iterator',
});
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });

// --- file URLs and friends ----------------------------------------------------

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  const path = require('path');
  let resolved = path.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 0x2f && resolved[resolved.length - 1] !== '/') resolved += '/';
  const url = new URL('file://');
  // The pathname setter percent-encodes the rest; these it would not.
  url.pathname = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09');
  return url;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

module.exports = {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII, domainToUnicode, isURL,
};

'use strict';
// The `url` module: the WHATWG URL API (from internal/url) and node's legacy
// API — `url.parse()` into a `Url` object, `url.format()`, `url.resolve()`,
// `url.resolveObject()`. The legacy parser predates the URL standard and
// keeps node's own rules, which this file follows closely: whitespace is
// trimmed and '\' turned into '/' before any '?' or '#'; a path-only input
// takes a fast path with no escaping; the host ends at the first of
// / ? # (or at characters never allowed in a host, which go to the path);
// the last '@' before that ends the auth; a bad port (':x') moves to the
// path with a one-time DEP0170 warning; hostnames are lower-cased and
// converted to Punycode; the unsafe characters of RFC 2396 are escaped
// except for `javascript:` URLs.

const {
  URL, URLSearchParams, domainToASCII, domainToUnicode, pathToFileURL, fileURLToPath, urlToHttpOptions,
} = require('internal/url');
const querystring = require('querystring');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL, ERR_INVALID_URI },
  validateObject, validateString,
} = require('internal/errors');

const binding = internalBinding('url');
const options = internalBinding('options');

// Protocols whose URLs keep "unsafe" characters unescaped, that never have a
// host, and that always have '//' after the scheme.
const unsafeProtocol = new Set(['javascript', 'javascript:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set([
  'http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:',
]);

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A path with an optional query and nothing else: parsed without escaping.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;

// Characters never allowed in a host (RFC 2396): they end it, and with
// what follows they become the path.
const NON_HOST_CHARS = new Set([' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`', '{', '|', '}']);
// Characters toASCII might have let into a hostname (a spoofing risk): an
// error. Square brackets and ':' are fine in an IPv6 literal.
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

let urlParseWarned = false;
let warnInvalidPort = true;

function pendingDeprecation() {
  return options.pendingDeprecation === 'true';
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!urlParseWarned && pendingDeprecation()) {
    urlParseWarned = true;
    process.emitWarning(
      '`url.parse()` behavior is not standardized and prone to errors that have security implications. ' +
      'Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
      'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 0x5b /* [ */ && hostname.charCodeAt(hostname.length - 1) === 0x5d /* ] */;
}

// Whitespace for trimming: controls, space, NBSP and the BOM.
function isTrimmed(code) {
  return code < 33 || code === 0xa0 || code === 0xfeff;
}

// The input trimmed, with '\' read as '/' up to the first '?' or '#' (as
// browsers do), and whether it has a '#' anywhere / an '@' before that.
function prepareInput(url) {
  let start = 0;
  while (start < url.length && isTrimmed(url.charCodeAt(start))) start++;
  let end = url.length;
  while (end > start && isTrimmed(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let hasAt = false;
  let split = false;
  let last = start;
  for (let i = start; i < end; i++) {
    const c = url[i];
    if (split) continue;
    if (c === '@') {
      hasAt = true;
    } else if (c === '#' || c === '?') {
      split = true;
    } else if (c === '\\') {
      rest += `${url.slice(last, i)}/`;
      last = i + 1;
    }
  }
  rest += url.slice(last, end);
  return { rest, hasHash: url.includes('#'), hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = prepareInput(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // '//' starts a host after a scheme, with slashesDenoteHost, or when an
  // '@' makes it plainly 'user@server'.
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // (The raw scheme is looked up here: 'HTTP:' is not a slashed protocol.)
  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!unsafeProtocol.has(lowerProto)) rest = autoEscapeStr(rest);

  // The hash is everything from the first '#'; the query from the first
  // '?' before it.
  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; ++i) {
    const c = rest[i];
    if (c === '#') {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (c === '?' && questionIdx === -1) {
      questionIdx = i;
    }
  }
  if (questionIdx !== -1) {
    const queryEnd = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(questionIdx, queryEnd);
    this.query = rest.slice(questionIdx + 1, queryEnd);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = questionIdx !== -1 ? questionIdx : hashIdx;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  // For http.request.
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');

  this.href = this.format();
  return this;
};

// decodeURIComponent, failing with V8's message.
function decodeAuth(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new URIError('URI malformed');
  }
}

// Takes `[auth@]host[:port]` off the front of `rest` into the Url `self`;
// returns what is left. `url` is the original input (for messages).
function parseAuthority(self, rest, url) {
  // The host ends at the first / ? #. Before that, the last '@' ends the
  // auth, and the first character never allowed in a host (after that
  // '@') ends the host early. Tabs and newlines are dropped, as the URL
  // standard does.
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; ++i) {
    const c = rest[i];
    if (c === '\t' || c === '\n' || c === '\r') {
      rest = rest.slice(0, i) + rest.slice(i + 1);
      i -= 1;
    } else if (NON_HOST_CHARS.has(c)) {
      if (nonHost === -1) nonHost = i;
    } else if (c === '#' || c === '/' || c === '?') {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
    } else if (c === '@') {
      atSign = i;
      nonHost = -1;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    self.auth = decodeAuth(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    self.host = rest.slice(start);
    rest = '';
  } else {
    self.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  self.parseHost();
  // There is a host, so the hostname is a string, even if empty.
  if (typeof self.hostname !== 'string') self.hostname = '';
  const hostname = self.hostname;
  const ipv6Hostname = isIpv6Hostname(hostname);

  if (!ipv6Hostname) {
    // A hostname ends at the first / \ # ? : still in it ('a:b' has an
    // invalid port); the rest goes to the path.
    for (let i = 0; i < hostname.length; ++i) {
      const c = hostname[i];
      if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') {
        if (warnInvalidPort && c === ':') {
          process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
                      'DeprecationWarning', 'DEP0170');
          warnInvalidPort = false;
        }
        self.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }

  if (self.hostname.length > hostnameMaxLen) self.hostname = '';
  else self.hostname = self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (ipv6Hostname) {
      if (forbiddenHostCharsIpv6.test(self.hostname)) throw new ERR_INVALID_URL(url);
    } else {
      // IDNA: Punycode for non-ASCII labels. An empty result or a
      // forbidden character can only come from that conversion.
      self.hostname = binding.toASCII(self.hostname);
      if (self.hostname === '' || forbiddenHostChars.test(self.hostname)) throw new ERR_INVALID_URL(url);
    }
  }

  self.host = (self.hostname || '') + (self.port ? `:${self.port}` : '');

  // The hostname loses the brackets of an IPv6 literal; the host keeps them.
  if (ipv6Hostname) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

// RFC 2396 delimiters and unwise characters, and the quote: always escaped.
const autoEscapes = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};

function autoEscapeStr(rest) {
  let escaped = '';
  let last = 0;
  for (let i = 0; i < rest.length; ++i) {
    const replacement = autoEscapes[rest[i]];
    if (replacement !== undefined) {
      escaped += rest.slice(last, i) + replacement;
      last = i + 1;
    }
  }
  return last === 0 ? rest : escaped + rest.slice(last);
}

function urlFormat(urlObject, options) {
  // A string is parsed first, which cleans it up.
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return binding.format(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

// Characters kept as they are in the auth part of a formatted URL:
// A-Z a-z 0-9 ! ' ( ) * - . _ ~ and ':'.
function authCharIsSafe(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x3a) ||
    c === 0x21 || c === 0x27 || c === 0x28 || c === 0x29 || c === 0x2a || c === 0x2d || c === 0x2e ||
    c === 0x5f || c === 0x7e;
}

function hexByte(b) {
  return `%${b < 16 ? '0' : ''}${b.toString(16).toUpperCase()}`;
}

// Percent-encodes the auth as UTF-8. Like node, a surrogate takes the next
// code unit as its pair whatever it is, and one at the very end is an error.
function encodeAuth(str) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      out += authCharIsSafe(c) ? str[i] : hexByte(c);
    } else if (c < 0x800) {
      out += hexByte(0xc0 | (c >> 6)) + hexByte(0x80 | (c & 0x3f));
    } else if (c < 0xd800 || c >= 0xe000) {
      out += hexByte(0xe0 | (c >> 12)) + hexByte(0x80 | ((c >> 6) & 0x3f)) + hexByte(0x80 | (c & 0x3f));
    } else {
      ++i;
      if (i >= len) throw new ERR_INVALID_URI();
      const c2 = str.charCodeAt(i) & 0x3ff;
      c = 0x10000 + (((c & 0x3ff) << 10) | c2);
      out += hexByte(0xf0 | (c >> 18)) + hexByte(0x80 | ((c >> 12) & 0x3f)) +
        hexByte(0x80 | ((c >> 6) & 0x3f)) + hexByte(0x80 | (c & 0x3f));
    }
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) {
    // (A non-string auth is used as it is.)
    auth = typeof auth === 'string' ? encodeAuth(auth) : auth;
    auth += '@';
  }

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    // A hostname with ':' (an IPv6 address) gets its brackets back.
    host = auth + (this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ?
      `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && (`?${query}`)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a /* : */) protocol += ':';

  // '#' and '?' in the pathname would start a hash or query.
  if (pathname.length > 0) pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

  // Only slashed protocols get '//' (not mailto:, xmpp:, ...), unless the
  // URL had them; `file:` gets them even without a host.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f /* / */) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 0x23 /* # */) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 0x3f /* ? */) search = `?${search}`;

  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }

  const result = new Url();
  Object.assign(result, this);

  // The hash always comes from `relative`, even an empty one.
  result.hash = relative.hash;

  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // '//host/path' keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: a non-slashed one is absolute as it stands.
    if (!slashedProtocol.has(relative.protocol)) {
      Object.assign(result, relative);
      result.href = result.format();
      return result;
    }
    // A slashed one must have a host (the path's first component, when it
    // was parsed without '//'), except file:.
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !slashedProtocol.has(result.protocol);

  // In a non-slashed URL ('mailto:a@b/c') the host is just the path's first
  // component, so '../..' may climb up to it: move it into the path for now.
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    // An absolute `relative` replaces the path (and the host, if it has one).
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // A relative path replaces the last component of the source's.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query ('?x').
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      // The auth can hide in the host: resolveObject('mailto:local1@domain1', 'local2@domain2').
      const authInHost = result.host && result.host.indexOf('@') > 0 && result.host.split('@');
      if (authInHost) {
        result.auth = authInHost.shift();
        result.host = result.hostname = authInHost.shift();
      }
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
    }
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    // No path at all.
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in '.' or '..' (or '') gets a trailing slash.
  let last = srcPath.slice(-1)[0];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop '.', resolve '..'; `up` counts those that went above the root.
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }

  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0].charAt(0) !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && (srcPath.join('/').slice(-1) !== '/')) srcPath.push('');

  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0].charAt(0) === '/');

  // Put the host of a non-slashed URL back.
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    const authInHost = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
    if (authInHost) {
      result.auth = authInHost.shift();
      result.host = result.hostname = authInHost.shift();
    }
  }

  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');

  if (!srcPath.length) {
    result.pathname = null;
    result.path = null;
  } else {
    result.pathname = srcPath.join('/');
  }
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

// Splits `host` into hostname and port (a trailing ':digits').
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  let port = portPattern.exec(host);
  if (port) {
    port = port[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

module.exports = {
  // The legacy API.
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // The WHATWG API.
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};

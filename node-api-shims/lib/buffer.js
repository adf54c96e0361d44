'use strict';
// The `buffer` module: `Buffer`, a real subclass of Uint8Array whose byte
// work (encodings, search, compare, fill) is Rust over the same memory
// (`internalBinding('buffer')`), plus `atob`/`btoa`, `isUtf8`, `isAscii`,
// `transcode` and the constants. Argument checks and their errors follow
// node's `lib/buffer.js`; encodings reach Rust as the numbers below.

const binding = internalBinding('buffer');
const {
  codes, validateNumber, validateString, validateInteger, validateArray, nativeError,
} = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_UNKNOWN_ENCODING, ERR_INVALID_BUFFER_SIZE, ERR_MISSING_ARGS,
} = codes;

const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

// Encoding name -> the number the binding knows it by.
const UTF8 = 0; const UCS2 = 1; const LATIN1 = 2; const ASCII = 3;
const BASE64 = 4; const BASE64URL = 5; const HEX = 6;
const encodingNumbers = {
  __proto__: null,
  'utf8': UTF8, 'utf-8': UTF8,
  'ucs2': UCS2, 'ucs-2': UCS2, 'utf16le': UCS2, 'utf-16le': UCS2,
  'latin1': LATIN1, 'binary': LATIN1,
  'ascii': ASCII, 'base64': BASE64, 'base64url': BASE64URL, 'hex': HEX,
};
const encodingNames = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

// The binding's number for an encoding name (any case), or undefined.
function encodingNumber(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return UTF8;
  const n = encodingNumbers[enc];
  if (n !== undefined) return n;
  return typeof enc === 'string' ? encodingNumbers[enc.toLowerCase()] : undefined;
}

function normalizeEncoding(enc) {
  const n = encodingNumber(enc);
  return n === undefined ? undefined : encodingNames[n];
}

const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const isUint8Array = (value) => typedArrayTag.call(value) === 'Uint8Array';
const isArrayBufferView = (value) => ArrayBuffer.isView(value);
const isAnyArrayBuffer = (value) => value instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);

// The class every Buffer really is. `Buffer` itself is the (deprecated)
// callable constructor sharing its prototype.
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// A new Buffer over `arg` (a length or an ArrayBuffer, with offset and
// length). Same object as `new FastBuffer(...)`, made without running a
// class constructor, which is costly in Boa.
function createBuffer(arg, byteOffset, length) {
  return Object.setPrototypeOf(new Uint8Array(arg, byteOffset, length), FastBuffer.prototype);
}

let warnedBufferConstructor = false;
function Buffer(arg, encodingOrOffset, length) {
  if (!warnedBufferConstructor && !calledFromNodeModules()) {
    warnedBufferConstructor = true;
    process.emitWarning(
      'Buffer() is deprecated due to security and usability issues. Please use the ' +
      'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
      'DeprecationWarning', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

// DEP0005 is only for code outside node_modules.
function calledFromNodeModules() {
  const stack = new Error().stack || '';
  const frames = stack.split('\n').slice(1).filter((l) => !l.includes('node:') && !l.includes('(native)'));
  return frames.length > 0 && frames[0].includes('/node_modules/');
}

Object.defineProperty(Buffer, Symbol.species, {
  configurable: true, enumerable: false, get() { return FastBuffer; },
});
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.poolSize = 8 * 1024;
const bufferPrototype = FastBuffer.prototype;

function assertSize(size) {
  if (!(typeof size === 'number' && size >= 0 && size <= kMaxLength)) validateNumber(size, 'size', 0, kMaxLength);
}

// (The size checks are written out in these: a call less counts when many
// small buffers are made.)
// `Buffer.alloc` is native (`binding.makeAlloc`) for a number size with no
// fill or a number fill; it hands every other call to this function.
function alloc(size, fill, encoding) {
  if (!(typeof size === 'number' && size >= 0 && size <= kMaxLength)) validateNumber(size, 'size', 0, kMaxLength);
  // No fill, or a number: the whole buffer, one native call.
  if (fill === undefined) return binding.alloc(size, 0, bufferPrototype);
  if (typeof fill === 'number') return binding.alloc(size, fill, bufferPrototype);
  const buf = createBuffer(size);
  if (size > 0) return fillImpl(buf, fill, 0, buf.length, encoding);
  return buf;
}
Buffer.alloc = binding.makeAlloc(alloc, bufferPrototype);

Buffer.allocUnsafe = function allocUnsafe(size) {
  if (!(typeof size === 'number' && size >= 0 && size <= kMaxLength)) validateNumber(size, 'size', 0, kMaxLength);
  return binding.alloc(size, 0, bufferPrototype);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return binding.alloc(size, 0, bufferPrototype);
};

function SlowBuffer(size) {
  assertSize(size);
  return binding.alloc(size, 0, bufferPrototype);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (Array.isArray(value)) return fromArrayLike(value);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.of = function of(...items) {
  const buf = createBuffer(items.length);
  for (let i = 0; i < items.length; i++) buf[i] = items[i];
  return buf;
};

function fromString(string, encoding) {
  let n = UTF8;
  if (typeof encoding === 'string' && encoding.length !== 0) {
    n = encodingNumber(encoding);
    if (n === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return createBuffer(binding.fromString(string, n));
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  // (V8's own message, which node lets through from the Uint8Array constructor.)
  if (byteOffset < 0) throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return createBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const buf = createBuffer(obj.length);
  if (obj.length > 0) buf.set(obj);
  return buf;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingNumber(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length !== undefined) validateOffset(length, 'length');
  // An array of Uint8Arrays is concatenated by the binding in one pass;
  // it declines (undefined) anything else.
  const bytes = binding.concat(list, length === undefined ? -1 : length);
  if (bytes !== undefined) return createBuffer(bytes);
  return concatGeneric(list, length);
};

// node's algorithm step by step, for what the binding declines: holes,
// getters, items that are not Uint8Arrays (node reads each item's
// `length` first, then throws for the first that is no Uint8Array),
// views of a SharedArrayBuffer or of a detached buffer.
function concatGeneric(list, length) {
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    const room = buffer.length - pos;
    const source = buf.length > room ? new Uint8Array(buf.buffer, buf.byteOffset, room) : buf;
    Uint8Array.prototype.set.call(buffer, source, pos);
    pos += source.length;
  }
  if (pos < length) Uint8Array.prototype.fill.call(buffer, 0, pos, length);
  return buffer;
}

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  switch (encodingNumber(encoding)) {
    case UCS2: return len * 2;
    case LATIN1: case ASCII: return len;
    case HEX: return len >>> 1;
    case BASE64: case BASE64URL: return base64ByteLength(string, len);
    default: return binding.byteLengthUtf8(string);
  }
}
Buffer.byteLength = byteLength;

const validateOffset = (value, name, min = 0, max = kMaxLength) => validateInteger(value, name, min, max);

// --- the prototype -------------------------------------------------------

const proto = FastBuffer.prototype;

function method(name, fn) {
  Object.defineProperty(proto, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

method('toString', function toString(encoding, start, end) {
  if (arguments.length === 0) return binding.toString(this, UTF8, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  const n = encodingNumber(encoding);
  if (n === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return binding.toString(this, n, start, end);
});

method('equals', function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
});

method('compare', function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  return binding.compare(this.subarray(sourceStart, sourceEnd), target.subarray(targetStart, targetEnd));
});

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

method('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
  const source = this;
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd - sourceStart > target.length - targetStart) sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  const from = (sourceStart !== 0 || sourceEnd < source.length) ?
    new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb) : source;
  target.set(from, targetStart);
  return nb;
});

function fillImpl(buf, value, offset, end, encoding) {
  let n;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    n = encodingNumber(encoding);
    if (n === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (n === UTF8) {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (n === LATIN1) {
        value = value.charCodeAt(0);
      }
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  let pattern;
  if (typeof value === 'string') pattern = createBuffer(binding.fromString(value, n));
  else if (isArrayBufferView(value)) pattern = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  else {
    // (ToNumber, then the low byte: node's message for a BigInt or Symbol.)
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }
  if (pattern.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  binding.fill(buf, pattern, offset, end);
  return buf;
}

method('fill', function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
});

method('write', function write(string, offset, length, encoding) {
  // (node checks this in C++: a plain TypeError with a code.)
  if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  if (offset === undefined) return binding.write(this, string, 0, this.length, UTF8);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const n = encodingNumber(encoding || 'utf8');
  if (n === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return binding.write(this, string, offset, length, n);
});

method('toJSON', function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
});

method('toLocaleString', proto.toString);

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

method('slice', function slice(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return createBuffer(this.buffer, this.byteOffset + start, newLength);
});

// Where a search of a needle of `needleLength` bytes starts (node's
// IndexOfOffset): negative offsets count from the end.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  byteOffset = Math.trunc(byteOffset);
  let needle;
  if (typeof val === 'number') {
    needle = new Uint8Array([(val >>> 0) & 255]);
  } else if (typeof val === 'string') {
    const n = encoding === undefined ? UTF8 : encodingNumber(encoding);
    if (n === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    needle = new Uint8Array(binding.fromString(val, n));
  } else if (isUint8Array(val)) {
    needle = val;
  } else {
    throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }
  const start = searchStart(buffer.length, byteOffset, needle.length, dir);
  if (needle.length === 0) return start;
  if (buffer.length === 0 || start <= -1) return -1;
  return binding.indexOf(buffer, needle, start, dir);
}

method('indexOf', function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
});

method('lastIndexOf', function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
});

method('includes', function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
});

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

method('swap16', function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
});

method('swap32', function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
});

method('swap64', function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
});

// The encoding-named slice/write shorthands node's Buffer also has.
for (const [name, n] of [['utf8', UTF8], ['ucs2', UCS2], ['latin1', LATIN1], ['ascii', ASCII],
  ['base64', BASE64], ['base64url', BASE64URL], ['hex', HEX]]) {
  method(`${name}Slice`, function(start = 0, end = this.length) {
    return binding.toString(this, n, start, end);
  });
  method(`${name}Write`, function(string, offset = 0, length = this.length - offset) {
    if (typeof string !== 'string') throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    return binding.write(this, string, offset, length, n);
  });
}

// --- numbers -------------------------------------------------------------
// Reads and writes follow node's checks: the offset must be a number, an
// integer and in bounds; written values must be in the type's range.

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkBounds(buf, offset, byteLength1) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + byteLength1] === undefined) {
    boundsError(offset, buf.length - (byteLength1 + 1));
  }
}

function checkInt(value, min, max, buf, offset, byteLength1) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength1 > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength1 + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength1 + 1) * 8 - 1}${n}) and < 2${n} ** ${(byteLength1 + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkBounds(buf, offset, byteLength1);
}

// Unsigned `bytes`-wide integer at `offset` (bounds checked by the caller).
function readUnsigned(buf, offset, bytes, littleEndian) {
  let value = 0;
  let mul = 1;
  for (let i = 0; i < bytes; i++) {
    value += buf[littleEndian ? offset + i : offset + bytes - 1 - i] * mul;
    mul *= 256;
  }
  return value;
}

function checkRead(buf, offset, bytes) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + bytes - 1] === undefined) boundsError(offset, buf.length - bytes);
}

function readChecked(buf, offset, bytes, littleEndian, signed) {
  if (offset === undefined) offset = 0;
  checkRead(buf, offset, bytes);
  const value = readUnsigned(buf, offset, bytes, littleEndian);
  const limit = 2 ** (bytes * 8);
  return signed && value >= limit / 2 ? value - limit : value;
}

function writeChecked(buf, value, offset, bytes, littleEndian, min, max) {
  value = +value;
  if (offset === undefined) offset = 0;
  if (bytes === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  } else {
    checkInt(value, min, max, buf, offset, bytes - 1);
  }
  let v = value < 0 ? value + 2 ** (bytes * 8) : value;
  for (let i = 0; i < bytes; i++) {
    const byte = v % 256;
    v = Math.floor(v / 256);
    buf[littleEndian ? offset + i : offset + bytes - 1 - i] = byte;
  }
  return offset + bytes;
}

for (const [bits, bytes] of [[8, 1], [16, 2], [32, 4]]) {
  for (const endian of bytes === 1 ? [''] : ['LE', 'BE']) {
    const le = endian !== 'BE';
    const umax = 2 ** bits - 1;
    const smin = -(2 ** (bits - 1));
    const smax = 2 ** (bits - 1) - 1;
    const readU = function(offset) { return readChecked(this, offset, bytes, le, false); };
    const readS = function(offset) { return readChecked(this, offset, bytes, le, true); };
    const writeU = function(value, offset) { return writeChecked(this, value, offset, bytes, le, 0, umax); };
    const writeS = function(value, offset) { return writeChecked(this, value, offset, bytes, le, smin, smax); };
    for (const [name, fn] of [[`readUInt${bits}${endian}`, readU], [`readInt${bits}${endian}`, readS],
      [`writeUInt${bits}${endian}`, writeU], [`writeInt${bits}${endian}`, writeS]]) {
      Object.defineProperty(fn, 'name', { value: name });
      method(name, fn);
    }
    method(`readUint${bits}${endian}`, readU);
    method(`writeUint${bits}${endian}`, writeU);
  }
}

// Variable width: readUIntLE(offset, byteLength) and friends (1 to 6 bytes).
function checkByteLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)) boundsError(byteLength, 6, 'byteLength');
}

function variableRead(le, signed) {
  return function(offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return readChecked(this, offset, byteLength, le, signed);
  };
}

function variableWrite(le, signed) {
  return function(value, offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    const bits = byteLength * 8;
    return signed ?
      writeChecked(this, value, offset, byteLength, le, -(2 ** (bits - 1)), 2 ** (bits - 1) - 1) :
      writeChecked(this, value, offset, byteLength, le, 0, 2 ** bits - 1);
  };
}

for (const endian of ['LE', 'BE']) {
  const le = endian === 'LE';
  method(`readUInt${endian}`, variableRead(le, false));
  method(`readInt${endian}`, variableRead(le, true));
  method(`writeUInt${endian}`, variableWrite(le, false));
  method(`writeInt${endian}`, variableWrite(le, true));
  method(`readUint${endian}`, proto[`readUInt${endian}`]);
  method(`writeUint${endian}`, proto[`writeUInt${endian}`]);

  method(`readBigUInt64${endian}`, function(offset) { return bigRead(this, offset, le, false); });
  method(`readBigInt64${endian}`, function(offset) { return bigRead(this, offset, le, true); });
  method(`writeBigUInt64${endian}`, function(value, offset) {
    return bigWrite(this, value, offset, le, 0n, 0xffffffffffffffffn);
  });
  method(`writeBigInt64${endian}`, function(value, offset) {
    return bigWrite(this, value, offset, le, -(2n ** 63n), 2n ** 63n - 1n);
  });
  method(`readBigUint64${endian}`, proto[`readBigUInt64${endian}`]);
  method(`writeBigUint64${endian}`, proto[`writeBigUInt64${endian}`]);
}

function bigRead(buf, offset = 0, le, signed) {
  checkRead(buf, offset, 8);
  let value = 0n;
  for (let i = 0; i < 8; i++) value = (value << 8n) | BigInt(buf[le ? offset + 7 - i : offset + i]);
  return signed ? BigInt.asIntN(64, value) : value;
}

function bigWrite(buf, value, offset = 0, le, min, max) {
  checkInt(value, min, max, buf, offset, 7);
  // node masks the value with BigInt operators; V8 words the mixed-type error so.
  if (typeof value !== 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  let v = BigInt.asUintN(64, value);
  for (let i = 0; i < 8; i++) {
    buf[le ? offset + i : offset + 7 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return offset + 8;
}

// Floats go through a scratch typed array in the host's byte order.
const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const hostLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function floatRead(buf, offset, scratch, scratchBytes, le) {
  if (offset === undefined) offset = 0;
  const size = scratchBytes.length;
  checkRead(buf, offset, size);
  const sameOrder = le === hostLittleEndian;
  for (let i = 0; i < size; i++) scratchBytes[sameOrder ? i : size - 1 - i] = buf[offset + i];
  return scratch[0];
}

function floatWrite(buf, value, offset, scratch, scratchBytes, le) {
  value = +value;
  if (offset === undefined) offset = 0;
  const size = scratchBytes.length;
  checkBounds(buf, offset, size - 1);
  scratch[0] = value;
  const sameOrder = le === hostLittleEndian;
  for (let i = 0; i < size; i++) buf[offset + i] = scratchBytes[sameOrder ? i : size - 1 - i];
  return offset + size;
}

for (const endian of ['LE', 'BE']) {
  const le = endian === 'LE';
  method(`readFloat${endian}`, function(offset) { return floatRead(this, offset, float32, float32Bytes, le); });
  method(`readDouble${endian}`, function(offset) { return floatRead(this, offset, float64, float64Bytes, le); });
  method(`writeFloat${endian}`, function(value, offset) {
    return floatWrite(this, value, offset, float32, float32Bytes, le);
  });
  method(`writeDouble${endian}`, function(value, offset) {
    return floatWrite(this, value, offset, float64, float64Bytes, le);
  });
}

// --- what console.log shows: <Buffer 68 69> ------------------------------

Object.defineProperty(proto, Symbol.for('nodejs.util.inspect.custom'), {
  writable: true, enumerable: false, configurable: true,
  value: function inspect(recurseTimes, ctx) {
    const max = INSPECT_MAX_BYTES;
    const actualMax = Math.min(max, this.length);
    const remaining = this.length - max;
    let str = binding.toString(this, HEX, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      const extras = { __proto__: null };
      let any = false;
      for (const key of Reflect.ownKeys(this)) {
        if (typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key)) continue;
        if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
        extras[key] = this[key];
        any = true;
      }
      if (any) {
        const { inspect: inspectValue } = require('internal/util/inspect');
        if (this.length !== 0) str += ', ';
        str += inspectValue(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${str}>`;
  },
});

// --- atob / btoa (the WHATWG forgiving-base64 rules) ---------------------

function invalidCharacter(message) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacter('Invalid character');
  }
  return binding.toString(createBuffer(binding.fromString(input, LATIN1)), BASE64, 0, input.length * 2);
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let significant = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
    const alphabet = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) ||
      c === 0x2b || c === 0x2f;
    if (c === 0x3d) {
      significant++;
      equals++;
      if (equals > 2) throw invalidCharacter('Invalid character');
    } else if (alphabet) {
      significant++;
      if (equals) throw invalidCharacter('Invalid character');
    } else {
      throw invalidCharacter('Invalid character');
    }
  }
  let remainder = significant % 4;
  if (!remainder) {
    remainder = (significant - equals) % 4;
  } else if (equals) {
    throw invalidCharacter('Invalid character');
  }
  if (remainder === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  const bytes = createBuffer(binding.fromString(input, BASE64));
  return binding.toString(bytes, LATIN1, 0, bytes.length);
}

// --- the rest of the module ----------------------------------------------

function isUtf8(input) {
  if (isArrayBufferView(input) || isAnyArrayBuffer(input)) return binding.isUtf8(asBytes(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isArrayBufferView(input) || isAnyArrayBuffer(input)) return binding.isAscii(asBytes(input));
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function asBytes(input) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

// transcode: node supports these pairs (through ICU).
const transcodable = new Set(['utf8', 'utf16le', 'latin1', 'ascii']);
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!transcodable.has(from) || !transcodable.has(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  return createBuffer(binding.transcode(source, encodingNumber(from), encodingNumber(to)));
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});

// Blob, resolveObjectURL and File load on first use, as in node: each is
// an accessor until then, replaced by a plain property when read or set.
function defineLazyProperties(target, id, keys) {
  for (const key of keys) {
    let loaded;
    const set = {
      [`set ${key}`](value) {
        Object.defineProperty(target, key, { writable: true, value });
      },
    }[`set ${key}`];
    const get = {
      [`get ${key}`]() {
        if (loaded === undefined) {
          loaded = require(id)[key];
          set(loaded);
        }
        return loaded;
      },
    }[`get ${key}`];
    Object.defineProperty(target, key, { configurable: true, enumerable: true, get, set });
  }
}
defineLazyProperties(module.exports, 'internal/blob', ['Blob', 'resolveObjectURL']);
defineLazyProperties(module.exports, 'internal/file', ['File']);

'use strict';
// `Blob` (global, and in `buffer`) and the registry behind `blob:nodedata:`
// URLs (`URL.createObjectURL`, `buffer.resolveObjectURL`), as node 20 has
// them. The bytes are kept by the Rust half (`internalBinding('blob')`),
// immutable and shared between a blob, its slices and the blobs built from
// it; a Blob object holds a handle to them, its size and its type.
//
// Not provided: `Blob.prototype.stream()`, which returns a web
// ReadableStream (runnel has no web streams yet).

const binding = internalBinding('blob');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_BUFFER_TOO_LARGE },
  validateDictionary,
} = require('internal/errors');
const { kClone, kDeserialize, markCloneable } = require('internal/worker/js_transferable');
const { queueMicrotask } = require('internal/process/task_queues');

const kHandle = Symbol('kHandle');
const kType = Symbol('kType');
const kLength = Symbol('kLength');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });

// buffer.kMaxLength: no blob may be larger.
const kMaxLength = 2 ** 32;
// What `endings: 'native'` turns line ends into (os.EOL).
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
const disallowedTypeCharacters = /[^\u{0020}-\u{007E}]/u;

const isAnyArrayBuffer = (value) => value instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);

function isBlob(object) {
  return object?.[kHandle] !== undefined;
}

// A source of `new Blob(sources)` as the binding takes it: a blob's
// handle, a typed array over a (non-shared) ArrayBuffer, or a string.
function getSource(source, endings) {
  if (isBlob(source)) {
    // (read as node reads it, through the getter)
    source.size; // eslint-disable-line no-unused-expressions
    return source[kHandle];
  }
  if (isAnyArrayBuffer(source)) {
    source = new Uint8Array(source);
  } else if (!ArrayBuffer.isView(source)) {
    source = `${source}`;
    if (endings === 'native') source = source.replace(/\n|\r\n/g, EOL);
    return source;
  }
  // Views the binding cannot borrow: DataViews, and views of a
  // SharedArrayBuffer (copied: another thread could change the bytes).
  if (!(source.buffer instanceof ArrayBuffer)) {
    return new Uint8Array(source.buffer, source.byteOffset, source.byteLength).slice();
  }
  if (source instanceof DataView) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  return source;
}

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? kEmptyObject;
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const list = [];
    for (const source of sources) list.push(getSource(source, endings));
    const handle = binding.createBlob(list, kMaxLength);
    if (handle === undefined) throw new ERR_BUFFER_TOO_LARGE(kMaxLength);
    this[kHandle] = handle;
    this[kLength] = binding.size(handle);
    this[kType] = normalizeType(type);
    markCloneable(this);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${lazyInspect()({ size: this.size, type: this.type }, opts)}`;
  }

  [kClone]() {
    return {
      data: { handle: this[kHandle], type: this[kType], length: this[kLength] },
      deserializeInfo: 'internal/blob:ClonedBlob',
    };
  }

  [kDeserialize]({ handle, type, length }) {
    this[kHandle] = handle;
    this[kType] = type;
    this[kLength] = length;
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kLength];
  }

  slice(start = 0, end = this[kLength], contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const length = this[kLength];
    if (start < 0) start = Math.max(length + start, 0);
    else start = Math.min(start, length);
    if (end < 0) end = Math.max(length + end, 0);
    else end = Math.min(end, length);
    // node 20 aborts on what is not a whole number by now (NaN, 1.5):
    // those are rounded as WebIDL's [Clamp] long long, as newer node does.
    start = clampedInteger(start);
    end = clampedInteger(end);
    contentType = normalizeType(contentType);
    const span = Math.max(end - start, 0);
    return createBlob(binding.slice(this[kHandle], start, start + span), span, contentType);
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return read(this[kHandle], binding.arrayBuffer);
  }

  async text() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    // Decoded straight from the shared bytes, unless arrayBuffer() was
    // replaced (node decodes whatever it returns).
    if (this.arrayBuffer === arrayBuffer) return await read(this[kHandle], binding.text);
    decoder ??= new (require('internal/encoding').TextDecoder)();
    return decoder.decode(await this.arrayBuffer());
  }

  bytes() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }
}

const { arrayBuffer } = Blob.prototype;
let decoder;
let inspect;
function lazyInspect() {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect;
}

function clampedInteger(n) {
  n = +n;
  if (Number.isNaN(n)) return 0;
  if (!Number.isFinite(n)) return n;
  // round half to even
  const floor = Math.floor(n);
  const diff = n - floor;
  if (diff < 0.5) return floor;
  if (diff > 0.5) return floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

// Settles as node's reader does: node reads the blob entry by entry, the
// first read at once and each further one a microtask later, then
// resolves with the bytes (`get(handle)`, an ArrayBuffer or the text).
function read(handle, get) {
  return new Promise((resolve) => {
    let pulls = binding.pullCount(handle);
    const pull = () => {
      if (--pulls === 0) resolve(get(handle));
      else queueMicrotask(pull);
    };
    pull();
  });
}

// A Blob over an existing handle (slices, clones, resolved URLs).
function createBlob(handle, length, type = '') {
  const blob = Object.create(Blob.prototype);
  blob[kHandle] = handle;
  blob[kType] = type;
  blob[kLength] = length;
  markCloneable(blob);
  return blob;
}

// What structuredClone constructs for a cloned Blob (or File: a clone of
// a File is a Blob in node 20); Blob.prototype[kDeserialize] fills it in.
function ClonedBlob() {
  const blob = Object.create(Blob.prototype);
  markCloneable(blob);
  return blob;
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, { configurable: true, value: 'Blob' });
for (const name of ['size', 'type', 'slice', 'text', 'arrayBuffer']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}

// --- blob: URLs ----------------------------------------------------------
// URL.createObjectURL(blob) stores the blob's bytes under a random id, as
// `blob:nodedata:<id>`, until URL.revokeObjectURL; resolveObjectURL gives
// a new Blob over them.

const dataObjects = new Map();

function createObjectURL(obj) {
  if (!isBlob(obj)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  const id = binding.randomUUID();
  dataObjects.set(id, { handle: obj[kHandle], length: obj.size, type: obj.type });
  return `blob:nodedata:${id}`;
}

// Like node, any URL whose path is `<anything>:<id>` revokes that id.
function revokeObjectURL(url) {
  const { URL } = require('internal/url');
  if (!URL.canParse(url)) return;
  const pathname = new URL(url).pathname;
  const colon = pathname.indexOf(':');
  if (colon !== -1 && pathname.indexOf(':', colon + 1) === -1) dataObjects.delete(pathname.slice(colon + 1));
}

function resolveObjectURL(url) {
  url = `${url}`;
  try {
    const { URL } = require('internal/url');
    const split = new URL(url).pathname.split(':');
    if (split.length !== 2) return;
    const [base, id] = split;
    if (base !== 'nodedata') return;
    const stored = dataObjects.get(id);
    if (stored === undefined) return;
    return createBlob(stored.handle, stored.length, stored.type);
  } catch {
    // Not a URL: nothing to resolve.
  }
}

module.exports = {
  Blob,
  ClonedBlob,
  createBlob,
  isBlob,
  kHandle,
  resolveObjectURL,
  createObjectURL,
  revokeObjectURL,
};

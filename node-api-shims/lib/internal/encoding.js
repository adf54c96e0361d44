'use strict';
// `TextEncoder` and `TextDecoder` (the WHATWG Encoding standard), as
// globals and on `util`. Decoding is encoding_rs through
// `internalBinding('encoding')`; encoding to UTF-8 shares the Buffer
// binding's encoder.

const binding = internalBinding('encoding');
const { fromString } = internalBinding('buffer');
const {
  codes: { ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
  validateObject, nativeError,
} = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const UTF8 = 0;

const encoders = new WeakSet();

class TextEncoder {
  constructor() {
    encoders.add(this);
  }

  get encoding() {
    if (!encoders.has(this)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!encoders.has(this)) throw new ERR_INVALID_THIS('TextEncoder');
    return new Uint8Array(fromString(`${input}`, UTF8));
  }

  encodeInto(src, dest) {
    if (!encoders.has(this)) throw new ERR_INVALID_THIS('TextEncoder');
    if (typeof src !== 'string') throw new ERR_INVALID_ARG_TYPE('src', 'string', src);
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = binding.encodeInto(src, dest);
    return { read, written };
  }

  // node shows a plain object here, without the class name.
  [kInspect](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return inspect({ encoding: this.encoding }, { ...options, depth: options.depth == null ? null : options.depth - 1 });
  }
}

const decoders = new WeakMap();

function decoderState(self) {
  const d = decoders.get(self);
  if (d === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return d;
}

const isAnyArrayBuffer = (value) => value instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const name = binding.lookup(encoding);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    const fatal = Boolean(options?.fatal);
    const ignoreBOM = Boolean(options?.ignoreBOM);
    decoders.set(this, { name, fatal, ignoreBOM, native: binding.createDecoder(name, ignoreBOM) });
  }

  get encoding() { return decoderState(this).name; }

  get fatal() { return decoderState(this).fatal; }

  get ignoreBOM() { return decoderState(this).ignoreBOM; }

  decode(input = new Uint8Array(0), options = {}) {
    const state = decoderState(this);
    let view;
    if (isAnyArrayBuffer(input)) {
      view = new Uint8Array(input);
    } else if (ArrayBuffer.isView(input)) {
      view = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    }
    validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    const text = binding.decode(state.native, view, Boolean(options?.stream), state.fatal);
    if (text === null) throw new ERR_ENCODING_INVALID_ENCODED_DATA(state.name);
    return text;
  }

  [kInspect](depth, options) {
    const state = decoderState(this);
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const fields = { encoding: state.name, fatal: state.fatal, ignoreBOM: state.ignoreBOM };
    return `TextDecoder ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

for (const cls of [TextEncoder, TextDecoder]) {
  for (const key of Object.getOwnPropertyNames(cls.prototype)) {
    if (key !== 'constructor') Object.defineProperty(cls.prototype, key, { enumerable: true });
  }
  Object.defineProperty(cls.prototype, Symbol.toStringTag, { configurable: true, value: cls.name });
}

module.exports = { TextEncoder, TextDecoder };

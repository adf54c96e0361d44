'use strict';
// `require('stream')`: the legacy Stream constructor itself, carrying the
// stream classes (Readable, Writable, Duplex, Transform, PassThrough) and
// helpers (pipeline, finished, addAbortSignal, destroy, is*, the default
// high-water marks, `promises`). Also installs the Readable.prototype
// operators (map, filter, toArray, ...). The machinery is under
// lib/internal/streams/, modelled on node 20's.

const { streamReturningOperators, promiseReturningOperators } = require('internal/streams/operators');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { setDefaultHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { pipeline } = require('internal/streams/pipeline');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const promises = require('stream/promises');
const utils = require('internal/streams/utils');
const { isArrayBufferView, isUint8Array } = require('internal/util/types');
const { Buffer } = require('buffer');

const Stream = module.exports = require('internal/streams/legacy').Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');

// Install an operator as a non-enumerable method that refuses `new`.
function installOperator(key, op, wrap) {
  function fn(...args) {
    if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
    return wrap(Reflect.apply(op, this, args));
  }
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, key, {
    __proto__: null,
    value: fn,
    enumerable: false,
    configurable: true,
    writable: true,
  });
}
for (const key of Object.keys(streamReturningOperators)) {
  installOperator(key, streamReturningOperators[key], (iterable) => Stream.Readable.from(iterable));
}
for (const key of Object.keys(promiseReturningOperators)) {
  installOperator(key, promiseReturningOperators[key], (promise) => promise);
}

Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = require('internal/streams/add-abort-signal').addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return promises; },
});

// util.promisify(pipeline) / util.promisify(finished) are the promise forms.
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(pipeline, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return promises.pipeline; },
});
Object.defineProperty(eos, customPromisify, {
  __proto__: null,
  enumerable: true,
  get() { return promises.finished; },
});

// Backwards compatibility with node 0.4.
Stream.Stream = Stream;
Stream._isArrayBufferView = isArrayBufferView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

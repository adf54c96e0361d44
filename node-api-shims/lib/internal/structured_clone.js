'use strict';
// `structuredClone(value, { transfer })`: the HTML structured clone of
// plain data — primitives, objects (own enumerable string keys, getters
// read), arrays (holes kept), Date, RegExp, boxed primitives, Map, Set,
// ArrayBuffer and its views, errors — with cycles and shared references
// preserved. Functions, symbols and engine objects (promises, weak
// collections...) throw a DataCloneError. Transferred ArrayBuffers are
// detached, their bytes handed to the clone. Builtin objects marked
// cloneable (Blob, File) clone themselves (internal/worker/js_transferable).

const util = internalBinding('util');
const { transfer: detachAndTake } = internalBinding('buffer');  // detaches
const { nativeError } = require('internal/errors');
const { DOMException } = require('internal/per_context/domexception');
const { kClone, kDeserialize, isCloneable } = require('internal/worker/js_transferable');

const errorTypes = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);
const typedArrayName = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function cannotClone(description) {
  return new DOMException(`${description} could not be cloned.`, 'DataCloneError');
}

function describe(obj) {
  const ctor = obj.constructor;
  return `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
}

function cloneValue(value, memory) {
  if (typeof value === 'symbol') throw cannotClone(String(value));
  if (typeof value === 'function') throw cannotClone(Function.prototype.toString.call(value));
  if (value === null || typeof value !== 'object') return value;
  const seen = memory.get(value);
  if (seen !== undefined) return seen;
  if (isCloneable(value)) return remember(memory, value, cloneBuiltin(value));

  const boxed = util.boxedKind(value);
  if (boxed === 'Symbol') throw cannotClone(describe(value));
  if (boxed !== undefined) return remember(memory, value, Object(value.valueOf()));
  if (util.isDate(value)) return remember(memory, value, new Date(Date.prototype.getTime.call(value)));
  if (util.isRegExp(value)) return remember(memory, value, new RegExp(value.source, value.flags));
  if (util.isArrayBuffer(value)) return remember(memory, value, value.slice(0));
  if (util.isSharedArrayBuffer(value)) return remember(memory, value, value);
  if (ArrayBuffer.isView(value)) {
    const buffer = cloneValue(value.buffer, memory);
    const name = typedArrayName.call(value);
    const copy = name === undefined ?
      new DataView(buffer, value.byteOffset, value.byteLength) :
      new globalThis[name](buffer, value.byteOffset, value.length);
    return remember(memory, value, copy);
  }
  if (util.isMap(value)) {
    const copy = remember(memory, value, new Map());
    for (const [k, v] of Map.prototype.entries.call(value)) copy.set(cloneValue(k, memory), cloneValue(v, memory));
    return copy;
  }
  if (util.isSet(value)) {
    const copy = remember(memory, value, new Set());
    for (const v of Set.prototype.values.call(value)) copy.add(cloneValue(v, memory));
    return copy;
  }
  if (util.isNativeError(value)) return cloneError(value, memory);
  if (util.isPromise(value) || util.isWeakMap(value) || util.isWeakSet(value) || util.isGeneratorObject(value) ||
      util.isMapIterator(value) || util.isSetIterator(value) || value instanceof WeakRef || value instanceof DOMException) {
    throw cannotClone(describe(value));
  }
  const copy = remember(memory, value, Array.isArray(value) ? new Array(value.length) : {});
  for (const key of Object.keys(value)) copy[key] = cloneValue(value[key], memory);
  return copy;
}

// `new Export()` of the module named by the object's deserializeInfo
// ('module:Export'), given the object's clone data.
function cloneBuiltin(value) {
  const { data, deserializeInfo } = value[kClone]();
  const colon = deserializeInfo.indexOf(':');
  const Ctor = require(deserializeInfo.slice(0, colon))[deserializeInfo.slice(colon + 1)];
  const copy = new Ctor();
  copy[kDeserialize](data);
  return copy;
}

function remember(memory, original, copy) {
  memory.set(original, copy);
  return copy;
}

function cloneError(value, memory) {
  const name = value.name;
  const Ctor = errorTypes.has(name) ? globalThis[name] : Error;
  const copy = remember(memory, value, Object.create(Ctor.prototype));
  const own = (key) => Object.prototype.hasOwnProperty.call(value, key);
  const define = (key, v) => Object.defineProperty(copy, key, { value: v, writable: true, configurable: true, enumerable: false });
  if (own('message')) define('message', `${value.message}`);
  define('stack', value.stack);
  if (own('cause')) define('cause', cloneValue(value.cause, memory));
  return copy;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  let transfer = [];
  if (options != null && options.transfer !== undefined) {
    const list = options.transfer;
    if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
    }
    transfer = [...list];
    for (const item of transfer) {
      // Cloneable builtins may be listed too; node 20 clones them anyway.
      if (!util.isArrayBuffer(item) && !isCloneable(item)) {
        throw nativeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
      }
    }
  }
  const memory = new Map();
  const result = cloneValue(value, memory);
  // The clone has the bytes; the transferred originals are detached.
  for (const item of transfer) {
    if (util.isArrayBuffer(item)) detachAndTake(item);
  }
  return result;
}

module.exports = { structuredClone };

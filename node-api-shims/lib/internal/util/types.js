'use strict';
// `util.types` (also `require('util/types')`): what kind of object a value
// really is, by the engine's internal slots (through the util binding),
// never by its prototype or Symbol.toStringTag, which a script can fake.

const binding = internalBinding('util');
const { getProxyDetails } = require('internal/util/proxies');

// %TypedArray%.prototype[@@toStringTag] reads the internal name: it
// cannot be faked and is undefined for anything else.
const typedArrayName = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

const isTypedArrayOf = (name) => (value) => typedArrayName.call(value) === name;

const types = {
  // runnel has no V8 External values.
  isExternal: (value) => false,
  isDate: (value) => binding.isDate(value),
  // Object.prototype.toString says "Arguments" only for the real thing,
  // unless an own or inherited Symbol.toStringTag is set.
  isArgumentsObject: (value) => value !== null && typeof value === 'object' &&
    value[Symbol.toStringTag] === undefined && Object.prototype.toString.call(value) === '[object Arguments]',
  isBigIntObject: (value) => binding.boxedKind(value) === 'BigInt',
  isBooleanObject: (value) => binding.boxedKind(value) === 'Boolean',
  isNumberObject: (value) => binding.boxedKind(value) === 'Number',
  isStringObject: (value) => binding.boxedKind(value) === 'String',
  isSymbolObject: (value) => binding.boxedKind(value) === 'Symbol',
  isNativeError: (value) => binding.isNativeError(value),
  isRegExp: (value) => binding.isRegExp(value),
  isAsyncFunction: (value) => binding.isAsyncFunction(value),
  isGeneratorFunction: (value) => binding.isGeneratorFunction(value),
  isGeneratorObject: (value) => binding.isGeneratorObject(value),
  isPromise: (value) => binding.isPromise(value),
  isMap: (value) => binding.isMap(value),
  isSet: (value) => binding.isSet(value),
  isMapIterator: (value) => binding.isMapIterator(value),
  isSetIterator: (value) => binding.isSetIterator(value),
  isWeakMap: (value) => binding.isWeakMap(value),
  isWeakSet: (value) => binding.isWeakSet(value),
  isArrayBuffer: (value) => binding.isArrayBuffer(value),
  isDataView: (value) => binding.isDataView(value),
  isSharedArrayBuffer: (value) => binding.isSharedArrayBuffer(value),
  isProxy: (value) => getProxyDetails(value) !== undefined,
  isModuleNamespaceObject: (value) => binding.isModuleNamespaceObject(value),
  isAnyArrayBuffer: (value) => binding.isArrayBuffer(value) || binding.isSharedArrayBuffer(value),
  isBoxedPrimitive: (value) => binding.isBoxedPrimitive(value),
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray: (value) => typedArrayName.call(value) !== undefined,
  isUint8Array: isTypedArrayOf('Uint8Array'),
  isUint8ClampedArray: isTypedArrayOf('Uint8ClampedArray'),
  isUint16Array: isTypedArrayOf('Uint16Array'),
  isUint32Array: isTypedArrayOf('Uint32Array'),
  isInt8Array: isTypedArrayOf('Int8Array'),
  isInt16Array: isTypedArrayOf('Int16Array'),
  isInt32Array: isTypedArrayOf('Int32Array'),
  isFloat32Array: isTypedArrayOf('Float32Array'),
  isFloat64Array: isTypedArrayOf('Float64Array'),
  isBigInt64Array: isTypedArrayOf('BigInt64Array'),
  isBigUint64Array: isTypedArrayOf('BigUint64Array'),
};

// Named functions, as node's are (`util.types.isDate.name === 'isDate'`).
for (const [name, fn] of Object.entries(types)) {
  if (fn !== ArrayBuffer.isView) Object.defineProperty(fn, 'name', { value: name });
}

// No KeyObject or CryptoKey exists until the crypto module does. (node
// defines these two as read-only properties whose functions are named
// 'value'.)
Object.defineProperties(types, {
  isKeyObject: { value: { value(obj) { return false; } }.value, writable: false, enumerable: true, configurable: false },
  isCryptoKey: { value: { value(obj) { return false; } }.value, writable: false, enumerable: true, configurable: false },
});

module.exports = types;

'use strict';
// Deep equality, as node defines it: the one comparison behind
// assert.deepEqual / deepStrictEqual (and their `not` forms) and
// util.isDeepStrictEqual.
//
// Two modes:
// - strict: primitives by Object.is (but NaN equals NaN), same prototype,
//   same [[Class]] tag, own enumerable symbol keys count too.
// - loose: primitives by == (NaN equals NaN), prototypes ignored, symbol
//   keys ignored, Set/Map members may match loosely ('1' and 1).
// Objects are compared by kind (Array, Date, RegExp, typed array, Set, Map,
// ArrayBuffer, Error, boxed primitive, URL), then by their own enumerable
// keys, recursively. Cycles are handled by remembering the pairs being
// compared: a pair met again while it is being compared counts as equal.

const types = require('internal/util/types');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isDate,
  isMap,
  isRegExp,
  isSet,
  isNativeError,
  isBoxedPrimitive,
  isNumberObject,
  isStringObject,
  isBooleanObject,
  isBigIntObject,
  isSymbolObject,
  isFloat32Array,
  isFloat64Array,
} = types;
const { compare } = internalBinding('buffer');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const hasEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const objectToString = (value) => Object.prototype.toString.call(value);
// %TypedArray%.prototype[@@toStringTag]: the real kind, not a faked tag.
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const getTime = Date.prototype.getTime;

const kStrict = true;
const kLoose = false;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function isURL(value) {
  return require('internal/url').isURL(value);
}

const { getOwnNonIndexKeys } = internalBinding('util');

// The own enumerable keys of an array or typed array that are not
// indices (with the symbol ones unless `skipSymbols`).
function getOwnNonIndexProperties(obj, skipSymbols) {
  const keys = [];
  for (const key of getOwnNonIndexKeys(obj)) {
    if (skipSymbols && typeof key === 'symbol') continue;
    if (hasEnumerable(obj, key)) keys.push(key);
  }
  return keys;
}

function areSimilarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

// Loose float arrays compare element by element: 0 equals -0 and NaN
// equals nothing, as with ==.
function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function areSimilarTypedArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return compare(bytesOf(a), bytesOf(b)) === 0;
}

function areEqualArrayBuffers(a, b) {
  return a.byteLength === b.byteLength && compare(new Uint8Array(a), new Uint8Array(b)) === 0;
}

function isEqualBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

// An Error's message, name, cause and errors count even when they are not
// enumerable (an enumerable one is compared with the other keys).
function isEnumerableOrIdentical(a, b, prop, strict, memos) {
  return hasEnumerable(b, prop) || innerDeepEqual(a[prop], b[prop], strict, memos);
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) {
    return val1 !== 0 || Object.is(val1, val2) || !strict;
  }

  if (strict) {
    if (typeof val1 === 'number') {
      return Number.isNaN(val1) && Number.isNaN(val2);
    }
    if (typeof val2 !== 'object' || typeof val1 !== 'object' || val1 === null || val2 === null ||
        Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) {
      return false;
    }
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      return (val2 === null || typeof val2 !== 'object') &&
        // eslint-disable-next-line eqeqeq
        (val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2)));
    }
    if (val2 === null || typeof val2 !== 'object') {
      return false;
    }
  }

  const val1Tag = objectToString(val1);
  const val2Tag = objectToString(val2);
  if (val1Tag !== val2Tag) {
    return false;
  }

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) {
      return false;
    }
    const keys2 = getOwnNonIndexProperties(val2, !strict);
    if (keys2.length !== getOwnNonIndexProperties(val1, !strict).length) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kIsArray, keys2);
  } else if (val1Tag === '[object Object]') {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  } else if (isDate(val1)) {
    if (!isDate(val2) || getTime.call(val1) !== getTime.call(val2)) {
      return false;
    }
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || !areSimilarRegExps(val1, val2)) {
      return false;
    }
  } else if (isArrayBufferView(val1)) {
    if (typedArrayTag.call(val1) !== typedArrayTag.call(val2)) {
      return false;
    }
    if (!strict && (isFloat32Array(val1) || isFloat64Array(val1))) {
      if (!areSimilarFloatArrays(val1, val2)) {
        return false;
      }
    } else if (!areSimilarTypedArrays(val1, val2)) {
      return false;
    }
    // Equal bytes: only the named properties are left to compare.
    const keys2 = getOwnNonIndexProperties(val2, !strict);
    if (keys2.length !== getOwnNonIndexProperties(val1, !strict).length) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys2);
  } else if (isSet(val1)) {
    if (!isSet(val2) || val1.size !== val2.size) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || val1.size !== val2.size) {
      return false;
    }
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) {
      return false;
    }
  } else if (isError(val1)) {
    // The stack is left out: it differs between otherwise equal errors.
    if (!isError(val2) ||
        !isEnumerableOrIdentical(val1, val2, 'message', strict, memos) ||
        !isEnumerableOrIdentical(val1, val2, 'name', strict, memos) ||
        !isEnumerableOrIdentical(val1, val2, 'cause', strict, memos) ||
        !isEnumerableOrIdentical(val1, val2, 'errors', strict, memos)) {
      return false;
    }
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) {
      return false;
    }
  } else if (Array.isArray(val2) ||
             isArrayBufferView(val2) ||
             isSet(val2) ||
             isMap(val2) ||
             isDate(val2) ||
             isRegExp(val2) ||
             isAnyArrayBuffer(val2) ||
             isBoxedPrimitive(val2) ||
             isNativeError(val2) ||
             val2 instanceof Error) {
    return false;
  } else if (isURL(val1)) {
    if (!isURL(val2) || val1.href !== val2.href) {
      return false;
    }
  }

  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function getEnumerables(val, keys) {
  return keys.filter((key) => hasEnumerable(val, key));
}

// The own enumerable keys (and, strictly, symbols) of both sides must be
// the same; then their values (and Set/Map/array contents) are compared.
// `keys2` is given for arrays and typed arrays: their non-index keys.
function keyCheck(val1, val2, strict, memos, iterationType, keys2) {
  const isArrayLikeObject = keys2 !== undefined;
  if (keys2 === undefined) {
    keys2 = Object.keys(val2);
  }

  for (const key of keys2) {
    if (!hasEnumerable(val1, key)) {
      return false;
    }
  }

  if (!isArrayLikeObject) {
    if (keys2.length !== Object.keys(val1).length) {
      return false;
    }
    if (strict) {
      const symbolKeysA = Object.getOwnPropertySymbols(val1);
      if (symbolKeysA.length !== 0) {
        let count = 0;
        for (const key of symbolKeysA) {
          if (hasEnumerable(val1, key)) {
            if (!hasEnumerable(val2, key)) {
              return false;
            }
            keys2.push(key);
            count++;
          } else if (hasEnumerable(val2, key)) {
            return false;
          }
        }
        const symbolKeysB = Object.getOwnPropertySymbols(val2);
        if (symbolKeysA.length !== symbolKeysB.length &&
            getEnumerables(val2, symbolKeysB).length !== count) {
          return false;
        }
      } else {
        const symbolKeysB = Object.getOwnPropertySymbols(val2);
        if (symbolKeysB.length !== 0 && getEnumerables(val2, symbolKeysB).length !== 0) {
          return false;
        }
      }
    }
  }

  if (keys2.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && val2.length === 0) ||
       val2.size === 0)) {
    return true;
  }

  // Cycles: the outermost pair and the first nested pair are kept in the
  // memo object itself; deeper than that, pairs go into a Set. A value met
  // again while it is being compared counts as equal.
  if (memos === undefined) {
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false };
    return objEquiv(val1, val2, strict, keys2, memos, iterationType);
  }

  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1 && memos.b === val2) return true;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objEquiv(val1, val2, strict, keys2, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set();
    memos.set.add(memos.a);
    memos.set.add(memos.b);
    memos.set.add(memos.c);
    memos.set.add(memos.d);
  }

  const { set } = memos;
  const originalSize = set.size;
  set.add(val1);
  set.add(val2);
  if (originalSize === set.size) {
    return true;
  }

  const areEq = objEquiv(val1, val2, strict, keys2, memos, iterationType);
  set.delete(val1);
  set.delete(val2);
  return areEq;
}

function setHasEqualElement(set, val1, strict, memo) {
  for (const val2 of set) {
    if (innerDeepEqual(val1, val2, strict, memo)) {
      // Each element matches once.
      set.delete(val2);
      return true;
    }
  }
  return false;
}

// Loosely, a primitive may equal a different primitive (1 == '1'). This
// tells which could have a partner: undefined pairs with null, null with
// undefined, a symbol or a NaN-ish value with nothing (false), and numbers,
// numeric strings, bigints and booleans possibly with something (true).
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // falls through
    case 'number':
      if (Number.isNaN(prim)) {
        return false;
      }
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return !b.has(altValue) && a.has(altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item2, memo) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) {
    return altValue;
  }
  const item1 = a.get(altValue);
  if ((item1 === undefined && !a.has(altValue)) || !innerDeepEqual(item1, item2, kLoose, memo)) {
    return false;
  }
  return !b.has(altValue) && innerDeepEqual(item1, item2, kLoose, memo);
}

// Members that are objects (or, loosely, primitives with no identical
// partner) are matched pairwise, each at most once.
function setObjectEquiv(a, b, strict, set, memo) {
  if (strict && set.size === a.size) {
    for (const val of a) {
      if (!setHasEqualElement(set, val, strict, memo)) return false;
    }
    return true;
  }
  for (const val of a) {
    if (typeof val === 'object') {
      if (!b.has(val) && !setHasEqualElement(set, val, strict, memo)) return false;
    } else if (!strict && !b.has(val) && !setHasEqualElement(set, val, strict, memo)) {
      return false;
    }
  }
  return set.size === 0;
}

function setEquiv(a, b, strict, memo) {
  // The members of `b` that `a` does not have by identity.
  let set = null;
  for (const val of b) {
    if (!a.has(val)) {
      if ((typeof val !== 'object' || val === null) &&
          (strict || !setMightHaveLoosePrim(a, b, val))) {
        return false;
      }
      if (set === null) {
        if (a.size === 1) {
          return innerDeepEqual(a.values().next().value, val, strict, memo);
        }
        set = new Set();
      }
      set.add(val);
    }
  }
  if (set !== null) {
    return setObjectEquiv(a, b, strict, set, memo);
  }
  return true;
}

function mapHasEqualEntry(set, map, key1, item1, strict, memo) {
  // Every candidate key must be tried: Map([[{}, 1], [{}, 2]]) against
  // Map([[{}, 2], [{}, 1]]).
  for (const key2 of set) {
    if (innerDeepEqual(key1, key2, strict, memo) && innerDeepEqual(item1, map.get(key2), strict, memo)) {
      set.delete(key2);
      return true;
    }
  }
  return false;
}

function mapObjectEquivalence(a, b, strict, set, memo) {
  if (strict && set.size === a.size) {
    for (const [key1, item1] of a) {
      if (!mapHasEqualEntry(set, b, key1, item1, strict, memo)) return false;
    }
    return true;
  }
  for (const [key1, item1] of a) {
    if (typeof key1 === 'object' && key1 !== null) {
      if (!mapHasEqualEntry(set, b, key1, item1, strict, memo)) return false;
    } else if (set.size === 0) {
      return true;
    } else if (!strict && (!b.has(key1) || !innerDeepEqual(item1, b.get(key1), strict, memo)) &&
               !mapHasEqualEntry(set, b, key1, item1, strict, memo)) {
      return false;
    }
  }
  return set.size === 0;
}

function mapEquiv(a, b, strict, memo) {
  // The keys of `b` to match pairwise: objects, and (loosely) primitives
  // whose entry in `a` is missing or differs.
  let set = null;
  for (const [key2, item2] of b) {
    if (typeof key2 === 'object' && key2 !== null) {
      if (set === null) {
        if (a.size === 1) {
          const [key1, item1] = a.entries().next().value;
          return innerDeepEqual(key1, key2, strict, memo) && innerDeepEqual(item1, item2, strict, memo);
        }
        set = new Set();
      }
      set.add(key2);
    } else {
      const item1 = a.get(key2);
      if ((item1 === undefined && !a.has(key2)) || !innerDeepEqual(item1, item2, strict, memo)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key2, item2, memo)) return false;
        if (set === null) set = new Set();
        set.add(key2);
      }
    }
  }
  if (set !== null) {
    return mapObjectEquivalence(a, b, strict, set, memo);
  }
  return true;
}

// From the first hole on, arrays are compared by their keys.
function sparseArrayEquiv(a, b, strict, memos, i) {
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) {
    return false;
  }
  for (; i < keysB.length; i++) {
    const key = keysB[i];
    if ((a[key] === undefined && !hasOwn(a, key)) || !innerDeepEqual(a[key], b[key], strict, memos)) {
      return false;
    }
  }
  return true;
}

function objEquiv(a, b, strict, keys2, memos, iterationType) {
  for (const key of keys2) {
    if (!innerDeepEqual(a[key], b[key], strict, memos)) {
      return false;
    }
  }

  if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (b[i] === undefined) {
        if (!hasOwn(b, i)) return sparseArrayEquiv(a, b, strict, memos, i);
        if (a[i] !== undefined || !hasOwn(a, i)) return false;
      } else if (a[i] === undefined || !innerDeepEqual(a[i], b[i], strict, memos)) {
        return false;
      }
    }
  } else if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) {
      return false;
    }
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) {
      return false;
    }
  }
  return true;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};

'use strict';
// The language as node 20 has it. Boa implements ECMAScript additions that
// came after the V8 of node 20 (11.3): iterator helpers and the `Iterator`
// global, Set methods, Object.groupBy/Map.groupBy, Promise.withResolvers
// and Promise.try, Map/WeakMap getOrInsert, JSON.rawJSON, RegExp.escape.
// A script that tests for a feature (`if (Promise.withResolvers)`) must
// take the path it takes under node 20, and the builtins' own properties
// must list what node 20's do, so these are removed when a realm starts.
// Boa also exposes the abstract %TypedArray% as a `TypedArray` global and
// gives each typed array constructor its own Symbol.species; V8 does
// neither (the species getter is inherited from %TypedArray%).

const remove = (object, keys) => {
  for (const key of keys) delete object[key];
};

function install(global) {
  const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  remove(iteratorPrototype, [
    'map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find',
    'constructor', Symbol.toStringTag,
  ]);
  remove(global, ['Iterator', 'TypedArray']);
  remove(global.Object, ['groupBy']);
  remove(global.Map, ['groupBy']);
  remove(global.Promise, ['try', 'withResolvers']);
  remove(global.Map.prototype, ['getOrInsert', 'getOrInsertComputed']);
  remove(global.WeakMap.prototype, ['getOrInsert', 'getOrInsertComputed']);
  remove(global.Set.prototype, [
    'difference', 'intersection', 'isDisjointFrom', 'isSubsetOf', 'isSupersetOf', 'symmetricDifference', 'union',
  ]);
  remove(global.JSON, ['isRawJSON', 'rawJSON']);
  remove(global.RegExp, ['escape']);
  // (Boa puts a lastIndex on RegExp.prototype; V8 only on instances.)
  remove(global.RegExp.prototype, ['lastIndex']);
  for (const name of ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
    'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
    remove(global[name], [Symbol.species]);
  }
}

// RegExp.$1 and the other legacy statics (Boa patch 16) record the last
// successful match of any regular expression, runnel's own JavaScript's
// included: a module starts with them empty, as a script starts under
// node. An empty match of the empty string empties them all.
const emptyPattern = /(?:)/;
const builtinExec = RegExp.prototype.exec;
function resetRegExpStatics() {
  builtinExec.call(emptyPattern, '');
}

module.exports = { install, resetRegExpStatics };

'use strict';
// How objects made in JavaScript take part in a structured clone, as in
// node: an object marked cloneable (`markCloneable`) provides
// `[kClone]()` → `{ data, deserializeInfo: 'module:Export' }`; the clone is
// `new Export()` from that builtin module, handed the data through
// `[kDeserialize](data)`. Being marked is what counts, not having the
// methods: `Object.create(Blob.prototype)` inherits them but is no Blob,
// and clones as a plain object.

const kClone = Symbol('messaging_clone_symbol');
const kDeserialize = Symbol('messaging_deserialize_symbol');

const cloneable = new WeakSet();

function markCloneable(obj) {
  cloneable.add(obj);
}

function isCloneable(obj) {
  return cloneable.has(obj);
}

module.exports = { kClone, kDeserialize, markCloneable, isCloneable };

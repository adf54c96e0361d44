'use strict';
// The builtin module loader: the `require` that builtins use among
// themselves (`require('events')`, `require('internal/errors')`). Each
// builtin's source is embedded in the binary and compiled only when it is
// first required, so a script pays only for the modules it loads.
//
// Run once by the host with (exports, require, module, internalBinding);
// it hands back, as module.exports, what internal/bootstrap/node returns.

// Each binding object is created once and shared by every builtin.
const rawInternalBinding = internalBinding;
const bindings = new Map();
internalBinding = function internalBinding(name) {
  let binding = bindings.get(name);
  if (binding === undefined) {
    binding = rawInternalBinding(name);
    bindings.set(name, binding);
  }
  return binding;
};

const { compileBuiltin, publicIds } = internalBinding('builtins');

// The language's own globals (Object, Map, Uint8Array...), taken before
// bootstrap adds Node's (Buffer, URL...): util.inspect treats only these
// as built-in classes, as node does.
internalBinding('util').languageGlobalNames = Object.getOwnPropertyNames(globalThis);

const cache = new Map();
const publicSet = new Set(publicIds);
// A builtin's first evaluation must not change RegExp.$1 and the other
// legacy statics a script may be about to read.
const { preserveRegExpStatics } = internalBinding('util');

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  const wrapper = compileBuiltin(id);
  if (wrapper === undefined) throw new Error(`No such built-in module: ${id}`);
  const mod = { id, exports: {}, loaded: false };
  cache.set(id, mod);
  preserveRegExpStatics(() => wrapper.call(undefined, mod.exports, requireBuiltin, mod, internalBinding, globalThis.process));
  mod.loaded = true;
  return mod.exports;
}

// Can user code `require(id)`? (internal/* never; 'node:'-only ids are
// handled by the CommonJS loader.)
requireBuiltin.canBeRequiredByUsers = (id) => publicSet.has(id);
requireBuiltin.publicIds = publicIds;

module.exports = requireBuiltin('internal/bootstrap/node')(requireBuiltin);

'use strict';
// `require('module')`: the CommonJS Module class itself, with its statics
// (createRequire, builtinModules, isBuiltin, _load, _resolveFilename,
// _extensions, _cache, wrap...). The ES-module parts of node's `module`
// (register, syncBuiltinESMExports) come with ES modules.

module.exports = require('internal/modules/cjs/loader').Module;

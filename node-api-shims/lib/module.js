'use strict';
// `require('module')` / `import ... from 'node:module'`: the CommonJS
// Module class with its statics (createRequire, builtinModules, isBuiltin,
// _resolveFilename, _load, _cache, _extensions, wrap, ...).

module.exports = require('internal/modules/cjs/loader').Module;

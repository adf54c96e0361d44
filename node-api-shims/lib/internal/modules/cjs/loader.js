'use strict';
// CommonJS, as Node does it.
//
// require(request) resolves the request to a file name
// (Module._resolveFilename: relative/absolute paths, then node_modules
// directories walking up from the requiring module), returns the cached
// module if there is one (even half-loaded: that is how cycles see partial
// exports), and otherwise creates a Module, caches it *before* running it,
// and loads it by extension: .js/.cjs are compiled inside the module
// wrapper `(exports, require, module, __filename, __dirname)`, .json is
// parsed.

const path = require('path');
const { codes, validateString } = require('internal/errors');
const { resetRegExpStatics } = require('internal/per_context/language_level');
// Inside builtins, `require` is the builtin loader itself.
const builtinRequire = require;
const modules = internalBinding('modules');

const STAT_FILE = 0;
const STAT_DIR = 1;

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    moduleParentCache.set(this, parent);
    updateChildren(parent, this, false);
    this.filename = null;
    this.loaded = false;
    this.children = [];
  }
}

const moduleParentCache = new WeakMap();
Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];

// Under `--watch`, the supervising process restarts the program when a
// module it loaded changes: tell it about each one.
const watchReport = internalBinding('options').watchReport;
function reportToWatchMode(filename) {
  if (watchReport !== undefined) modules.appendLine(watchReport, filename);
}
// The last places `require` looks: NODE_PATH's entries (as given), then
// ~/.node_modules, ~/.node_libraries and <prefix>/lib/node.
Module._initPaths = function _initPaths() {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) paths.unshift(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
  const nodePath = process.env.NODE_PATH;
  const fromEnv = nodePath ? nodePath.split(path.delimiter).filter(Boolean) : [];
  Module.globalPaths = fromEnv.concat(paths);
};
Module._initPaths();
Module.builtinModules = builtinRequire.publicIds.filter((id) => !id.startsWith('_'));
Module.Module = Module;

Object.defineProperty(Module.prototype, 'parent', {
  configurable: true,
  enumerable: false,
  get() { return moduleParentCache.get(this); },
  set(value) { moduleParentCache.set(this, value); },
});

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function isBuiltinRequest(request) {
  if (request.startsWith('node:')) return true;
  return builtinRequire.canBeRequiredByUsers(request);
}

function loadBuiltin(request) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  if (!builtinRequire.canBeRequiredByUsers(id)) {
    throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
  }
  return builtinRequire(id);
}

// The node_modules directories to search from `from`, deepest first.
// Every module of a directory asks for the same list: it is made once per
// absolute directory, and each caller gets a copy of its own.
const nodeModulePathsByDir = new Map();
Module._nodeModulePaths = function _nodeModulePaths(from) {
  const known = nodeModulePathsByDir.get(from);
  if (known !== undefined) return known.slice();
  const dir = from;
  from = path.resolve(from);
  let paths;
  if (from === '/') {
    paths = ['/node_modules'];
  } else {
    const parts = from.split('/');
    paths = [];
    for (let i = parts.length; i > 1; i--) {
      if (parts[i - 1] === 'node_modules') continue;
      paths.push(`${parts.slice(0, i).join('/')}/node_modules`);
    }
    paths.push('/node_modules');
  }
  // A relative `from` depends on the working directory: not kept.
  if (path.isAbsolute(dir)) nodeModulePathsByDir.set(dir, paths.slice());
  return paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltinRequest(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths = parent && parent.paths && parent.paths.length ? parent.paths.slice() : [];
    if (paths.length === 0) paths = Module._nodeModulePaths(process.cwd());
    return paths.concat(Module.globalPaths);
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath) {
  if (modules.stat(requestPath) !== STAT_FILE) return false;
  return modules.realpath(requestPath);
}

function tryExtensions(basePath, exts) {
  for (const ext of exts) {
    const found = tryFile(basePath + ext);
    if (found) return found;
  }
  return false;
}

function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  const text = modules.readFile(jsonPath);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch (err) {
    err.path = jsonPath;
    err.message = `Error parsing ${jsonPath}: ${err.message}`;
    throw err;
  }
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, main);
  const found = tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
  if (found === false) {
    const fallback = tryExtensions(path.resolve(requestPath, 'index'), exts);
    if (fallback === false) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(
      `Invalid 'main' field in '${path.resolve(requestPath, 'package.json')}' of '${main}'. ` +
        'Please either fix that or report it to the module author',
      'DeprecationWarning',
      'DEP0128',
    );
    return fallback;
  }
  return found;
}

// The conditions `require` resolves package "exports" with.
const requireConditions = ['require', 'node', 'node-addons', 'default'];

// `name/sub` inside node_modules directory `nmPath`, through the package's
// "exports" if it has one; false if it has none.
function resolveExports(nmPath, request) {
  const m = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!m) return false;
  const pkgDir = path.resolve(nmPath, m[1]);
  const pkg = readPackage(pkgDir);
  if (!pkg || pkg.exports === undefined || pkg.exports === null) return false;
  const file = require('internal/modules/package_exports')
    .resolve(pkgDir, `.${m[2] || ''}`, pkg.exports, requireConditions);
  if (modules.stat(file) !== STAT_FILE) {
    const err = new Error(`Cannot find module '${file}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  return modules.realpath(file);
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const exts = Object.keys(Module._extensions);
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') || request === '.' || request === '..');
  for (const curPath of paths) {
    if (curPath && modules.stat(curPath) < 1) continue;
    if (!absolute) {
      const exported = resolveExports(curPath, request);
      if (exported) {
        Module._pathCache[cacheKey] = exported;
        return exported;
      }
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = modules.stat(basePath);
    if (!trailingSlash) {
      if (rc === STAT_FILE) filename = modules.realpath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts);
    }
    if (!filename && rc === STAT_DIR) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (isBuiltinRequest(request)) return request;
  let paths;
  if (options && Array.isArray(options.paths)) {
    paths = [];
    for (const p of options.paths) {
      const fake = new Module('', null);
      fake.paths = Module._nodeModulePaths(p);
      const lookup = Module._resolveLookupPaths(request, fake);
      for (const l of request.startsWith('.') ? [p] : lookup) if (!paths.includes(l)) paths.push(l);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function _load(request, parent, isMain) {
  if (isBuiltinRequest(request)) return loadBuiltin(request);
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    if (!cached.loaded) return getExportsForCircularRequire(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  // A module that throws while loading is forgotten, so requiring it
  // again retries.
  internalBinding('util').callWithCleanup(() => module.load(filename), () => {
    delete Module._cache[filename];
    if (parent !== undefined && parent !== null) {
      const i = parent.children.indexOf(module);
      if (i !== -1) parent.children.splice(i, 1);
    }
  });
  return module.exports;
};

Module.prototype.load = function load(filename) {
  reportToWatchMode(filename);
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let ext = path.extname(filename);
  if (ext === '.cjs' || !Module._extensions[ext]) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
  // Loading is over: the circular-require warnings stop.
  const exports = this.exports;
  if (exports !== null && typeof exports === 'object' &&
      Object.getPrototypeOf(exports) === CircularRequirePrototypeWarningProxy) {
    Object.setPrototypeOf(exports, Object.prototype);
  }
};

// A module required while it is still loading (a cycle) hands out its
// partial exports; reading a property they do not have yet is almost
// always a bug, so Node warns. The warning comes from a Proxy put in the
// exports' prototype chain until the module finishes loading.
function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}

const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  get(target, prop) {
    // __esModule is probed by transpiled-module interop: no warning.
    if (prop in target || prop === '__esModule') return Reflect.get(target, prop);
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function getExportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

Module.prototype._compile = function _compile(content, filename) {
  let wrapper;
  try {
    wrapper = modules.compileFunction(content, filename);
  } catch (err) {
    throw builtinRequire('internal/syntax_errors').decorate(err, filename);
  }
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  resetRegExpStatics();
  return wrapper.call(this.exports, this.exports, require, this, filename, dirname);
};

Module._extensions['.js'] = function loadJs(module, filename) {
  const content = modules.readFile(filename);
  // A .mjs file, or a .js file in a "type": "module" package scope, is an
  // ES module even when required.
  if (filename.endsWith('.mjs')) {
    loadESMFromCJS(module, filename, undefined);
    return;
  }
  if (filename.endsWith('.js')) {
    const scope = require('internal/modules/package_scope').packageScope(path.dirname(filename));
    if (scope !== undefined && scope.data.type === 'module') {
      loadESMFromCJS(module, filename, scope, content);
      return;
    }
  }
  module._compile(content === undefined ? '' : stripBOM(content), filename);
};

// require() of an ES module (Node 20.19+): its graph is loaded, linked and
// evaluated synchronously and `module.exports` becomes its namespace, or
// what it exports as 'module.exports'. A namespace with a default export
// is seen through a facade that adds `__esModule: true`, so transpiled
// CommonJS interop finds the default where it expects it. A graph with
// top-level await cannot be required. With
// --no-experimental-require-module it is ERR_REQUIRE_ESM, as before.
function loadESMFromCJS(module, filename, scope, content) {
  const parent = moduleParentCache.get(module);
  const parentPath = parent && parent.filename ? parent.filename : undefined;
  if (internalBinding('options').requireModule === 'false') {
    throw requireESMError(filename, parent, parentPath, scope, content);
  }
  const esm = builtinRequire('internal/modules/esm/loader');
  builtinRequire('internal/modules/esm/registry').addModuleFile(filename);
  const [state, namespace] = esm.requireModule(filename);
  if (state === 'async') throw new codes.ERR_REQUIRE_ASYNC_MODULE(filename, parentPath);
  if (state === 'cycle') {
    throw new codes.ERR_REQUIRE_CYCLE_MODULE(`Cannot require() ES Module ${filename} in a cycle.` +
      `${parentPath ? ` (from ${parentPath})` : ''} A cycle involving require(esm) is not allowed to ` +
      'maintain invariants mandated by the ECMAScript specification. Try making at least part of the ' +
      'dependency in the graph lazily loaded.');
  }
  if ('module.exports' in namespace) {
    module.exports = namespace['module.exports'];
  } else if ('default' in namespace && !('__esModule' in namespace)) {
    module.exports = esm.esModuleFacade(filename);
  } else {
    module.exports = namespace;
  }
}

// ERR_REQUIRE_ESM, as Node 20 words it: for a .js file it says why the
// file is an ES module (its package.json's "type"), unless the file
// visibly uses import/export. The report points at the require() call.
function requireESMError(filename, parent, parentPath, scope, content) {
  let err;
  if (scope === undefined) {
    err = new codes.ERR_REQUIRE_ESM(filename, true, parentPath);
  } else {
    let usesModuleSyntax = false;
    try {
      modules.compileFunction(content === undefined ? '' : stripBOM(content), filename);
    } catch {
      usesModuleSyntax = true;
    }
    err = new codes.ERR_REQUIRE_ESM(filename, usesModuleSyntax, parentPath, scope.file);
  }
  // Node rebuilds the arrow only when the parent is a loaded file.
  if (parentPath === undefined || Module._cache[parentPath] === undefined) return err;
  const { userFrames } = builtinRequire('internal/errors_stack');
  const site = userFrames(err.stack)[0];
  if (site !== undefined) builtinRequire('internal/syntax_errors').setPosition(err, site);
  return err;
}

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = modules.readFile(filename);
  try {
    module.exports = JSON.parse(stripBOM(content === undefined ? '' : content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

// Native addons need a V8 ABI that runnel does not have.
Module._extensions['.node'] = function loadNative(module, filename) {
  const err = new Error(`Cannot load native addon '${filename}': runnel does not support native addons`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  resolve.paths = function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  };
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// A `require` as if from `filename` (an absolute path or a file URL).
Module.createRequire = function createRequire(filename) {
  const reason = 'must be a file URL object, file URL string, or absolute path string';
  let filepath = filename;
  const { isURL, fileURLToPath } = builtinRequire('internal/url');
  if (isURL(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = fileURLToPath(filename);
    } catch {
      throw new codes.ERR_INVALID_ARG_VALUE('filename', filename, reason);
    }
  } else if (typeof filename !== 'string') {
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename, reason);
  }
  // A directory (trailing slash) requires relative to itself.
  const proxyPath = filepath.endsWith('/') ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath, null);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(path.dirname(proxyPath));
  return makeRequireFunction(m);
};

// Sets the named exports that ES modules see of each builtin from its
// CommonJS exports object, as they are now.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  builtinRequire('internal/modules/esm/loader').syncBuiltinExports();
};

Module.isBuiltin = function isBuiltin(id) {
  return isBuiltinRequest(id) && builtinRequire.canBeRequiredByUsers(id.replace(/^node:/, ''));
};

Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;

// Runs the program's entry file as the main module.
Module.runMain = function runMain(main) {
  const resolved = path.resolve(main);
  Module._load(resolved, null, true);
};

module.exports = { Module, makeRequireFunction, reportToWatchMode };

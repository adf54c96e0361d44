'use strict';
// ES modules, Node's rules: the JavaScript half of runnel's module loader
// (the Rust half, `src/esm.rs`, hands Boa the module records).
//
// resolve() maps an import specifier to a format and a file (or builtin):
// relative and absolute specifiers and file: URLs name a file exactly (no
// extension guessing, no directory index), bare specifiers go through
// node_modules and package.json "exports"/"main" with the conditions
// "node" and "import", "#x" through the nearest package.json's "imports".
// The format follows the extension: .mjs is a module, .cjs CommonJS,
// .json JSON (with `with { type: 'json' }`), .js whatever the nearest
// package.json's "type" says. A `data:` URL is a module (text/javascript)
// or JSON (application/json) whose text is the URL's body; its key is the
// URL itself. Other URL schemes are refused.
//
// CommonJS and builtins are seen by ES modules as synthetic modules: their
// `default` export is `module.exports`, and they also export, by name, what
// the cjs lexer finds in the source (CommonJS) or the module's own
// enumerable keys (builtins).

const path = require('path');
const { codes } = require('internal/errors');
const { fileURLToPath, pathToFileURL, URL } = require('internal/url');
const packageExports = require('internal/modules/package_exports');
const { readPackageJson, packageScope } = require('internal/modules/package_scope');
const { lexExports } = require('internal/modules/esm/cjs_lexer');
const { addModuleFile } = require('internal/modules/esm/registry');
const builtinRequire = require;
const modules = internalBinding('modules');

const STAT_FILE = 0;
const STAT_DIR = 1;
const importConditions = ['node', 'import'];

function cjsLoader() {
  return require('internal/modules/cjs/loader');
}

// The path error messages show for the importing module.
function baseOf(parentPath) {
  if (parentPath === undefined) return path.join(process.cwd(), '[eval1]');
  if (isDataURL(parentPath)) return parentPath;
  return parentPath;
}

function isDataURL(key) {
  return typeof key === 'string' && key.startsWith('data:');
}

function parentDir(parentPath) {
  if (parentPath === undefined || parentPath.startsWith('[') || !path.isAbsolute(parentPath)) {
    return process.cwd();
  }
  // A directory (`--import` resolves from the working directory, `cwd/`).
  if (parentPath.endsWith('/')) return parentPath.slice(0, -1) || '/';
  return path.dirname(parentPath);
}

function isBuiltinId(id) {
  return builtinRequire.canBeRequiredByUsers(id);
}

// -> [format, key]
function resolve(specifier, parentPath, type) {
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!isBuiltinId(id)) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return ['builtin', id];
  }
  const base = baseOf(parentPath);
  // Inside a data: module only absolute URLs and builtins mean anything:
  // a data: URL has no directory to be relative to.
  if (isDataURL(parentPath) && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(specifier)) {
    if (isBuiltinId(specifier)) return ['builtin', specifier];
    throw new codes.ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentPath);
  }
  let file;
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('/') ||
      specifier === '.' || specifier === '..') {
    file = fileURLToPath(new URL(specifier, pathToFileURL(path.join(parentDir(parentPath), 'x'))));
  } else if (specifier.startsWith('#')) {
    file = resolveImports(specifier, parentPath, base);
  } else {
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(specifier);
    if (scheme !== null && !(scheme[1].length === 1 && process.platform === 'win32')) {
      const url = new URL(specifier);
      if (url.protocol === 'data:') return resolveDataURL(url, type);
      if (url.protocol !== 'file:') {
        throw new codes.ERR_UNSUPPORTED_ESM_URL_SCHEME(url, ['file', 'data', 'node']);
      }
      file = fileURLToPath(url);
    } else {
      if (isBuiltinId(specifier)) return ['builtin', specifier];
      file = resolvePackage(specifier, parentPath, base);
    }
  }
  const real = finalize(file, specifier, base);
  const format = formatOf(real, type);
  if (format === 'module') addModuleFile(real);
  return [format, real];
}

// `data:<mime>[;params][;base64],<body>`: the format follows the MIME type.
const dataURLPattern = /^([^/]+\/[^;,]+)(?:[^,]*?)(;base64)?,([\s\S]*)$/;

function resolveDataURL(url, type) {
  const match = dataURLPattern.exec(url.pathname);
  if (match === null) throw new codes.ERR_INVALID_URL(url.href);
  const mime = match[1];
  let format = null;
  if (/^\s*(text|application)\/javascript\s*(;\s*charset=utf-?8\s*)?$/i.test(mime)) format = 'module';
  else if (mime === 'application/json') format = 'json';
  checkAttributes(format, url.href, type);
  if (format === null) throw new codes.ERR_UNKNOWN_MODULE_FORMAT(mime, url.href);
  return [format, url.href];
}

// The text of a data: URL module: its body, percent-decoded, or base64
// bytes read as UTF-8.
function dataSource(href) {
  const match = dataURLPattern.exec(new URL(href).pathname);
  const body = decodeURIComponent(match[3]);
  if (match[2] === undefined) return body;
  return require('buffer').Buffer.from(body, 'base64').toString('utf8');
}

// The resolved file must exist and not be a directory.
function finalize(file, specifier, base) {
  const rc = modules.stat(file.endsWith('/') ? file.slice(0, -1) : file);
  if (rc === STAT_DIR) {
    throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(file, base, pathToFileURL(file).href);
  }
  if (rc !== STAT_FILE) {
    throw new codes.ERR_MODULE_NOT_FOUND(file, base, pathToFileURL(file).href);
  }
  return modules.realpath(file);
}

// `type` is the import's `type` attribute; null (import.meta.resolve)
// skips the attribute checks.
function formatOf(file, type) {
  const ext = path.extname(file);
  let format;
  if (ext === '.mjs') format = 'module';
  else if (ext === '.cjs') format = 'commonjs';
  else if (ext === '.json') format = 'json';
  else if (ext === '.js' || ext === '') {
    const scope = packageScope(path.dirname(file));
    const isModule = scope !== undefined && scope.data.type === 'module';
    if (isModule && ext === '') throw new codes.ERR_UNKNOWN_FILE_EXTENSION(ext, file);
    format = isModule ? 'module' : 'commonjs';
  } else {
    throw new codes.ERR_UNKNOWN_FILE_EXTENSION(ext, file);
  }
  checkAttributes(format, pathToFileURL(file).href, type);
  return format;
}

// The import's `type` attribute must match the format: JSON needs
// `type: 'json'` and nothing else may have it. `type` null
// (import.meta.resolve) skips the checks.
function checkAttributes(format, url, type) {
  if (type === null) return;
  if (format === 'json' && type !== 'json') throw new codes.ERR_IMPORT_ASSERTION_TYPE_MISSING(url, 'json');
  if (type !== undefined && type !== 'json') throw new codes.ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  if (type === 'json' && format !== 'json') throw new codes.ERR_IMPORT_ASSERTION_TYPE_FAILED(url, 'json');
}

function splitPackageName(specifier, base) {
  let end = specifier.indexOf('/');
  if (specifier.startsWith('@')) {
    end = end === -1 ? -1 : specifier.indexOf('/', end + 1);
    if (specifier.indexOf('/') === -1) {
      throw new codes.ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
    }
  }
  const name = end === -1 ? specifier : specifier.slice(0, end);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) {
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  }
  return { name, subpath: `.${end === -1 ? '' : specifier.slice(end)}` };
}

function resolvePackage(specifier, parentPath, base) {
  const { name, subpath } = splitPackageName(specifier, base);
  const dir = parentDir(parentPath);
  // A package may import itself by name through its own "exports".
  const scope = packageScope(dir);
  if (scope !== undefined && scope.data.name === name && scope.data.exports != null) {
    return packageExports.resolve(scope.dir, subpath, scope.data.exports, importConditions, base);
  }
  for (const nm of cjsLoader().Module._nodeModulePaths(dir)) {
    const pkgDir = path.join(nm, name);
    if (modules.stat(pkgDir) !== STAT_DIR) continue;
    const pkg = readPackageJson(pkgDir);
    if (pkg !== undefined && pkg.data.exports != null) {
      return packageExports.resolve(pkgDir, subpath, pkg.data.exports, importConditions, base);
    }
    if (subpath === '.') return legacyMain(pkgDir, pkg, base);
    return path.join(pkgDir, subpath);
  }
  throw new codes.ERR_MODULE_NOT_FOUND(name, base);
}

// A package without "exports": its "main", guessed at as Node does.
function legacyMain(pkgDir, pkg, base) {
  const main = pkg !== undefined && typeof pkg.data.main === 'string' ? pkg.data.main : undefined;
  const tries = main === undefined ? [] :
    [main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`, `${main}/index.json`, `${main}/index.node`];
  tries.push('index.js', 'index.json', 'index.node');
  for (const t of tries) {
    const file = path.resolve(pkgDir, t);
    if (modules.stat(file) === STAT_FILE) return file;
  }
  throw new codes.ERR_MODULE_NOT_FOUND(pkgDir, base);
}

function resolveImports(specifier, parentPath, base) {
  const scope = packageScope(parentDir(parentPath));
  const imports = scope !== undefined ? scope.data.imports : undefined;
  if (specifier === '#' || specifier.startsWith('#/') || imports == null) {
    throw new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, scope && `${scope.dir}/`, base);
  }
  try {
    return packageExports.resolveImports(scope.dir, specifier, imports, importConditions, base,
      (bare) => resolvePackage(bare, path.join(scope.dir, 'package.json'), base));
  } catch (err) {
    if (err.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED') {
      throw new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, `${scope.dir}/`, base);
    }
    throw err;
  }
}

// Names a synthetic module exports.
const exportNamesCache = new Map();
function exportNames(format, key) {
  const cacheKey = `${format}\0${key}`;
  let names = exportNamesCache.get(cacheKey);
  if (names !== undefined) return names;
  const set = new Set(['default']);
  if (format === 'builtin') {
    for (const k of Object.keys(builtinRequire(key))) set.add(k);
  } else if (format === 'commonjs') {
    for (const k of cjsExportNames(key, new Set())) set.add(k);
  }
  names = [...set];
  exportNamesCache.set(cacheKey, names);
  return names;
}

// What the lexer finds in a CommonJS file, following reexports.
function cjsExportNames(file, seen) {
  if (seen.has(file)) return [];
  seen.add(file);
  const source = modules.readFile(file) ?? '';
  const { exports, reexports } = lexExports(source);
  const names = [...exports];
  for (const request of reexports) {
    let target;
    try {
      target = cjsLoader().Module._resolveFilename(request, { id: file, filename: file, paths: cjsLoader().Module._nodeModulePaths(path.dirname(file)) });
    } catch {
      continue;
    }
    if (path.extname(target) === '.js' || path.extname(target) === '.cjs') names.push(...cjsExportNames(target, seen));
  }
  return names;
}

// The values of a synthetic module's exports, computed when the module
// graph evaluates it.
function evaluate(format, key) {
  let value;
  if (format === 'builtin') value = builtinRequire(key);
  else if (format === 'json') value = parseJSON(key);
  else value = cjsLoader().Module._load(key, null, false);
  const out = { __proto__: null };
  for (const name of exportNames(format, key)) {
    out[name] = name === 'default' ? value : (value == null ? undefined : value[name]);
  }
  return out;
}

function parseJSON(key) {
  const text = isDataURL(key) ? dataSource(key) : stripBOM(modules.readFile(key) ?? '');
  try {
    return JSON.parse(text);
  } catch (err) {
    // Node names the module in the message.
    if (isDataURL(key)) err.message = `${key}: ${err.message}`;
    throw err;
  }
}

function stripBOM(text) {
  return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

// import.meta.resolve(specifier): the URL an import of `specifier` would
// load. A file that does not exist (or is a directory) still has a URL,
// which is the answer.
function metaResolve(specifier, parent) {
  let format;
  let key;
  try {
    [format, key] = resolve(`${specifier}`, parent, null);
  } catch (err) {
    if ((err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && err.url) return err.url;
    throw err;
  }
  if (format === 'builtin') return `node:${key}`;
  return isDataURL(key) ? key : pathToFileURL(key).href;
}

function importMeta(meta, filename) {
  if (isDataURL(filename)) {
    meta.resolve = function resolve(specifier) {
      return metaResolve(specifier, filename);
    };
    meta.url = filename;
    return;
  }
  meta.dirname = path.dirname(filename);
  meta.filename = filename;
  meta.resolve = function resolve(specifier) {
    return metaResolve(specifier, filename);
  };
  meta.url = pathToFileURL(filename).href;
}

function decorateSyntaxError(err, filename) {
  addModuleFile(filename);
  const decorated = require('internal/syntax_errors').decorate(err, filename);
  // A parse error made in Rust has no frames: give it the loader's, where
  // the module was being compiled (V8's stack points into Node's loader).
  if (decorated instanceof Error && !/\n\s+at /.test(String(decorated.stack))) {
    const frames = new Error().stack.split('\n').slice(1).join('\n');
    Object.defineProperty(decorated, 'stack', {
      value: `${decorated.name}: ${decorated.message}\n${frames}`, writable: true, configurable: true,
    });
  }
  return decorated;
}

// The SyntaxError for `import { name } from 'specifier'` (or `export {
// name } from`) in `referrer` when that module has no such export. For a
// CommonJS module Node explains that not every property of module.exports
// can be found by name, and shows the default-import alternative. The
// error's stack starts with the import's line and carets under the name,
// as the report of an uncaught error shows it. line/column: where Boa
// found the imported binding (1-based), when it knows.
function missingExport(referrer, specifier, name, line, column) {
  let message = `The requested module '${specifier}' does not provide an export named '${name}'`;
  const source = referrer !== undefined ? (isDataURL(referrer) ? dataSource(referrer) : modules.readFile(referrer)) : undefined;
  const site = source !== undefined ? importSite(source, specifier, name, line, column) : undefined;
  if (requiring > 0) {
    // Linking for require(): Node says it plainly; its report still
    // points at the import.
    const err = new SyntaxError(message);
    if (site !== undefined) require('internal/syntax_errors').setPosition(err, { file: referrer, line: site.line, column: site.column });
    return err;
  }
  let format;
  try {
    [format] = resolve(specifier, referrer, undefined);
  } catch {}
  if (format === 'commonjs') {
    // Node rebuilds the import from the reported line: a `{ ... }` on it
    // becomes the destructuring (`a as b` -> `a: b`).
    const braces = site !== undefined ? /{.*}/.exec(site.text) : null;
    const destructuring = braces !== null ? braces[0].replace(/\s+as\s+/g, ': ') : null;
    message = `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, ` +
      'which may not support all module.exports as named exports.\nCommonJS modules can always be imported ' +
      `via the default export, for example using:\n\nimport pkg from '${specifier}';\n${
        destructuring !== null ? `const ${destructuring} = pkg;\n` : ''}`;
  }
  const err = new SyntaxError(message);
  if (site !== undefined) {
    const shown = isDataURL(referrer) ? referrer : pathToFileURL(referrer).href;
    const arrow = `${shown}:${site.line}\n${site.text}\n${' '.repeat(site.column - 1)}${'^'.repeat(site.length)}\n`;
    const frames = String(err.stack).split('\n').filter((l) => /^\s+at /.test(l)).join('\n');
    Object.defineProperty(err, 'stack', {
      value: `${arrow}SyntaxError: ${message}${frames ? `\n${frames}` : ''}`,
      writable: true, enumerable: false, configurable: true,
    });
    require('internal/syntax_errors').markDecorated(err);
  }
  return err;
}

// Where `source` names the missing import `name`: at line/column when Boa
// gave them (the local binding; for `name as local` the name before `as`),
// otherwise the first `name` inside an `import`/`export ... from
// 'specifier'` clause. -> { line, column, length, text } or undefined.
function importSite(source, specifier, name, line, column) {
  const lines = source.split(/\r?\n/);
  if (line !== undefined && line <= lines.length) {
    const text = lines[line - 1];
    const before = text.slice(0, column - 1);
    const renamed = /(["']?)([^\s{},"']+)\1\s+as\s+$/.exec(before);
    if (renamed !== null) return { line, column: renamed.index + 1 + renamed[1].length, length: renamed[2].length, text };
    const local = /^[\w$]+/.exec(text.slice(column - 1));
    return { line, column, length: local !== null ? local[0].length : 1, text };
  }
  const quoted = specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const statement = new RegExp(`\\b(?:import|export)\\s*{([^}]*)}\\s*from\\s*(['"])${quoted}\\2`, 'g');
  for (const m of source.matchAll(statement)) {
    const clause = m[1];
    const word = new RegExp(`(^|[\\s,])(${name.replace(/[$]/g, '\\$&')})(?=[\\s,]|$)`).exec(clause);
    if (word === null) continue;
    const offset = m.index + m[0].indexOf('{') + 1 + word.index + word[1].length;
    const upTo = source.slice(0, offset).split(/\r?\n/);
    const at = upTo.length;
    return { line: at, column: upTo[at - 1].length + 1, length: name.length, text: lines[at - 1] };
  }
  return undefined;
}

// module.syncBuiltinESMExports(): each builtin that an ES module imported
// gets its named exports set again from its CommonJS exports object (a
// property deleted since reads as undefined). The set of names never
// changes; `default` is the object itself and needs no update.
function syncBuiltinExports() {
  for (const [cacheKey, names] of exportNamesCache) {
    const [format, id] = cacheKey.split('\0');
    if (format !== 'builtin') continue;
    const mod = builtinRequire(id);
    const values = { __proto__: null };
    for (const name of names) {
      if (name === 'default') continue;
      values[name] = Object.prototype.hasOwnProperty.call(mod, name) ? mod[name] : undefined;
    }
    modules.syncBuiltinExports(id, values);
  }
}

// require() of the ES module in `filename`: its graph loaded, linked and
// evaluated now (see `requireModule` in the modules binding).
let requiring = 0;
function requireModule(filename) {
  requiring++;
  // Not try/finally: a rethrow would move the error's throw site (where
  // its report points) into the loader.
  const result = internalBinding('util').callWithCleanup(() => modules.requireModule(filename), () => {
    requiring--;
  });
  requiring--;
  return result;
}

// What require() of an ES module with a default export returns: a module
// re-exporting all of it, plus `__esModule: true` (Node's facade). Made
// once per file; its bindings stay live.
const facades = new Map();
function esModuleFacade(filename) {
  let namespace = facades.get(filename);
  if (namespace === undefined) {
    const url = JSON.stringify(pathToFileURL(filename).href);
    const source = `export * from ${url}; export { default } from ${url}; export const __esModule = true;`;
    [, namespace] = requireModule(`data:text/javascript,${encodeURIComponent(source)}`);
    facades.set(filename, namespace);
  }
  return namespace;
}

const hooks = { resolve, exportNames, evaluate, importMeta, decorateSyntaxError, dataSource, missingExport };
modules.setEsmHooks(hooks);

module.exports = { hooks, resolve, syncBuiltinExports, requireModule, esModuleFacade };

'use strict';
// The package.json that governs a file (the nearest one walking up, as
// Node's package scope lookup), and whether a file is an ES module by its
// name and that scope's "type". Light on purpose: the entry point asks it
// before deciding whether the ES module loader is needed at all.

const path = require('path');
const modules = internalBinding('modules');

// package.json files read so far, by directory (null: none there). Each
// is read once per process, as Node does: every require() of a .js file
// asks for its package scope.
const cache = new Map();

function readPackageJson(dir) {
  const cached = cache.get(dir);
  if (cached !== undefined) return cached === null ? undefined : cached;
  const file = path.join(dir, 'package.json');
  const text = modules.readFile(file);
  if (text === undefined) {
    cache.set(dir, null);
    return undefined;
  }
  let pkg;
  try {
    pkg = { data: JSON.parse(text), file, dir };
  } catch (err) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_PACKAGE_CONFIG(file, undefined, err.message);
  }
  cache.set(dir, pkg);
  return pkg;
}

// The scope found from each directory asked about (null: none). Every
// package.json read is kept for the process's life (above), so the walk
// from a directory always ends the same way: it is made once per
// directory, not once per require() (the walk to / took a tenth of
// loading a module).
const scopes = new Map();

// The package.json nearest to `dir`; a node_modules directory ends the walk.
function packageScope(dir) {
  const known = scopes.get(dir);
  if (known !== undefined) return known === null ? undefined : known;
  const start = dir;
  let found;
  for (;;) {
    found = readPackageJson(dir);
    if (found !== undefined) break;
    const up = path.dirname(dir);
    if (up === dir || path.basename(dir) === 'node_modules') break;
    dir = up;
  }
  scopes.set(start, found === undefined ? null : found);
  return found;
}

// Is `filename` (a resolved path) an ES module?
function isModuleFile(filename) {
  const ext = path.extname(filename);
  if (ext === '.mjs') return true;
  if (ext !== '.js') return false;
  const scope = packageScope(path.dirname(filename));
  return scope !== undefined && scope.data.type === 'module';
}

module.exports = { readPackageJson, packageScope, isModuleFile };

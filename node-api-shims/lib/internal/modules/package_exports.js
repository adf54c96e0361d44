'use strict';
// package.json "exports": which file a package subpath maps to, under a set
// of conditions (for `require`: "require", "node", "node-addons",
// "default"). Node's PACKAGE_EXPORTS_RESOLVE, on plain paths.
//
// resolve(pkgDir, subpath, exports, conditions) returns an absolute path,
// or throws ERR_PACKAGE_PATH_NOT_EXPORTED / ERR_INVALID_PACKAGE_TARGET.

const path = require('path');
const { codes } = require('internal/errors');

function isConditionalSugar(exports) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  const keys = Object.keys(exports);
  return keys.length > 0 && !keys[0].startsWith('.');
}

// Error builders take the package directory with a trailing slash.
function notExported(pkgDir, subpath, base) {
  return new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(`${pkgDir}/`, subpath, base);
}

// A target string, object of conditions, or array of fallbacks -> path,
// null (explicitly not exported) or undefined (no condition matched).
function resolveTarget(pkgDir, subpath, target, patternMatch, conditions, resolveBare) {
  if (typeof target === 'string') {
    if (resolveBare !== undefined && !target.startsWith('./') && !target.startsWith('../') &&
        !target.startsWith('/') && !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) {
      return resolveBare(patternMatch === undefined ? target : target.split('*').join(patternMatch));
    }
    if (!target.startsWith('./')) {
      throw new codes.ERR_INVALID_PACKAGE_TARGET(`${pkgDir}/`, subpath, target);
    }
    const resolved = patternMatch === undefined ? target : target.split('*').join(patternMatch);
    return path.resolve(pkgDir, resolved);
  }
  if (Array.isArray(target)) {
    let lastError;
    for (const t of target) {
      try {
        const r = resolveTarget(pkgDir, subpath, t, patternMatch, conditions, resolveBare);
        if (r !== undefined) return r;
      } catch (err) {
        lastError = err;
      }
    }
    if (lastError) throw lastError;
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.includes(key)) {
        const r = resolveTarget(pkgDir, subpath, target[key], patternMatch, conditions, resolveBare);
        if (r !== undefined) return r;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw new codes.ERR_INVALID_PACKAGE_TARGET(`${pkgDir}/`, subpath, target);
}

// `base` (the importing file, for ES modules) goes into error messages.
function resolve(pkgDir, subpath, exports, conditions, base) {
  if (isConditionalSugar(exports)) exports = { '.': exports };
  return resolveInMap(pkgDir, subpath, exports, conditions, base, undefined);
}

// package.json "imports": `#name` through the same matching as "exports";
// a target that is not `./...` is a bare specifier, resolved by
// `resolveBare`.
function resolveImports(pkgDir, specifier, imports, conditions, base, resolveBare) {
  return resolveInMap(pkgDir, specifier, imports, conditions, base, resolveBare);
}

function resolveInMap(pkgDir, subpath, exports, conditions, base, resolveBare) {
  let target;
  let match;
  if (Object.prototype.hasOwnProperty.call(exports, subpath) && !subpath.includes('*')) {
    target = exports[subpath];
  } else {
    // The longest pattern key ("./lib/*") whose prefix and suffix match.
    let bestKey = '';
    for (const key of Object.keys(exports)) {
      const star = key.indexOf('*');
      if (star === -1 || key.indexOf('*', star + 1) !== -1) continue;
      const prefix = key.slice(0, star);
      const suffix = key.slice(star + 1);
      if (subpath.startsWith(prefix) && subpath !== prefix &&
          subpath.length >= key.length && subpath.endsWith(suffix) &&
          patternKeyCompare(bestKey, key) === 1) {
        bestKey = key;
        match = subpath.slice(prefix.length, subpath.length - suffix.length);
      }
    }
    if (bestKey) target = exports[bestKey];
  }
  if (target === undefined) throw notExported(pkgDir, subpath, base);
  const resolved = resolveTarget(pkgDir, subpath, target, match, conditions, resolveBare);
  if (resolved === null || resolved === undefined) throw notExported(pkgDir, subpath, base);
  return resolved;
}

// Node's PATTERN_KEY_COMPARE: 1 if b sorts before a (b is more specific).
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseA = aStar === -1 ? a.length : aStar + 1;
  const baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

module.exports = { resolve, resolveImports };

'use strict';
// The `path` module, POSIX flavour (what Node uses on Linux and macOS):
// string manipulation of '/'-separated paths, no file-system access.
// `path.win32` arrives with the standard-library work; until then only
// the POSIX functions exist.

const { validateString, validateObject } = require('internal/errors');

// Resolves '.' and '..' segments; keeps leading '..' if not absolute.
function normalizeString(path, allowAboveRoot) {
  const out = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(seg);
  }
  return out.join('/');
}

function cwd() {
  return process.cwd();
}

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const p = i >= 0 ? args[i] : cwd();
    validateString(p, `paths[${i}]`);
    if (p.length === 0) continue;
    resolved = `${p}/${resolved}`;
    absolute = p.charCodeAt(0) === 47;
  }
  resolved = normalizeString(resolved, !absolute);
  if (absolute) return `/${resolved}`;
  return resolved.length > 0 ? resolved : '.';
}

function normalize(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path.charCodeAt(0) === 47;
  const trailing = path.charCodeAt(path.length - 1) === 47;
  let out = normalizeString(path, !absolute);
  if (out.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) out += '/';
  return absolute ? `/${out}` : out;
}

function isAbsolute(path) {
  validateString(path, 'path');
  return path.length > 0 && path.charCodeAt(0) === 47;
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    validateString(arg, 'path');
    if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
  }
  if (joined === undefined) return '.';
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  const fromParts = from === '/' ? [] : from.slice(1).split('/');
  const toParts = to === '/' ? [] : to.slice(1).split('/');
  let i = 0;
  while (i < fromParts.length && i < toParts.length && fromParts[i] === toParts[i]) i++;
  const up = fromParts.slice(i).map(() => '..');
  return up.concat(toParts.slice(i)).join('/');
}

function toNamespacedPath(path) {
  return path;
}

function dirname(path) {
  validateString(path, 'path');
  if (path.length === 0) return '.';
  const hasRoot = path.charCodeAt(0) === 47;
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path.charCodeAt(i) === 47) {
      if (!matchedSlash) { end = i; break; }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return path.slice(0, end);
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'ext');
  validateString(path, 'path');
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  if (end === 0) return '';
  let start = path.lastIndexOf('/', end - 1) + 1;
  let base = path.slice(start, end);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= base.length &&
      base.endsWith(suffix) && base !== suffix) {
    base = base.slice(0, base.length - suffix.length);
  } else if (suffix !== undefined && base === suffix) {
    return base === suffix && suffix.length > 0 ? '' : base;
  }
  return base;
}

function extname(path) {
  validateString(path, 'path');
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  // No extension for dotfiles (".bashrc") and for "..".
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base ||
    `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}/${base}`;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return ret;
  const isAbs = path.charCodeAt(0) === 47;
  if (isAbs) ret.root = '/';
  let end = path.length;
  while (end > (isAbs ? 1 : 0) && path.charCodeAt(end - 1) === 47) end--;
  const trimmed = path.slice(0, end);
  const slash = trimmed.lastIndexOf('/');
  const base = trimmed.slice(slash + 1);
  if (base.length === 0) { // path was only the root
    ret.dir = ret.root;
    return ret;
  }
  ret.base = base;
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') {
    ret.name = base;
  } else {
    ret.name = base.slice(0, dot);
    ret.ext = base.slice(dot);
  }
  if (slash > 0) ret.dir = trimmed.slice(0, slash);
  else if (isAbs) ret.dir = '/';
  return ret;
}

const posix = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath,
  dirname, basename, extname, format, parse,
  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};
posix.posix = posix;

module.exports = posix;

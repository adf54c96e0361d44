'use strict';
// The `path` module: pure string manipulation of file paths, no file-system
// access. Two flavours, as in node: `posix` ('/'-separated, what node uses on
// Linux and macOS, so it is the module itself here) and `win32` (either '\'
// or '/' separates; drive letters `C:`, UNC roots `\\server\share`, device
// roots `\\.\X` and `\\?\X`). They are linked both ways (`path.win32.posix`,
// `path.posix.win32`) and also served as `path/posix` and `path/win32`.
//
// node's results have many corner cases (a drive-relative `C:foo`, a
// trailing separator kept or not, `parse('/..')` giving ext '.'); the
// functions below follow node's algorithms closely so that every such case
// comes out the same.

const { validateObject, validateString } = require('internal/errors');
const { emitExperimentalWarning } = require('internal/process/warning');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\'
const COLON = 58; // ':'
const DOT = 46; // '.'
const QUESTION = 63; // '?'

function isPosixSep(code) {
  return code === SLASH;
}

function isSep(code) {
  return code === SLASH || code === BACKSLASH;
}

// A drive letter: A-Z or a-z.
function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrive(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) && path.charCodeAt(1) === COLON;
}

// DOS device names: `CON:` and the like are roots of their own for
// win32.normalize (so `CON:foo` is never read as a drive-relative path).
const RESERVED_NAMES = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

function isReservedName(path, colonIndex) {
  return RESERVED_NAMES.has(path.slice(0, colonIndex).toUpperCase());
}

// The `\\server\share` start of a win32 path (any mix of separators, at
// least one between server and share). Returns null when `path` does not
// start that way, else the server name and where the share name starts and
// ends. Callers decide what a server of '.' or '?' (a device root) means.
function matchUNC(path) {
  const len = path.length;
  if (len < 2 || !isSep(path.charCodeAt(0)) || !isSep(path.charCodeAt(1))) return null;
  let j = 2;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  // The server name must be non-empty and followed by a separator.
  if (j === 2 || j === len) return null;
  const server = path.slice(2, j);
  while (j < len && isSep(path.charCodeAt(j))) j++;
  // ... and the share name non-empty.
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  return { server, shareStart, shareEnd: j };
}

// Resolves '.' and '..' segments and drops empty ones (the path has no root
// here). With `allowAboveRoot`, '..' that cannot be resolved are kept at the
// front; otherwise they vanish. Segments are re-joined with `sep`.
function normalizeString(path, allowAboveRoot, sep) {
  const out = [];
  // One split instead of a test per character: in an interpreter, the
  // per-character loop made path.resolve cost tens of microseconds, and
  // the module loader resolves several paths per require. On win32 both
  // slashes separate (no RegExp: it would change RegExp.lastMatch).
  const segs = (sep === '/' ? path : path.replaceAll('/', '\\')).split(sep);
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join(sep);
}

// The last component of `path` for basename/extname/parse: scans back from
// the end to `stop`, skipping trailing separators. Gives where the component
// starts (`startPart`, `initialStart` if no separator precedes it) and ends
// (`end`, -1 if there is none), its last dot (`startDot`) and
// `preDotState`: 0 if nothing precedes that dot inside the component, 1 if
// the character scanned last before it was... a dot somewhere earlier, -1
// otherwise. (These are node's own bookkeeping, kept because parse('/..')
// and friends depend on exactly these values.)
function scanLastComponent(path, stop, initialStart, isSeparator) {
  let startPart = initialStart;
  let end = -1;
  let startDot = -1;
  let preDotState = 0;
  for (let i = path.length - 1; i >= stop; --i) {
    const code = path.charCodeAt(i);
    if (isSeparator(code)) {
      if (end !== -1) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) end = i + 1;
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  return { startPart, end, startDot, preDotState };
}

// Whether the scanned component has an extension: it has a dot that is not
// its first character, and it is not '..'.
function hasExtension({ startPart, end, startDot, preDotState }) {
  return !(startDot === -1 || end === -1 || preDotState === 0 ||
    (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1));
}

function extnameFrom(path, start, isSeparator) {
  const scan = scanLastComponent(path, start, start, isSeparator);
  return hasExtension(scan) ? path.slice(scan.startDot, scan.end) : '';
}

// basename for both flavours; `start` skips a win32 drive prefix.
function basenameFrom(path, suffix, start, isSeparator) {
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    // Match the suffix backwards while finding the component: the end is
    // the start of the matched suffix, or the component's end if the suffix
    // does not match (or is the whole component).
    let suffixIdx = suffix.length - 1;
    let componentEnd = -1;
    let end = -1;
    for (let i = path.length - 1; i >= start; --i) {
      const code = path.charCodeAt(i);
      if (isSeparator(code)) {
        if (componentEnd !== -1) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (componentEnd === -1) componentEnd = i + 1;
      if (suffixIdx >= 0) {
        if (code === suffix.charCodeAt(suffixIdx)) {
          if (--suffixIdx === -1) end = i;
        } else {
          suffixIdx = -1;
          end = componentEnd;
        }
      }
    }
    if (start === end) end = componentEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  let end = -1;
  for (let i = path.length - 1; i >= start; --i) {
    if (isSeparator(path.charCodeAt(i))) {
      if (end !== -1) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

// path.format for both flavours (bound to the separator below, as node
// does, so its name is 'bound _format').
function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// path.matchesGlob: minimatch's rules with node's options (experimental).
function matchesGlob(path, pattern, windows) {
  emitExperimentalWarning('glob');
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  return require('internal/glob_match').matchGlob(path, pattern, windows);
}

// The root of a win32 path as resolve() reads it: `device` ('C:',
// '\\server\share', '\\.' — or '' for none), where the rest starts, and
// whether the path is absolute.
function win32Root(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 1) {
    return isSep(code) ? { device: '', rootEnd: 1, absolute: true } : { device: '', rootEnd: 0, absolute: false };
  }
  if (isSep(code)) {
    if (!isSep(path.charCodeAt(1))) return { device: '', rootEnd: 1, absolute: true };
    const unc = matchUNC(path);
    if (unc === null) return { device: '', rootEnd: 0, absolute: true };
    if (unc.server === '.' || unc.server === '?') {
      return { device: `\\\\${unc.server}`, rootEnd: 4, absolute: true };
    }
    return {
      device: `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`,
      rootEnd: unc.shareEnd,
      absolute: true,
    };
  }
  if (hasDrive(path)) {
    const absolute = len > 2 && isSep(path.charCodeAt(2));
    return { device: path.slice(0, 2), rootEnd: absolute ? 3 : 2, absolute };
  }
  return { device: '', rootEnd: 0, absolute: false };
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;

    // Right to left until an absolute path on a known device is built; the
    // current directory (or a drive's own, from the `=C:` environment
    // variables Windows keeps) is the last resort.
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        // A directory on another drive is no use: take this drive's root.
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }

      const { device, rootEnd, absolute } = win32Root(path);
      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          // A path on another device does not apply.
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }

      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = absolute;
        if (absolute && resolvedDevice.length > 0) break;
      }
    }

    resolvedTail = normalizeString(resolvedTail, !resolvedAbsolute, '\\');
    return resolvedAbsolute ?
      `${resolvedDevice}\\${resolvedTail}` :
      `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return isPosixSep(code) ? '\\' : path;

    let rootEnd = 0;
    let device; // undefined: no device (unlike resolve's '')
    let isAbsolute = false;
    if (isSep(code)) {
      isAbsolute = true;
      if (isSep(path.charCodeAt(1))) {
        const unc = matchUNC(path);
        if (unc !== null) {
          if (unc.server === '.' || unc.server === '?') {
            device = `\\\\${unc.server}`;
            rootEnd = 4;
          } else if (unc.shareEnd === len) {
            // Only the UNC root: nothing left to normalize.
            return `\\\\${unc.server}\\${path.slice(unc.shareStart)}\\`;
          } else {
            device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
            rootEnd = unc.shareEnd;
          }
        }
      } else {
        rootEnd = 1;
      }
    } else {
      const colonIndex = path.indexOf(':');
      if (colonIndex > 0) {
        if (colonIndex === 1 && isDriveLetter(code)) {
          device = path.slice(0, 2);
          rootEnd = 2;
          if (len > 2 && isSep(path.charCodeAt(2))) {
            isAbsolute = true;
            rootEnd = 3;
          }
        } else if (isReservedName(path, colonIndex)) {
          device = path.slice(0, colonIndex + 1);
          rootEnd = colonIndex + 1;
        }
      }
    }

    let tail = rootEnd < len ? normalizeString(path.slice(rootEnd), !isAbsolute, '\\') : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';

    // A relative path with a ':' must not come out looking like a drive
    // path ('a/../c:' is not 'c:'), nor like a stream after a separator
    // (CVE-2024-36139): prefix '.\' then.
    if (!isAbsolute && device === undefined && path.includes(':')) {
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) {
        return `.\\${tail}`;
      }
      for (let index = path.indexOf(':'); index !== -1; index = path.indexOf(':', index + 1)) {
        if (index === len - 1 || isSep(path.charCodeAt(index + 1))) return `.\\${tail}`;
      }
    }
    if (isReservedName(path, path.indexOf(':'))) return `.\\${device ?? ''}${tail}`;
    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isSep(code) ||
      (len > 2 && isDriveLetter(code) && path.charCodeAt(1) === COLON && isSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';

    // Leading separators collapse to one, so that normalize() does not take
    // the result for a UNC path — unless the first part itself starts like
    // one (exactly two separators then a non-separator): join('//server',
    // 'share') is '\\server\share\'.
    let uncFirst = false;
    let leading = 0;
    if (isSep(firstPart.charCodeAt(0))) {
      ++leading;
      if (firstPart.length > 1 && isSep(firstPart.charCodeAt(1))) {
        ++leading;
        if (firstPart.length > 2) {
          if (isSep(firstPart.charCodeAt(2))) ++leading;
          else uncFirst = true;
        }
      }
    }
    if (!uncFirst) {
      while (leading < joined.length && isSep(joined.charCodeAt(leading))) leading++;
      if (leading >= 2) joined = `\\${joined.slice(leading)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';

    // Compared case-insensitively, answered in `to`'s own case.
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';

    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      // Lower-casing changed a length (some non-ASCII letters do): the
      // index arithmetic below would be off, compare segment by segment.
      return relativeBySegments(fromOrig, toOrig);
    }

    // Skip leading backslashes, and trailing ones (a UNC root keeps one).
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
    const toLen = toEnd - toStart;

    // The longest common prefix, and its last separator.
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      if (fromCode === BACKSLASH) lastCommonSep = i;
    }

    if (i !== length) {
      // Different before any common separator: different roots.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        // `from` is a directory above `to` ('C:\foo' -> 'C:\foo\bar')...
        if (to.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
        // ... or the drive root ('C:\' -> 'C:\foo').
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i; // `to` is above `from`
        else if (i === 2) lastCommonSep = 3; // `to` is the drive root
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    // One '..' per remaining component of `from`, then the rest of `to`.
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    // Anything but a non-empty string is returned as it is.
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolvedPath = win32.resolve(path);
    if (resolvedPath.length <= 2) return path;
    if (resolvedPath.charCodeAt(0) === BACKSLASH) {
      if (resolvedPath.charCodeAt(1) === BACKSLASH) {
        const code = resolvedPath.charCodeAt(2);
        // A UNC path (not already a `\\?\` or `\\.\` one): `\\?\UNC\...`.
        if (code !== QUESTION && code !== DOT) return `\\\\?\\UNC\\${resolvedPath.slice(2)}`;
      }
    } else if (isDriveLetter(resolvedPath.charCodeAt(0)) && resolvedPath.charCodeAt(1) === COLON &&
               resolvedPath.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolvedPath}`;
    }
    return resolvedPath;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return isSep(code) ? path : '.';

    // `rootEnd`: where the root ends (-1: none); components are looked for
    // from `offset` on.
    let rootEnd = -1;
    let offset = 0;
    if (isSep(code)) {
      rootEnd = offset = 1;
      if (isSep(path.charCodeAt(1))) {
        const unc = matchUNC(path);
        if (unc !== null) {
          if (unc.shareEnd === len) return path; // only a UNC root
          rootEnd = offset = unc.shareEnd + 1; // the root includes the separator after it
        }
      }
    } else if (hasDrive(path)) {
      rootEnd = offset = len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
    }

    let end = -1;
    let sawComponent = false;
    for (let i = len - 1; i >= offset; --i) {
      if (isSep(path.charCodeAt(i))) {
        if (sawComponent) {
          end = i;
          break;
        }
      } else {
        sawComponent = true;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // A drive prefix is not part of the name ('C:foo' -> 'foo').
    return basenameFrom(path, suffix, hasDrive(path) ? 2 : 0, isSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameFrom(path, hasDrive(path) ? 2 : 0, isSep);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const code = path.charCodeAt(0);
    if (len === 1) {
      if (isSep(code)) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }

    let rootEnd = 0;
    if (isSep(code)) {
      rootEnd = 1;
      if (isSep(path.charCodeAt(1))) {
        const unc = matchUNC(path);
        if (unc !== null) rootEnd = unc.shareEnd === len ? len : unc.shareEnd + 1;
      }
    } else if (hasDrive(path)) {
      // Just a drive ('C:' or 'C:\'): that is the root and the dir.
      if (len === 2 || (len === 3 && isSep(path.charCodeAt(2)))) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = isSep(path.charCodeAt(2)) ? 3 : 2;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    const scan = scanLastComponent(path, rootEnd, rootEnd, isSep);
    const { startPart, end } = scan;
    if (end !== -1) {
      ret.base = path.slice(startPart, end);
      if (hasExtension(scan)) {
        ret.name = path.slice(startPart, scan.startDot);
        ret.ext = path.slice(scan.startDot, end);
      } else {
        ret.name = ret.base;
      }
    }
    // The dir keeps the root whole ('C:\abc' -> 'C:\') but drops the
    // separator before the base otherwise ('C:\abc\def' -> 'C:\abc').
    ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// win32.relative when lower-casing changed a path's length: the common
// leading components (compared case-insensitively), '..' for the rest of
// `from`, then the rest of `to`.
function relativeBySegments(fromOrig, toOrig) {
  const fromSplit = fromOrig.split('\\');
  const toSplit = toOrig.split('\\');
  if (fromSplit[fromSplit.length - 1] === '') fromSplit.pop();
  if (toSplit[toSplit.length - 1] === '') toSplit.pop();
  const fromLen = fromSplit.length;
  const toLen = toSplit.length;
  const length = fromLen < toLen ? fromLen : toLen;
  let i = 0;
  while (i < length && fromSplit[i].toLowerCase() === toSplit[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  if (i === length) {
    if (toLen > length) return toSplit.slice(i).join('\\');
    if (fromLen > length) return `${'..\\'.repeat(fromLen - 1 - i)}..`;
    return '';
  }
  return '..\\'.repeat(fromLen - i) + toSplit.slice(i).join('\\');
}

const posix = {
  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= 0 && !resolvedAbsolute; i--) {
      const path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === SLASH;
    }
    if (!resolvedAbsolute) {
      const cwd = process.cwd();
      resolvedPath = `${cwd}/${resolvedPath}`;
      resolvedAbsolute = cwd.charCodeAt(0) === SLASH;
    }
    resolvedPath = normalizeString(resolvedPath, !resolvedAbsolute, '/');
    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path.charCodeAt(0) === SLASH;
    const trailingSeparator = path.charCodeAt(path.length - 1) === SLASH;
    path = normalizeString(path, !isAbsolute, '/');
    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';
    return isAbsolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';

    // Both are absolute and normalized now ('/' or '/a/b', no trailing
    // '/'): compare past the leading '/'.
    const fromEnd = from.length;
    const fromLen = fromEnd - 1;
    const toLen = to.length - 1;
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(1 + i);
      if (fromCode !== to.charCodeAt(1 + i)) break;
      if (fromCode === SLASH) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        // `from` is a directory above `to` ('/foo' -> '/foo/bar'), or '/'.
        if (to.charCodeAt(1 + i) === SLASH) return to.slice(1 + i + 1);
        if (i === 0) return to.slice(1 + i);
      } else if (fromLen > length) {
        // `to` is a directory above `from`, or '/'.
        if (from.charCodeAt(1 + i) === SLASH) lastCommonSep = i;
        else if (i === 0) lastCommonSep = 0;
      }
    }
    let out = '';
    for (i = 1 + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === SLASH) out += out.length === 0 ? '..' : '/..';
    }
    return `${out}${to.slice(1 + lastCommonSep)}`;
  },

  toNamespacedPath(path) {
    // Windows-only notion: the identity here.
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let end = -1;
    let sawComponent = false;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === SLASH) {
        if (sawComponent) {
          end = i;
          break;
        }
      } else {
        sawComponent = true;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameFrom(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameFrom(path, 0, isPosixSep);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === SLASH;
    if (isAbsolute) ret.root = '/';
    const scan = scanLastComponent(path, isAbsolute ? 1 : 0, 0, isPosixSep);
    const { startPart, end } = scan;
    if (end !== -1) {
      // The component found without a separator before it starts after
      // the root's '/'. (The extension test still sees startPart 0, which
      // is why parse('/..') has ext '.', as in node.)
      const start = startPart === 0 && isAbsolute ? 1 : startPart;
      ret.base = path.slice(start, end);
      if (hasExtension(scan)) {
        ret.name = path.slice(start, scan.startDot);
        ret.ext = path.slice(scan.startDot, end);
      } else {
        ret.name = ret.base;
      }
    }
    if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
    else if (isAbsolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

// Legacy alias (DEP0080, documentation-only).
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;

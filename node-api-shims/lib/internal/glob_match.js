'use strict';
// Glob matching for path.matchesGlob: the rules of the minimatch package
// (which node bundles) under the fixed options node passes it —
// windowsPathsNoEscape (a '\' in a pattern is a separator, never an escape),
// no negation ('!x'), no comments ('#x'), dot files not matched by
// wildcards, case-sensitive, optimizationLevel 2, and the platform chosen by
// the caller ('\' in a path is a separator on win32 only).
//
// A pattern is brace-expanded ('{a,b}', '{1..3}'), each result split into
// segments, simplified, and each segment compiled to a literal, a regular
// expression, or the GLOBSTAR '**'. Extglobs ('@(a|b)', '!(x)', '+(..)',
// '*(..)', '?(..)') and classes ('[a-z]', '[[:alpha:]]') become regular
// expressions built the way minimatch builds them, so the same inputs match.

const GLOBSTAR = Symbol('globstar **');
const MAX_PATTERN_LENGTH = 1024 * 64;
const EXPANSION_MAX = 100000;

// ---------------------------------------------------------------------------
// Brace expansion ('a{b,c}d' -> ['abd', 'acd']), as the brace-expansion
// package does it. Patterns never hold a '\' here, so there is no escaping;
// two placeholders stand for braces that must come out literally.

const literalOpen = `\0OPEN${Math.random()}\0`;
const literalClose = `\0CLOSE${Math.random()}\0`;

// The first balanced '{...}' of `str` as [start, end] indexes, or undefined
// (balanced-match's `range`: with unbalanced braces it settles on the
// innermost candidate the scan leaves).
function braceRange(str) {
  let open = str.indexOf('{');
  let close = str.indexOf('}', open + 1);
  if (open < 0 || close <= 0) return undefined;
  const opens = [];
  let left = str.length;
  let right;
  let result;
  let i = open;
  while (i >= 0 && !result) {
    if (i === open) {
      opens.push(i);
      open = str.indexOf('{', i + 1);
    } else if (opens.length === 1) {
      const r = opens.pop();
      if (r !== undefined) result = [r, close];
    } else {
      const begin = opens.pop();
      if (begin !== undefined && begin < left) {
        left = begin;
        right = close;
      }
      close = str.indexOf('}', i + 1);
    }
    i = open < close && open >= 0 ? open : close;
  }
  if (opens.length && right !== undefined) result = [left, right];
  return result;
}

function balanced(str) {
  const r = braceRange(str);
  return r && { pre: str.slice(0, r[0]), body: str.slice(r[0] + 1, r[1]), post: str.slice(r[1] + 1) };
}

// Splits a brace body on its top-level commas.
function commaParts(str) {
  if (!str) return [''];
  const m = balanced(str);
  if (!m) return str.split(',');
  const parts = m.pre.split(',');
  parts[parts.length - 1] += `{${m.body}}`;
  const postParts = commaParts(m.post);
  if (m.post.length) {
    parts[parts.length - 1] += postParts.shift();
    parts.push(...postParts);
  }
  return parts;
}

function numericValue(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}

// '{1..10..2}', '{a..e}', '{01..10}': the members of a sequence.
function sequenceMembers(bounds, alpha) {
  const x = numericValue(bounds[0]);
  const y = numericValue(bounds[1]);
  const width = Math.max(bounds[0].length, bounds[1].length);
  let step = bounds.length === 3 ? Math.abs(numericValue(bounds[2])) : 1;
  const descending = y < x;
  if (descending) step = -step;
  const padded = bounds.some((b) => /^-?0\d/.test(b));
  const out = [];
  for (let i = x; descending ? i >= y : i <= y; i += step) {
    let member;
    if (alpha) {
      member = String.fromCharCode(i);
      if (member === '\\') member = '';
    } else {
      member = String(i);
      if (padded) {
        const need = width - member.length;
        if (need > 0) {
          const zeros = '0'.repeat(need);
          member = i < 0 ? `-${zeros}${member.slice(1)}` : zeros + member;
        }
      }
    }
    out.push(member);
  }
  return out;
}

function expandBraces(str, isTop) {
  const m = balanced(str);
  if (!m) return [str];
  const { pre, body } = m;
  const post = m.post.length ? expandBraces(m.post, false) : [''];
  const out = [];
  if (/\$$/.test(pre)) {
    // '${...}' is left alone.
    for (let k = 0; k < post.length && k < EXPANSION_MAX; k++) out.push(`${pre}{${body}}${post[k]}`);
    return out;
  }
  const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(body);
  const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(body);
  const isSequence = isNumericSequence || isAlphaSequence;
  if (!isSequence && body.indexOf(',') < 0) {
    // '{x}' is literal; but in 'a{x},b}' the later '}' may close a set.
    if (m.post.match(/,(?!,).*\}/)) return expandBraces(`${pre}{${body}${literalClose}${m.post}`, true);
    return [str];
  }
  let members;
  if (isSequence) {
    members = sequenceMembers(body.split(/\.\./), isAlphaSequence);
  } else {
    let alternatives = commaParts(body);
    if (alternatives.length === 1 && alternatives[0] !== undefined) {
      // '{a{b,c}}': the outer braces stay.
      alternatives = expandBraces(alternatives[0], false).map((s) => `{${s}}`);
      if (alternatives.length === 1) return post.map((p) => pre + alternatives[0] + p);
    }
    members = [];
    for (const alternative of alternatives) members.push(...expandBraces(alternative, false));
  }
  for (const member of members) {
    for (let k = 0; k < post.length && out.length < EXPANSION_MAX; k++) {
      const expansion = pre + member + post[k];
      // At the top, empty results are dropped ('{,}' expands to nothing).
      if (!isTop || isSequence || expansion) out.push(expansion);
    }
  }
  return out;
}

function braceExpand(pattern) {
  if (!/\{(?:(?!\{).)*\}/.test(pattern)) return [pattern];
  if (pattern.slice(0, 2) === '{}') pattern = `${literalOpen}${literalClose}${pattern.slice(2)}`;
  return expandBraces(pattern, true).map((s) => s.split(literalOpen).join('{').split(literalClose).join('}'));
}

// ---------------------------------------------------------------------------
// Segment patterns to regular expressions.

const QMARK = '[^/]';
const STAR = `${QMARK}*?`;
const STAR_NO_EMPTY = `${QMARK}+?`;
const START_NO_TRAVERSAL = '(?!(?:^|/)\\.\\.?(?:$|/))';
const START_NO_DOT = '(?!\\.)';
const RE_SPECIALS = /[-[\]{}()*+?.,\\^$|#\s]/g;

function regExpEscape(s) {
  return s.replace(RE_SPECIALS, '\\$&');
}

// Class members are escaped for use inside '[...]'.
function classEscape(s) {
  return s.replace(/[[\]\\-]/g, '\\$&');
}

// minimatch's `unescape` with its default options, applied to regular
// expression source: drops the brackets of one-character classes and the
// backslashes of escapes, giving back the literal a non-magic segment stands for.
function unescapeSource(s) {
  return s.replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2').replace(/\\([^/])/g, '$1');
}

// POSIX classes: [source, needs the 'u' flag, is a negated class].
const POSIX_CLASSES = [
  ['[:alnum:]', '\\p{L}\\p{Nl}\\p{Nd}', true, false],
  ['[:alpha:]', '\\p{L}\\p{Nl}', true, false],
  ['[:ascii:]', '\\x00-\\x7f', false, false],
  ['[:blank:]', '\\p{Zs}\\t', true, false],
  ['[:cntrl:]', '\\p{Cc}', true, false],
  ['[:digit:]', '\\p{Nd}', true, false],
  ['[:graph:]', '\\p{Z}\\p{C}', true, true],
  ['[:lower:]', '\\p{Ll}', true, false],
  ['[:print:]', '\\p{C}', true, false],
  ['[:punct:]', '\\p{P}', true, false],
  ['[:space:]', '\\p{Z}\\t\\r\\n\\v\\f', true, false],
  ['[:upper:]', '\\p{Lu}', true, false],
  ['[:word:]', '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true, false],
  ['[:xdigit:]', 'A-Fa-f0-9', false, false],
];

// The bracket expression starting at `glob[pos]` ('['). Returns [regexp
// source, needs 'u', characters consumed (0: not a class, the '[' is
// literal), is magic].
function parseClass(glob, pos) {
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = '';
  scan: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === '!' || c === '^') && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === ']' && sawStart) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === '[') {
      for (const [name, source, unicode, negated] of POSIX_CLASSES) {
        if (glob.startsWith(name, i)) {
          // A range ending in a POSIX class matches nothing.
          if (rangeStart) return ['$.', false, glob.length - pos, true];
          i += name.length;
          if (negated) negs.push(source);
          else ranges.push(source);
          uflag = uflag || unicode;
          continue scan;
        }
      }
    }
    if (rangeStart) {
      if (c > rangeStart) ranges.push(`${classEscape(rangeStart)}-${classEscape(c)}`);
      else if (c === rangeStart) ranges.push(classEscape(c));
      rangeStart = '';
      i++;
      continue;
    }
    if (glob.startsWith('-]', i + 1)) {
      ranges.push(classEscape(`${c}-`));
      i += 2;
      continue;
    }
    if (glob.startsWith('-', i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(classEscape(c));
    i++;
  }
  if (endPos < i) return ['', false, 0, false]; // no closing ']'
  // An empty class matches nothing, and takes the rest of the segment.
  if (!ranges.length && !negs.length) return ['$.', false, glob.length - pos, true];
  // '[x]' is just 'x'.
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regExpEscape(r), false, endPos - pos, false];
  }
  const positive = `[${negate ? '^' : ''}${ranges.join('')}]`;
  const negative = `[${negate ? '' : '^'}${negs.join('')}]`;
  const source = ranges.length && negs.length ? `(${positive}|${negative})` :
    ranges.length ? positive : negative;
  return [source, uflag, endPos - pos, true];
}

// A run of glob text without extglobs. Returns [source, , magic, u] (the
// same shape as GlobNode.toRegExpSource; the literal is not needed here).
function globTextToSource(glob, hasMagic, noEmpty) {
  let re = '';
  let uflag = false;
  let inStar = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*') {
      if (inStar) continue; // '**' inside a segment is one '*'
      inStar = true;
      // A segment that is only stars must not match the empty name.
      re += noEmpty && /^[*]+$/.test(glob) ? STAR_NO_EMPTY : STAR;
      hasMagic = true;
      continue;
    }
    inStar = false;
    if (c === '[') {
      const [source, needsU, consumed, magic] = parseClass(glob, i);
      if (consumed) {
        re += source;
        uflag = uflag || needsU;
        i += consumed - 1;
        hasMagic = hasMagic || magic;
        continue;
      }
    }
    if (c === '?') {
      re += QMARK;
      hasMagic = true;
      continue;
    }
    re += regExpEscape(c);
  }
  return [re, undefined, !!hasMagic, uflag];
}

const EXTGLOB_TYPES = new Set(['!', '?', '+', '*', '@']);
const PATTERN_START = new Set(['[', '.']);

// A node of a segment's extglob tree: `type` null for plain text (whose
// parts are strings and extglob nodes) or the extglob's character (whose
// parts are its alternatives, plain nodes).
class GlobNode {
  constructor(type, parent) {
    this.type = type;
    this.hasMagic = type ? true : undefined;
    this.uflag = false;
    this.parts = [];
    this.parent = parent;
    this.root = parent ? parent.root : this;
    this.negs = parent ? this.root.negs : []; // the root's list of '!' nodes
    this.filledNegs = false;
    this.emptyExt = false; // an extglob with nothing inside: '!()'
    this.string = undefined;
    if (type === '!' && !this.root.filledNegs) this.negs.push(this);
    // Alternatives are created before their extglob gets any part, so they
    // all have index 0, as in minimatch.
    this.parentIndex = parent ? parent.parts.length : 0;
  }

  push(...parts) {
    for (const p of parts) if (p !== '') this.parts.push(p);
  }

  // The pattern text back (memoized: later edits to '!' nodes do not show).
  toString() {
    if (this.string !== undefined) return this.string;
    const inner = this.parts.map(String);
    this.string = this.type ? `${this.type}(${inner.join('|')})` : inner.join('');
    return this.string;
  }

  // At the start of the segment (only '!' extglobs before it)?
  isStart() {
    if (this.root === this) return true;
    if (!this.parent.isStart()) return false;
    if (this.parentIndex === 0) return true;
    for (let i = 0; i < this.parentIndex; i++) {
      const sibling = this.parent.parts[i];
      if (!(sibling instanceof GlobNode && sibling.type === '!')) return false;
    }
    return true;
  }

  // At the end of the segment (or of a '!' extglob)?
  isEnd() {
    if (this.root === this) return true;
    if (this.parent.type === '!') return true;
    if (!this.parent.isEnd()) return false;
    if (!this.type) return this.parent.isEnd();
    return this.parentIndex === this.parent.parts.length - 1;
  }

  copyIn(part) {
    this.push(typeof part === 'string' ? part : part.clone(this));
  }

  clone(parent) {
    const c = new GlobNode(this.type, parent);
    for (const p of this.parts) c.copyIn(p);
    return c;
  }

  // A negation must also see what follows it: '!(a)b' excludes 'ab', so
  // the parts after each '!' node (up to the enclosing extglob) are copied
  // into every alternative of it.
  fillNegs() {
    if (this.filledNegs) return;
    this.toString();
    this.filledNegs = true;
    let n;
    while ((n = this.negs.pop())) {
      if (n.type !== '!') continue;
      let p = n;
      let pp = p.parent;
      while (pp) {
        for (let i = p.parentIndex + 1; !pp.type && i < pp.parts.length; i++) {
          for (const part of n.parts) part.copyIn(pp.parts[i]);
        }
        p = pp;
        pp = p.parent;
      }
    }
  }

  // Returns [source, literal, magic, needs 'u'].
  toRegExpSource(allowDot) {
    const dot = allowDot ?? false;
    if (this.root === this) this.fillNegs();
    if (!this.type) {
      const noEmpty = this.isStart() && this.isEnd() && !this.parts.some((s) => typeof s !== 'string');
      const src = this.parts.map((p) => {
        const [re, , hasMagic, uflag] = typeof p === 'string' ?
          globTextToSource(p, this.hasMagic, noEmpty) :
          p.toRegExpSource(allowDot);
        this.hasMagic = this.hasMagic || hasMagic;
        this.uflag = this.uflag || uflag;
        return re;
      }).join('');
      // Wildcards never match a leading dot; a leading '.' or '[' that
      // could spell '.' or '..' must not allow traversal.
      let start = '';
      if (this.isStart() && typeof this.parts[0] === 'string') {
        const justDots = this.parts.length === 1 && (this.parts[0] === '.' || this.parts[0] === '..');
        if (!justDots) {
          const needNoTraversal = (dot && PATTERN_START.has(src.charAt(0))) ||
            (src.startsWith('\\.') && PATTERN_START.has(src.charAt(2))) ||
            (src.startsWith('\\.\\.') && PATTERN_START.has(src.charAt(4)));
          const needNoDot = !dot && !allowDot && PATTERN_START.has(src.charAt(0));
          start = needNoTraversal ? START_NO_TRAVERSAL : needNoDot ? START_NO_DOT : '';
        }
      }
      const end = this.isEnd() && this.root.filledNegs && this.parent?.type === '!' ? '(?:$|\\/)' : '';
      return [start + src + end, unescapeSource(src), this.hasMagic = !!this.hasMagic, this.uflag];
    }

    const repeated = this.type === '*' || this.type === '+';
    const open = this.type === '!' ? '(?:(?!(?:' : '(?:';
    let body = this.partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== '!') {
      // A whole segment that is an empty extglob, '@()': literal text.
      const s = this.toString();
      this.parts = [s];
      this.type = null;
      this.hasMagic = undefined;
      return [s, unescapeSource(this.toString()), false, false];
    }
    // '*(...)' and '+(...)': a repetition after the first may start with a dot.
    let bodyDotAllowed = !repeated || allowDot || dot ? '' : this.partsToRegExp(true);
    if (bodyDotAllowed === body) bodyDotAllowed = '';
    if (bodyDotAllowed) body = `(?:${body})(?:${bodyDotAllowed})*?`;
    let final;
    if (this.type === '!' && this.emptyExt) {
      final = (this.isStart() && !dot ? START_NO_DOT : '') + STAR_NO_EMPTY;
    } else {
      let close;
      if (this.type === '!') {
        // !(x) may match '', but something else than x.
        close = `))${this.isStart() && !dot && !allowDot ? START_NO_DOT : ''}${STAR})`;
      } else if (this.type === '@') {
        close = ')';
      } else if (this.type === '?') {
        close = ')?';
      } else if (this.type === '+' && bodyDotAllowed) {
        close = ')';
      } else if (this.type === '*' && bodyDotAllowed) {
        close = ')?';
      } else {
        close = `)${this.type}`;
      }
      final = open + body + close;
    }
    return [final, unescapeSource(body), this.hasMagic = !!this.hasMagic, this.uflag];
  }

  partsToRegExp(dot) {
    const whole = this.isStart() && this.isEnd();
    return this.parts.map((p) => {
      const [re, , , uflag] = p.toRegExpSource(dot);
      this.uflag = this.uflag || uflag;
      return re;
    }).filter((re) => !whole || !!re).join('|');
  }
}

// Parses `str` from `pos` into `node`; returns where parsing stopped. For a
// plain node this is the whole string; for an extglob node (`pos` at its
// '('), up to its ')'. An extglob without ')' becomes plain text.
function parseInto(str, node, pos) {
  let inClass = false;
  let classStart = -1;
  let classNeg = false;
  // Characters inside '[...]' are never extglob syntax.
  const classChar = (c, i) => {
    if (i === classStart + 1) {
      if (c === '^' || c === '!') classNeg = true;
    } else if (c === ']' && !(i === classStart + 2 && classNeg)) {
      inClass = false;
    }
  };
  if (node.type === null) {
    let i = pos;
    let acc = '';
    while (i < str.length) {
      const c = str.charAt(i++);
      if (inClass) {
        classChar(c, i);
        acc += c;
        continue;
      }
      if (c === '[') {
        inClass = true;
        classStart = i;
        classNeg = false;
        acc += c;
        continue;
      }
      if (EXTGLOB_TYPES.has(c) && str.charAt(i) === '(') {
        node.push(acc);
        acc = '';
        const ext = new GlobNode(c, node);
        i = parseInto(str, ext, i);
        node.push(ext);
        continue;
      }
      acc += c;
    }
    node.push(acc);
    return i;
  }

  let i = pos + 1;
  let part = new GlobNode(null, node);
  const alternatives = [];
  let acc = '';
  while (i < str.length) {
    const c = str.charAt(i++);
    if (inClass) {
      classChar(c, i);
      acc += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      classStart = i;
      classNeg = false;
      acc += c;
      continue;
    }
    if (EXTGLOB_TYPES.has(c) && str.charAt(i) === '(') {
      part.push(acc);
      acc = '';
      const ext = new GlobNode(c, part);
      part.push(ext);
      i = parseInto(str, ext, i);
      continue;
    }
    if (c === '|') {
      part.push(acc);
      acc = '';
      alternatives.push(part);
      part = new GlobNode(null, node);
      continue;
    }
    if (c === ')') {
      if (acc === '' && node.parts.length === 0) node.emptyExt = true;
      part.push(acc);
      acc = '';
      node.push(...alternatives, part);
      return i;
    }
    acc += c;
  }
  // No ')': the extglob is plain text after all.
  node.type = null;
  node.hasMagic = undefined;
  node.parts = [str.substring(pos - 1)];
  return i;
}

// One segment of a pattern: a literal string, or a RegExp.
function compileSegment(segment) {
  if (segment === '**') return GLOBSTAR;
  if (segment === '') return '';
  const root = new GlobNode(null, undefined);
  parseInto(segment, root, 0);
  const [re, literal, hasMagic, uflag] = root.toRegExpSource();
  if (!(hasMagic || root.hasMagic)) return literal;
  const source = `^${re}$`;
  const flags = uflag ? 'u' : '';
  try {
    return new RegExp(source, flags);
  } catch {
    // Only a 'u' expression can fail: a POSIX class next to text escaped
    // with an identity escape the 'u' flag forbids ('\,', '\-', '\ ').
    // minimatch lets V8's SyntaxError through; this is its message.
    throw new SyntaxError(`Invalid regular expression: /${source}/${flags}: Invalid escape`);
  }
}

// ---------------------------------------------------------------------------
// Pattern sets and matching.

function slashSplit(p, windows) {
  // On win32 a leading '//server' keeps its empty first segment ('\\x\y').
  if (windows && /^\/\/[^/]+/.test(p)) return ['', ...p.split(/\/+/)];
  return p.split(/\/+/);
}

// Drops '.' and '' segments (not a leading '' pair), and cancels 'x/..'
// ('**' and dots excepted). Mutates `parts`; returns the result.
function dropDotsAndEmpties(parts) {
  let changed = false;
  for (let i = 1; i < parts.length - 1; i++) {
    const p = parts[i];
    if (i === 1 && p === '' && parts[0] === '') continue;
    if (p === '.' || p === '') {
      changed = true;
      parts.splice(i, 1);
      i--;
    }
  }
  if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
    changed = true;
    parts.pop();
  }
  return changed;
}

function cancelsParent(p) {
  return p && p !== '.' && p !== '..' && p !== '**';
}

// The path's segments get the same simplification.
function optimizeFile(parts) {
  let changed;
  do {
    changed = dropDotsAndEmpties(parts);
    let dd = 0;
    while ((dd = parts.indexOf('..', dd + 1)) !== -1) {
      if (cancelsParent(parts[dd - 1])) {
        changed = true;
        parts.splice(dd - 1, 2);
        dd -= 2;
      }
    }
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

// Per pattern: '**/**' is '**'; '<pre>/**/../<p>/<p>' also tries without
// the '**' (pushing the other variant as a new pattern); dots, empties and
// 'x/..' go as for paths.
function firstPhase(globParts) {
  let changed;
  do {
    changed = false;
    for (let n = 0; n < globParts.length; n++) {
      const parts = globParts[n];
      let gs = -1;
      while ((gs = parts.indexOf('**', gs + 1)) !== -1) {
        let gss = gs;
        while (parts[gss + 1] === '**') gss++;
        if (gss > gs) parts.splice(gs + 1, gss - gs);
        const next = parts[gs + 1];
        const p = parts[gs + 2];
        const p2 = parts[gs + 3];
        if (next !== '..') continue;
        if (!p || p === '.' || p === '..' || !p2 || p2 === '.' || p2 === '..') continue;
        changed = true;
        parts.splice(gs, 1);
        const other = parts.slice(0);
        other[gs] = '**';
        globParts.push(other);
        gs--;
      }
      if (dropDotsAndEmpties(parts)) changed = true;
      let dd = 0;
      while ((dd = parts.indexOf('..', dd + 1)) !== -1) {
        if (cancelsParent(parts[dd - 1])) {
          changed = true;
          const needDot = dd === 1 && parts[dd + 1] === '**';
          parts.splice(dd - 1, 2, ...(needDot ? ['.'] : []));
          if (parts.length === 0) parts.push('');
          dd -= 2;
        }
      }
    }
  } while (changed);
  return globParts;
}

// Two patterns that differ only by a '*' against a name, or by a '**'
// standing for nothing, merge into the more general one.
function mergeParts(a, b) {
  let ai = 0;
  let bi = 0;
  const result = [];
  let which = '';
  while (ai < a.length && bi < b.length) {
    if (a[ai] === b[bi]) {
      result.push(which === 'b' ? b[bi] : a[ai]);
      ai++;
      bi++;
    } else if (a[ai] === '**' && b[bi] === a[ai + 1]) {
      result.push(a[ai]);
      ai++;
    } else if (b[bi] === '**' && a[ai] === b[bi + 1]) {
      result.push(b[bi]);
      bi++;
    } else if (a[ai] === '*' && b[bi] && !b[bi].startsWith('.') && b[bi] !== '**') {
      if (which === 'b') return false;
      which = 'a';
      result.push(a[ai]);
      ai++;
      bi++;
    } else if (b[bi] === '*' && a[ai] && !a[ai].startsWith('.') && a[ai] !== '**') {
      if (which === 'a') return false;
      which = 'b';
      result.push(b[bi]);
      ai++;
      bi++;
    } else {
      return false;
    }
  }
  return a.length === b.length && result;
}

function secondPhase(globParts) {
  for (let i = 0; i < globParts.length - 1; i++) {
    for (let j = i + 1; j < globParts.length; j++) {
      const merged = mergeParts(globParts[i], globParts[j]);
      if (merged) {
        globParts[i] = [];
        globParts[j] = merged;
        break;
      }
    }
  }
  return globParts.filter((parts) => parts.length);
}

const DRIVE = /^[a-z]:$/i;

// Does the list of path segments match the compiled pattern?
function matchSegments(file, pattern, windows) {
  if (windows) {
    // 'C:' and '//?/C:' are the same drive; drive letters in any case.
    const fileDrive = typeof file[0] === 'string' && DRIVE.test(file[0]);
    const fileUNC = !fileDrive && file[0] === '' && file[1] === '' && file[2] === '?' && DRIVE.test(file[3]);
    const patternDrive = typeof pattern[0] === 'string' && DRIVE.test(pattern[0]);
    const patternUNC = !patternDrive && pattern[0] === '' && pattern[1] === '' && pattern[2] === '?' &&
      typeof pattern[3] === 'string' && DRIVE.test(pattern[3]);
    const fdi = fileUNC ? 3 : fileDrive ? 0 : undefined;
    const pdi = patternUNC ? 3 : patternDrive ? 0 : undefined;
    if (typeof fdi === 'number' && typeof pdi === 'number') {
      const fd = file[fdi];
      if (fd.toLowerCase() === pattern[pdi].toLowerCase()) {
        pattern[pdi] = fd;
        if (pdi > fdi) pattern = pattern.slice(pdi);
        else if (fdi > pdi) file = file.slice(fdi);
      }
    }
  }
  file = optimizeFile(file);
  const fl = file.length;
  const pl = pattern.length;
  let fi = 0;
  let pi = 0;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      // '**' takes zero or more segments, never a dot-named one.
      const isDotName = (name) => name === '.' || name === '..' || name.charAt(0) === '.';
      if (pi + 1 === pl) {
        for (; fi < fl; fi++) if (isDotName(file[fi])) return false;
        return true;
      }
      for (let fr = fi; fr < fl; fr++) {
        if (matchSegments(file.slice(fr), pattern.slice(pi + 1), windows)) return true;
        if (isDotName(file[fr])) break;
      }
      return false;
    }
    const hit = typeof p === 'string' ? f === p : p.test(f);
    if (!hit) return false;
  }
  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  // Only a trailing '/' left in the path.
  return fi === fl - 1 && file[fi] === '';
}

function matchGlob(path, pattern, windows) {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new TypeError('pattern is too long');
  pattern = pattern.replace(/\\/g, '/');
  if (!pattern) return path === '';

  const globSet = [...new Set(braceExpand(pattern))];
  const globParts = secondPhase(firstPhase(globSet.map((s) => slashSplit(s, windows))));
  const set = globParts.map((parts) => parts.map(compileSegment));
  if (windows) {
    // '//?/C:/...': the '?' is literal there.
    for (let i = 0; i < set.length; i++) {
      const p = set[i];
      if (p[0] === '' && p[1] === '' && globParts[i][2] === '?' && typeof p[3] === 'string' && DRIVE.test(p[3])) {
        p[2] = '?';
      }
    }
  }

  if (windows) path = path.split('\\').join('/');
  const file = slashSplit(path, windows);
  for (const segments of set) {
    if (matchSegments(file, segments, windows)) return true;
  }
  return false;
}

module.exports = { matchGlob };

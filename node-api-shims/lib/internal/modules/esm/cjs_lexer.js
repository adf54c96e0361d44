'use strict';
// Which names a CommonJS module exports, found without running it, as
// Node's cjs-module-lexer finds them, so that `import { x } from './x.cjs'`
// can be linked before the module runs. Recognised forms:
//
//   exports.a = ...            module.exports.a = ...     exports['a'] = ...
//   Object.defineProperty(exports, 'a', ...)   (also module.exports)
//   module.exports = { a, b: c, 'd': e, ...require('./y') }
//   module.exports = require('./y')             (a reexport)
//   __exportStar(require('./y'), exports) / __export(require('./y'))  (TypeScript)
//
// lexExports(source) -> { exports: [names], reexports: [requests] }.

const ident = '[A-Za-z_$][\\w$]*';
const str = `'([^'\\\\\\n]*)'|"([^"\\\\\\n]*)"`;

// The source with comments blanked and the contents of template literals
// removed, so commented-out code is not taken for exports. Quoted strings
// stay (defineProperty names live in them).
function stripComments(source) {
  const parts = [];
  // The next place where a comment, string or template may start; the
  // text up to it is kept as one slice (sources can be large).
  const special = /[/'"`]/g;
  let i = 0;
  for (;;) {
    special.lastIndex = i;
    const m = special.exec(source);
    if (m === null) break;
    const at = m.index;
    const c = source[at];
    const next = source[at + 1];
    if (c === '/' && next === '/') {
      parts.push(source.slice(i, at));
      const end = source.indexOf('\n', at);
      i = end === -1 ? source.length : end;
    } else if (c === '/' && next === '*') {
      parts.push(source.slice(i, at), ' ');
      const end = source.indexOf('*/', at + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (c === '\'' || c === '"') {
      let j = at + 1;
      while (j < source.length && source[j] !== c && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
      parts.push(source.slice(i, j + 1));
      i = j + 1;
    } else if (c === '`') {
      let j = at + 1;
      while (j < source.length && source[j] !== '`') j += source[j] === '\\' ? 2 : 1;
      parts.push(source.slice(i, at), '``');
      i = j + 1;
    } else {
      // A lone `/` (division or a regular expression): kept.
      parts.push(source.slice(i, at + 1));
      i = at + 1;
    }
  }
  parts.push(source.slice(i));
  return parts.join('');
}

function quoted(m, at) {
  return m[at] !== undefined ? m[at] : m[at + 1];
}

function lexExports(source) {
  const code = stripComments(source);
  const exports = new Set();
  const reexports = [];
  const add = (name) => { if (name !== undefined) exports.add(name); };
  const target = '(?<![\\w$.])(?:module\\s*\\.\\s*)?exports';

  for (const m of code.matchAll(new RegExp(`${target}\\s*\\.\\s*(${ident})\\s*=(?!=)`, 'g'))) add(m[1]);
  for (const m of code.matchAll(new RegExp(`${target}\\s*\\[\\s*(?:${str})\\s*\\]\\s*=(?!=)`, 'g'))) add(quoted(m, 1));
  for (const m of code.matchAll(new RegExp(`Object\\s*\\.\\s*defineProperty\\s*\\(\\s*${target}\\s*,\\s*(?:${str})`, 'g'))) {
    add(quoted(m, 1));
  }
  const requireCall = `require\\s*\\(\\s*(?:${str})\\s*\\)`;
  for (const m of code.matchAll(new RegExp(`(?<![\\w$.])module\\s*\\.\\s*exports\\s*=\\s*${requireCall}`, 'g'))) {
    reexports.push(quoted(m, 1));
  }
  for (const m of code.matchAll(new RegExp(`__export(?:Star)?\\s*\\(\\s*${requireCall}`, 'g'))) {
    reexports.push(quoted(m, 1));
  }
  for (const m of code.matchAll(/(?<![\w$.])module\s*\.\s*exports\s*=\s*\{/g)) {
    lexObjectLiteral(code, m.index + m[0].length, add, reexports);
  }
  return { exports: [...exports], reexports };
}

// Entries of `module.exports = { ... }`, read as cjs-module-lexer reads
// them: a key (identifier or string) counts as soon as its value is a
// plain identifier (or it is shorthand), whatever follows; the first
// entry it cannot read, or anything but `,`/`}` after an entry, ends the
// list, keeping what it has. `...require('x')` is a reexport.
function lexObjectLiteral(code, at, add, reexports) {
  const key = new RegExp(`\\s*(?:(${ident})|${str})\\s*`, 'y');
  const value = new RegExp(`:\\s*${ident}`, 'y');
  const spread = new RegExp(`\\s*\\.\\.\\.\\s*require\\s*\\(\\s*(?:${str})\\s*\\)`, 'y');
  const sep = /\s*([,}])/y;
  for (;;) {
    spread.lastIndex = at;
    let m = spread.exec(code);
    if (m !== null) {
      reexports.push(quoted(m, 1));
      at = spread.lastIndex;
    } else {
      key.lastIndex = at;
      m = key.exec(code);
      if (m === null) return;
      at = key.lastIndex;
      const name = m[1] !== undefined ? m[1] : quoted(m, 2);
      if (code[at] === ':') {
        value.lastIndex = at;
        if (value.exec(code) === null) return;
        at = value.lastIndex;
      } else if (m[1] === undefined) {
        return; // a string key needs a value
      }
      add(name);
    }
    sep.lastIndex = at;
    const s = sep.exec(code);
    if (s === null || s[1] === '}') return;
    at = sep.lastIndex;
  }
}

module.exports = { lexExports };

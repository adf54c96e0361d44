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
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
      out += ' ';
    } else if (c === '\'' || c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== '`') j += source[j] === '\\' ? 2 : 1;
      out += '``';
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
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

// Entries of `module.exports = { ... }` up to the first one the lexer
// cannot read (as cjs-module-lexer, it stops there, keeping what it has).
function lexObjectLiteral(code, at, add, reexports) {
  const entry = new RegExp(
    `\\s*(?:(${ident})\\s*(?=[,}])|(?:(${ident})|${str})\\s*:\\s*${ident}\\s*(?=[,}])|` +
    `\\.\\.\\.\\s*require\\s*\\(\\s*(?:${str})\\s*\\)\\s*(?=[,}]))`, 'y');
  for (;;) {
    entry.lastIndex = at;
    const m = entry.exec(code);
    if (m === null) return;
    if (m[1] !== undefined) add(m[1]);
    else if (m[2] !== undefined) add(m[2]);
    else if (m[3] !== undefined || m[4] !== undefined) add(quoted(m, 3));
    else reexports.push(quoted(m, 5));
    at = entry.lastIndex;
    const sep = /\s*([,}])/y;
    sep.lastIndex = at;
    const s = sep.exec(code);
    if (s === null || s[1] === '}') return;
    at = sep.lastIndex;
  }
}

module.exports = { lexExports };

/**
 * Dev tool (not shipped: build.rs embeds only `.js` files): checks runnel's
 * `internal/util/inspect.js` against Node's own util.inspect / util.format,
 * both running under Node.
 *
 *   node node-api-shims/lib/internal/util/inspect.test-harness.cjs [-v] [filter]
 *
 * inspect.js is loaded the way runnel loads builtins, as the body of
 * `(function (exports, require, module, internalBinding, process) { ... })`,
 * with a stand-in for `internalBinding('util')`:
 *   - the slot checks (isMap, isPromise, ...) are Node's `util.types`;
 *   - getPromiseState reads a registry filled by `.then` handlers attached
 *     to every promise the cases create (see `track`), so it needs no
 *     engine internals;
 *   - getProxyDetails comes from runnel's own `internal/util/proxies.js`,
 *     installed here as in runnel (it wraps the global Proxy);
 *   - previewEntries (what a Map/Set iterator has left) is known because
 *     the cases build their iterators with `iter()`, which records it.
 *
 * Each case builds its value (or argument list) with a function that is
 * called once for Node and once for us, so stateful values are fresh each
 * time. Every mismatch is printed; the last line is "N passed, M failed".
 *
 *   node inspect.test-harness.cjs --engine target/debug/runnel [filter]
 *
 * runs the same cases through inspect.js on runnel's engine (Boa) instead:
 * the module and the cases' source go into a user script, with a
 * pure-JavaScript stand-in for the binding (brand checks through builtin
 * methods; classes recognised by the runtime's own util.inspect, as Boa
 * keeps no class source text). It lists where the result differs from
 * Node's, as information: error stacks differ between the engines, and one
 * stand-in artifact remains (a method named `class`). Proxy cases are
 * skipped, since the stand-in cannot see proxies.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const util = require('util');

const argv = process.argv.slice(2);
const verbose = argv.includes('-v');
const engineAt = argv.indexOf('--engine');
const engine = engineAt === -1 ? undefined : argv[engineAt + 1];
const filter = argv.find((a, i) => !a.startsWith('-') && (engineAt === -1 || i !== engineAt + 1));
const libDir = path.join(__dirname, '..', '..');

// ---------------------------------------------------------------------------
// Loading builtins like runnel does
// ---------------------------------------------------------------------------

function loadBuiltin(relative, internalBinding, requireFn) {
  const filename = path.join(libDir, relative);
  const wrapper = vm.runInThisContext(
    `(function (exports, require, module, internalBinding, process) {${fs.readFileSync(filename, 'utf8')}\n})`,
    { filename });
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, requireFn, module, internalBinding, process);
  return module.exports;
}

const noRequire = (id) => { throw new Error(`unexpected require('${id}')`); };

// runnel's Proxy tracking, installed before any case builds a proxy.
const proxies = loadBuiltin('internal/util/proxies.js', () => ({}), noRequire);
proxies.install();

// Promise states, filled asynchronously by `track`.
const promiseStates = new WeakMap();
function track(promise) {
  promise.then(
    (value) => promiseStates.set(promise, [1, value]),
    (reason) => promiseStates.set(promise, [2, reason]));
  return promise;
}

// Map/Set iterators with what they have left recorded: iter(collection,
// kind, advance) = collection[kind]() advanced `advance` times.
const iteratorPreviews = new WeakMap();
function iter(collection, kind, advance = 0) {
  const it = collection[kind]();
  const copy = collection[kind]();
  for (let i = 0; i < advance; i++) { it.next(); copy.next(); }
  const rest = [...copy];
  const isKeyValue = kind === 'entries';
  iteratorPreviews.set(it, [isKeyValue ? rest.flat() : rest, isKeyValue]);
  return it;
}

const types = util.types;
const mockUtilBinding = {
  isTypedArray: types.isTypedArray,
  isDate: types.isDate,
  isRegExp: types.isRegExp,
  isMap: types.isMap,
  isSet: types.isSet,
  isPromise: types.isPromise,
  isNativeError: types.isNativeError,
  isArrayBuffer: types.isArrayBuffer,
  isSharedArrayBuffer: types.isSharedArrayBuffer,
  isDataView: types.isDataView,
  isBoxedPrimitive: types.isBoxedPrimitive,
  isWeakMap: types.isWeakMap,
  isWeakSet: types.isWeakSet,
  isMapIterator: types.isMapIterator,
  isSetIterator: types.isSetIterator,
  isGeneratorObject: types.isGeneratorObject,
  isAsyncFunction: types.isAsyncFunction,
  isGeneratorFunction: types.isGeneratorFunction,
  isArgumentsObject: types.isArgumentsObject,
  getProxyDetails: proxies.getProxyDetails,
  getPromiseState(promise) {
    if (promiseStates.has(promise)) return promiseStates.get(promise);
    const text = util.inspect(promise, { depth: 0 });
    if (text.includes('<pending>')) return [0, undefined];
    throw new Error(`harness: untracked settled promise ${text}`);
  },
  previewEntries(iterator) {
    if (!iteratorPreviews.has(iterator)) throw new Error('harness: iterator not made with iter()');
    return iteratorPreviews.get(iterator);
  },
};

// `internal/errors` stand-in: only ERR_INVALID_ARG_TYPE is used.
class ERR_INVALID_ARG_TYPE extends TypeError {
  constructor(name, expected, actual) {
    super(`The "${name}" argument must be of type ${expected}. Received ${typeof actual}`);
    this.code = 'ERR_INVALID_ARG_TYPE';
  }
}
const fakeRequire = (id) => {
  if (id === 'internal/errors') return { codes: { ERR_INVALID_ARG_TYPE } };
  return noRequire(id);
};

const ours = loadBuiltin('internal/util/inspect.js',
  (name) => {
    if (name !== 'util') throw new Error(`unexpected internalBinding('${name}')`);
    return mockUtilBinding;
  },
  fakeRequire);

// ---------------------------------------------------------------------------
// The cases
// ---------------------------------------------------------------------------

// A case: { name, kind, make, param, opts }. kind is 'inspect', 'format' or
// 'formatWithOptions'; make(param) builds the value (inspect) or the whole
// argument list (format); opts, if any, is inspect's second argument. make
// may only use its parameter and the helpers defined in `enginePrelude`, so
// that its source can be run elsewhere (see --engine).
const cases = [];
const add = (name, make, kind = 'inspect') => cases.push({ name, kind, make, args: true });
const val = (name, make, opts) => cases.push({ name, kind: 'inspect', make, opts });
// The same with a parameter (cases made in loops).
const valP = (name, param, make, opts) => cases.push({ name, kind: 'inspect', make, param, opts });
const fmt = (name, make) => add(name, make, 'format');

function caseArgs(c) {
  const made = c.make(c.param);
  if (c.args) return made;
  return c.opts === undefined ? [made] : [made, c.opts];
}

// Helpers the cases use. They are defined from this text so that --engine
// can define them the same way in the script it runs.
const enginePrelude = `
const custom = Symbol.for('nodejs.util.inspect.custom');
const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
// Calls f from n nested frames (error stacks with shared tails).
function nest(n, f) { return n === 0 ? f() : nest(n - 1, f); }
`;
const { custom, range, nest } = new Function(`${enginePrelude}; return { custom, range, nest };`)();

// Which implementation the arguments being built are for.
let side = 'node';
const sideInspect = () => (side === 'node' ? util.inspect : ours.inspect);


// ---- primitives ----
val('number', () => 42);
val('negative zero', () => -0);
val('float', () => -1.5e-7);
val('NaN', () => NaN);
val('Infinity', () => -Infinity);
val('bigint', () => 1n);
val('big bigint', () => -12345678901234567890n);
val('string', () => 'hello');
val('empty string', () => '');
val('string with single quote', () => "it's");
val('string with both quotes', () => 'it\'s "x"');
val('string with all quotes', () => 'it\'s "x" `y`');
val('string with quotes and ${', () => 'it\'s "x" ${y}');
val('string escapes', () => 'a\nb\tc\\d\x00\x07\x1b\x7f\x85\u00a0');
val('lone surrogates', () => 'x\ud800y\udc00z\ud83d\ude00');
val('long string with newlines', () => `${'x'.repeat(20)}\n${'y'.repeat(70)}\nend\n`);
val('long string without newline', () => 'z'.repeat(200));
val('string just over 16 with newline', () => 'abcdefghij\nabcdefghij');
val('maxStringLength', () => 'a'.repeat(30), { maxStringLength: 5 });
val('maxStringLength 1 more', () => 'abcdef', { maxStringLength: 5 });
val('undefined', () => undefined);
val('null', () => null);
val('true', () => true);
val('symbol', () => Symbol('x'));
val('symbol no description', () => Symbol());
val('well-known symbol', () => Symbol.iterator);
val('registered symbol', () => Symbol.for('reg'));

// ---- arrays ----
val('empty array', () => []);
val('small array', () => [1, 2, 3]);
val('nested arrays', () => [1, [2, [3, [4, [5]]]]]);
val('sparse start', () => [, , 1]); // eslint-disable-line no-sparse-arrays
val('sparse middle', () => [1, , 3]); // eslint-disable-line no-sparse-arrays
val('sparse end', () => { const a = [1]; a.length = 4; return a; });
val('only holes', () => new Array(5));
val('one hole', () => new Array(1));
val('sparse huge', () => { const a = []; a[150] = 1; a.length = 200; return a; });
val('sparse maxArrayLength', () => { const a = [1, , 3, , 5]; return a; }, { maxArrayLength: 2 }); // eslint-disable-line no-sparse-arrays
val('101 items', () => range(101));
val('200 items', () => range(200));
val('maxArrayLength 3', () => range(10), { maxArrayLength: 3 });
val('maxArrayLength 0', () => [1, 2], { maxArrayLength: 0 });
val('maxArrayLength null', () => range(120), { maxArrayLength: null });
val('array with extra key', () => Object.assign([1, 2], { x: 1 }));
val('array with symbol key', () => Object.assign([1], { [Symbol('s')]: 2 }));
val('empty array with key', () => Object.assign([], { a: 1 }));
val('array of undefined', () => [undefined, null]);
val('array subclass', () => { class MyArr extends Array {} return MyArr.from([1, 2]); });
val('array subclass empty', () => { class MyArr extends Array {} return new MyArr(); });
val('anonymous array subclass', () => new (class extends Array {})(3));
val('null proto array', () => Object.setPrototypeOf([1, 2], null));
val('array with getter index', () => Object.defineProperty([1], '1', { get() { return 2; }, enumerable: true }));

// array grouping: numbers of various widths and counts
for (const n of [6, 7, 8, 10, 16, 25, 26, 27, 50, 99, 100, 101, 150]) {
  valP(`grouping ${n} small ints`, n, (p) => range(p));
}
for (const n of [7, 12, 30, 64]) {
  valP(`grouping ${n} mixed-width ints`, n, (p) => range(p, (i) => (i * 7919) % (10 ** (1 + (i % 5)))));
  valP(`grouping ${n} negative floats`, n, (p) => range(p, (i) => -i / 3));
  valP(`grouping ${n} bigints`, n, (p) => range(p, (i) => BigInt(i) ** 3n));
}
for (const len of [1, 3, 5, 8, 12, 16, 20, 30]) {
  valP(`grouping 20 strings of length ${len}`, len, (p) => range(20, (i) => String.fromCharCode(97 + (i % 26)).repeat(p)));
  valP(`grouping 9 strings of varying length up to ${len}`, len, (p) => range(9, (i) => 'q'.repeat(1 + (i * 3) % p)));
}
val('grouping one long string among short', () => [...range(10, String), 'x'.repeat(60)]);
val('grouping strings with quotes', () => range(12, (i) => (i % 2 ? "it's" : 'plain')));
val('grouping CJK strings', () => range(30, (i) => '一'.repeat(i % 4 + 1)));
val('grouping mixed numbers and strings', () => range(20, (i) => (i % 3 ? i : `s${i}`)));
val('grouping with holes', () => { const a = range(20); delete a[3]; delete a[4]; return a; });
val('grouping with extra key', () => Object.assign(range(10), { extra: true }));
val('grouping booleans', () => range(14, (i) => i % 2 === 0));
val('grouping nested arrays', () => range(8, (i) => [i, i + 1]));
val('grouping objects', () => range(8, (i) => ({ i })));
val('grouping in object', () => ({ list: range(30), other: 'x' }));
val('grouping deep in object', () => ({ a: { b: { list: range(40, (i) => i * 11) } } }));
val('grouping in array of arrays', () => [range(26), range(26, (i) => `${i}`)]);
val('grouping 100 with maxArrayLength 50', () => range(100), { maxArrayLength: 50 });
val('grouping with colors', () => range(30, (i) => (i % 2 ? i * 100 : `s${i}`)), { colors: true });
val('grouping numbers with colors', () => range(30, (i) => i * 37), { colors: true });
val('grouping compact 1', () => range(30), { compact: 1 });
val('grouping compact 2', () => range(30), { compact: 2 });
val('grouping breakLength 40', () => range(30), { breakLength: 40 });
val('grouping breakLength 200', () => range(60), { breakLength: 200 });
val('grouping typed array', () => new Uint16Array(range(40, (i) => i * 997 % 65536)));
val('grouping long typed array', () => new Uint8Array(300));
val('grouping floats', () => new Float64Array(range(12, (i) => i / 7)));

// ---- 80-column breaking ----
for (const len of [60, 66, 68, 70, 71, 72, 73, 74, 75, 76, 78, 80]) {
  valP(`object one-line limit ${len}`, len, (p) => ({ key: 'v'.repeat(p - 13) }));
  valP(`object two keys limit ${len}`, len, (p) => ({ alpha: 'a'.repeat(p - 40), beta: 'b'.repeat(20) }));
}
for (const len of [40, 50, 55, 58, 60, 62, 65]) {
  valP(`nested one-line limit ${len}`, len, (p) => ({ outer: { inner: 'x'.repeat(p) } }));
  valP(`array one-line limit ${len}`, len, (p) => ['x'.repeat(p), 'y']);
}
val('many short keys', () => Object.fromEntries(range(26, (i) => [String.fromCharCode(97 + i), i])));
val('four levels', () => ({ a: { b: { c: { d: 1 } } } }));
val('four levels plus sibling', () => ({ a: { b: { c: {} } }, e: 1 }));
val('three levels then primitive', () => ({ a: { b: { c: 1 } }, z: [1, 2] }));
val('depth 3 arrays', () => [[[[1]]]]);
val('wide nested', () => ({ a: { x: 1, y: 2 }, b: { x: 1, y: 2 }, c: { x: [1, 2, 3], y: 'str' } }));
val('long nested', () => ({ level1: { level2: { level3: 'a'.repeat(30), other: 'b'.repeat(30) } } }));
val('breakLength Infinity', () => ({ a: 'x'.repeat(100), b: { c: 'y'.repeat(100) } }), { breakLength: Infinity });
val('breakLength 20', () => ({ a: 1, b: 'hello', c: [1, 2] }), { breakLength: 20 });
val('multiline string in object', () => ({ text: `${'line one '.repeat(6)}\nline two\nline three` }));
val('multiline string in array', () => [`${'x'.repeat(40)}\n${'y'.repeat(40)}`]);

// ---- depth ----
val('depth default', () => ({ a: { b: { c: { d: { e: 1 } } } } }));
val('depth 0', () => ({ a: { b: 1 }, c: [1], d: new Map(), e: new Map([[1, 2]]) }), { depth: 0 });
val('depth 1', () => ({ a: { b: { c: 1 } } }), { depth: 1 });
val('depth Infinity', () => ({ a: { b: { c: { d: { e: { f: 1 } } } } } }), { depth: Infinity });
val('depth null', () => ({ a: { b: { c: { d: { e: [1, [2, [3]]] } } } } }), { depth: null });
val('depth -1', () => ({ a: 1 }), { depth: -1 });
val('depth markers', () => ({ a: { b: { c: { arr: [1], map: new Map([[1, 1]]), set: new Set([1]), foo: new (class Foo { x = 1; })(), nul: Object.assign(Object.create(null), { x: 1 }), re: Object.assign(/x/, { y: 1 }), tagged: { [Symbol.toStringTag]: 'T', x: 1 } } } } }));
val('empty things beyond depth', () => ({ a: { b: { c: { o: {}, arr: [], m: new Map(), f() {} } } } }));
val('legacy signature', () => ({ a: { b: { c: { d: 1 } } } }));
add('legacy showHidden/depth', () => [{ a: { b: { c: { d: 1 } } }, arr: [1] }, true, 0]);
add('legacy depth null colors', () => [{ a: { b: { c: { d: 1 } } } }, false, null, true]);

// ---- objects ----
val('empty object', () => ({}));
val('simple object', () => ({ a: 1, b: 'two', c: null, d: undefined }));
val('keys needing quotes', () => ({ 'a-b': 1, 'with space': 2, '1x': 3, $dollar: 4, _ok: 5, '': 6, "it's": 7 }));
val('numeric keys', () => ({ 1: 'a', 2: 'b', 10: 'c' }));
val('symbol keys', () => ({ [Symbol('x')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol('it\'s\n')]: 4 }));
val('__proto__ key', () => JSON.parse('{"__proto__": 1, "a": 2}'));
val('non-enumerable hidden', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }));
val('non-enumerable showHidden', () => Object.defineProperty({ a: 1 }, "hid'den\n", { value: 2, enumerable: false }), { showHidden: true });
val('getter', () => ({ get a() { return 1; } }));
val('setter', () => ({ set a(v) {} }));
val('getter/setter', () => ({ get a() { return 1; }, set a(v) {} }));
val('getters: true', () => ({ get a() { return 1; }, get b() { return null; }, get c() { return { x: 1 }; }, get d() { return 'str'; }, set e(v) {}, get f() { throw new Error('nope'); } }), { getters: true });
val('getters: get', () => ({ get a() { return 1; }, get b() { return 2; }, set b(v) {} }), { getters: 'get' });
val('getters: set', () => ({ get a() { return 1; }, get b() { return 2; }, set b(v) {} }), { getters: 'set' });
val('class instance', () => { class Foo { constructor() { this.a = 1; } } return new Foo(); });
val('empty class instance', () => { class Foo {} return new Foo(); });
val('subclass instance', () => { class A {} class B extends A { constructor() { super(); this.x = [1]; } } return new B(); });
val('function constructor instance', () => { function Old() { this.v = 1; } return new Old(); });
val('anonymous class instance', () => new (class {})());
val('null prototype', () => Object.assign(Object.create(null), { a: 1 }));
val('null prototype empty', () => Object.create(null));
val('null prototype chain', () => Object.create(Object.create(null)));
val('object with null-proto parent with keys', () => Object.create(Object.assign(Object.create(null), { p: 1 })));
val('Object.create of plain object', () => Object.create({ inherited: 1 }));
val('Object.create of instance', () => { class Foo {} return Object.create(new Foo()); });
val('toStringTag own non-enumerable', () => Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Tagged' }));
val('toStringTag own enumerable', () => ({ [Symbol.toStringTag]: 'T', a: 1 }));
val('toStringTag on class', () => new (class Foo { get [Symbol.toStringTag]() { return 'Bar'; } })());
val('toStringTag same as class', () => new (class Foo { get [Symbol.toStringTag]() { return 'Foo'; } })());
val('toStringTag inherited', () => Object.create({ [Symbol.toStringTag]: 'Inh' }));
val('toStringTag null proto', () => Object.create(null, { [Symbol.toStringTag]: { value: 'X' } }));
val('toStringTag null proto enumerable', () => Object.assign(Object.create(null), { [Symbol.toStringTag]: 'T' }));
val('toStringTag non-string', () => ({ [Symbol.toStringTag]: 5 }));
val('constructor property', () => ({ constructor: 'not a function', x: 1 }));
val('object containing functions', () => ({ f() {}, g: () => {}, h: function named() {} }));
val('object containing everything', () => ({ n: 1, s: 's', b: true, u: undefined, nl: null, sym: Symbol('q'), big: 2n, arr: [1], obj: { x: 1 } }));

// ---- Map / Set ----
val('map', () => new Map([['a', 1], ['b', 2]]));
val('empty map', () => new Map());
val('set', () => new Set([1]));
val('empty set', () => new Set());
val('nested map in object', () => ({ m: new Map([[{ k: 1 }, [1, 2]]]), s: new Set(['a', 'b']) }));
val('map with object keys deep', () => new Map([[{ a: { b: { c: 1 } } }, new Set([[1, [2, [3]]]])]]));
val('map extra prop', () => Object.assign(new Map([[1, 2]]), { extra: 'x' }));
val('empty map with prop', () => Object.assign(new Map(), { extra: 'x' }));
val('map subclass', () => { class MyMap extends Map {} return new MyMap([[1, 2]]); });
val('set subclass', () => { class MySet extends Set {} return new MySet([1]); });
val('null proto map', () => Object.setPrototypeOf(new Map([[1, 2]]), null));
val('null proto set', () => Object.setPrototypeOf(new Set([1]), null));
val('big set', () => new Set(range(120)));
val('set maxArrayLength', () => new Set([1, 2, 3]), { maxArrayLength: 1 });
val('map maxArrayLength', () => new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 });
val('long map breaks', () => new Map(range(8, (i) => [`key number ${i}`, { value: i }])));
val('map iterator', () => iter(new Map([['a', 1], ['b', 2]]), 'entries'));
val('map keys iterator', () => iter(new Map([['a', 1], ['b', 2]]), 'keys'));
val('map values iterator advanced', () => iter(new Map([['a', 1], ['b', 2]]), 'values', 1));
val('set values iterator', () => iter(new Set([1, 2, 3]), 'values'));
val('set entries iterator', () => iter(new Set([1, 2]), 'entries'));
val('exhausted set iterator', () => iter(new Set([1]), 'values', 1));
val('weakmap', () => new WeakMap());
val('weakset', () => new WeakSet());
val('weakmap in object', () => ({ w: new WeakMap([[{}, 1]]) }));

// ---- functions and classes ----
val('named function', () => function f() {});
val('anonymous function', () => (() => function () {})());
val('arrow function', () => { const arrow = () => {}; return arrow; });
val('async function', () => async function af() {});
val('generator function', () => function* g() {});
val('async generator function', () => async function* ag() {});
val('anonymous async arrow', () => (() => async () => {})());
val('class', () => class A {});
val('class extends', () => { class A {} return class B extends A {}; });
val('anonymous class', () => (() => class {})());
val('class extends null', () => class N extends null {});
val('class with static props', () => { class S { static x = 1; } return S; });
val('class with comment', () => class /* c */ Commented {});
val('method named class', () => ({ class() {} }).class);
val('function with props', () => Object.assign(function f() {}, { a: 1 }));
val('function with null proto', () => Object.setPrototypeOf(function nf() {}, null));
val('class with null proto', () => Object.setPrototypeOf(class NC {}, null));
val('function with toStringTag', () => Object.defineProperty(function tf() {}, Symbol.toStringTag, { value: 'Tagged' }));
val('bound function', () => function b() {}.bind(null));
val('builtin function', () => Math.max);
val('function in nested object', () => ({ a: { b: { fn() {} } } }));
val('function showHidden', () => function sh(a, b) {}, { showHidden: true });
val('generator object', () => (function* () {})());

// ---- errors ----
val('error', () => new Error('boom'));
val('type error', () => new TypeError('bad type'));
val('error with code', () => Object.assign(new Error('msg'), { code: 'X' }));
val('error with props', () => Object.assign(new RangeError('r'), { code: 'ERR_X', info: { a: 1 } }));
val('error without stack', () => { const e = new Error('no stack'); delete e.stack; e.stack = undefined; return e; });
val('error stack empty string', () => { const e = new Error('nostack'); e.stack = ''; return e; });
val('error custom stack', () => { const e = new Error('x'); e.stack = 'custom stack text'; return e; });
val('error name changed', () => { const e = new Error('m'); e.name = 'Custom'; return e; });
val('error name changed after stack', () => { const e = new Error('m'); void e.stack; e.name = 'Later'; return e; });
val('error subclass', () => { class MyError extends Error {} return new MyError('mine'); });
val('error subclass no Error suffix', () => { class Oops extends Error {} return new Oops('o'); });
val('error subclass with name', () => { class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } } return new ValidationError('v'); });
val('error in object', () => ({ err: new Error('inner') }));
val('error in array', () => [new Error('in array')]);
val('error with cause', () => new Error('outer', { cause: new Error('inner cause') }));
val('error with primitive cause', () => new Error('outer', { cause: 'just a string' }));
val('aggregate error', () => new AggregateError([new Error('a'), 'b'], 'many'));
val('error null proto', () => Object.setPrototypeOf(new Error('np'), null));
val('error message with newline', () => new Error('line1\n    at fake\nline3'));
val('error empty message', () => new Error(''));
val('error with toStringTag', () => Object.defineProperty(new Error('t'), Symbol.toStringTag, { value: 'Tag' }));
val('error colors', () => Object.assign(new Error('c'), { code: 'C' }), { colors: true });
val('error beyond depth', () => ({ a: { b: { c: { e: new Error('deep') } } } }));
val('error showHidden', () => new Error('hidden'), { showHidden: true });
val('error-like object', () => ({ name: 'Error', message: 'fake', stack: 'Error: fake' }));

// ---- circular ----
val('circular object', () => { const o = { a: 1 }; o.self = o; return o; });
val('circular array', () => { const a = [1]; a.push(a); return a; });
val('circular nested', () => { const o = { x: { y: {} } }; o.x.y.back = o; o.x.y.up = o.x; return o; });
val('circular map', () => { const m = new Map(); m.set('me', m); return m; });
val('two circulars', () => { const a = {}; const b = { a }; a.b = b; a.a = a; return [a, b]; });
val('circular compact true', () => { const o = { a: 1 }; o.self = o; return o; }, { compact: true });
val('same object twice (not circular)', () => { const shared = { s: 1 }; return { a: shared, b: shared }; });

// ---- typed arrays and buffers ----
val('uint8array', () => new Uint8Array([1, 2, 3]));
val('empty uint8array', () => new Uint8Array(0));
val('float32array', () => new Float32Array([1.5, -0, NaN]));
val('bigint64array', () => new BigInt64Array([1n, -2n]));
val('typed array showHidden', () => new Uint8Array([1, 2]), { showHidden: true });
val('typed array with prop', () => Object.assign(new Int8Array(2), { x: 1 }));
val('null proto typed array', () => Object.setPrototypeOf(new Uint8Array(2), null));
val('typed array subclass', () => { class Bytes extends Uint8Array {} return new Bytes(2); });
val('arraybuffer', () => new Uint8Array([1, 2]).buffer);
val('empty arraybuffer', () => new ArrayBuffer(0));
val('big arraybuffer', () => new ArrayBuffer(120));
val('arraybuffer maxArrayLength', () => new ArrayBuffer(10), { maxArrayLength: 4 });
val('shared arraybuffer', () => new SharedArrayBuffer(3));
val('dataview', () => new DataView(new ArrayBuffer(2)));
val('arraybuffer in object', () => ({ buf: new ArrayBuffer(4), view: new Uint8Array(4) }));

// ---- dates and regexps ----
val('date', () => new Date(0));
val('date 2', () => new Date(Date.UTC(2024, 1, 29, 12, 30, 45, 678)));
val('invalid date', () => new Date(NaN));
val('date with prop', () => Object.assign(new Date(0), { x: 1 }));
val('date subclass', () => { class MyDate extends Date {} return new MyDate(0); });
val('null proto date', () => Object.setPrototypeOf(new Date(0), null));
val('date in object', () => ({ when: new Date(86400000) }));
val('regexp', () => /ab+c/gi);
val('regexp with slash', () => /a\/b/);
val('regexp with prop', () => Object.assign(/x/, { y: 1 }));
val('regexp subclass', () => { class MyRe extends RegExp {} return new MyRe('x', 'g'); });
val('null proto regexp', () => Object.setPrototypeOf(/a/g, null));
val('regexp showHidden', () => /s/, { showHidden: true });

// ---- promises ----
val('resolved promise', () => track(Promise.resolve(1)));
val('pending promise', () => track(new Promise(() => {})));
val('rejected promise', () => track(Promise.reject(new Error('rejected!'))));
val('rejected with primitive', () => track(Promise.reject(3)));
val('promise of object', () => track(Promise.resolve({ a: [1, 2], b: 'x' })));
val('promise with prop', () => Object.assign(track(Promise.resolve(2)), { extra: 1 }));
val('promise in object', () => ({ p: track(Promise.resolve({ deep: { deeper: 1 } })) }));
val('promise subclass', () => { class MyP extends Promise {} return track(MyP.resolve(5)); });

// ---- boxed primitives ----
val('boxed number', () => new Number(3));
val('boxed negative zero', () => new Number(-0));
val('boxed string', () => new String('ab'));
val('boxed string with prop', () => Object.assign(new String('ab'), { x: 1 }));
val('boxed boolean', () => new Boolean(false));
val('boxed symbol', () => Object(Symbol('s')));
val('boxed bigint', () => Object(1n));
val('boxed number subclass', () => { class Num extends Number {} return new Num(4); });
val('boxed null proto', () => Object.setPrototypeOf(new Number(1), null));
val('boxed string colors', () => new String('ab'), { colors: true });
val('boxed number with prop colors', () => Object.assign(new Number(7), { p: 1 }), { colors: true });
val('boxed long string', () => new String(`${'a'.repeat(50)}\n${'b'.repeat(50)}`));

// ---- arguments ----
val('arguments', () => (function () { return arguments; })(1, 2)); // eslint-disable-line prefer-rest-params
val('empty arguments', () => (function () { return arguments; })()); // eslint-disable-line prefer-rest-params
val('arguments with prop', () => { const a = (function () { return arguments; })(1); a.x = 3; return a; }); // eslint-disable-line prefer-rest-params

// ---- custom inspect ----
val('custom inspect string', () => ({ [custom]() { return 'CUSTOM'; } }));
val('custom inspect object', () => ({ [custom]() { return { replaced: true }; } }));
val('custom inspect multiline nested', () => ({ a: { [custom]() { return 'line1\nline2'; } } }));
val('custom inspect this', () => { const o = { x: 1, [custom]() { return this; } }; return o; });
val('custom inspect depth arg', () => ({ a: { b: { [custom](depth) { return `depth=${depth}`; } } } }));
val('custom inspect options', () => ({ [custom](depth, options) { return Object.keys(options).join(','); } }));
val('custom inspect options extra', () => ({ [custom](depth, options) { return `${options.colors} ${options.myOption} ${typeof options.stylize}`; } }), { myOption: 42 });
val('custom inspect inspect arg', () => ({ [custom](depth, options, insp) { return insp({ nested: [1, 2] }, options); } }));
val('custom inspect stylize', () => ({ [custom](depth, options) { return options.stylize('styled', 'special'); } }), { colors: true });
val('custom inspect disabled', () => ({ x: 1, [custom]() { return 'no'; } }), { customInspect: false });
val('custom inspect on class', () => { class C { [custom]() { return 'C!'; } } return [new C(), C.prototype]; });
val('custom inspect returns number', () => ({ [custom]() { return 42; } }));
val('custom inspect null proto', () => { const o = Object.create(null); o[custom] = (d, opts) => `${Object.getPrototypeOf(opts)} ${typeof opts.stylize}`; return o; });
val('util.inspect as custom', () => ({ [custom]: sideInspect(), a: 1 }));

// ---- proxies ----
val('proxy of object', () => new Proxy({ a: 1 }, {}));
val('proxy of array', () => new Proxy([1, 2], {}));
val('proxy of function', () => new Proxy(function pf() {}, {}));
val('proxy showProxy', () => new Proxy({ a: 1 }, { get() { return 5; } }), { showProxy: true });
val('revoked proxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; });
val('proxy with traps not run', () => new Proxy({ a: 1 }, { ownKeys() { throw new Error('trap ran'); }, get() { throw new Error('trap ran'); } }));

// ---- options ----
const nested = () => ({ a: 1, b: { c: [1, 2, 3], d: 'str', e: { f: null } }, g: new Map([['k', 'v']]) });
val('compact false', nested, { compact: false });
val('compact true', nested, { compact: true });
val('compact 1', nested, { compact: 1 });
val('compact 0', nested, { compact: 0 });
val('compact true long', () => ({ key1: 'x'.repeat(50), key2: { inner: 'y'.repeat(70) }, arr: range(30) }), { compact: true });
val('compact true array', () => [range(5), 'x'.repeat(90)], { compact: true });
val('compact false empty', () => ({ a: {}, b: [] }), { compact: false });
val('compact false string split', () => ({ s: 'a\nb'.repeat(10) }), { compact: false });
val('sorted', () => ({ c: 1, a: 2, b: { z: 1, y: 2 } }), { sorted: true });
val('sorted comparator', () => ({ c: 1, a: 2, b: 3 }), { sorted: (x, y) => (x < y ? 1 : -1) });
val('sorted array keys', () => Object.assign([3, 1, 2], { z: 1, y: 2 }), { sorted: true });
val('sorted map', () => new Map([['z', 1], ['a', 2]]), { sorted: true });
val('showHidden array', () => [1, 2], { showHidden: true });
val('showHidden class prototype props', () => new (class Foo { bar() {} get g() { return 1; } })(), { showHidden: true });
val('showHidden subclass', () => { class A { constructor() { this.x = 1; } m() {} } class B extends A { n() {} } return new B(); }, { showHidden: true });
val('showHidden object', () => ({ a: 1 }), { showHidden: true });
val('showHidden map', () => new Map([[1, 2]]), { showHidden: true });
val('numericSeparator', () => [1234567, -1234567.891, 0.1234, 1000, 123, -0.5, 1e21, 12345.6789012, 123456789n, NaN], { numericSeparator: true });
val('colors primitives', () => [1, 'str', true, undefined, null, Symbol('s'), 5n, -0], { colors: true });
val('colors object', () => ({ date: new Date(0), re: /x/, fn() {}, arr: [1], nested: { x: 'y' }, sym: Symbol('k'), [Symbol('key')]: 1 }), { colors: true });
val('colors long string', () => ({ s: `${'a'.repeat(50)}\n${'b'.repeat(50)}` }), { colors: true });
val('colors maxStringLength', () => 'a'.repeat(30), { colors: true, maxStringLength: 5 });
val('colors sparse', () => [1, , 2], { colors: true }); // eslint-disable-line no-sparse-arrays
val('colors circular', () => { const o = {}; o.o = o; return o; }, { colors: true });
val('colors map set', () => [new Map([['a', 1]]), new Set([true])], { colors: true });
val('colors getters', () => ({ get a() { return 1; }, get b() { return { x: 1 }; } }), { colors: true, getters: true });
val('colors promise', () => [track(new Promise(() => {})), track(Promise.resolve(1))], { colors: true });
val('colors arraybuffer', () => new ArrayBuffer(2), { colors: true });
val('colors breaking', () => ({ aaaa: 'x'.repeat(30), bbbb: 'y'.repeat(30), cccc: 12345 }), { colors: true });
val('unknown option', () => ({ a: 1 }), { notAnOption: true });
val('stylize option ignored without colors', () => ({ a: 1 }), { stylize: (s) => `<${s}>` });

// ---- format ----
fmt('format plain', () => ['hello']);
fmt('format no args', () => []);
fmt('format %s string', () => ['a %s b', 'x']);
fmt('format %s number', () => ['%s', 42]);
fmt('format %s -0', () => ['%s', -0]);
fmt('format %s bigint', () => ['%s', 5n]);
fmt('format %s object', () => ['%s', { a: { b: 1 } }]);
fmt('format %s array', () => ['%s', [1, [2, [3]]]]);
fmt('format %s null undefined', () => ['%s %s', null, undefined]);
fmt('format %s symbol', () => ['%s', Symbol('sy')]);
fmt('format %s class instance', () => { class Foo {} return ['%s', new Foo()]; });
fmt('format %s own toString', () => ['%s', { toString() { return 'custom!'; } }]);
fmt('format %s class toString', () => { class T { toString() { return 'T!'; } } return ['%s', new T()]; });
fmt('format %s toPrimitive', () => ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }]);
fmt('format %s class toPrimitive', () => { class P { [Symbol.toPrimitive]() { return 'cls'; } } class Q extends P {} return ['%s %s', new P(), new Q()]; });
fmt('format %s inherited toPrimitive', () => ['%s', Object.create({ [Symbol.toPrimitive]() { return 'protoPrim'; } })]);
fmt('format %s date subclass', () => { class D extends Date {} class D2 extends Date { [Symbol.toPrimitive]() { return 'd2'; } } return ['%s %s', new D(0), new D2(0)]; });
fmt('format %s boxed symbol', () => ['%s', Object(Symbol('q'))]);
fmt('format %s date', () => ['%s', new Date(0)]);
fmt('format %s error', () => ['%s', new Error('e')]);
fmt('format %s function', () => ['%s', function fn() {}]);
fmt('format %s null proto', () => ['%s', Object.assign(Object.create(null), { a: 1 })]);
fmt('format %s map', () => ['%s', new Map([[1, { a: 1 }]])]);
fmt('format %d', () => ['%d', 42]);
fmt('format %d string', () => ['%d', '42.5']);
fmt('format %d bigint', () => ['%d', 1n]);
fmt('format %d object', () => ['%d', {}]);
fmt('format %d symbol', () => ['%d', Symbol('s')]);
fmt('format %d -0', () => ['%d', -0]);
fmt('format %i', () => ['%i', 42.9]);
fmt('format %i string', () => ['%i', '0x1f']);
fmt('format %i bigint', () => ['%i', 7n]);
fmt('format %i symbol', () => ['%i', Symbol('s')]);
fmt('format %f', () => ['%f', '1.5abc']);
fmt('format %f symbol', () => ['%f', Symbol('s')]);
fmt('format %j', () => ['%j', { a: [1, 'x'] }]);
fmt('format %j circular', () => { const o = {}; o.o = o; return ['%j', o]; });
fmt('format %j undefined', () => ['%j', undefined]);
fmt('format %j toJSON', () => ['%j', { toJSON() { return 'J'; } }]);
fmt('format %o', () => ['%o', { a: [1, 2], f() {} }]);
fmt('format %o deep', () => ['%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }]);
fmt('format %O', () => ['%O', { a: { b: { c: { d: 1 } } } }]);
fmt('format %c', () => ['a%cb', 'color: red']);
fmt('format %%', () => ['100%% %s', 'sure']);
fmt('format %% without args', () => ['100%%']);
fmt('format %% only', () => ['%%', 1]);
fmt('format unknown directive', () => ['%x %s', 'a']);
fmt('format trailing %', () => ['abc %', 1]);
fmt('format too few args', () => ['%s %s %d', 'only']);
fmt('format extra args', () => ['%s', 'a', 'b', { c: 1 }, 3]);
fmt('format no directives extra args', () => ['plain', 'b', 2]);
fmt('format non-string first', () => [{ a: 1 }, 'str', 3, [1]]);
fmt('format number first', () => [1, 2, 3]);
fmt('format string args raw', () => [1, 'two\nlines', "quote'"]);
fmt('format null first', () => [null, 'x']);
fmt('format percent at end', () => ['%s%', 'a']);
fmt('format adjacent', () => ['%s%s', 'a', 'b']);
fmt('format %s long string', () => ['%s', 'x'.repeat(200)]);
fmt('format error arg', () => ['error:', new Error('in format')]);
add('formatWithOptions colors', () => [{ colors: true }, '%s %O', 'a', { b: 1 }, 5], 'formatWithOptions');
add('formatWithOptions depth', () => [{ depth: 0 }, { a: { b: 1 } }], 'formatWithOptions');
add('formatWithOptions %s keeps compact', () => [{ compact: false }, '%s', { a: 1 }], 'formatWithOptions');

// ---- misc ----
val('globalThis-free Math', () => Math);
val('JSON object', () => JSON);
val('Symbol.toStringTag Reflect', () => Reflect);
val('object with many nested arrays', () => ({ matrix: range(5, (i) => range(5, (j) => i * j)) }));
val('matrix 10x10', () => range(10, (i) => range(10, (j) => i * 10 + j)));
val('array of objects breaking', () => range(4, (i) => ({ id: i, name: `name${i}`, tags: ['a', 'b'] })));
val('array of long strings', () => range(5, (i) => `string number ${i} `.repeat(3)));
val('mixed nested collection', () => ({ users: [{ name: 'a', roles: new Set(['admin']) }], index: new Map([['a', 0]]) }));
val('object with 30 keys', () => Object.fromEntries(range(30, (i) => [`key${i}`, i])));
val('deep array object mix', () => [{ a: [{ b: [{ c: 1 }] }] }]);
val('emoji string', () => ['😀', 'a😀b', '👍🏽']);
val('wide chars object', () => ({ 名前: '値', キー: 'あいうえお'.repeat(10) }));
val('unicode escapes', () => '\u2028\u2029\ufeff');

// ---- more stress cases ----
val('error cause shared frames', () => nest(3, () => new Error('outer', { cause: nest(5, () => new Error('inner')) })));
val('error cause shared frames nested', () => ({ wrap: nest(2, () => new Error('o', { cause: nest(4, () => new TypeError('i')) })) }));
val('error cause colors', () => nest(3, () => new Error('outer', { cause: nest(5, () => new Error('inner')) })), { colors: true });
val('error in map', () => new Map([['e', Object.assign(new Error('in map'), { code: 'M' })]]));
val('error deep with props', () => ({ a: { b: Object.assign(new SyntaxError('deep'), { line: 3 }) } }));
val('compact true nested long', () => ({ aaa: { bbb: { ccc: 'x'.repeat(70) } }, list: range(10, (i) => `item-${i}`) }), { compact: true });
val('compact true deep', () => ({ a: { b: { c: { d: { e: 1 } } } }, s: 'short' }), { compact: true, depth: 10 });
val('compact true array of objects', () => range(6, (i) => ({ id: i, label: 'l'.repeat(i * 5) })), { compact: true });
val('compact true map', () => new Map(range(5, (i) => [i, 'v'.repeat(20)])), { compact: true });
val('many maps in array', () => range(8, (i) => new Map([[i, i]])));
val('many small objects in array', () => range(12, (i) => ({ i })));
val('many empty objects in array', () => range(12, () => ({})));
val('array of multiline strings', () => range(8, (i) => `${'line '.repeat(5)}\n${i}`.repeat(2)));
val('string 17 chars with newline top', () => 'abcdefgh\nabcdefgh');
val('string 16 chars with newline nested', () => ({ k: 'abcdefg\nabcdefgh' }));
val('string split at indentation', () => ({ a: { b: { c: `${'q'.repeat(40)}\n${'r'.repeat(10)}` } } }));
val('huge string with quotes', () => `${"it's ".repeat(1200)}\n`);
val('huge string default max', () => 'w'.repeat(10050));
val('sorted showHidden', () => Object.defineProperty({ b: 1, a: 2 }, 'c', { value: 3 }), { sorted: true, showHidden: true });
val('set of 10', () => new Set(range(10)));
val('set of objects', () => new Set([{ a: 1 }, [1, 2], new Map()]));
val('typed array numericSeparator', () => new Int32Array([1000, -20000, 3000000]), { numericSeparator: true });
val('map iterator maxArrayLength', () => iter(new Map(range(5, (i) => [i, i])), 'entries'), { maxArrayLength: 2 });
val('custom iterable class', () => new (class Bag { *[Symbol.iterator]() { yield 1; } constructor() { this.size = 1; } })());
val('circular set', () => { const s = new Set(); s.add(s); s.add({ s }); return s; });
val('circular map key', () => { const m = new Map(); m.set(m, 1); return m; });
val('circular numbering', () => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; a.self = a; b.self = b; return { a, b }; });
val('complex prototype beyond depth', () => ({ a: { b: { c: Object.create(Object.create(null)) } } }));
val('complex prototype at depth 0', () => ({ x: Object.create(Object.assign(Object.create(null), { p: 1 })) }), { depth: 0 });
val('array with -0 and floats', () => [-0, 0, 0.1, -1.5, 1e300, 2 ** 53]);
val('odd numeric keys', () => ({ '01': 1, '-1': 2, 1.5: 3, 4294967295: 4, 4294967294: 5 }));
val('array with odd keys', () => Object.assign([1], { '-1': 'neg', '01': 'lead', 4294967295: 'big' }));
val('nested arrays beyond depth grouped', () => [range(9, (i) => [i])].concat([[[range(9, (i) => [i])]]]));
val('colors many strings', () => range(26, (i) => String.fromCharCode(65 + i).repeat(1 + (i % 3))), { colors: true });
val('renamed function', () => Object.defineProperty(function orig() {}, 'name', { value: 'renamed' }));
val('function name empty', () => Object.defineProperty(function orig() {}, 'name', { value: '' }));
val('custom inspect multiline in array', () => [1, { [custom]() { return 'a\nb'; } }, 2]);
val('custom inspect returning object with custom', () => ({ [custom]() { return { [custom]() { return 'inner'; } }; } }));
val('object key long', () => ({ ['k'.repeat(70)]: 'value', short: 1 }));
val('object of 7 arrays', () => Object.fromEntries(range(7, (i) => [`a${i}`, range(i)])));
val('date beyond depth', () => ({ a: { b: { c: { d: new Date(0) } } } }));
val('symbol description with quote', () => [Symbol("it's"), Symbol('a\nb')]);
val('getter on class prototype showHidden colors', () => new (class G { get v() { return 1; } })(), { showHidden: true, colors: true });
val('null-proto object nested', () => ({ inner: Object.assign(Object.create(null), { x: { y: 1 } }) }));
val('object with inspect custom symbol key only', () => ({ [custom]: 5 }));
val('promise rejected nested', () => ({ p: track(Promise.reject(Object.assign(new Error('nested reject'), { code: 'R' }))) }));
val('promise resolved to promise', () => { const inner = track(Promise.resolve(1)); return track(Promise.resolve(inner)); });
val('frozen object', () => Object.freeze({ a: [1] }));
val('Number statics', () => ({ max: Number.MAX_SAFE_INTEGER, eps: Number.EPSILON, min: Number.MIN_VALUE }));
fmt('format %o function', () => ['%o', function fn(a) { return a; }]);
fmt('format %o array', () => ['%o', [1, 2]]);
fmt('format %o class', () => ['%o', class K { static s = 1; }]);
fmt('format %o proxy', () => ['%o', new Proxy({ a: 1 }, {})]);
fmt('format %s in middle', () => ['[%s] (%d) {%i} <%f> %j', 'str', 1.5, 2.7, '3.25', [1]]);
fmt('format only %', () => ['%', 1]);
fmt('format %s undefined arg', () => ['%s', undefined]);
fmt('format symbol first', () => [Symbol('first'), 'x']);
fmt('format %s with nested object depth', () => ['%s', { a: [1, { b: 2 }], c: new Set([1]) }]);
fmt('format %s boxed string', () => ['%s', new String('boxed')]);
fmt('format %s array with toString', () => ['%s', Object.assign([1, 2], { toString() { return 'arr!'; } })]);
fmt('format multiple objects', () => ['%O and %O', { a: 1 }, [2]]);

val('grouping emoji and wide strings', () => range(16, (i) => ['😀', 'a😀b', '👍🏽', '一二', 'ｱｲ', 'e\u0301', '🇯🇵', 'x'][i % 8]));
val('error frames colored', () => { const e = new Error('nm'); e.stack = `Error: nm\n    at f (/app/node_modules/pkg/index.js:1:1)\n    at g (/app/node_modules/@scope/p/node_modules/q/i.js:2:2)\n    at Module._compile (node:internal/modules/cjs/loader:1:1)\n    at node:events:3:3\n    at h (${process.cwd()}/file.js:1:1)\n    at ${process.cwd()}/other.js:2:2\n    at file://${process.cwd()}/esm.mjs:3:3`; return e; }, { colors: true });
val('error frames plain', () => { const e = new Error('nm'); e.stack = 'Error: nm\n    at f (/app/node_modules/pkg/index.js:1:1)\n    at node:events:3:3'; return e; });

val('long string with lone surrogate and controls', () => `${'x'.repeat(120)}\ud800\x01'"\u0085${'y'.repeat(30)}`);
val('long key with escapes', () => ({ [`${'k'.repeat(110)}\n\ud800`]: 1 }));

// ---- stripVTControlCharacters / getStringWidth ----
const stripCases = ['\u001b]0;title\u001b\\z', '\u001b(Bx', '\u001b[31mred\u001b[39m', '\u001b[1;31;42mx\u001b[0m', 'a\u001b[2Kb', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007', 'plain', '\u009b31mc', '\u001b[?25l'];

// ---------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------

let passed = 0;
let failed = 0;

function check(name, expected, actual) {
  if (expected === actual) {
    passed++;
    if (verbose) console.log(`ok   ${name}`);
    return;
  }
  failed++;
  console.log(`FAIL ${name}`);
  console.log(`  node: ${JSON.stringify(expected)}`);
  console.log(`  ours: ${JSON.stringify(actual)}`);
  if (expected.includes('\n') || actual.includes('\n')) {
    console.log('  --- node ---');
    console.log(expected.replace(/^/gm, '  | '));
    console.log('  --- ours ---');
    console.log(actual.replace(/^/gm, '  | '));
  }
}

function run(fn) {
  try {
    return fn();
  } catch (err) {
    return `<threw ${err && err.name}: ${err && err.message}>`;
  }
}


// ---------------------------------------------------------------------------
// --engine: the same cases through inspect.js on another engine
// ---------------------------------------------------------------------------

// JavaScript source for a case parameter or an options object.
function toSource(value) {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'function') return `(${value})`;
  if (Array.isArray(value)) return `[${value.map(toSource).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${toSource(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

// Run on the other engine: helpers, a binding made of brand checks, the
// module, then every case printing one JSON line [name, output].
const engineScript = (selected) => `'use strict';
${enginePrelude}
const promiseStates = new WeakMap();
function track(p) { p.then((v) => promiseStates.set(p, [1, v]), (r) => promiseStates.set(p, [2, r])); return p; }
const iteratorPreviews = new WeakMap();
${iter}
const brand = (check) => (v) => { try { check(v); return true; } catch { return false; } };
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const tagOf = (v) => Object.prototype.toString.call(v).slice(8, -1);
const TypedArray = Object.getPrototypeOf(Uint8Array.prototype);
const protoOf = (source) => Object.getPrototypeOf((0, eval)(source));
const fnProtos = { async: [protoOf('(async function () {})'), protoOf('(async function* () {})')],
  generator: [protoOf('(function* () {})'), protoOf('(async function* () {})')] };
const hostUtil = require('util');
const binding = {
  isMap: brand((v) => Map.prototype.has.call(v)),
  isSet: brand((v) => Set.prototype.has.call(v)),
  isWeakMap: brand((v) => WeakMap.prototype.has.call(v, {})),
  isWeakSet: brand((v) => WeakSet.prototype.has.call(v, {})),
  isDate: brand((v) => Date.prototype.getTime.call(v)),
  isRegExp: (v) => v !== RegExp.prototype && brand((x) => getter(RegExp.prototype, 'global').call(x))(v),
  isPromise: brand((v) => Promise.prototype.then.call(v, undefined, () => {})),
  isTypedArray: brand((v) => getter(TypedArray, 'length').call(v)),
  isArrayBuffer: brand((v) => getter(ArrayBuffer.prototype, 'byteLength').call(v)),
  isSharedArrayBuffer: brand((v) => getter(SharedArrayBuffer.prototype, 'byteLength').call(v)),
  isDataView: brand((v) => getter(DataView.prototype, 'byteLength').call(v)),
  isNativeError: (v) => v instanceof Error || tagOf(v) === 'Error',
  isBoxedPrimitive: (v) => [Number, String, Boolean, BigInt, Symbol].some((C) => brand((x) => C.prototype.valueOf.call(x))(v)),
  isMapIterator: (v) => tagOf(v) === 'Map Iterator',
  isSetIterator: (v) => tagOf(v) === 'Set Iterator',
  isGeneratorObject: (v) => tagOf(v) === 'Generator',
  isAsyncFunction: (v) => typeof v === 'function' && fnProtos.async.includes(Object.getPrototypeOf(v)),
  isGeneratorFunction: (v) => typeof v === 'function' && fnProtos.generator.includes(Object.getPrototypeOf(v)),
  isArgumentsObject: (v) => tagOf(v) === 'Arguments',
  // The engine's own inspect knows classes (their source text is not kept).
  isClassConstructor: (v) => typeof v === 'function' && hostUtil.inspect(v, { depth: 0, customInspect: false }).startsWith('[class'),
  getProxyDetails: () => undefined,
  getPromiseState: (p) => promiseStates.get(p) || [0, undefined],
  previewEntries: (it) => iteratorPreviews.get(it),
};
class ERR_INVALID_ARG_TYPE extends TypeError {
  constructor(name, expected) { super(\`The "\${name}" argument must be of type \${expected}\`); this.code = 'ERR_INVALID_ARG_TYPE'; }
}
const load = (0, eval)(${JSON.stringify(`(function (exports, require, module, internalBinding, process) {${fs.readFileSync(path.join(libDir, 'internal/util/inspect.js'), 'utf8')}\n})`)});
const mod = { exports: {} };
load(mod.exports, (id) => { if (id === 'internal/errors') return { codes: { ERR_INVALID_ARG_TYPE } }; throw new Error(id); },
  mod, () => binding, process);
const ours = mod.exports;
const sideInspect = () => ours.inspect;
const cases = [
${selected.map((c) => `  { name: ${JSON.stringify(c.name)}, kind: '${c.kind}', args: ${!!c.args}, make: ${c.make}, param: ${toSource(c.param)}, opts: ${toSource(c.opts)} },`).join('\n')}
];
(async () => {
  for (const c of cases) {
    let out;
    try {
      const made = c.make(c.param);
      const args = c.args ? made : (c.opts === undefined ? [made] : [made, c.opts]);
      await new Promise((resolve) => setTimeout(resolve, 0));
      out = ours[c.kind](...args);
    } catch (err) {
      out = \`<threw \${err && err.name}: \${err && err.message}>\`;
    }
    console.log(JSON.stringify([c.name, out]));
  }
})();
`;

async function runOnEngine(binary) {
  const { spawnSync } = require('child_process');
  const os = require('os');
  const selected = cases.filter((c) => (!filter || c.name.includes(filter)) && !/Proxy|sideInspect|side ===/.test(String(c.make)));
  const skipped = cases.length - selected.length;
  const scriptFile = path.join(os.tmpdir(), `inspect-engine-cases-${process.pid}.js`);
  fs.writeFileSync(scriptFile, engineScript(selected));
  const child = spawnSync(binary, [scriptFile], { encoding: 'utf8', maxBuffer: 1 << 28 });
  fs.unlinkSync(scriptFile);
  const results = new Map();
  for (const line of child.stdout.split('\n')) {
    if (!line.startsWith('[')) continue;
    const [name, out] = JSON.parse(line);
    results.set(name, out);
  }
  if (child.status !== 0 || results.size !== selected.length) {
    console.log(`engine exited with ${child.status}; ${results.size} of ${selected.length} results`);
    console.log(child.stderr.slice(0, 4000));
  }
  let same = 0;
  let different = 0;
  for (const c of selected) {
    if (!results.has(c.name)) continue;
    side = 'node';
    const nodeArgs = caseArgs(c);
    await new Promise((resolve) => setImmediate(resolve));
    const expected = run(() => util[c.kind](...nodeArgs));
    const actual = results.get(c.name);
    if (expected === actual) {
      same++;
      if (verbose) console.log(`same ${c.name}`);
      continue;
    }
    different++;
    console.log(`DIFF ${c.name}`);
    console.log(`  node:   ${JSON.stringify(expected)}`);
    console.log(`  engine: ${JSON.stringify(actual)}`);
  }
  console.log(`engine: ${same} same as node, ${different} different, ${skipped} skipped`);
}

async function main() {
  // Let every tracked promise settle (and register its state) first.
  if (engine !== undefined) return runOnEngine(engine);

  for (const c of cases) {
    if (filter && !c.name.includes(filter)) continue;
    // Fresh arguments for each side, from the same call site (so that error
    // stacks are equal); the promises they hold settle first.
    const [nodeArgs, ourArgs] = ['node', 'ours'].map((who) => { side = who; return caseArgs(c); });
    await new Promise((resolve) => setImmediate(resolve));
    check(c.name, run(() => util[c.kind](...nodeArgs)), run(() => ours[c.kind](...ourArgs)));
  }

  if (!filter) {
    for (const s of stripCases) {
      check(`stripVTControlCharacters ${JSON.stringify(s)}`, util.stripVTControlCharacters(s), ours.stripVTControlCharacters(s));
    }
    check('stripVTControlCharacters non-string throws', 'ERR_INVALID_ARG_TYPE',
      run(() => ours.stripVTControlCharacters(5)).includes('must be of type string') ? 'ERR_INVALID_ARG_TYPE' : 'no');

    // inspect.defaultOptions: both sides changed the same way.
    const saved = { ...util.inspect.defaultOptions };
    for (const change of [{ depth: 0 }, { breakLength: 40, compact: 1 }, { colors: true }]) {
      util.inspect.defaultOptions = change;
      ours.inspect.defaultOptions = change;
      const value = { a: { b: [range(12), 'xyz'] }, c: 'str' };
      check(`defaultOptions ${JSON.stringify(change)}`, util.inspect(value), ours.inspect(value));
      check(`defaultOptions format ${JSON.stringify(change)}`, util.format('%O', value), ours.format('%O', value));
      util.inspect.defaultOptions = saved;
      ours.inspect.defaultOptions = saved;
    }
    check('defaultOptions rejects non-object', 'threw', run(() => { ours.inspect.defaultOptions = 5; return 'no'; }).startsWith('<threw') ? 'threw' : 'no');

    // The public surface.
    check('inspect.custom', String(util.inspect.custom === ours.inspect.custom), 'true');
    check('inspect.colors keys', Object.keys(util.inspect.colors).join(), Object.keys(ours.inspect.colors).join());
    check('inspect.colors all names', Object.getOwnPropertyNames(util.inspect.colors).sort().join(), Object.getOwnPropertyNames(ours.inspect.colors).sort().join());
    check('inspect.colors values', JSON.stringify(Object.getOwnPropertyNames(util.inspect.colors).sort().map((k) => util.inspect.colors[k])),
      JSON.stringify(Object.getOwnPropertyNames(ours.inspect.colors).sort().map((k) => ours.inspect.colors[k])));
    check('inspect.styles', JSON.stringify(util.inspect.styles), JSON.stringify(ours.inspect.styles));
    check('defaultOptions keys', Object.keys(util.inspect.defaultOptions).join(), Object.keys(ours.inspect.defaultOptions).join());
    check('formatWithOptions rejects non-object', 'threw', run(() => ours.formatWithOptions(1, 'x')).startsWith('<threw') ? 'threw' : 'no');

    // A changed style is used.
    util.inspect.styles.number = 'red';
    ours.inspect.styles.number = 'red';
    check('changed style', util.inspect([1], { colors: true }), ours.inspect([1], { colors: true }));
    util.inspect.styles.number = 'yellow';
    ours.inspect.styles.number = 'yellow';
  }

  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main();

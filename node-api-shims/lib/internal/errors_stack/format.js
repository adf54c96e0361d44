'use strict';
// Formatting error stacks, and V8's CallSite objects: the part of
// internal/errors_stack that is loaded the first time a stack is read or
// captured (a script that never reads one does not pay for parsing it).
// See internal/errors_stack.js for the whole story.

const { stackFrames, frameSource, scriptSource, sha256 } = internalBinding('errors');
const { filePosition, wrapperPrefix, defineStack, ErrorPrepareStackTrace } = require('internal/errors_stack');


// --- Reading objects without running their code -------------------------

const { getPrototypeOf, getOwnPropertyDescriptor, getOwnPropertyNames } = Object;
let isProxy;
function proxy(value) {
  if (isProxy === undefined) isProxy = require('internal/util/types').isProxy;
  return isProxy(value);
}

// The own data property `key` of `obj`, or undefined (accessors count as
// absent: reading them would run code).
function dataProperty(obj, key) {
  const desc = getOwnPropertyDescriptor(obj, key);
  return desc !== undefined && 'value' in desc ? desc.value : undefined;
}

// The first data property `key` along the prototype chain.
function chainDataProperty(obj, key) {
  for (let o = obj; o !== null && !proxy(o); o = getPrototypeOf(o)) {
    const desc = getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
  }
  return undefined;
}

function functionName(fn) {
  const name = typeof fn === 'function' && !proxy(fn) ? dataProperty(fn, 'name') : undefined;
  return typeof name === 'string' ? name : '';
}

// V8's JSReceiver::GetConstructorName: the class an object was made by
// (its prototype's own `constructor`, unless that is plain Object), else
// its Symbol.toStringTag, else the `constructor` found along its chain.
function constructorName(obj) {
  if (proxy(obj)) return 'Object';
  if (typeof obj === 'function') return 'Function';
  const proto = getPrototypeOf(obj);
  if (proto !== null && !proxy(proto)) {
    const name = functionName(dataProperty(proto, 'constructor'));
    if (name !== '' && name !== 'Object') return name;
  }
  const tag = chainDataProperty(obj, Symbol.toStringTag);
  if (typeof tag === 'string' && tag !== '') return tag;
  const name = functionName(chainDataProperty(obj, 'constructor'));
  return name !== '' ? name : 'Object';
}

// Whether the property `key` (found from `obj`, along its chain if
// `chain`) holds `fn` as its value, getter or setter.
function holds(obj, key, fn, chain) {
  for (let o = obj; o !== null && !proxy(o); o = chain ? getPrototypeOf(o) : null) {
    const desc = getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) {
      return 'value' in desc ? desc.value === fn : desc.get === fn || desc.set === fn;
    }
  }
  return false;
}

// --- CallSite ----------------------------------------------------------

const FunctionPrototypeCall = Function.prototype.call;
const FunctionPrototypeApply = Function.prototype.apply;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;

// The functions of the language's own builtins (reachable from its
// standard globals, their prototypes and iterator prototypes): V8 shows
// their frames ("at Array.map (<anonymous>)"). runnel's host functions
// (the natives behind its bindings) have no counterpart frame in node.
let builtinFunctions;
function isBuiltin(fn) {
  if (builtinFunctions === undefined) {
    builtinFunctions = new WeakSet();
    const add = (obj) => {
      if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return;
      for (const key of Reflect.ownKeys(obj)) {
        const desc = getOwnPropertyDescriptor(obj, key);
        for (const value of [desc.value, desc.get, desc.set]) {
          if (typeof value === 'function') builtinFunctions.add(value);
        }
      }
    };
    const names = [
      'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'BigInt',
      'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
      'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Reflect',
      'Proxy', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry',
      'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Atomics', 'Intl', 'Int8Array',
      'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
      'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
      'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'eval', 'decodeURI',
      'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'unescape',
    ];
    for (const name of names) {
      const value = globalThis[name];
      if (typeof value === 'function') builtinFunctions.add(value);
      if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
        add(value);
        if (typeof value === 'function') add(value.prototype);
      }
    }
    add(getPrototypeOf(Int8Array));
    add(getPrototypeOf(Int8Array).prototype);
    for (const iterator of [[][Symbol.iterator](), new Map()[Symbol.iterator](),
      new Set()[Symbol.iterator](), ''[Symbol.iterator](), /a/[Symbol.matchAll]('a'),
      (function* generator() {})(), (async function* generator() {})()]) {
      add(getPrototypeOf(iterator));
      add(getPrototypeOf(getPrototypeOf(iterator)));
    }
  }
  return builtinFunctions.has(fn);
}

// Of the natives, the language's builtins show, except those V8 runs
// without a frame of their own (call, apply, Reflect.apply/construct);
// the engine's nameless ones (the job that resumes an async function) and
// runnel's host functions do not.
function shown(frame) {
  if (!frame.native) return true;
  const fn = frame.function;
  if (fn === undefined || functionName(fn) === '' || !isBuiltin(fn)) return false;
  return fn !== FunctionPrototypeCall && fn !== FunctionPrototypeApply &&
    fn !== ReflectApply && fn !== ReflectConstruct;
}

// Code given to eval() or made by Function(): no file of its own.
function isEvalFrame(frame) {
  return !frame.native && (frame.eval || frame.file === null);
}

// The engine's frame records of `err`, each knowing its error and index
// (for `frameSource`).
function framesOf(err) {
  const frames = stackFrames(err);
  if (frames) {
    for (const frame of frames) frame.owner = err;
  }
  return frames;
}

// Where each line of `text` starts, splitting as the engine's lexer does.
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 || c === 0x2028 || c === 0x2029) {
      starts.push(i + 1);
    }
  }
  return starts;
}

// The script a CallSite's frame ran ({ text, functionStart, starts }), or
// null for a builtin's frame; read on first use.
function sourceOf(entry) {
  if (entry.source === undefined) {
    const { frame } = entry;
    const source = frame.native || frame.owner === undefined ?
      undefined : frameSource(frame.owner, frame.index);
    entry.source = source === undefined ? null : { ...source, starts: lineStarts(source.text) };
  }
  return entry.source;
}

const kCreate = Symbol('kCreate');
const callSiteFrames = new WeakMap();

function frameOf(site, method) {
  const entry = callSiteFrames.get(site);
  if (entry === undefined) {
    throw new TypeError(`CallSite method ${method} expects CallSite as receiver`);
  }
  return entry;
}

// The receiver as V8 records it: sloppy functions see a missing `this` as
// the global object and a primitive one boxed.
function receiverOf(frame) {
  if (!frame.known) return undefined;
  const value = frame.this;
  if (frame.native || frame.strict) return value;
  if (value === undefined || value === null) return globalThis;
  return typeof value === 'object' || typeof value === 'function' ? value : Object(value);
}

// The global objects of the realms made for REPL contexts (see install).
const contextGlobals = new WeakSet();

function isToplevel(frame) {
  const receiver = receiverOf(frame);
  return receiver === undefined || receiver === null || receiver === globalThis || contextGlobals.has(receiver);
}

function functionNameOf(frame) {
  if (frame.function === undefined && isEvalFrame(frame)) return 'eval';
  const name = frame.function !== undefined ? functionName(frame.function) : '';
  if (name !== '') return name;
  return frame.function !== undefined && frame.name !== '' ? frame.name : null;
}

function fileNameOf(frame) {
  if (frame.native) return null;
  if (isEvalFrame(frame)) return undefined;
  return require('internal/modules/esm/registry').displayName(frame.file);
}

function columnOf(frame) {
  if (frame.native || frame.line === null || frame.column === null) return null;
  if (isEvalFrame(frame)) return frame.column;
  return filePosition(frame.file, frame.line, frame.column).column;
}

// "file:line:column", as V8's AppendFileLocation writes it.
function fileLocation(site) {
  let out = '';
  const name = site.getScriptNameOrSourceURL();
  if (typeof name !== 'string' && site.isEval()) out += `${site.getEvalOrigin()}, `;
  out += typeof name === 'string' && name !== '' ? name : '<anonymous>';
  const line = site.getLineNumber();
  if (line !== null) {
    out += `:${line}`;
    const column = site.getColumnNumber();
    if (column !== null) out += `:${column}`;
  }
  return out;
}

// Whether `fn` is a class constructor written as a class (V8 names a
// static method's frame after its class, not "Function"). Builtin
// constructors also have a read-only `prototype`, but are no classes.
function isClass(fn) {
  if (typeof fn !== 'function' || proxy(fn)) return false;
  const desc = getOwnPropertyDescriptor(fn, 'prototype');
  if (desc === undefined || desc.writable !== false) return false;
  return /^class\b/.test(Function.prototype.toString.call(fn));
}

// V8's AppendMethodCall: "Type.name [as method]". Getters and setters
// ("get x") and names inferred from a property path ("exports.f") go
// without the type.
function methodCall(site, receiver) {
  let typeName = site.getTypeName();
  if (isClass(receiver)) {
    const name = functionName(receiver);
    if (name !== '') typeName = name;
  }
  const methodName = site.getMethodName();
  const name = site.getFunctionName();
  let out = '';
  if (typeof name === 'string' && name !== '') {
    if (typeof typeName === 'string' && typeName !== '' && !name.startsWith(typeName) &&
        !name.startsWith('get ') && !name.startsWith('set ') && !name.includes('.')) {
      out += `${typeName}.`;
    }
    out += name;
    if (typeof methodName === 'string' && methodName !== '' &&
        name !== methodName && !name.endsWith(`.${methodName}`)) {
      out += ` [as ${methodName}]`;
    }
  } else {
    if (typeof typeName === 'string' && typeName !== '') out += `${typeName}.`;
    out += typeof methodName === 'string' && methodName !== '' ? methodName : '<anonymous>';
  }
  return out;
}

class CallSite {
  constructor(token, frame, caller, sealed) {
    if (token !== kCreate) throw new TypeError('Not supported');
    callSiteFrames.set(this, { frame, caller, sealed });
  }

  // Strict code's frames, and every frame further out, keep their
  // receiver and function to themselves (builtins count as strict).
  getThis() {
    const { frame, sealed } = frameOf(this, 'getThis');
    return sealed ? undefined : receiverOf(frame);
  }

  getTypeName() {
    const { frame } = frameOf(this, 'getTypeName');
    if (frame.construct || isToplevel(frame)) return null;
    return constructorName(Object(receiverOf(frame)));
  }

  getFunction() {
    const { frame, sealed } = frameOf(this, 'getFunction');
    return sealed ? undefined : frame.function;
  }

  getFunctionName() {
    return functionNameOf(frameOf(this, 'getFunctionName').frame);
  }

  // V8's CallSiteInfo::GetMethodName: the key under which the receiver
  // (or its chain) holds the function; null if none or several, and for
  // `new` calls.
  getMethodName() {
    const { frame } = frameOf(this, 'getMethodName');
    const receiver = receiverOf(frame);
    const fn = frame.function;
    if (frame.construct || receiver === undefined || receiver === null || fn === undefined) return null;
    const obj = Object(receiver);
    let name = functionName(fn);
    if (name.startsWith('get ') || name.startsWith('set ')) name = name.slice(4);
    if (name !== '' && holds(obj, name, fn, true)) return name;
    let found = null;
    for (let o = obj; o !== null && !proxy(o); o = getPrototypeOf(o)) {
      for (const key of getOwnPropertyNames(o)) {
        if (holds(o, key, fn, false)) {
          if (found !== null) return null;
          found = key;
        }
      }
    }
    return found;
  }

  getFileName() {
    return fileNameOf(frameOf(this, 'getFileName').frame);
  }

  getLineNumber() {
    const { frame } = frameOf(this, 'getLineNumber');
    return frame.native ? null : frame.line;
  }

  getColumnNumber() {
    return columnOf(frameOf(this, 'getColumnNumber').frame);
  }

  // "eval at f (file:line:column)": where the eval was called from (the
  // frame below this one).
  getEvalOrigin() {
    const { frame, caller } = frameOf(this, 'getEvalOrigin');
    if (!isEvalFrame(frame)) return undefined;
    if (caller === undefined) return 'eval at <anonymous>';
    const site = new CallSite(kCreate, caller, undefined, true);
    const name = functionNameOf(caller);
    return `eval at ${name !== null && name !== 'eval' ? name : '<anonymous>'} (${fileLocation(site)})`;
  }

  isToplevel() {
    return isToplevel(frameOf(this, 'isToplevel').frame);
  }

  isEval() {
    return isEvalFrame(frameOf(this, 'isEval').frame);
  }

  // V8 no longer calls any frame native.
  isNative() {
    frameOf(this, 'isNative');
    return false;
  }

  isConstructor() {
    return frameOf(this, 'isConstructor').frame.construct;
  }

  // The frames of async functions awaiting further out ("at async f"):
  // the engine does not record them, so no CallSite is one.
  isAsync() {
    frameOf(this, 'isAsync');
    return false;
  }

  isPromiseAll() {
    frameOf(this, 'isPromiseAll');
    return false;
  }

  getPromiseIndex() {
    frameOf(this, 'getPromiseIndex');
    return null;
  }

  getScriptNameOrSourceURL() {
    return fileNameOf(frameOf(this, 'getScriptNameOrSourceURL').frame);
  }

  // V8's hash of the script's source: SHA-256 of its text, in hex.
  getScriptHash() {
    const entry = frameOf(this, 'getScriptHash');
    const { frame } = entry;
    if (frame.native) return '';
    let text = isEvalFrame(frame) ? undefined : scriptSource(frame.file);
    if (text === undefined) {
      const source = sourceOf(entry);
      if (source === null) return '';
      text = source.text;
    }
    return sha256(text);
  }

  // The offset of the frame's position in its script's text.
  getPosition() {
    const entry = frameOf(this, 'getPosition');
    const { frame } = entry;
    const source = sourceOf(entry);
    if (source === null || frame.line === null || frame.column === null) return 0;
    const start = source.starts[frame.line - 1];
    if (start === undefined) return 0;
    const prefix = isEvalFrame(frame) ? 0 : wrapperPrefix(frame.file);
    return Math.max(0, start + frame.column - 1 - prefix);
  }

  getEnclosingLineNumber() {
    const position = enclosingPosition(frameOf(this, 'getEnclosingLineNumber'));
    return position === null ? null : position.line;
  }

  getEnclosingColumnNumber() {
    const position = enclosingPosition(frameOf(this, 'getEnclosingColumnNumber'));
    return position === null ? null : position.column;
  }

  // V8's SerializeJSStackFrame: the frame as the stack string shows it.
  toString() {
    const { frame } = frameOf(this, 'toString');
    let out;
    if (frame.construct) {
      const name = functionNameOf(frame);
      out = `new ${name !== null && name !== '' ? name : '<anonymous>'}`;
    } else if (!isToplevel(frame)) {
      out = methodCall(this, receiverOf(frame));
    } else {
      const name = functionNameOf(frame);
      if (name === null || name === '') return fileLocation(this);
      out = name;
    }
    return `${out} (${fileLocation(this)})`;
  }
}

// Where the function of a CallSite's frame starts (its script's start for
// top-level code), as { line, column }; null for a builtin's frame.
function enclosingPosition(entry) {
  const { frame } = entry;
  if (frame.native) return null;
  const source = sourceOf(entry);
  const prefix = isEvalFrame(frame) ? 0 : wrapperPrefix(frame.file);
  const offset = source === null ? null : source.functionStart;
  // The CommonJS wrapper is the module's top level.
  if (offset === null || offset < prefix) return { line: 1, column: 1 };
  const { starts } = source;
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  let column = offset - starts[line] + 1;
  if (line === 0) column -= prefix;
  return { line: line + 1, column };
}

// CallSite objects for the frames the engine recorded (innermost first).
function callSitesOf(frames) {
  const sites = [];
  let sealed = false;
  for (let i = 0; i < frames.length; i++) {
    if (!shown(frames[i])) continue;
    sealed = sealed || frames[i].strict;
    sites.push(new CallSite(kCreate, frames[i], frames[i + 1], sealed));
  }
  return sites;
}

// --- Formatting --------------------------------------------------------

// Node's defaultPrepareStackTrace.
function defaultPrepareStackTrace(error, trace) {
  const { kIsNodeError } = require('internal/errors');
  const errorString = kIsNodeError in error ?
    `${error.name} [${error.code}]: ${error.message}` :
    Error.prototype.toString.call(error);
  if (trace.length === 0) return errorString;
  return `${errorString}\n    at ${trace.join('\n    at ')}`;
}

// A script's Error.prepareStackTrace, or undefined for node's formatting.
function userHook() {
  const hook = Error.prepareStackTrace;
  return typeof hook === 'function' && hook !== ErrorPrepareStackTrace ? hook : undefined;
}

// V8 formats a stack once at a time: a stack read while a script's
// prepareStackTrace runs gets node's formatting.
let formatting = false;

// The value of `err.stack` for `frames`: the script's hook's result, or
// node's string.
function format(err, frames) {
  const sites = callSitesOf(frames);
  const hook = formatting ? undefined : userHook();
  if (hook === undefined) return defaultPrepareStackTrace(err, sites);
  formatting = true;
  try {
    return Reflect.apply(hook, Error, [err, sites]);
  } finally {
    formatting = false;
  }
}

// The getter of `Error.prototype.stack`: the first read formats it.
function readStack(err) {
  const frames = framesOf(err);
  if (frames === undefined) return undefined;
  // An error made while Error.stackTraceLimit was not a number.
  if (frames === null) {
    defineStack(err, undefined);
    return undefined;
  }
  const value = format(err, frames);
  if (!formatting) defineStack(err, value);
  return value;
}

// Error.captureStackTrace(obj, constructorOpt); `self` is the installed
// function, whose frame and those below it are left out, and `Error` the
// constructor it was installed on (a REPL context has its own).
function captureStackTrace(obj, constructorOpt, self, Error) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw new TypeError('Invalid argument');
  }
  if (!Object.isExtensible(obj) && !Object.prototype.hasOwnProperty.call(obj, 'stack')) {
    throw new TypeError('Cannot define property stack, object is not extensible');
  }
  const limit = Error.stackTraceLimit;
  if (typeof limit !== 'number') {
    defineStack(obj, undefined);
    return;
  }
  // Record every frame, then keep those above constructorOpt.
  const limitDesc = getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  let holder;
  if (limitDesc !== undefined && limitDesc.writable) {
    Error.stackTraceLimit = Infinity;
    try {
      holder = new Error();
    } finally {
      Error.stackTraceLimit = limit;
    }
  } else {
    holder = new Error();
  }
  let frames = framesOf(holder) || [];
  let i = frames.findIndex((f) => f.function === self);
  frames = frames.slice(i + 1);
  if (typeof constructorOpt === 'function') {
    i = frames.findIndex((f) => f.function === constructorOpt);
    frames = i === -1 ? [] : frames.slice(i + 1);
  }
  frames = frames.filter(shown).slice(0, Math.max(0, Math.floor(limit)));
  Object.defineProperty(obj, 'stack', {
    configurable: true,
    enumerable: false,
    get: function stack() {
      const value = format(obj, frames);
      if (!formatting) defineStack(obj, value);
      return value;
    },
    set: function stack(value) {
      defineStack(obj, value);
    },
  });
}

// A REPL context's global (a realm of its own) counts as a global receiver.
function addContextGlobal(global) {
  contextGlobals.add(global);
}

module.exports = { readStack, captureStackTrace, defaultPrepareStackTrace, addContextGlobal };

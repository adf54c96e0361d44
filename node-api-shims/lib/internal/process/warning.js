'use strict';
// process.emitWarning and the default 'warning' listener, which prints
//   (node:PID) [CODE] Name: message
//   (Use `node --trace-warnings ...` to show where the warning was created)
// to stderr (the second line once per process), unless --no-warnings.

const { codes, validateString } = require('internal/errors');
const options = internalBinding('options');

let traceHintShown = false;

function setup(process) {
  process.emitWarning = emitWarning;
  // As in node, these exist (read-only, true) only when their flag is
  // given; a script may also set process.noDeprecation itself.
  for (const name of ['noDeprecation', 'throwDeprecation', 'traceDeprecation']) {
    if (options[name] === 'true') {
      Object.defineProperty(process, name, { value: true, writable: false, enumerable: true, configurable: true });
    }
  }
  if (options.noWarnings !== 'true') process.on('warning', onWarning);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, detail);
  } else if (!(warning instanceof Error)) {
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown on the next tick, after the warnings emitted before it.
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

// Each experimental feature warns once per process:
//   ExperimentalWarning: <feature> is an experimental feature and might change at any time
const experimentalWarned = new Set();

function emitExperimentalWarning(feature, messagePrefix, code, ctor) {
  if (experimentalWarned.has(feature)) return;
  experimentalWarned.add(feature);
  let msg = `${feature} is an experimental feature and might change at any time`;
  if (messagePrefix) msg = messagePrefix + msg;
  process.emitWarning(msg, 'ExperimentalWarning', code, ctor);
}

function createWarningObject(message, type = 'Warning', code, detail) {
  const warning = new Error(message);
  warning.name = String(type);
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  return warning;
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = options.traceWarnings === 'true' || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    const argv0 = String(process.argv0 || 'node').replace(/^.*\//, '').replace(/\.exe$/, '');
    msg += `\n(Use \`${argv0} ${isDeprecation ? '--trace-deprecation' : '--trace-warnings'} ...\` to show where the warning was created)`;
  }
  process.stderr.write(`${msg}\n`);
}

module.exports = { setup, emitWarning, createWarningObject, emitExperimentalWarning };

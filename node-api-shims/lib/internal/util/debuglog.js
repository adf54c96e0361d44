'use strict';
// util.debuglog(section): loggers switched on by the NODE_DEBUG environment
// variable as it was when the process started (bootstrap hands it to
// initializeDebugEnv; later changes to process.env have no effect).
// NODE_DEBUG is a comma-separated list of section names, matched
// case-insensitively, where `*` stands for any run of characters.
// An enabled logger writes `SECTION <pid>: message` to stderr.

// inspect (the formatting) is loaded when an enabled logger first logs.

let isEnabled = () => false;
// One implementation per (uppercased) section, made on its first use.
let impls = { __proto__: null };

function initializeDebugEnv(debugEnv) {
  impls = { __proto__: null };
  if (!debugEnv) {
    isEnabled = () => false;
    return;
  }
  // Each name becomes an anchored alternative: regex characters escaped,
  // `*` widened to `.*`. Only commas separate names; spaces stay literal.
  const alternatives = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
    .replaceAll('*', '.*')
    .replaceAll(',', '$|^');
  const pattern = new RegExp(`^${alternatives}$`, 'i');
  isEnabled = (section) => pattern.exec(section) !== null;
}

// HTTP and HTTP2 logs may contain secrets: node warns when they are on.
function warnIfSensitive(section) {
  if (section === 'HTTP' || section === 'HTTP2') {
    process.emitWarning('Setting the NODE_DEBUG environment variable ' +
      `to '${section.toLowerCase()}' can expose sensitive ` +
      'data (such as passwords, tokens and authentication headers) ' +
      'in the resulting log.');
  }
}

function noop() {}

function implFor(enabled, section) {
  if (impls[section] === undefined) {
    if (enabled) {
      warnIfSensitive(section);
      impls[section] = function debug(...args) {
        const { formatWithOptions, format } = require('internal/util/inspect');
        const colors = require('internal/util/colors').shouldColorize(process.stderr);
        const message = formatWithOptions({ colors }, ...args);
        process.stderr.write(format('%s %i: %s\n', section, process.pid, message));
      };
    } else {
      impls[section] = noop;
    }
  }
  return impls[section];
}

// The logger is cheap to create: the section is tested against NODE_DEBUG
// only when the logger is first called or its `.enabled` is read. On the
// first call, `cb` receives the function that does the logging (a no-op
// when the section is off).
function debuglog(section, cb) {
  let enabled;
  function resolve() {
    section = String.prototype.toUpperCase.call(section);
    enabled = isEnabled(section);
  }
  let debug = (...args) => {
    resolve();
    debug = implFor(enabled, section);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    resolve();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog, initializeDebugEnv };

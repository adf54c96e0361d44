'use strict';
// The plain properties and methods of `process`: identity (argv, pid,
// platform, versions), the environment, the clock, memory, the working
// directory, the standard streams and `exit`.

const binding = internalBinding('process');
const {
  codes, validateString, validateInteger, validateNumber, validateUint32, uvException, errnoException,
  nativeError, uvErrmapGet, validateArray, posixErrnoException,
} = require('internal/errors');

const NODE_VERSION = '20.20.2';
const RUNNEL_VERSION = '0.1.0';

function setup(process) {
  const ro = (name, value) => Object.defineProperty(process, name, {
    value, writable: true, configurable: true, enumerable: true,
  });
  ro('version', `v${NODE_VERSION}`);
  ro('versions', Object.freeze({ node: NODE_VERSION, runnel: RUNNEL_VERSION, boa: '0.22.0' }));
  ro('arch', binding.arch);
  ro('platform', binding.platform);
  ro('release', Object.freeze({ name: 'node' }));
  // How this runnel binary was built, in node's shape (node reports its
  // own configure options here).
  ro('config', deepFreeze({
    target_defaults: { default_configuration: binding.buildProfile },
    variables: {
      host_arch: binding.arch,
      target_arch: binding.arch,
      runnel_version: RUNNEL_VERSION,
      node_version_followed: NODE_VERSION,
      js_engine: 'boa',
    },
  }));
  ro('argv', binding.argv);
  ro('execArgv', binding.execArgv);
  ro('execPath', binding.execPath);
  ro('pid', binding.pid);
  ro('ppid', binding.ppid);
  ro('title', internalBinding('options').title ?? 'runnel');
  Object.defineProperty(process, 'argv0', {
    value: binding.argv0, writable: false, configurable: true, enumerable: true,
  });
  ro('env', makeEnv(binding.env));

  process.cwd = function cwd() { return binding.cwd(); };
  process.chdir = function chdir(directory) {
    validateString(directory, 'directory');
    const from = binding.cwd();
    const failed = binding.chdir(directory);
    if (failed !== undefined) {
      throw uvException({ code: failed[0], errno: failed[1], syscall: 'chdir', path: from, dest: directory });
    }
  };
  process.uptime = function uptime() { return binding.uptime(); };
  process.hrtime = hrtime;
  hrtime.bigint = function bigint() { return binding.hrtimeBigInt(); };
  process.memoryUsage = function memoryUsage() { return binding.memoryUsage(); };
  process.memoryUsage.rss = function rss() { return binding.rss(); };

  // exitCode: undefined until set; validated as Node 20 does.
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    configurable: false,
    enumerable: true,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        validateInteger(value, 'code');
      }
      exitCode = code;
    },
  });
  process._exiting = false;
  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    binding.reallyExit(exitCodeNumber(process.exitCode));
  };
  process.reallyExit = (code) => binding.reallyExit(exitCodeNumber(code));
  process.abort = function abort() { binding.abort(); };
  process.loadEnvFile = loadEnvFile;
  process.cpuUsage = cpuUsage;
  process.kill = kill;
  process.umask = umask;
  process.resourceUsage = resourceUsage;
  process.constrainedMemory = function constrainedMemory() { return binding.constrainedMemory(); };
  process.availableMemory = function availableMemory() { return binding.availableMemory(); };
  process._rawDebug = _rawDebug;
  process.getBuiltinModule = getBuiltinModule;
  process.getActiveResourcesInfo = getActiveResourcesInfo;
  setupCredentials(process);
  defineFeatures(process);
  // Built on first read; assigning replaces it with the value assigned.
  Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
    get() {
      process.allowedNodeEnvironmentFlags = buildAllowedFlags();
      return process.allowedNodeEnvironmentFlags;
    },
    set(value) {
      Object.defineProperty(this, 'allowedNodeEnvironmentFlags', {
        value, configurable: true, enumerable: true, writable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });

  require('internal/process/stdio').setup(process);
}

// process.cpuUsage([previous]) → { user, system } in microseconds.
// Reads a `.env` file into process.env; variables already set win.
function loadEnvFile(path = undefined) {
  if (path === undefined || path === null) {
    path = '.env';
  } else if (typeof path !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  const entries = internalBinding('dotenv').readFile(path);
  if (typeof entries === 'number') {
    throw uvException({ errno: entries, code: uvErrmapGet(entries)?.[0], syscall: 'open', path });
  }
  if (entries === null) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', `Contents of '${path}' should be a valid string.`);
  }
  for (const key of Object.keys(entries)) {
    if (process.env[key] === undefined) process.env[key] = entries[key];
  }
}

function deepFreeze(obj) {
  for (const value of Object.values(obj)) {
    if (value !== null && typeof value === 'object') deepFreeze(value);
  }
  return Object.freeze(obj);
}

function cpuUsage(prevValue) {
  const [user, system] = binding.cpuUsage();
  if (prevValue !== undefined) {
    if (prevValue === null || typeof prevValue !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('prevValue', 'object', prevValue);
    }
    for (const key of ['user', 'system']) {
      const v = prevValue[key];
      if (typeof v !== 'number') {
        throw new codes.ERR_INVALID_ARG_TYPE(`prevValue.${key}`, 'number', v);
      }
      if (!(v >= 0 && Number.isFinite(v))) {
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, v);
      }
    }
    return { user: user - prevValue.user, system: system - prevValue.system };
  }
  return { user, system };
}

// process.resourceUsage(): getrusage(2) with node's names; CPU times in
// microseconds, maxRSS in kilobytes.
const kResourceUsageFields = [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize', 'unsharedStackSize',
  'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent', 'ipcReceived',
  'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches',
];
function resourceUsage() {
  const values = binding.resourceUsage();
  const usage = {};
  for (let i = 0; i < kResourceUsageFields.length; i++) usage[kResourceUsageFields[i]] = values[i];
  return usage;
}

// Formats like console.log and writes to stderr at once, bypassing
// process.stderr (node keeps it for debugging its own internals).
function _rawDebug(...args) {
  const { format } = require('internal/util/inspect');
  binding.writeStderr(`${format(...args)}\n`);
}

// process.allowedNodeEnvironmentFlags: a frozen, read-only Set of the
// options runnel accepts in NODE_OPTIONS (fewer than node's). Its has()
// is node's: it ignores the leading dashes' absence, reads '_' as '-'
// and, for a flag given with dashes, drops an `=value`.
const kInternal = Symbol('internal properties');

function buildAllowedFlags() {
  const flags = binding.allowedEnvFlags.slice();
  // For keys given without leading dashes.
  const bareFlags = flags.map((flag) => flag.replace(/^--?/, ''));

  class NodeEnvironmentFlagsSet extends Set {
    constructor(array) {
      super();
      this[kInternal] = { array };
    }

    add() {
      return this;
    }

    delete() {
      return false;
    }

    clear() {}

    has(key) {
      if (typeof key !== 'string') return false;
      key = key.replace(/_/g, '-');
      if (/^--?/.test(key)) {
        return this[kInternal].array.includes(key.replace(/=.*$/, ''));
      }
      return bareFlags.includes(key);
    }

    entries() {
      this[kInternal].set ??= new Set(this[kInternal].array);
      return this[kInternal].set.entries();
    }

    forEach(callback, thisArg = undefined) {
      this[kInternal].array.forEach((v) => Reflect.apply(callback, thisArg, [v, v, this]));
    }

    get size() {
      return this[kInternal].array.length;
    }

    values() {
      this[kInternal].set ??= new Set(this[kInternal].array);
      return this[kInternal].set.values();
    }
  }
  const { values } = NodeEnvironmentFlagsSet.prototype;
  Object.defineProperty(NodeEnvironmentFlagsSet.prototype, Symbol.iterator, { value: values });
  Object.defineProperty(NodeEnvironmentFlagsSet.prototype, 'keys', { value: values });
  Object.freeze(NodeEnvironmentFlagsSet.prototype.constructor);
  Object.freeze(NodeEnvironmentFlagsSet.prototype);
  return Object.freeze(new NodeEnvironmentFlagsSet(flags));
}

// process.getBuiltinModule('fs') / ('node:fs'): the builtin's exports, or
// undefined for an id that names no builtin (runnel has no builtins that
// exist only with the `node:` scheme, such as node:test).
function getBuiltinModule(id) {
  validateString(id, 'id');
  const name = id.startsWith('node:') ? id.slice(5) : id;
  return require.canBeRequiredByUsers(name) ? require(name) : undefined;
}

// The names of what keeps the loop alive: a 'Timeout' per ref'd timer,
// an 'Immediate' per ref'd immediate. (Node also lists its libuv handles
// and requests, e.g. 'TTYWrap' or 'PipeWrap' once process.stdout is used;
// runnel writes stdio synchronously, without a handle.)
function getActiveResourcesInfo() {
  const [timeouts, immediates] = require('internal/timers').refedCounts();
  return [...new Array(timeouts).fill('Timeout'), ...new Array(immediates).fill('Immediate')];
}

// process.features: what this runtime has, in node's shape. runnel has
// no inspector, no TLS and no sockets (so no IPv6); its builtins are
// compiled from source on first use, without a code cache. `uv` stands
// for the event loop (runnel's own, in libuv's role).
function defineFeatures(process) {
  const features = {
    inspector: false,
    debug: binding.buildProfile === 'Debug',
    uv: true,
    ipv6: false,
    tls_alpn: false,
    tls_sni: false,
    tls_ocsp: false,
    tls: false,
    get cached_builtins() {
      return false;
    },
    get require_module() {
      return internalBinding('options').requireModule !== 'false';
    },
  };
  Object.defineProperty(process, 'features', {
    enumerable: true, writable: false, configurable: false, value: features,
  });
}

// The user and group ids: getters, and the setters with node's argument
// checks (a uint32 or a name) and errors (ERR_UNKNOWN_CREDENTIAL for an
// unknown name, the system call's errno otherwise).
function setupCredentials(process) {
  const credentials = internalBinding('credentials');
  process.getuid = credentials.getuid;
  process.geteuid = credentials.geteuid;
  process.getgid = credentials.getgid;
  process.getegid = credentials.getegid;
  process.getgroups = function getgroups() {
    return checkCall(credentials.getgroups(), 'getgroups');
  };

  function validateId(id, name) {
    if (typeof id === 'number') {
      validateUint32(id, name);
    } else if (typeof id !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
    }
  }
  // A `{ errno, message }` result is a failed system call.
  function checkCall(result, syscall) {
    if (result !== null && typeof result === 'object' && !Array.isArray(result)) {
      throw posixErrnoException(result.errno, syscall, result.message);
    }
    return result;
  }
  // As node's, these functions are anonymous.
  const idSetter = (type, set, syscall) => (0, function(id) {
    validateId(id, 'id');
    if (typeof id === 'number') id >>>= 0;
    if (checkCall(set(id), syscall) === 1) throw new codes.ERR_UNKNOWN_CREDENTIAL(type, id);
  });
  process.initgroups = function initgroups(user, extraGroup) {
    validateId(user, 'user');
    validateId(extraGroup, 'extraGroup');
    const result = checkCall(credentials.initgroups(user, extraGroup), 'initgroups');
    if (result === 1) throw new codes.ERR_UNKNOWN_CREDENTIAL('User', user);
    if (result === 2) throw new codes.ERR_UNKNOWN_CREDENTIAL('Group', extraGroup);
  };
  process.setgroups = function setgroups(groups) {
    validateArray(groups, 'groups');
    for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
    const result = checkCall(credentials.setgroups(groups), 'setgroups');
    if (result > 0) throw new codes.ERR_UNKNOWN_CREDENTIAL('Group', groups[result - 1]);
  };
  process.setegid = idSetter('Group', credentials.setegid, 'setegid');
  process.seteuid = idSetter('User', credentials.seteuid, 'seteuid');
  process.setgid = idSetter('Group', credentials.setgid, 'setgid');
  process.setuid = idSetter('User', credentials.setuid, 'setuid');
}

// process.kill(pid[, signal]): signal name or number, default SIGTERM.
function kill(pid, sig = 'SIGTERM') {
  if (typeof pid !== 'number' || pid !== pid) {
    throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  }
  let signum;
  if (typeof sig === 'number') {
    signum = sig;
  } else if (typeof sig === 'string' && binding.signals[sig] !== undefined) {
    signum = binding.signals[sig];
  } else {
    throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  }
  const rc = binding.kill(pid, signum);
  if (rc !== 0) throw errnoException(rc, 'kill');
  return true;
}

// process.umask([mask]): mask as a number or an octal string.
function umask(mask) {
  if (mask === undefined) return binding.umask();
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new codes.ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  }
  validateUint32(mask, 'mask');
  return binding.umask(mask);
}

function exitCodeNumber(code) {
  if (code === undefined || code === null) return 0;
  return (+code) | 0;
}

function hrtime(time) {
  const now = internalBinding('process').hrtime();
  if (time !== undefined) {
    if (!Array.isArray(time)) {
      throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', time);
    }
    if (time.length !== 2) {
      throw new codes.ERR_OUT_OF_RANGE('time', 2, time.length);
    }
    let sec = now[0] - time[0];
    let nsec = now[1] - time[1];
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
    return [sec, nsec];
  }
  return now;
}

// process.env: every value stored is a string. A Proxy over a plain object
// keeps the object itself (what util.inspect shows) in step.
// A name that POSIX setenv() refuses ('', or one with '=', such as the
// '=C:' variables Windows keeps) is silently not stored, as in node.
function makeEnv(store) {
  const settable = (key) => typeof key !== 'string' || (key !== '' && !key.includes('='));
  return new Proxy(store, {
    set(target, key, value) {
      if (settable(key)) target[key] = `${value}`;
      return true;
    },
    defineProperty(target, key, desc) {
      if ('value' in desc) {
        if (settable(key)) target[key] = `${desc.value}`;
        return true;
      }
      throw new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(`'process.env' only accepts a configurable, writable, and enumerable data descriptor`);
    },
    deleteProperty(target, key) {
      delete target[key];
      return true;
    },
  });
}

module.exports = { setup, validateNumber };

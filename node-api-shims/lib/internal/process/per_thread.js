'use strict';
// The plain properties and methods of `process`: identity (argv, pid,
// platform, versions), the environment, the clock, memory, the working
// directory, the standard streams and `exit`.

const binding = internalBinding('process');
const {
  codes, validateString, validateInteger, validateNumber, validateUint32, uvException, errnoException,
  nativeError, uvErrmapGet,
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

'use strict';
// The `os` module: facts about the machine, from the real system through
// `internalBinding('os')` (uname, /proc, getpwuid_r, getifaddrs,
// get/setpriority). Failures are node's `ERR_SYSTEM_ERROR`.

const binding = internalBinding('os');
const {
  codes: { ERR_SYSTEM_ERROR }, validateInt32, uvErrmapGet,
} = require('internal/errors');

function systemError(errno, syscall) {
  const [code, message] = uvErrmapGet(errno) || ['UNKNOWN', 'unknown error'];
  return new ERR_SYSTEM_ERROR({ errno, code, message, syscall });
}

function unameField(i, syscall) {
  const u = binding.uname();
  if (typeof u === 'number') throw systemError(u, syscall);
  return u[i];
}

const hostname = () => unameField(1, 'uv_os_gethostname');
const type = () => unameField(0, 'uv_os_uname');
const release = () => unameField(2, 'uv_os_uname');
const version = () => unameField(3, 'uv_os_uname');
const machine = () => unameField(4, 'uv_os_uname');
const arch = () => process.arch;
const platform = () => process.platform;
const endianness = () => 'LE';
const totalmem = () => binding.totalMemory();
const freemem = () => binding.freeMemory();
const uptime = () => binding.uptime();
const loadavg = () => binding.loadavg();
const availableParallelism = () => binding.availableParallelism();

function homedir() {
  const home = process.env.HOME;
  if (home) return home;
  const info = binding.userInfo();
  if (typeof info === 'number') throw systemError(info, 'uv_os_homedir');
  return info[3];
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function cpus() {
  const flat = binding.cpus();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return out;
}

function userInfo(options = undefined) {
  const info = binding.userInfo();
  if (typeof info === 'number') throw systemError(info, 'uv_os_get_passwd');
  const [uid, gid, username, homedir, shell] = info;
  const asBuffer = options !== null && typeof options === 'object' && options.encoding === 'buffer';
  const enc = (s) => (asBuffer ? require('buffer').Buffer.from(s) : s);
  return { __proto__: null, uid, gid, username: enc(username), homedir: enc(homedir), shell: enc(shell) };
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  const prio = binding.getPriority(pid);
  if (Array.isArray(prio)) throw systemError(prio[0], 'uv_os_getpriority');
  return prio;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const rc = binding.setPriority(pid, priority);
  if (rc !== 0) throw systemError(rc, 'uv_os_setpriority');
}

// How many leading one bits a netmask has (IPv4 dotted or IPv6 colons).
function prefixLength(netmask, family) {
  let bits = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) bits += countOnes(Number(part));
  } else {
    for (const part of netmask.split(':')) if (part !== '') bits += countOnes(parseInt(part, 16));
  }
  return bits;
}

function countOnes(n) {
  let c = 0;
  for (; n; n >>>= 1) c += n & 1;
  return c;
}

function networkInterfaces() {
  const flat = binding.networkInterfaces();
  if (typeof flat === 'number') throw systemError(flat, 'uv_interface_addresses');
  const result = {};
  for (let i = 0; i < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = flat.slice(i, i + 7);
    const entry = { address, netmask, family, mac, internal, cidr: `${address}/${prefixLength(netmask, family)}` };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (result[name] ??= []).push(entry);
  }
  return result;
}

// Constants: null-prototype objects, as node has them.
const nullObject = (entries) => Object.assign({ __proto__: null }, entries);
const errnoPairs = binding.errnoConstants();
const errno = { __proto__: null };
for (let i = 0; i < errnoPairs.length; i += 2) errno[errnoPairs[i]] = errnoPairs[i + 1];
const signals = { __proto__: null };
for (const [name, num] of Object.entries(internalBinding('process').signals)) signals[name] = num;
const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: nullObject({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno,
  signals,
  priority: nullObject({
    PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
  }),
};

// `${os.hostname}` gives the value, as in node.
for (const fn of [arch, availableParallelism, endianness, freemem, homedir, hostname, platform, release,
  tmpdir, totalmem, type, uptime, version, machine]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch, availableParallelism, cpus, endianness, freemem, getPriority, homedir, hostname, loadavg,
  networkInterfaces, platform, release, setPriority, tmpdir, totalmem, type, userInfo, uptime, version, machine,
};
Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});

'use strict';
// process.stdout and process.stderr: Writable streams, created on first
// access (as in node, so a script that never touches them never loads the
// stream machinery). Writes are synchronous, as node's are for files,
// TTYs and (on Linux) pipes: each `_write` hands the bytes to the host's
// writer and completes at once, so write callbacks, 'drain' and 'finish'
// follow the Writable rules for synchronous completion. As in node, the
// file descriptor is never closed: end() and destroy() emit their events,
// then the stream is made usable again.

const binding = internalBinding('process');

let Writable;
let SyncWriteStream;

// node's SyncWriteStream (what it uses for stdio on files): a Writable
// whose writes go straight to the descriptor.
function defineSyncWriteStream() {
  Writable = require('stream').Writable;
  function SyncWriteStream(fd, write, options) {
    Writable.call(this, { autoDestroy: true });
    this.fd = fd;
    this.readable = false;
    this.autoClose = options?.autoClose === undefined ? true : options.autoClose;
    Object.defineProperty(this, kWrite, { __proto__: null, value: write });
  }
  Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(SyncWriteStream, Writable);
  SyncWriteStream.prototype._write = function(chunk, encoding, cb) {
    this[kWrite](chunk);
    cb();
  };
  SyncWriteStream.prototype._destroy = function(err, cb) {
    // Standard streams are created with autoClose false; the host owns
    // the descriptor either way.
    this.fd = null;
    cb(err);
  };
  SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;
  return SyncWriteStream;
}

const kWrite = Symbol('kWrite');

// The stdio streams survive end()/destroy(): report completion, then undo
// the destruction (node's dummyDestroy).
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    process.nextTick(() => {
      this.emit('close');
    });
  }
}

// What a terminal's write stream (node's tty.WriteStream) tells about the
// terminal: isTTY, its size and how many colours it shows. The size is
// read when the stream is made and again on SIGWINCH (_refreshSize, which
// emits 'resize' when it changed).
function addTerminalProperties(stream, fd) {
  const { getColorDepth, hasColors } = require('internal/tty');
  stream.isTTY = true;
  const size = internalBinding('tty_wrap').getWindowSize(fd);
  if (Array.isArray(size)) [stream.columns, stream.rows] = size;
  stream.getColorDepth = getColorDepth;
  stream.hasColors = hasColors;
  stream.getWindowSize = function getWindowSize() { return [stream.columns, stream.rows]; };
  stream._refreshSize = refreshSize;
}

function refreshSize() {
  const size = internalBinding('tty_wrap').getWindowSize(this.fd);
  if (!Array.isArray(size)) {
    this.emit('error', require('internal/errors').errnoException(size, 'getWindowSize'));
    return;
  }
  const [columns, rows] = size;
  if (this.columns !== columns || this.rows !== rows) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

function createWritableStdioStream(fd, write, isTTY) {
  SyncWriteStream ??= defineSyncWriteStream();
  const stream = new SyncWriteStream(fd, write, { autoClose: false });
  if (isTTY) addTerminalProperties(stream, fd);
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  return stream;
}

let stdout;
let stderr;

// A terminal's stream follows the window's size: node listens for
// SIGWINCH (an unref'd signal watcher) once the stream exists.
function getStdout() {
  if (stdout) return stdout;
  stdout = createWritableStdioStream(1, binding.writeStdout, binding.stdoutIsTTY);
  if (stdout.isTTY) process.on('SIGWINCH', () => stdout._refreshSize());
  return stdout;
}

function getStderr() {
  if (stderr) return stderr;
  stderr = createWritableStdioStream(2, binding.writeStderr, binding.stderrIsTTY);
  if (stderr.isTTY) process.on('SIGWINCH', () => stderr._refreshSize());
  return stderr;
}

function defineStream(process, name, getter) {
  Object.defineProperty(process, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get: getter,
  });
}

let stdin;

// process.stdin (internal/process/stdin), also created on first access.
function getStdin() {
  stdin ??= require('internal/process/stdin').createStdin();
  return stdin;
}

function setup(process) {
  defineStream(process, 'stdout', getStdout);
  defineStream(process, 'stderr', getStderr);
  defineStream(process, 'stdin', getStdin);
}

// What the global console writes to for fd 1 or 2. While the stream was
// never created (and process.stdout/stderr is still ours), nothing can
// observe the difference, so text goes straight to the host writer
// without loading the stream modules. Otherwise everything (write, and the
// 'error' listeners console adds to ignore write errors) goes to whatever
// process.stdout/stderr is.
function consoleStream(fd) {
  const name = fd === 1 ? 'stdout' : 'stderr';
  const getter = fd === 1 ? getStdout : getStderr;
  const direct = () => (fd === 1 ? stdout : stderr) === undefined &&
    Object.getOwnPropertyDescriptor(process, name)?.get === getter;
  return {
    write(chunk, callback) {
      if (direct()) {
        if (fd === 1) binding.writeStdout(chunk);
        else binding.writeStderr(chunk);
        return true;
      }
      return process[name].write(chunk, callback);
    },
    listenerCount(event) {
      if (direct()) return 0;
      const stream = process[name];
      return typeof stream.listenerCount === 'function' ? stream.listenerCount(event) : 0;
    },
    once(event, listener) {
      if (!direct() && typeof process[name].once === 'function') process[name].once(event, listener);
      return this;
    },
    removeListener(event, listener) {
      if (!direct() && typeof process[name].removeListener === 'function') {
        process[name].removeListener(event, listener);
      }
      return this;
    },
    get _writableState() {
      return direct() ? undefined : process[name]._writableState;
    },
    // Colour decisions (shouldColorize): a terminal's stream is created to
    // answer them; anything else is not a TTY.
    get isTTY() {
      const isTTY = fd === 1 ? binding.stdoutIsTTY : binding.stderrIsTTY;
      return direct() && !isTTY ? undefined : process[name].isTTY;
    },
    get getColorDepth() {
      const stream = process[name];
      return typeof stream.getColorDepth === 'function' ? stream.getColorDepth.bind(stream) : undefined;
    },
  };
}

module.exports = { setup, consoleStream };

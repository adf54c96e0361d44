'use strict';
// process.stdin: a Readable over fd 0, created on first access and paused
// until something reads it. A pipe or terminal is read on the event loop
// when it has data (no thread blocks on it); a file (or /dev/null) is read
// on the thread pool, 64 KiB at a time, as node's fs.ReadStream does.
// Like node's, it keeps the process alive only while it is being read
// (flowing, or a read() is waiting) and not unref()'d; pausing stops the
// reading one tick later.

const binding = internalBinding('stream_wrap');
const { errnoException } = require('internal/errors');
const { Readable } = require('stream');
const { Buffer } = require('buffer');

const kFileChunk = 64 * 1024;

class StdinStream extends Readable {
  #fd;
  #type;
  #watch = 0;        // watch id while a pipe/terminal is being read
  #filePending = false;
  #refed = true;     // ref()/unref()
  #holding = false;  // whether we currently keep the loop alive

  constructor(fd, type) {
    // A file is read as node's fs.ReadStream with autoClose false does:
    // 64 KiB chunks, and no destroy (so no 'close') after the end.
    super(type === 'FILE' ? { highWaterMark: kFileChunk, autoDestroy: false } : undefined);
    this.#fd = fd;
    this.#type = type;
    this.fd = fd;
    if (type === 'TTY') {
      this.isTTY = true;
      this.isRaw = false;
    }
  }

  // Keep the loop alive exactly while reading and ref'd.
  #updateHold() {
    const want = this.#refed && (this.#watch !== 0 || this.#filePending);
    if (want !== this.#holding) {
      this.#holding = want;
      if (want) binding.ref();
      else binding.unref();
    }
  }

  _read(n) {
    if (this.#type === 'FILE') {
      if (this.#filePending) return;
      this.#filePending = true;
      this.#updateHold();
      binding.readFile(this.#fd, n, (result) => {
        this.#filePending = false;
        this.#updateHold();
        this.#onread(result);
      });
      return;
    }
    if (this.#watch !== 0) return;
    const id = binding.readStart(this.#fd, (result) => this.#onread(result));
    if (id < 0) {
      this.destroy(errnoException(id, 'read'));
      return;
    }
    this.#watch = id;
    this.#updateHold();
  }

  #onread(result) {
    if (this.destroyed) return;
    if (typeof result === 'number') {
      this.readStop();
      this.destroy(errnoException(result, 'read'));
    } else if (result === null) {
      this.readStop();
      this.push(null);
    } else if (!this.push(Buffer.from(result))) {
      // The buffer is full: stop until _read asks again.
      this.readStop();
    }
  }

  // Stop watching the descriptor (reading resumes with the next _read).
  readStop() {
    if (this.#watch !== 0) {
      binding.readStop(this.#watch);
      this.#watch = 0;
      this.#updateHold();
    }
  }

  get reading() {
    return this.#watch !== 0 || this.#filePending;
  }

  ref() {
    this.#refed = true;
    this.#updateHold();
    return this;
  }

  unref() {
    this.#refed = false;
    this.#updateHold();
    return this;
  }

  _destroy(err, cb) {
    // fd 0 itself is never closed.
    this.readStop();
    cb(err);
  }
}

// A terminal also has a raw mode (tty.ReadStream#setRawMode): keys
// arrive one by one, unechoed, ctrl-c as a byte instead of a signal.
class TTYStdinStream extends StdinStream {
  setRawMode(flag) {
    flag = !!flag;
    const err = internalBinding('tty_wrap').setRawMode(this.fd, flag);
    if (err) {
      this.emit('error', errnoException(err, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  }
}

function createStdin() {
  const type = binding.guessHandleType(0);
  const stdin = type === 'TTY' ? new TTYStdinStream(0, type) : new StdinStream(0, type);
  // After pause(), stop reading a tick later (unless flowing again), so
  // that the process can exit.
  stdin.on('pause', () => {
    process.nextTick(() => {
      if (stdin.reading && !stdin.readableFlowing) {
        stdin._readableState.reading = false;
        stdin.readStop();
      }
    });
  });
  return stdin;
}

module.exports = { createStdin };

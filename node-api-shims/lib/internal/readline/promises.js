'use strict';
// internal/readline/promises: the Readline class of readline/promises. It
// collects cursor and clearing sequences for a writable and sends them all
// at once with commit() (or, with autoCommit, each on the next tick).

const { CSI } = require('internal/readline/utils');
const { relativeMove, clearLineSequence } = require('internal/readline/callbacks');
const { isWritable } = require('internal/streams/utils');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  validateBoolean,
  validateInteger,
} = require('internal/errors');

class Readline {
  #autoCommit = false;
  #stream;
  #todo = [];

  constructor(stream, options = undefined) {
    if (!isWritable(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    this.#stream = stream;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this.#autoCommit = options.autoCommit;
    }
  }

  #queue(data) {
    if (this.#autoCommit) process.nextTick(() => this.#stream.write(data));
    else this.#todo.push(data);
  }

  // Column x, and row y when given (0-based).
  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    this.#queue(y == null ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`);
    return this;
  }

  moveCursor(dx, dy) {
    // Nothing to do is not validated further, as in node.
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#queue(relativeMove(dx, dy));
    }
    return this;
  }

  // -1: left of the cursor, 1: right of it, 0: the whole line.
  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    this.#queue(clearLineSequence(dir));
    return this;
  }

  clearScreenDown() {
    this.#queue(CSI.kClearScreenDown);
    return this;
  }

  // Writes everything queued (one write) and resolves once it is written.
  commit() {
    return new Promise((resolve) => {
      this.#stream.write(this.#todo.join(''), resolve);
      this.#todo = [];
    });
  }

  rollback() {
    this.#todo = [];
    return this;
  }
}

module.exports = { Readline };

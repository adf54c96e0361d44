'use strict';
// `File` (global, and in `buffer`): a Blob with a name and a modification
// time, as node 20 has it.

const { Blob } = require('internal/blob');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = kEmptyObject) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? kEmptyObject;
    if (lastModified !== undefined) {
      // Unary plus, not Number(): a BigInt throws, as in node.
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this.#name = `${fileName}`.toWellFormed();
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { inspect } = require('internal/util/inspect');
    return `File ${inspect({
      size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified,
    }, opts)}`;
  }
}

Object.defineProperties(File.prototype, {
  name: { enumerable: true },
  lastModified: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'File' },
});

module.exports = { File };

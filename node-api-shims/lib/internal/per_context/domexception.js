'use strict';
// `DOMException` (WebIDL): the error of web-platform APIs (atob, AbortSignal,
// structuredClone...). Its name, message and code live in a private map and
// are read through prototype getters; it is not a subclass of Error but
// has Error.prototype on its chain, as in node.

const internals = new WeakMap();

// name -> legacy code, and the legacy constant names.
const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1], [null, 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5], [null, 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7], ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11], ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13], ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15], [null, 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17], ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19], ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21], ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23], ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const codeOfName = new Map(legacyCodes.filter(([name]) => name).map(([name, , code]) => [name, code]));

function slots(self, what) {
  const s = internals.get(self);
  if (s === undefined) {
    const err = new TypeError(`Value of "this" must be of DOMException`);
    err.code = 'ERR_INVALID_THIS';
    throw err;
  }
  return s[what];
}

class DOMException {
  constructor(message = '', options = 'Error') {
    if (options !== null && typeof options === 'object') {
      internals.set(this, { message: `${message}`, name: `${options.name}` });
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          value: options.cause, configurable: true, writable: true, enumerable: false,
        });
      }
    } else {
      internals.set(this, { message: `${message}`, name: `${options}` });
    }
    Error.captureStackTrace(this);
  }

  get name() { return slots(this, 'name'); }

  get message() { return slots(this, 'message'); }

  get code() { return codeOfName.get(slots(this, 'name')) ?? 0; }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { configurable: true, value: 'DOMException' });
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}
for (const [, constant, code] of legacyCodes) {
  const desc = { enumerable: true, value: code };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

module.exports = { DOMException };

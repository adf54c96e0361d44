'use strict';
// High-water marks: the per-stream option (validated as node does) and the
// process-wide defaults (16 KiB for bytes, 16 objects in object mode, in
// node 20), which `stream.setDefaultHighWaterMark` changes.

const { codes: { ERR_INVALID_ARG_VALUE }, validateInteger } = require('internal/errors');

let defaultBytes = 16 * 1024;
let defaultObjects = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

// `highWaterMark` wins; a Duplex side may also be sized by its own key
// (`readableHighWaterMark` / `writableHighWaterMark`).
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = options.highWaterMark != null ? options.highWaterMark :
    (isDuplex ? options[duplexKey] : null);
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      throw new ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };

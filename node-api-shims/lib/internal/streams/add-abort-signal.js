'use strict';
// `stream.addAbortSignal(signal, stream)`: destroy the stream with an
// AbortError (cause: the signal's reason) when the signal aborts.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
  validateAbortSignal,
} = require('internal/errors');
const { isNodeStream } = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };

'use strict';
// internal/readline/emitKeypressEvents: readline.emitKeypressEvents(stream)
// makes a readable emit 'keypress' (string, key) events, decoding its data
// as UTF-8 and feeding it, one character at a time, to the emitKeys
// generator. The stream is only read for keys while someone listens to
// 'keypress'. An ESC that ends a chunk may start a sequence or be the
// escape key alone: after `escapeCodeTimeout` ms without more input it is
// taken as the escape key.

const { charLengthAt, CSI: { kEscape }, emitKeys } = require('internal/readline/utils');
const { kSawKeyPress } = require('internal/readline/interface');
const { StringDecoder } = require('string_decoder');
const { setTimeout, clearTimeout } = require('timers');

const KEYPRESS_DECODER = Symbol('keypress-decoder');
const ESCAPE_DECODER = Symbol('escape-decoder');

// GNU readline's keyseq-timeout default.
const ESCAPE_CODE_TIMEOUT = 500;

function startDecoder(stream) {
  stream[ESCAPE_DECODER] = emitKeys(stream);
  stream[ESCAPE_DECODER].next();
}

function emitKeypressEvents(stream, iface = {}) {
  // Once per stream.
  if (stream[KEYPRESS_DECODER]) return;
  stream[KEYPRESS_DECODER] = new StringDecoder('utf8');
  startDecoder(stream);

  const triggerEscape = () => stream[ESCAPE_DECODER].next('');
  const { escapeCodeTimeout = ESCAPE_CODE_TIMEOUT } = iface;
  let timeoutId;

  function onData(input) {
    if (stream.listenerCount('keypress') === 0) {
      // Nobody listens any more: stop reading until someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
      return;
    }
    const string = stream[KEYPRESS_DECODER].write(input);
    if (!string) return;
    clearTimeout(timeoutId);

    // A chunk that is one character (even a surrogate pair) was typed; a
    // longer one was pasted. Completion is off while a paste is fed in, and
    // back on for its last character.
    iface[kSawKeyPress] = charLengthAt(string, 0) === string.length;
    iface.isCompletionEnabled = false;

    let length = 0;
    for (const character of string) {
      length += character.length;
      if (length === string.length) iface.isCompletionEnabled = true;
      try {
        stream[ESCAPE_DECODER].next(character);
        if (length === string.length && character === kEscape) {
          timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
        }
      } catch (err) {
        // A 'keypress' listener threw inside the generator, which is now
        // finished: start a fresh one before passing the error on.
        startDecoder(stream);
        throw err;
      }
    }
  }

  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }

  if (stream.listenerCount('keypress') > 0) {
    stream.on('data', onData);
  } else {
    stream.on('newListener', onNewListener);
  }
}

module.exports = emitKeypressEvents;

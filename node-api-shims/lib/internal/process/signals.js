'use strict';
// Signals as process events: the first listener for a signal name
// ('SIGINT', 'SIGUSR2', ...) starts watching it, so that it no longer has
// its default action (killing the process, for most) and instead emits
// `process.emit(name, name, number)` in the loop's poll phase; removing the
// last listener stops watching it. As in node, these are listeners on
// 'newListener'/'removeListener', and a watched signal does not keep the
// process alive.

const binding = internalBinding('signal_wrap');
const { signals } = internalBinding('process');
const { errnoException } = require('internal/errors');

const watched = new Set();
const names = new Map();

function isSignal(event) {
  return typeof event === 'string' && Object.hasOwn(signals, event);
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || watched.has(type)) return;
  const signum = signals[type];
  const err = binding.start(signum);
  if (err) throw errnoException(err, 'uv_signal_start');
  names.set(signum, type);
  watched.add(type);
}

function stopListeningIfSignal(type) {
  if (!watched.has(type) || process.listenerCount(type) > 0) return;
  binding.stop(signals[type]);
  watched.delete(type);
}

function setup(process) {
  binding.setHandler(function onSignal(signum) {
    const type = names.get(signum);
    if (type !== undefined) process.emit(type, type, signum);
  });
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

module.exports = { setup };

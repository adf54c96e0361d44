'use strict';
// `require('tty')`: whether a file descriptor is a terminal. Node's
// tty.ReadStream and tty.WriteStream are net.Socket subclasses: they come
// with streams and net, and until then they are absent rather than faked.

const { isTTY } = internalBinding('tty_wrap');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

module.exports = { isatty };

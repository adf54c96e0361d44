'use strict';
// internal/readline/callbacks: readline's cursor functions for any writable
// (readline.cursorTo, moveCursor, clearLine, clearScreenDown). Each writes
// one control sequence and returns what stream.write returned; with no
// stream (or nothing to do) it writes nothing, returns true and still calls
// the callback, on the next tick, with null.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS },
  validateFunction,
} = require('internal/errors');
const { CSI } = require('internal/readline/utils');

const { kClearLine, kClearScreenDown, kClearToLineBeginning, kClearToLineEnd } = CSI;

function nothingToWrite(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// Moves the cursor to column x (and row y when given), both 0-based.
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);

  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    return nothingToWrite(callback);
  }
  // A row without a column cannot be expressed.
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();

  const data = typeof y === 'number' ? CSI`${y + 1};${x + 1}H` : CSI`${x + 1}G`;
  return stream.write(data, callback);
}

// The sequence that moves the cursor dx columns right (left if negative)
// and dy rows down (up if negative). Shared with readline/promises.
function relativeMove(dx, dy) {
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return data;
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return nothingToWrite(callback);
  return stream.write(relativeMove(dx, dy), callback);
}

// The sequence for clearing left of the cursor (dir < 0), right of it
// (dir > 0) or the whole line (otherwise).
function clearLineSequence(dir) {
  if (dir < 0) return kClearToLineBeginning;
  if (dir > 0) return kClearToLineEnd;
  return kClearLine;
}

function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothingToWrite(callback);
  return stream.write(clearLineSequence(dir), callback);
}

// Clears from the cursor to the end of the screen.
function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothingToWrite(callback);
  return stream.write(kClearScreenDown, callback);
}

module.exports = {
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
  // for readline/promises
  relativeMove,
  clearLineSequence,
};

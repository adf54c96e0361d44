'use strict';
// The ANSI colours node's own messages use on a colour terminal (assert's
// "+ actual - expected" diffs): empty strings unless stderr is a TTY that
// shows colours. `refresh()` re-reads that, so a script changing the
// environment (FORCE_COLOR, NO_COLOR) is honoured at the next message.

// Should output to `stream` be coloured? FORCE_COLOR decides for every
// stream; otherwise a TTY that shows more than 4 colours (its
// getColorDepth reads NO_COLOR, TERM and the rest).
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return require('internal/tty').getColorDepth() > 2;
  return stream?.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

const colors = {
  blue: '',
  green: '',
  white: '',
  red: '',
  gray: '',
  clear: '',
  hasColors: false,
  shouldColorize,
  refresh() {
    const stderr = process.stderr;
    if (stderr && stderr.isTTY) {
      const hasColors = shouldColorize(stderr);
      colors.blue = hasColors ? '\u001b[34m' : '';
      colors.green = hasColors ? '\u001b[32m' : '';
      colors.white = hasColors ? '\u001b[39m' : '';
      colors.red = hasColors ? '\u001b[31m' : '';
      colors.gray = hasColors ? '\u001b[90m' : '';
      colors.clear = hasColors ? '\u001bc' : '';
      colors.hasColors = hasColors;
    }
  },
};

module.exports = colors;

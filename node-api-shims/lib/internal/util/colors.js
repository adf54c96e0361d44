'use strict';
// The ANSI colours node's own messages use on a colour terminal (assert's
// "+ actual - expected" diffs): empty strings unless stderr is a TTY that
// shows colours. `refresh()` re-reads that, so a script changing the
// environment (FORCE_COLOR, NO_COLOR) is honoured at the next message.

function shouldColorize(stream) {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) {
    return !['0', 'false'].includes(String(env.FORCE_COLOR));
  }
  if (!stream || !stream.isTTY) return false;
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
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

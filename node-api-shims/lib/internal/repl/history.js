'use strict';
// The REPL's persistent history (`server.setupHistory(path, cb)`): the
// lines of earlier sessions are read from the file at start (newest
// first, as readline keeps them) and the file is rewritten after each
// line. An empty path disables it; no path means ~/.node_repl_history.
// The file is created readable by its owner only, as node creates it.
// runnel writes synchronously (no `fs` module yet): node debounces its
// asynchronous writes by 15 ms, with the same file contents in the end.

const { Interface } = require('readline');
const path = require('path');
const os = require('os');
const files = internalBinding('repl_files');

const ENOENT = -2;

function writeToOutput(repl, message) {
  repl._writeToOutput(message);
  repl._refreshLine();
}

function setupHistory(repl, historyPath, ready) {
  if (typeof historyPath === 'string') historyPath = historyPath.trim();
  if (historyPath === '') {
    repl._historyPrev = replHistoryMessage;
    return ready(null, repl);
  }
  if (!historyPath) {
    try {
      historyPath = path.join(os.homedir(), '.node_repl_history');
    } catch {
      writeToOutput(repl, '\nError: Could not get the home directory.\n' +
        'REPL session history will not be persisted.\n');
      repl._historyPrev = replHistoryMessage;
      return ready(null, repl);
    }
  }

  let data = files.readFile(historyPath);
  if (data === ENOENT) data = files.writeFile(historyPath, '', 0o600) === 0 ? '' : data;
  if (typeof data !== 'string') {
    // Cannot open the history file: the session is not persisted.
    writeToOutput(repl, '\nError: Could not open history file.\n' +
      'REPL session history will not be persisted.\n');
    repl._historyPrev = replHistoryMessage;
    return ready(null, repl);
  }
  repl.history = data ? data.split(/[\n\r]+/, repl.historySize) : [];

  const flush = () => {
    files.writeFile(historyPath, repl.history.join(os.EOL), 0o600);
  };
  repl.on('line', flush);
  repl.once('exit', () => repl.off('line', flush));
  flush();
  process.nextTick(() => {
    repl.emit('flushHistory');
    ready(null, repl);
  });
}

// With history disabled, the first look back in an empty history says so.
function replHistoryMessage() {
  if (this.history.length === 0) {
    writeToOutput(this,
                  '\nPersistent history support disabled. ' +
                  'Set the NODE_REPL_HISTORY environment\nvariable to ' +
                  'a valid, user-writable path to enable.\n');
  }
  this._historyPrev = Interface.prototype._historyPrev;
  return this._historyPrev();
}

module.exports = setupHistory;

'use strict';
// The REPL's incremental history search, as node's: ctrl-r searches the
// history backwards ("bck-i-search: "), ctrl-s forwards ("fwd-i-search: ")
// for what is typed next, showing the match over the prompt line and the
// search text on the line below; ctrl-r/ctrl-s again go to the next match,
// backspace shortens the search, ctrl-c or escape cancel it (the line is
// back as it was), and return or any other key combination ends it with
// the match as the line. Not on a dumb terminal.

const { clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const { kSubstringSearch } = require('internal/readline/utils');

const labels = { r: 'bck-i-search: ', s: 'fwd-i-search: ' };

function setupReverseSearch(repl) {
  if (process.env.TERM === 'dumb') return { reverseSearch: () => false };

  // Entries shown already in this direction are skipped.
  const alreadyMatched = new Set();
  let searching = false;
  let historyIndex = -1;
  let input = '';
  let cursor = -1;
  let dir = 'r';
  let lastMatch = -1;
  let lastCursor = -1;
  let promptPos;

  // ctrl-r or ctrl-s: set the direction (a change forgets the matches).
  function setDirection(keyName) {
    if (!labels[keyName]) return false;
    if (dir !== keyName) {
      alreadyMatched.clear();
      dir = keyName;
    }
    return true;
  }

  function nextEntry() {
    alreadyMatched.add(repl.history[historyIndex]);
    historyIndex += dir === 'r' ? 1 : -1;
    cursor = -1;
  }

  function search() {
    if (input === '') {
      print(repl.line, `${labels[dir]}_`);
      return;
    }
    // The direction may have changed: start inside the history.
    if (dir === 'r') {
      if (historyIndex < 0) historyIndex = 0;
    } else if (historyIndex >= repl.history.length) {
      historyIndex = repl.history.length - 1;
    }
    while (historyIndex >= 0 && historyIndex < repl.history.length) {
      let entry = repl.history[historyIndex];
      if (alreadyMatched.has(entry)) {
        historyIndex += dir === 'r' ? 1 : -1;
        continue;
      }
      // Backwards from the end of the entry, or forwards from its start.
      if (dir === 'r') {
        if (cursor === -1) cursor = entry.length;
        cursor = entry.lastIndexOf(input, cursor - 1);
      } else {
        cursor = entry.indexOf(input, cursor + 1);
      }
      if (cursor === -1) {
        nextEntry();
        continue;
      }
      if (repl.useColors) {
        // The match underlined.
        entry = `${entry.slice(0, cursor)}\x1B[4m${input}\x1B[24m${entry.slice(cursor + input.length)}`;
      }
      print(entry, `${labels[dir]}${input}_`, cursor);
      lastMatch = historyIndex;
      lastCursor = cursor;
      // No further match in this entry: the next search starts at the next.
      if ((dir === 'r' && cursor === 0) || (dir === 's' && entry.length === cursor + input.length)) {
        nextEntry();
      }
      return;
    }
    print(repl.line, `failed-${labels[dir]}${input}_`);
  }

  // Draws `outputLine` as the line and `inputLine` below it, the cursor
  // at `cursor` in the line.
  function print(outputLine, inputLine, cursor = repl.cursor) {
    let rows = 0;
    if (lastMatch !== -1) {
      const line = repl.history[lastMatch].slice(0, lastCursor);
      rows = repl._getDisplayPos(`${repl.getPrompt()}${line}`).rows;
      cursorTo(repl.output, promptPos.cols);
    } else if (searching && repl.line !== '') {
      rows = repl.getCursorPos().rows;
      cursorTo(repl.output, promptPos.cols);
    }
    if (rows !== 0) moveCursor(repl.output, 0, -rows);

    if (searching) {
      clearScreenDown(repl.output);
      repl.output.write(`${outputLine}\n${inputLine}`);
    } else {
      repl.output.write(`\n${inputLine}`);
    }
    lastMatch = -1;

    // Back up to the cursor: over the search line and what of the output
    // line lies after the cursor.
    const prompt = repl.getPrompt();
    const cursorPos = repl._getDisplayPos(prompt + outputLine.slice(0, cursor));
    const outputPos = repl._getDisplayPos(`${prompt}${outputLine}`);
    const inputPos = repl._getDisplayPos(inputLine);
    const inputRows = inputPos.rows - (inputPos.cols === 0 ? 1 : 0);
    moveCursor(repl.output, 0, -1 - inputRows - (outputPos.rows - cursorPos.rows));
    cursorTo(repl.output, cursorPos.cols);
  }

  // A new search text (`string`), or the end of the search (undefined):
  // then the match, if any, becomes the line.
  function reset(string) {
    searching = string !== undefined;
    if (!searching) {
      if (lastMatch !== -1) {
        repl.line = repl.history[lastMatch];
        repl.cursor = lastCursor;
        repl.historyIndex = lastMatch;
      }
      lastMatch = -1;
      cursorTo(repl.output, promptPos.cols);
      moveCursor(repl.output, 0, promptPos.rows);
      clearScreenDown(repl.output);
      if (repl.line !== '') {
        repl.output.write(repl.line);
        if (repl.line.length !== repl.cursor) {
          const { cols, rows } = repl.getCursorPos();
          cursorTo(repl.output, cols);
          moveCursor(repl.output, 0, rows);
        }
      }
    }
    input = string || '';
    cursor = -1;
    historyIndex = repl.historyIndex;
    alreadyMatched.clear();
  }

  // Handles a key if a search is on (or starts one): whether it did.
  function reverseSearch(string, key) {
    if (!searching) {
      if (key.ctrl && setDirection(key.name)) {
        historyIndex = repl.historyIndex;
        promptPos = repl._getDisplayPos(`${repl.getPrompt()}`);
        print(repl.line, `${labels[dir]}_`);
        searching = true;
      }
    } else if (key.ctrl && setDirection(key.name)) {
      search();
    } else if (key.name === 'backspace' || (key.ctrl && (key.name === 'h' || key.name === 'w'))) {
      reset(input.slice(0, input.length - 1));
      search();
    } else if ((key.ctrl && key.name === 'c') || key.name === 'escape') {
      // Cancelled: the line as it was.
      lastMatch = -1;
      reset();
      return true;
    } else if (key.ctrl || key.meta || key.name === 'return' || key.name === 'enter' ||
               typeof string !== 'string' || string === '') {
      reset();
      repl[kSubstringSearch] = '';
    } else {
      reset(`${input}${string}`);
      search();
    }
    return searching;
  }

  return { reverseSearch };
}

module.exports = { setupReverseSearch };

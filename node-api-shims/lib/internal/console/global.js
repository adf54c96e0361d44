'use strict';
// The global `console`: a Console writing through process.stdout and
// process.stderr (so a script that replaces `process.stdout.write` sees
// console output too, as in Node).

const { createGlobalConsole } = require('internal/console');
const { consoleStream } = require('internal/process/stdio');

module.exports = createGlobalConsole(consoleStream(1), consoleStream(2));

'use strict';
// The global `console`: a Console writing to process.stdout and
// process.stderr (so a script that replaces `process.stdout.write` sees
// console output too, and colours follow what the streams are, a terminal
// or not, as in Node), through stand-ins that avoid creating the streams
// until something else needs them (internal/process/stdio).

const { createGlobalConsole } = require('internal/console');
const { consoleStream } = require('internal/process/stdio');

module.exports = createGlobalConsole(consoleStream(1), consoleStream(2));

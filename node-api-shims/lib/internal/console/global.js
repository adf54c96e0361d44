'use strict';
// The global `console`: a Console writing to process.stdout and
// process.stderr themselves (so a script that replaces
// `process.stdout.write` sees console output too, and colours follow what
// the streams are, a terminal or not, as in Node).

const { createGlobalConsole } = require('internal/console');

module.exports = createGlobalConsole(process.stdout, process.stderr);

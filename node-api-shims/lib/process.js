'use strict';
// `require('process')` / `import process from 'node:process'`: the
// process object itself, as Node's own process module is.

module.exports = process;

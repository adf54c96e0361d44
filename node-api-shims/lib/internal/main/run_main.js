'use strict';
// Running the program's entry point: a file (the main module), code from
// `-e`/`-p`, or code read from stdin. Called once by the host after
// bootstrap; the event loop starts when it returns.

const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
const path = require('path');

// kind: 'file' (arg = path), 'eval' (arg = code), 'print' (arg = code),
// 'stdin' (arg = code read from stdin).
function runMain(kind, arg) {
  if (kind === 'file') {
    Module.runMain(arg);
    return;
  }
  const filename = kind === 'stdin' ? '[stdin]' : '[eval]';
  const module = new Module(filename, null);
  module.filename = path.join(process.cwd(), filename);
  module.paths = Module._nodeModulePaths(process.cwd());
  module.loaded = true;
  const require = makeRequireFunction(module);
  // Like Node, eval'd code sees these as globals.
  for (const [name, value] of [['module', module], ['exports', module.exports], ['require', require],
    ['__filename', filename], ['__dirname', '.']]) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  }
  const result = internalBinding('modules').evalScript(arg, filename);
  if (kind === 'print') {
    process.on('exit', () => {
      require('console').log(result);
    });
  }
}

function emitExit() {
  return require('internal/process/execution').emitExit();
}

module.exports = { runMain, emitExit };

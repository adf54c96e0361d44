'use strict';
// Running the program's entry point: a file (the main module), code from
// `-e`/`-p`, or code read from stdin. Called once by the host after
// bootstrap; the event loop starts when it returns.

const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
const path = require('path');

// kind: 'file' (arg = path), 'eval' (arg = code), 'print' (arg = code),
// 'stdin' (arg = code read from stdin), 'check' (arg = path) and
// 'check-stdin' (arg = code) for `--check`.
function runMain(kind, arg) {
  if (kind === 'check' || kind === 'check-stdin') {
    checkSyntax(kind, arg);
    return;
  }
  preloadModules();
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

// `-r/--require` modules, loaded in order before the entry point, by a
// parent that the require stack calls 'internal/preload'.
function preloadModules() {
  const requests = internalBinding('options').require;
  if (requests === undefined || requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const request of requests) parent.require(request);
}

// `--check`: compile the script as its module wrapper without running it;
// a syntax error is thrown (and reported) as when the module loads.
function checkSyntax(kind, arg) {
  let filename = '[stdin]';
  let source = arg;
  if (kind === 'check') {
    filename = Module._resolveFilename(path.resolve(arg), null, true);
    source = internalBinding('modules').readFile(filename) ?? '';
  }
  if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  try {
    internalBinding('modules').compileFunction(source, filename);
  } catch (err) {
    throw require('internal/syntax_errors').decorate(err, filename);
  }
}

function emitExit() {
  return require('internal/process/execution').emitExit();
}

module.exports = { runMain, emitExit };

'use strict';
// Running the program's entry point: a file (the main module), code from
// `-e`/`-p`, or code read from stdin. Called once by the host after
// bootstrap; the event loop starts when it returns.

const { Module, makeRequireFunction } = require('internal/modules/cjs/loader');
const path = require('path');
const { resetRegExpStatics } = require('internal/per_context/language_level');

// kind: 'file' (arg = path), 'eval' (arg = code), 'print' (arg = code),
// 'stdin' (arg = code read from stdin), 'check' (arg = path) and
// 'check-stdin' (arg = code) for `--check`.
function runMain(kind, arg) {
  if (kind === 'check' || kind === 'check-stdin') {
    checkSyntax(kind, arg);
    return;
  }
  installEsmHooks();
  preloadModules();
  const imports = internalBinding('options').import;
  if (imports !== undefined && imports.length > 0) {
    // `--import`: ES modules evaluated in order, as if imported by a module
    // in the working directory; then the entry point.
    const parent = `${process.cwd()}/`;
    let ready = Promise.resolve();
    for (const specifier of imports) {
      ready = ready.then(() => internalBinding('modules').evalModule(`import ${JSON.stringify(specifier)};`, parent));
    }
    runMainModule(ready.then(() => runEntry(kind, arg)));
    return;
  }
  runEntry(kind, arg);
}

function runEntry(kind, arg) {
  if (kind === 'repl') {
    startRepl();
    return;
  }
  if ((kind === 'eval' || kind === 'print') && internalBinding('options').interactive === 'true') {
    // `-e CODE -i`: the REPL starts, then the code runs in its context.
    startRepl();
  }
  if (kind === 'file') {
    const filename = Module._resolveFilename(path.resolve(arg), null, true);
    if (require('internal/modules/package_scope').isModuleFile(filename)) {
      require('internal/modules/esm/registry').addModuleFile(filename);
      resetRegExpStatics();
      runMainModule(internalBinding('modules').runModule(filename));
    } else {
      Module.runMain(arg);
    }
    return;
  }
  if (internalBinding('options').inputType === 'module') {
    if (kind === 'print') throw new (require('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
    resetRegExpStatics();
    runMainModule(internalBinding('modules').evalModule(arg, path.join(process.cwd(), kind === 'stdin' ? '[stdin]' : '[eval1]')));
    return;
  }
  const filename = kind === 'stdin' ? '[stdin]' : '[eval]';
  const module = new Module(filename, null);
  module.filename = path.join(process.cwd(), filename);
  module.paths = Module._nodeModulePaths(process.cwd());
  module.loaded = true;
  const userRequire = makeRequireFunction(module);
  // Like Node, eval'd code sees these as globals: plain properties, in
  // node's order (Object.keys(globalThis) ends with them).
  for (const [name, value] of [['__filename', filename], ['module', module], ['exports', module.exports],
    ['__dirname', '.'], ['require', userRequire]]) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: true });
  }
  resetRegExpStatics();
  const result = internalBinding('modules').evalScript(arg, filename);
  if (kind === 'print') {
    process.on('exit', () => {
      userRequire('console').log(result);
    });
  }
}

// The REPL of the `runnel` command, on process.stdin and process.stdout;
// leaving it ends the process (once the history is written).
function startRepl() {
  if (internalBinding('options').inputType !== undefined) {
    console.error('Cannot specify --input-type for REPL');
    process.exit(9);
  }
  console.log(`Welcome to Node.js ${process.version}.\n` +
    'Type ".help" for more information.');
  require('internal/repl').createInternalRepl(process.env, (err, repl) => {
    if (err) throw err;
    repl.on('exit', () => {
      if (repl._flushing) {
        repl.pause();
        return repl.once('flushHistory', () => process.exit());
      }
      process.exit();
    });
  });
}

// The ES module loader's hooks, for Boa to call on the first `import`:
// they load the loader itself only then, so a script that never imports
// pays nothing.
function installEsmHooks() {
  const hooks = { __proto__: null };
  for (const name of ['resolve', 'exportNames', 'evaluate', 'importMeta', 'decorateSyntaxError', 'dataSource', 'missingExport']) {
    hooks[name] = (...args) => {
      // Loading the loader replaces these hooks with the real ones.
      require('internal/modules/esm/loader');
      return require('internal/modules/esm/loader').hooks[name](...args);
    };
  }
  internalBinding('modules').setEsmHooks(hooks);
}

// The entry point is an ES module: an error while loading or evaluating it
// is an uncaught exception; if the loop ends while its top-level await is
// still pending, the process exits with code 13 as Node's does.
let mainModuleSettled = true;
function runMainModule(promise) {
  mainModuleSettled = false;
  promise.then(() => {
    mainModuleSettled = true;
  }, (err) => {
    mainModuleSettled = true;
    require('internal/process/execution').onUncaught(err);
  });
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
  const code = require('internal/process/execution').emitExit();
  // Node's 'exit' listeners still see 0; the process then exits with 13.
  if (!mainModuleSettled && process.exitCode === undefined) return 13;
  return code;
}

module.exports = { runMain, emitExit };

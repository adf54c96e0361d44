'use strict';
// The REPL the `runnel` command starts (no script and a terminal, or
// `-i`): repl.start() on process.stdin/stdout with the global context,
// configured from the environment as node's is (NODE_NO_READLINE,
// NODE_REPL_MODE, NODE_REPL_HISTORY, NODE_REPL_HISTORY_SIZE).

const REPL = require('repl');
const { kStandaloneREPL } = require('internal/repl/utils');

module.exports = { __proto__: REPL };
module.exports.createInternalRepl = createRepl;

function createRepl(env, opts, cb) {
  if (typeof opts === 'function') {
    cb = opts;
    opts = null;
  }
  opts = {
    [kStandaloneREPL]: true,
    ignoreUndefined: false,
    useGlobal: true,
    breakEvalOnSigint: true,
    ...opts,
  };
  if (Number.parseInt(env.NODE_NO_READLINE)) opts.terminal = false;
  if (env.NODE_REPL_MODE) {
    opts.replMode = {
      strict: REPL.REPL_MODE_STRICT,
      sloppy: REPL.REPL_MODE_SLOPPY,
    }[env.NODE_REPL_MODE.toLowerCase().trim()];
  }
  if (opts.replMode === undefined) opts.replMode = REPL.REPL_MODE_SLOPPY;

  const historySize = Number(env.NODE_REPL_HISTORY_SIZE);
  opts.historySize = !Number.isNaN(historySize) && historySize > 0 ? historySize : 1000;

  const repl = REPL.start(opts);
  const term = 'terminal' in opts ? opts.terminal : process.stdout.isTTY;
  // History is kept only for a terminal (no terminal, no line editing).
  repl.setupHistory(term ? env.NODE_REPL_HISTORY : '', cb);
}

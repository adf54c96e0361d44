'use strict';
// How many colours a terminal shows, guessed from the environment as node
// guesses it (`getColorDepth`, `hasColors` of a TTY write stream, and
// whether console output is coloured): FORCE_COLOR first, then the
// variables that turn colours off, then what CI services, terminal
// programs and TERM values are known to support. The result is a number
// of bits per colour: 1 (2 colours), 4 (16), 8 (256) or 24 (16 million).

const { validateInteger } = require('internal/errors');

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// TERM values known exactly (lower-cased), and patterns that mean 16
// colours (the list node keeps, partly from dircolors).
const knownTerms = {
  __proto__: null,
  eterm: COLORS_16,
  cons25: COLORS_16,
  console: COLORS_16,
  cygwin: COLORS_16,
  dtterm: COLORS_16,
  gnome: COLORS_16,
  hurd: COLORS_16,
  jfbterm: COLORS_16,
  konsole: COLORS_16,
  kterm: COLORS_16,
  mlterm: COLORS_16,
  mosh: COLORS_16m,
  putty: COLORS_16,
  st: COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  terminator: COLORS_16m,
};
const sixteenColorTerms = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];

// CI services whose logs show 256 colours (when CI is set).
const colorfulCIs = ['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS'];

// FORCE_COLOR overriding NO_COLOR/NODE_DISABLE_COLORS is said once.
let warnedOverride = false;
function warnIfColorsForced(env) {
  if (warnedOverride) return;
  const ignored = ['NODE_DISABLE_COLORS', 'NO_COLOR'].filter((name) => env[name] !== undefined);
  if (ignored.length === 0) return;
  process.emitWarning(`The '${ignored.join("' and '")}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
  warnedOverride = true;
}

let osRelease;

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    // (Compared as strings, strictly: a number 1 in a given env is not '1'.)
    let forced;
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': forced = COLORS_16; break;
      case '2': forced = COLORS_256; break;
      case '3': forced = COLORS_16m; break;
      default: return COLORS_2;
    }
    warnIfColorsForced(env);
    return forced;
  }
  // NO_COLOR: https://no-color.org/; "dumb" terminals take no ANSI codes.
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;

  if (process.platform === 'win32') {
    // Windows 10 builds 10586 and 14931 brought 256 and 16m colours.
    osRelease ??= require('os').release().split('.');
    if (+osRelease[0] >= 10) {
      const build = +osRelease[2];
      if (build >= 14931) return COLORS_16m;
      if (build >= 10586) return COLORS_256;
    }
    return COLORS_16;
  }

  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    return colorfulCIs.some((name) => name in env) || env.CI_NAME === 'codeship' ? COLORS_256 : COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }

  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      return !env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION) ? COLORS_256 : COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }

  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (knownTerms[term]) return knownTerms[term];
    if (sixteenColorTerms.some((pattern) => pattern.test(term))) return COLORS_16;
  }
  // A COLORTERM of any other value still means 16 colours.
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

// hasColors([count][, env]): whether at least `count` (default 16) colours
// show; `hasColors(env)` is allowed too.
function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };

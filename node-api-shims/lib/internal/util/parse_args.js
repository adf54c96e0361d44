'use strict';
// util.parseArgs: a command-line parser following the Open Group utility
// conventions, as node 20 implements it. It works in three passes:
//   1. validate the configuration object (ERR_INVALID_ARG_TYPE/VALUE);
//   2. turn the argument strings into tokens (options, positionals, `--`);
//   3. walk the tokens, storing values (and, in strict mode, throwing the
//      ERR_PARSE_ARGS_* usage errors), then fill in defaults.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
  hideStackFrames,
  validateArray,
  validateBoolean,
  validateObject,
  validateString,
} = require('internal/errors');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

// Only own properties of the config objects count (no inherited `type`).
function own(obj, key) {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

function optionProp(options, longOption, prop) {
  return hasOwn(options, longOption) ? own(options[longOption], prop) : undefined;
}

// The arguments a script gets by default: after the executable and the
// script path, or after the executable alone when the code came from
// -e/--eval/-p/--print (node tests execArgv for those exact spellings).
function defaultArgs() {
  const execArgv = process.execArgv;
  const evaluated = ['-e', '--eval', '-p', '--print'].some((flag) => execArgv.includes(flag));
  return process.argv.slice(evaluated ? 1 : 2);
}

const validateUnion = hideStackFrames((value, name, union) => {
  if (!union.includes(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
});

// An array whose every element has type `type` (the element is named `name[i]`).
function arrayOf(type) {
  return hideStackFrames((value, name) => {
    validateArray(value, name);
    for (let i = 0; i < value.length; i++) {
      if (typeof value[i] !== type) throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, value[i]);
    }
  });
}
const validateStringArray = arrayOf('string');
const validateBooleanArray = arrayOf('boolean');

function validateConfig(options) {
  for (const [longOption, optionConfig] of Object.entries(options)) {
    const where = `options.${longOption}`;
    validateObject(optionConfig, where);
    const type = own(optionConfig, 'type');
    validateUnion(type, `${where}.type`, ['string', 'boolean']);
    if (hasOwn(optionConfig, 'short')) {
      const short = optionConfig.short;
      validateString(short, `${where}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`${where}.short`, short, 'must be a single character');
      }
    }
    const multiple = own(optionConfig, 'multiple');
    if (hasOwn(optionConfig, 'multiple')) validateBoolean(multiple, `${where}.multiple`);
    const defaultValue = own(optionConfig, 'default');
    if (defaultValue !== undefined) {
      const validator = type === 'string' ?
        (multiple ? validateStringArray : validateString) :
        (multiple ? validateBooleanArray : validateBoolean);
      validator(defaultValue, `${where}.default`);
    }
  }
}

// The long name configured with `short`, or the short letter itself.
function longForShort(short, options) {
  for (const [longOption, optionConfig] of Object.entries(options)) {
    if (own(optionConfig, 'short') === short) return longOption;
  }
  return short;
}

const isStringOption = (options, name) => optionProp(options, name, 'type') === 'string';

// The token of an option written alone (`-f`, `--foo`): a string option
// takes the next argument, whatever it looks like, as its value. Returns
// the index of the last argument used.
function pushOption(tokens, queue, options, name, rawName, index, next) {
  let value;
  let inlineValue;
  if (isStringOption(options, name) && next != null) {
    value = queue.shift();
    inlineValue = false;
  }
  tokens.push({ kind: 'option', name, rawName, index, value, inlineValue });
  return value != null ? index + 1 : index;
}

// A short option followed by more characters: `-abc` is a group when its
// first letter is not a string option; `-fVALUE` (f a string option) is not.
function startsShortCluster(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

// Pass 2: the tokens of `args`. Each has the index of the argument it came
// from (letters of one short group share their group's index).
function tokenize(args, options) {
  const tokens = [];
  const queue = args.slice();
  let index = -1;
  let groupLeft = 0; // expanded letters of a group still in the queue
  while (queue.length > 0) {
    const arg = queue.shift();
    const next = queue[0];
    if (groupLeft > 0) groupLeft--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of queue) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    if (arg.length === 2 && arg[0] === '-' && arg[1] !== '-') {
      // `-f`, taking the next argument (whatever it looks like) as its value
      // when f is a string option.
      index = pushOption(tokens, queue, options, longForShort(arg[1], options), arg, index, next);
      continue;
    }

    if (startsShortCluster(arg)) {
      const first = longForShort(arg[1], options);
      if (!isStringOption(options, first)) {
        // `-abc` becomes `-a -b -c`; a string option inside the group takes
        // the rest of it as its value (`-abfFILE` is `-a -b -fFILE`).
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const letter = arg[i];
          if (!isStringOption(options, longForShort(letter, options)) || i === arg.length - 1) {
            expanded.push(`-${letter}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        queue.unshift(...expanded);
        groupLeft = expanded.length;
        continue;
      }
      // `-fVALUE`
      tokens.push({
        kind: 'option', name: first, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true,
      });
      continue;
    }

    if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq === -1) {
        // `--foo`, with the next argument as value for a string option.
        index = pushOption(tokens, queue, options, arg.slice(2), arg, index, next);
      } else {
        // `--foo=bar`
        const name = arg.slice(2, eq);
        tokens.push({
          kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true,
        });
      }
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

// Strict mode: the option must be known and used as its type says.
function checkUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    const negated = config.allowNegative && name.startsWith('no-');
    if (!negated) throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    name = name.slice(3);
    if (!hasOwn(config.options, name) || optionProp(config.options, name, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionProp(config.options, name, 'short');
  const spelled = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionProp(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${spelled}' does not take an argument`);
  }
}

// Strict mode: `--port --verbose` probably forgot the port's value.
function checkAmbiguousValue(token) {
  const value = token.value;
  if (token.inlineValue || value == null || !(value.length > 1 && value[0] === '-')) return;
  const example = token.rawName.startsWith('--') ?
    `'${token.rawName}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function store(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    // `--no-foo` stores false for foo (and the token says so too).
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  // Stored by what was given, not by the declared type (non-strict mode
  // keeps whatever the user wrote).
  const stored = value ?? true;
  if (optionProp(options, name, 'multiple')) {
    if (values[name]) values[name].push(stored);
    else values[name] = [stored];
  } else {
    values[name] = stored;
  }
}

function parseArgs(config = {}) {
  const args = own(config, 'args') ?? defaultArgs();
  const strict = own(config, 'strict') ?? true;
  const allowPositionals = own(config, 'allowPositionals') ?? !strict;
  const returnTokens = own(config, 'tokens') ?? false;
  const allowNegative = own(config, 'allowNegative') ?? false;
  const options = own(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateConfig(options);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  const checkConfig = { options, allowPositionals, allowNegative };
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkUsage(checkConfig, token);
        checkAmbiguousValue(token);
      }
      store(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const [longOption, optionConfig] of Object.entries(options)) {
    const defaultValue = own(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined && longOption !== '__proto__') {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };

// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * util.parseArgs (Node's internal/util/parse_args): command-line arguments into option values and
 * positionals. Arguments are first split into tokens (short groups like -abc expanded, --x=y and
 * -xVALUE split, everything after -- positional), then checked (strict mode) and stored.
 */
'use strict';

const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('../validators');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('../errors');

const hasOwn = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);

/** obj[prop] if it is an own property (inherited configuration is ignored). */
function objectGetOwn(obj, prop) {
  if (hasOwn(obj, prop)) return obj[prop];
}

function optionsGetOwn(options, longOption, prop) {
  if (hasOwn(options, longOption)) return objectGetOwn(options[longOption], prop);
}

/** Anything can be an option's value (greedy), even when it looks like an option. */
function isOptionValue(value) {
  return value != null;
}

function isOptionLikeValue(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

/** -f */
function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

/** --foo */
function isLoneLongOption(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

/** --foo=bar */
function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

/** -fgh, unless the first one takes a string (then it is -fVALUE). */
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionsGetOwn(options, findLongOptionForShort(arg[1], options), 'type') !== 'string';
}

/** -fVALUE for a string option f. */
function isShortOptionAndValue(arg, options) {
  validateObject(options, 'options');
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  return optionsGetOwn(options, findLongOptionForShort(arg[1], options), 'type') === 'string';
}

/** The long name of a short option; the short letter itself when none has it. */
function findLongOptionForShort(shortOption, options) {
  validateObject(options, 'options');
  const entry = Object.entries(options).find(([, config]) => objectGetOwn(config, 'short') === shortOption);
  return entry?.[0] ?? shortOption;
}

function useDefaultValueOption(longOption, optionConfig, values) {
  return objectGetOwn(optionConfig, 'default') !== undefined && values[longOption] === undefined;
}

/** The arguments after the executable and script (after the executable alone for -e/-p). */
function getMainArgs() {
  const execArgv = process.execArgv;
  if (execArgv.includes('-e') || execArgv.includes('--eval') || execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`);
  }
}

function checkOptionUsage(config, token) {
  let tokenName = token.name;
  if (!hasOwn(config.options, tokenName)) {
    // --no-foo for a boolean foo, when negatives are allowed
    if (config.allowNegative && tokenName.startsWith('no-')) {
      tokenName = tokenName.slice(3);
      if (!hasOwn(config.options, tokenName) || optionsGetOwn(config.options, tokenName, 'type') !== 'boolean') {
        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
      }
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionsGetOwn(config.options, tokenName, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${tokenName}`;
  const type = optionsGetOwn(config.options, tokenName, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(token, options, values, allowNegative) {
  let longOption = token.name;
  let optionValue = token.value;
  if (longOption === '__proto__') return;
  if (allowNegative && longOption.startsWith('no-') && optionValue === undefined) {
    longOption = longOption.slice(3);
    token.name = longOption;
    optionValue = false;
  }
  const newValue = optionValue ?? true;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption]) values[longOption].push(newValue);
    else values[longOption] = [newValue];
  } else {
    values[longOption] = newValue;
  }
}

/** The arguments as tokens { kind, index, ... } (index: the argument's position in args). */
function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remainingArgs = args.slice();
  while (remainingArgs.length > 0) {
    const arg = remainingArgs.shift();
    const nextArg = remainingArgs[0];
    // The parts of an expanded short group share the group's index.
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remainingArgs) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    if (isLoneShortOption(arg)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          // A string option takes the rest of the group as its value.
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remainingArgs.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg[1];
      const longOption = findLongOptionForShort(shortOption, options);
      tokens.push({ kind: 'option', name: longOption, rawName: `-${shortOption}`, index, value: arg.slice(2), inlineValue: true });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equalIndex = arg.indexOf('=');
      const longOption = arg.slice(2, equalIndex);
      tokens.push({ kind: 'option', name: longOption, rawName: `--${longOption}`, index, value: arg.slice(equalIndex + 1), inlineValue: true });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function validateOptionConfig(longOption, optionConfig) {
  validateObject(optionConfig, `options.${longOption}`);
  const optionType = objectGetOwn(optionConfig, 'type');
  validateUnion(optionType, `options.${longOption}.type`, ['string', 'boolean']);
  if (hasOwn(optionConfig, 'short')) {
    const shortOption = optionConfig.short;
    validateString(shortOption, `options.${longOption}.short`);
    if (shortOption.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption, 'must be a single character');
    }
  }
  const multipleOption = objectGetOwn(optionConfig, 'multiple');
  if (hasOwn(optionConfig, 'multiple')) validateBoolean(multipleOption, `options.${longOption}.multiple`);
  const defaultValue = objectGetOwn(optionConfig, 'default');
  if (defaultValue !== undefined) {
    let validator;
    if (optionType === 'string') validator = multipleOption ? validateStringArray : validateString;
    else validator = multipleOption ? validateBooleanArray : validateBoolean;
    validator(defaultValue, `options.${longOption}.default`);
  }
}

/** util.parseArgs([config]) */
const parseArgs = (config = {}) => {
  const args = objectGetOwn(config, 'args') ?? getMainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [longOption, optionConfig] of Object.entries(options)) validateOptionConfig(longOption, optionConfig);

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [longOption, optionConfig] of Object.entries(options)) {
    if (useDefaultValueOption(longOption, optionConfig, result.values) && longOption !== '__proto__') {
      result.values[longOption] = objectGetOwn(optionConfig, 'default');
    }
  }
  return result;
};

module.exports = { parseArgs };

export {}; // a module for tsc; the guest sees module.exports

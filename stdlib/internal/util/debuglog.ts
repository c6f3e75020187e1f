// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * util.debuglog(section) (Node's internal/util/debuglog): a logger that writes
 * "SECTION pid: message" to stderr when NODE_DEBUG names the section (comma-separated, `*`
 * wildcards, any case); otherwise it does nothing. Whether it is on is decided on first use.
 */
'use strict';

let debugImpls;
let testEnabled;

/** Reads NODE_DEBUG (the bootstrap calls this; debuglog does on first use otherwise). */
function initializeDebugEnv(debugEnv) {
  debugImpls = { __proto__: null };
  if (debugEnv) {
    const pattern = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').replaceAll(',', '$|^');
    const debugEnvRegex = new RegExp(`^${pattern}$`, 'i');
    testEnabled = (str) => debugEnvRegex.exec(str) !== null;
  } else {
    testEnabled = () => false;
  }
}

function ensureInitialized() {
  if (testEnabled === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
}

function emitWarningIfNeeded(set) {
  if (set === 'HTTP' || set === 'HTTP2') {
    process.emitWarning(`Setting the NODE_DEBUG environment variable to '${set.toLowerCase()}' can expose sensitive ` +
      'data (such as passwords, tokens and authentication headers) in the resulting log.');
  }
}

const noop = () => {};

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      emitWarningIfNeeded(set);
      debugImpls[set] = function debug(...args) {
        const { inspect, format, formatWithOptions } = internalBinding('util');
        const colors = require('./colors').shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', set, coloredPID, msg));
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

/** util.debuglog(section[, callback]): the logger, with an `enabled` getter. */
function debuglog(set, cb) {
  let enabled;
  function init() {
    ensureInitialized();
    set = set.toUpperCase();
    enabled = testEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog, initializeDebugEnv };

export {}; // a module for tsc; the guest sees module.exports

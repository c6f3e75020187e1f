// @ts-nocheck
/**
 * Node's lib/internal/process/per_thread.js (Node 20): the process methods over
 * internalBinding('process_methods'): hrtime (+ .bigint), cpuUsage, memoryUsage (+ .rss),
 * resourceUsage, exit, kill, and the exitCode accessor (validated, read by the host at exit).
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Number, Object } = globalThis;
const NumberIsInteger = Number.isInteger;
const ObjectDefineProperty = Object.defineProperty;

const binding = internalBinding('process_methods');

const kNoFailure = 0;

function lazyCodes() {
  return require('../errors').codes;
}

function validators() {
  return require('../validators');
}

function hrtime(time) {
  const [sec, nsec] = binding.hrtime();
  if (time !== undefined) {
    validators().validateArray(time, 'time');
    if (time.length !== 2) {
      throw new (lazyCodes().ERR_OUT_OF_RANGE)('time', 2, time.length);
    }
    const s = sec - time[0];
    const ns = nsec - time[1];
    const needsBorrow = ns < 0;
    return [needsBorrow ? s - 1 : s, needsBorrow ? ns + 1e9 : ns];
  }
  return [sec, nsec];
}

function hrtimeBigInt() {
  return binding.hrtimeBigInt();
}

hrtime.bigint = hrtimeBigInt;

function previousValueIsValid(num) {
  return typeof num === 'number' && num <= Number.MAX_SAFE_INTEGER && num >= 0;
}

function cpuUsage(prevValue) {
  // If a previous value was passed in, ensure it has the correct shape.
  if (prevValue) {
    if (!previousValueIsValid(prevValue.user)) {
      validators().validateObject(prevValue, 'prevValue');
      validators().validateNumber(prevValue.user, 'prevValue.user');
      throw new (lazyCodes().ERR_INVALID_ARG_VALUE).RangeError('prevValue.user', prevValue.user);
    }
    if (!previousValueIsValid(prevValue.system)) {
      validators().validateNumber(prevValue.system, 'prevValue.system');
      throw new (lazyCodes().ERR_INVALID_ARG_VALUE).RangeError('prevValue.system', prevValue.system);
    }
  }
  const [user, system] = binding.cpuUsage();
  // If a previous value was passed in, return diff of current from previous.
  if (prevValue) {
    return { user: user - prevValue.user, system: system - prevValue.system };
  }
  return { user, system };
}

function memoryUsage() {
  const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
  return { rss, heapTotal, heapUsed, external, arrayBuffers };
}

function rss() {
  return binding.rss();
}

memoryUsage.rss = rss;

function resourceUsage() {
  return binding.resourceUsage();
}

function exit(code) {
  const { handleProcessExit } = require('../modules/run_main');
  process.off('exit', handleProcessExit);

  if (arguments.length !== 0) process.exitCode = code;

  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || kNoFailure);
  }
  // An undocumented API that gets monkey-patched in user land.
  process.reallyExit(process.exitCode || kNoFailure);
}

function kill(pid, sig) {
  let err;
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
  }
  const signals = internalBinding('constants').os.signals;
  // Preserve null signal
  if (sig === (sig | 0)) {
    // We have to use process._kill here because it's monkey-patched by tests.
    err = process._kill(pid, sig);
  } else {
    sig = sig || 'SIGTERM';
    if (signals[sig]) {
      err = process._kill(pid, signals[sig]);
    } else {
      throw new (lazyCodes().ERR_UNKNOWN_SIGNAL)(sig);
    }
  }
  if (err) {
    const { ErrnoException } = require('../errors');
    throw new ErrnoException(err, 'kill');
  }
  return true;
}

/** process.exitCode: validated like node 20, mirrored into the host's exit info. */
function defineExitCode(proc) {
  const { exitInfo, kExitCode, kHasExitCode } = binding;
  let exitCode;
  ObjectDefineProperty(proc, 'exitCode', {
    __proto__: null,
    get() {
      return exitCode;
    },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && NumberIsInteger(+code)) value = +code;
        validators().validateInteger(value, 'code');
        exitInfo[kExitCode] = value;
        exitInfo[kHasExitCode] = 1;
      } else {
        exitInfo[kHasExitCode] = 0;
      }
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });
}

function wrapProcessMethods() {
  return { hrtime, hrtimeBigInt, cpuUsage, resourceUsage, memoryUsage, rss, exit, kill };
}


export { wrapProcessMethods, defineExitCode, hrtime, hrtimeBigInt, exit, kill };

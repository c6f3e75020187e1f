// @ts-nocheck
/**
 * Node's lib/internal/process/warning.js (Node 20): process.emitWarning (a Warning error object,
 * emitted as 'warning' on the next tick; --no-deprecation, --throw-deprecation) and the default
 * 'warning' listener that prints `(node:PID) [CODE] Name: message` to stderr, with the one-time
 * hint about --trace-warnings.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Array, Error, String } = globalThis;
const ArrayIsArray = Array.isArray;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const ErrorPrototypeToString = Function.prototype.call.bind(Error.prototype.toString);

let traceWarningHelperShown = false;

let internalConsoleError;
function writeOut(message) {
  if (internalConsoleError === undefined) {
    const c = require('../bootstrap/node').internalConsole();
    internalConsoleError = c.error ?? null;
  }
  if (internalConsoleError !== null) internalConsoleError(message);
  else process._rawDebug(message);
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : ErrorPrototypeToString(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = require('../modules/path_posix').basename(process.argv0 || 'node').replace(/\.exe$/, '');
    msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  writeOut(msg);
}

// process.emitWarning(error)
// process.emitWarning(str[, type[, code]][, ctor])
// process.emitWarning(str[, options])
function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !ArrayIsArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) require('../validators').validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    require('../validators').validateString(code, 'code');
  }

  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    const { ERR_INVALID_ARG_TYPE } = require('../errors').codes;
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Delay throwing the error to guarantee that all former warnings were properly logged.
      return process.nextTick(() => {
        throw warning;
      });
    }
  }
  process.nextTick(doEmitWarning, warning);
}

function emitWarningSync(warning, type, code, ctor) {
  process.emit('warning', createWarningObject(warning, type, code, ctor));
}

function createWarningObject(warning, type, code, ctor, detail) {
  // Improve error creation performance by skipping the error frames.
  // They are added in the `captureStackTrace()` function below.
  const tmpStackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  warning = new Error(warning);
  Error.stackTraceLimit = tmpStackLimit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  ErrorCaptureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

export { emitWarning, emitWarningSync, onWarning };

// @ts-nocheck
/**
 * The guest half of node's bootstrap (lib/internal/bootstrap/node.js, Node 20), run once per
 * realm by runtime/bootstrap.ts before any user code: makes process an EventEmitter and gives it
 * its JavaScript methods (exit/exitCode, nextTick, emitWarning, hrtime, memoryUsage, ...,
 * _fatalException), starts the nextTick/microtask and timer machinery, and installs the
 * globals (timers, queueMicrotask, structuredClone, atob/btoa, performance, global; the web
 * classes of other builtins, lazily, when those exist).
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Array, Error, Object, Set, String, Symbol, TypeError } = globalThis;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
const ObjectSetPrototypeOf = Object.setPrototypeOf;

const methods = internalBinding('process_methods');
const builtins = internalBinding('builtins');

// The console as it is before user code runs (node's internal console): -p and warnings print with it.
const originalConsole = globalThis.console;
const internalConsoleMethods = {
  log: originalConsole?.log,
  error: originalConsole?.error,
};

function internalConsole() {
  return internalConsoleMethods;
}

/** Defines a writable, enumerable, configurable data property. */
function defineValue(obj, key, value, enumerable = true) {
  ObjectDefineProperty(obj, key, { __proto__: null, value, writable: true, enumerable, configurable: true });
}

function has(id) {
  return builtins.exists(id);
}

// ---- process: an EventEmitter ----

// process becomes an EventEmitter (its prototype's prototype EventEmitter.prototype) when the
// events module is loaded, which happens the first time anything uses process's emitter methods or
// requires 'events': most programs never load it, and loading it is a large part of starting up.
const onProcessEmitterListeners = [];
let processIsEmitter = false;

function makeProcessAnEmitter() {
  if (processIsEmitter) return;
  processIsEmitter = true;
  const EventEmitter = require('../../events');
  const origProcProto = ObjectGetPrototypeOf(process);
  ObjectSetPrototypeOf(origProcProto, EventEmitter.prototype);
  EventEmitter.call(process);
  for (const f of onProcessEmitterListeners) f();
}

{
  const emitterMethods = [
    'setMaxListeners', 'getMaxListeners', 'emit', 'addListener', 'on', 'prependListener', 'once',
    'prependOnceListener', 'removeListener', 'off', 'removeAllListeners', 'listeners', 'rawListeners',
    'listenerCount', 'eventNames',
  ];
  const lazyEmitterPrototype = { __proto__: Object.prototype };
  for (const name of emitterMethods) {
    ObjectDefineProperty(lazyEmitterPrototype, name, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() {
        makeProcessAnEmitter();
        return this[name];
      },
      set(value) {
        makeProcessAnEmitter();
        this[name] = value;
      },
    });
  }
  ObjectSetPrototypeOf(ObjectGetPrototypeOf(process), lazyEmitterPrototype);
  builtins.setLoadHook((id) => {
    if (id === 'events') makeProcessAnEmitter();
  });
}

defineValue(process, 'moduleLoadList', []);
defineValue(process, 'binding', function binding(name) {
  const { ERR_INVALID_ARG_VALUE } = require('../errors').codes;
  throw new ERR_INVALID_ARG_VALUE('name', name, 'is not a binding ouro offers');
});
defineValue(process, '_linkedBinding', function _linkedBinding(name) {
  throw new Error(`No such binding: ${name}`);
});
defineValue(process, 'domain', null);

// process._exiting, read by the host at exit.
{
  const { exitInfo, kExiting } = methods;
  ObjectDefineProperty(process, '_exiting', {
    __proto__: null,
    get() {
      return exitInfo[kExiting] === 1;
    },
    set(value) {
      exitInfo[kExiting] = value ? 1 : 0;
    },
    enumerable: true,
    configurable: true,
  });
}

const perThread = require('../process/per_thread');
perThread.defineExitCode(process);

ObjectDefineProperty(process, 'config', {
  __proto__: null,
  value: methods.config,
  writable: false,
  enumerable: true,
  configurable: true,
});

defineValue(process, 'dlopen', function dlopen(module, filename) {
  const { ERR_DLOPEN_FAILED } = require('../errors').codes;
  throw new ERR_DLOPEN_FAILED(`${filename}: native addons cannot be loaded in ouro (its modules run inside the JavaScript interpreter)`);
});
defineValue(process, 'uptime', function uptime() {
  return methods.uptime();
});
defineValue(process, '_getActiveRequests', function _getActiveRequests() {
  return [];
});
defineValue(process, '_getActiveHandles', function _getActiveHandles() {
  return [];
});
defineValue(process, 'getActiveResourcesInfo', function getActiveResourcesInfo() {
  const { timerInfo, immediateInfo } = internalBinding('timers');
  const out = [];
  for (let i = 0; i < timerInfo[0]; i++) out.push('Timeout');
  for (let i = 0; i < immediateInfo[1]; i++) out.push('Immediate');
  return out;
});
defineValue(process, 'reallyExit', function reallyExit(code) {
  methods.reallyExit(code);
});
defineValue(process, '_kill', function _kill(pid, sig) {
  return methods.kill(pid, sig);
});

{
  const wrapped = perThread.wrapProcessMethods();
  defineValue(process, 'cpuUsage', wrapped.cpuUsage);
  defineValue(process, 'resourceUsage', wrapped.resourceUsage);
  defineValue(process, 'memoryUsage', wrapped.memoryUsage);
  defineValue(process, 'constrainedMemory', function constrainedMemory() {
    return undefined;
  });
  defineValue(process, 'availableMemory', function availableMemory() {
    return methods.availableMemory?.() ?? 0;
  });
  defineValue(process, 'kill', wrapped.kill);
  defineValue(process, 'exit', wrapped.exit);
  defineValue(process, 'hrtime', wrapped.hrtime);
}

for (const name of ['getuid', 'geteuid', 'getgid', 'getegid', 'getgroups']) {
  const f = methods[name];
  defineValue(process, name, { [name]() { return f(); } }[name]);
}

defineValue(process, 'allowedNodeEnvironmentFlags', new Set());

ObjectDefineProperty(process, 'features', {
  __proto__: null,
  value: methods.features,
  writable: false,
  enumerable: true,
  configurable: false,
});

{
  const {
    createOnGlobalUncaughtException,
    setUncaughtExceptionCaptureCallback,
    hasUncaughtExceptionCaptureCallback,
  } = require('../process/execution');
  // For legacy reasons this is still called `_fatalException`: the host's uncaught-exception
  // path calls it (runtime/bindings/errors.ts).
  defineValue(process, '_fatalException', createOnGlobalUncaughtException());
  defineValue(process, 'setUncaughtExceptionCaptureCallback', setUncaughtExceptionCaptureCallback);
  defineValue(process, 'hasUncaughtExceptionCaptureCallback', hasUncaughtExceptionCaptureCallback);
}

{
  const { emitWarning, onWarning } = require('../process/warning');
  defineValue(process, 'emitWarning', emitWarning);
  // The default 'warning' listener is the first one, once process is an emitter (none with --no-warnings).
  if (!methods.execArgv.includes('--no-warnings')) onProcessEmitterListeners.push(() => process.on('warning', onWarning));
}

// Sets up the nextTick queue and the promise rejection tracking.
let runNextTicks;
{
  const { setupTaskQueue } = require('../process/task_queues');
  const tq = setupTaskQueue();
  runNextTicks = tq.runNextTicks;
  defineValue(process, 'nextTick', tq.nextTick);
  // Used to emulate a tick manually in the JS land.
  defineValue(process, '_tickCallback', runNextTicks);
}

defineValue(process, 'sourceMapsEnabled', false);
defineValue(process, 'setSourceMapsEnabled', function setSourceMapsEnabled() {});
defineValue(process, 'getBuiltinModule', function getBuiltinModule(id) {
  require('../validators').validateString(id, 'id');
  const normalized = builtins.normalizeRequirableId(id);
  if (normalized === undefined) return undefined;
  return builtins.loadForUser(normalized);
});

// process.stdout, process.stderr, process.stdin: made on first use.
{
  let stdout, stderr, stdin;
  const getter = (name, make) => ObjectDefineProperty(process, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get: make,
  });
  const make = (fd) => {
    const stream = require('../process/stdio').createWritableStdioStream(fd);
    methods.setStdioStream(fd, stream);
    return stream;
  };
  getter('stdout', () => (stdout ??= make(1)));
  getter('stdin', () => (stdin ??= require('../process/stdio').getStdin()));
  getter('stderr', () => (stderr ??= make(2)));
}

defineValue(process, 'abort', function abort() {
  methods.abort();
});
defineValue(process, 'umask', function umask(mask) {
  return methods.umask(mask);
});
defineValue(process, 'chdir', function chdir(directory) {
  require('../validators').validateString(directory, 'directory');
  methods.chdir(directory);
});
defineValue(process, 'cwd', function cwd() {
  return methods.cwd();
});

if (methods.permissionEnabled) {
  // node's permission model is on (--permission, or an embedder's sandbox).
  const permission = {
    has(scope, reference) {
      require('../validators').validateString(scope, 'scope');
      if (reference != null) {
        // TODO: accept Buffer and URL references as node does.
        require('../validators').validateString(reference, 'reference');
      }
      return methods.permissionHas(scope, reference ?? undefined);
    },
  };
  Object.freeze(permission);
  ObjectDefineProperty(process, 'permission', { __proto__: null, value: permission, writable: false, enumerable: true, configurable: false });
}

// Warnings flags (node's --no-deprecation, --throw-deprecation, --trace-deprecation, --trace-warnings).
for (const arg of methods.execArgv) {
  if (arg === '--no-deprecation') process.noDeprecation = true;
  else if (arg === '--throw-deprecation') process.throwDeprecation = true;
  else if (arg === '--trace-deprecation') process.traceDeprecation = true;
  else if (arg === '--trace-warnings') process.traceProcessWarnings = true;
}

defineValue(process, 'env', methods.env);
defineValue(process, 'title', 'ouro');
defineValue(process, 'argv', methods.argv);
defineValue(process, 'execArgv', methods.execArgv);
ObjectDefineProperty(process, 'pid', { __proto__: null, value: methods.pid, writable: false, enumerable: true, configurable: true });
ObjectDefineProperty(process, 'ppid', { __proto__: null, value: methods.ppid, writable: false, enumerable: true, configurable: true });
defineValue(process, 'execPath', methods.execPath);
defineValue(process, 'debugPort', 9229);
defineValue(process, 'argv0', methods.argv0);

// ---- globals ----

{
  const timers = require('../../timers');
  // The same order of enumerable globals as node.
  defineValue(globalThis, 'global', globalThis);
  defineValue(globalThis, 'clearImmediate', timers.clearImmediate);
  defineValue(globalThis, 'setImmediate', timers.setImmediate);
  defineValue(globalThis, 'clearInterval', timers.clearInterval);
  defineValue(globalThis, 'clearTimeout', timers.clearTimeout);
  defineValue(globalThis, 'setInterval', timers.setInterval);
  defineValue(globalThis, 'setTimeout', timers.setTimeout);

  const { processImmediate, processTimers } = require('../timers').getTimerCallbacks(runNextTicks);
  internalBinding('timers').setupTimers(processImmediate, processTimers);
}

{
  const { queueMicrotask } = require('../process/task_queues');
  defineValue(globalThis, 'queueMicrotask', queueMicrotask);
}

{
  const { structuredClone: clone } = internalBinding('messaging');
  defineValue(globalThis, 'structuredClone', function structuredClone(value, options) {
    if (arguments.length === 0) {
      // As node's C++ throws it (no code in the stack's first line).
      const err = new TypeError('The value argument must be specified');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    return clone(value, options);
  });
}

/** A getter/setter global as node defines lazy ones (the setter replaces it with a data property). */
function defineReplaceableLazy(name, load, enumerable) {
  let value;
  let loaded = false;
  ObjectDefineProperty(globalThis, name, {
    __proto__: null,
    enumerable,
    configurable: true,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(v) {
      ObjectDefineProperty(globalThis, name, { __proto__: null, value: v, writable: true, enumerable, configurable: true });
    },
  });
}

// node's atob/btoa globals are require('buffer').atob/btoa.
defineReplaceableLazy('atob', () => require('../../buffer').atob, true);
defineReplaceableLazy('btoa', () => require('../../buffer').btoa, true);

defineReplaceableLazy('performance', () => {
  if (has('perf_hooks')) return require('../../perf_hooks').performance;
  const binding = internalBinding('performance');
  const kToStringTag = Symbol.toStringTag;
  class Performance {
    now() {
      return binding.now();
    }

    get timeOrigin() {
      return binding.timeOrigin;
    }

    toJSON() {
      return { timeOrigin: binding.timeOrigin };
    }
  }
  ObjectDefineProperty(Performance.prototype, kToStringTag, { __proto__: null, value: 'Performance', configurable: true });
  return new Performance();
}, true);

// The web platform classes other builtins define, installed when those builtins exist.
{
  const lazyClass = (name, id, exportName = name, enumerable = false) => {
    if (!has(id)) return;
    defineReplaceableLazy(name, () => require(`../../${id}`)[exportName], enumerable);
  };
  const dataClass = (name, id, exportName = name) => {
    if (!has(id)) return;
    let value;
    ObjectDefineProperty(globalThis, name, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() {
        value ??= require(`../../${id}`)[exportName];
        ObjectDefineProperty(globalThis, name, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
        return value;
      },
      set(v) {
        ObjectDefineProperty(globalThis, name, { __proto__: null, value: v, writable: true, enumerable: false, configurable: true });
      },
    });
  };
  dataClass('URL', 'internal/url');
  dataClass('URLSearchParams', 'internal/url');
  dataClass('EventTarget', 'internal/event_target');
  dataClass('Event', 'internal/event_target');
  lazyClass('Buffer', 'buffer');
  lazyClass('Blob', 'buffer');
  lazyClass('File', 'buffer');
  lazyClass('TextEncoder', 'internal/encoding');
  lazyClass('TextDecoder', 'internal/encoding');
  lazyClass('AbortController', 'internal/abort_controller');
  lazyClass('AbortSignal', 'internal/abort_controller');
  lazyClass('DOMException', 'internal/per_context/domexception');
}

export { internalConsole };

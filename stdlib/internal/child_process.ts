// @ts-nocheck
/**
 * Node's internal/child_process: the ChildProcess class (an EventEmitter with pid, stdin/stdout/
 * stderr/stdio, kill, ref/unref, exitCode/signalCode; 'spawn', 'exit', 'close' and 'error' in
 * node's order), getValidStdio (node's stdio translation) and the synchronous spawn, over
 * internalBinding('spawn'). IPC channels ('ipc' in stdio, fork's send) are not available yet.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (the API follows
// lib/internal/child_process.js).

const { Array, Symbol } = globalThis;

const EventEmitter = require('../events');
const {
  errnoException,
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_SYNC_FORK_INPUT, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK, ERR_METHOD_NOT_IMPLEMENTED },
} = require('./errors');
const { validateObject, validateOneOf, validateString, validateArray } = require('./validators');
const { convertToValidSignal } = require('./util');
const { toBuffer, decodeBytes } = require('./fs/utils');
const { ChildReadable, ChildWritable } = require('./child_process_stdio');

const binding = internalBinding('spawn');
const { errno: errnoConstants } = internalBinding('constants').os;

const UV_EACCES = -errnoConstants.EACCES;
const UV_EAGAIN = -errnoConstants.EAGAIN;
const UV_EINVAL = -errnoConstants.EINVAL;
const UV_EMFILE = -errnoConstants.EMFILE;
const UV_ENFILE = -errnoConstants.ENFILE;
const UV_ENOENT = -errnoConstants.ENOENT;
const UV_ENOSYS = -errnoConstants.ENOSYS;
const UV_ESRCH = -errnoConstants.ESRCH;

const kIsUsedInChildProcess = Symbol('kIsUsedInChildProcess');

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      options.push(stdio, stdio, stdio);
      break;
    case 'inherit':
      options.push(0, 1, 2);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

/** node's getValidStdio: each slot as { type: 'ignore' | 'pipe' | 'inherit' | 'fd' | 'buffer', ... }. */
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  while (stdio.length < 3) stdio.push(undefined);
  stdio = stdio.reduce((acc, s, i) => {
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      acc.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      acc.push({ type: s === 'overlapped' ? 'overlapped' : 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      ipc = true;
      ipcFd = i;
      acc.push({ type: 'pipe', ipc: true, overlapped: false });
    } else if (s === 'inherit') {
      acc.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || typeof s.fd === 'number') {
      acc.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (isArrayBufferView(s) || typeof s === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('../util').inspect(s));
      acc.push({ type: 'buffer', readable: i === 0, writable: i !== 0, input: s });
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
    return acc;
  }, []);
  return { stdio, ipc, ipcFd };
}

/** The binding's view of one stdio slot: 'pipe', 'ignore' or an fd number. */
function bindingStdio(slot) {
  switch (slot.type) {
    case 'ignore':
      return 'ignore';
    case 'inherit':
    case 'fd':
      return slot.fd;
    default:
      return 'pipe';
  }
}

/** The options record the binding reads. */
function bindingOptions(options, stdio) {
  return {
    file: options.file,
    args: options.args,
    cwd: options.cwd ?? undefined,
    envPairs: options.envPairs,
    stdio: stdio.map(bindingStdio),
    detached: !!options.detached,
    uid: options.uid,
    gid: options.gid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

function onErrorNT(self, err) {
  self._handle.onexit(err);
}

function onSpawnNT(self) {
  self.emit('spawn');
}

function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream._readableState?.readableListening || stream[kIsUsedInChildProcess]) continue;
    stream.resume();
  }
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

/** The process handle (node's ProcessWrap) as the guest sees it: events from the binding. */
class ProcessHandle {
  constructor() {
    this.id = 0;
    this.pid = undefined;
    this.onexit = null;
    this.streams = [];
  }

  spawn(options, stdio) {
    const r = binding.spawn(bindingOptions(options, stdio), (kind, a, b) => {
      if (kind === 'data') this.streams[a]?._onData(b);
      else if (kind === 'end') this.streams[a]?._onEnd();
      else if (kind === 'exit' && this.onexit !== null) this.onexit(a, b);
    });
    this.id = r.id;
    this.pid = r.pid;
    return r.err;
  }

  kill(signal) {
    return binding.kill(this.id, signal);
  }

  ref() {
    binding.ref(this.id);
  }

  unref() {
    binding.unref(this.id);
  }

  close() {}
}

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = new ProcessHandle();
  this._handle.onexit = (exitCode, signalCode) => {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    if (this._handle) this._handle.close();
    const handle = this._handle;
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
      // The child never ran: its pipes end, as their end of file would come, from the event loop.
      setImmediate(() => {
        for (const s of handle.streams) if (s && typeof s._onEnd === 'function') s._onEnd();
      });
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  };
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  let stdio = options.stdio || 'pipe';
  stdio = getValidStdio(stdio, false);
  const ipc = stdio.ipc;
  stdio = options.stdio = stdio.stdio;
  validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
  if (ipc !== undefined) {
    throw new ERR_METHOD_NOT_IMPLEMENTED('child_process IPC channels (ouro has none yet)');
  }
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }
  const err = this._handle.spawn(options, stdio);
  if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
    process.nextTick(onErrorNT, this, err);
    if (err === UV_EMFILE || err === UV_ENFILE) return err;
  } else if (err) {
    this._handle.close();
    this._handle = null;
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawnNT, this);
  }
  this.pid = this._handle.pid;
  const handle = this._handle;
  for (let i = 0; i < stdio.length; i++) {
    const slot = stdio[i];
    if (slot.type !== 'pipe' && slot.type !== 'overlapped') continue;
    slot.socket = i === 0 ? new ChildWritable(handle.id, i) : new ChildReadable(handle.id, i);
    handle.streams[i] = slot.socket;
    if (i > 0 && this.pid !== 0) {
      this._closesNeeded++;
      slot.socket.on('close', () => maybeClose(this));
    }
  }
  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = [];
  for (let i = 0; i < stdio.length; i++) this.stdio.push(stdio[i].socket === undefined ? null : stdio[i].socket);
  return err;
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) {
      // Already dead.
    } else if (err === UV_EINVAL || err === UV_ENOSYS) {
      throw errnoException(err, 'kill');
    } else {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

if (Symbol.dispose !== undefined) {
  ChildProcess.prototype[Symbol.dispose] = function() {
    if (!this.killed) this.kill();
  };
}

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

/** The synchronous spawn (node's internal spawnSync over spawn_sync.spawn). */
function spawnSync(options) {
  const inputs = options.stdio.map((slot) => {
    const input = slot && slot.input;
    if (input == null) return undefined;
    return typeof input === 'string' ? require('./fs/utils').encodeString(input, 'utf8') : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  });
  const record = bindingOptions(options, options.stdio);
  record.inputs = inputs;
  record.timeout = options.timeout;
  record.maxBuffer = options.maxBuffer;
  record.killSignal = options.killSignal;
  const result = binding.spawnSync(record);
  if (result.output) {
    const decode = options.encoding && options.encoding !== 'buffer';
    for (let i = 0; i < result.output.length; i++) {
      const raw = result.output[i];
      if (!raw) continue;
      result.output[i] = decode ? decodeBytes(raw, options.encoding) : toBuffer(raw);
    }
  }
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (result.error) {
    result.error = errnoException(result.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

module.exports = {
  ChildProcess,
  getValidStdio,
  spawnSync,
  stdioStringToArray,
  kIsUsedInChildProcess,
};

export {}; // a module to tsc (its export is module.exports)

// @ts-nocheck
/**
 * A first version of Node's `net` module: isIP, isIPv4, isIPv6 (node's own address grammar),
 * the auto-select-family defaults, and the Socket and Server classes with their factories
 * (connect, createConnection, createServer). ouro has no sockets yet: connecting or listening
 * throws ERR_METHOD_NOT_IMPLEMENTED, so that loading the module and feature checks work. The
 * classes are streams when the stream module exists, EventEmitters otherwise.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (the API follows lib/net.js).

const { RegExp, Symbol } = globalThis;

const EventEmitter = require('./events');
const { codes: { ERR_METHOD_NOT_IMPLEMENTED, ERR_INVALID_ARG_TYPE } } = require('./internal/errors');
const { validateBoolean, validateInt32, validateFunction } = require('./internal/validators');

// node's internal/net: the IPv4 and IPv6 address grammars.
const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) {
  return IPv4Reg.test(s);
}

function isIPv6(s) {
  return IPv6Reg.test(s);
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

const normalizedArgsSymbol = Symbol('normalizedArgs');

/** node's net._normalizeArgs: [options, cb] from (options | port[, host] | path)[, cb]. */
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  if (typeof cb !== 'function') arr = [options, null];
  else arr = [options, cb];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

function baseClass() {
  try {
    return require('./stream').Duplex;
  } catch {
    return EventEmitter;
  }
}

const Base = baseClass();

class Socket extends Base {
  constructor(options) {
    if (typeof options === 'number') options = { fd: options };
    else options = { ...options };
    super(Base === EventEmitter ? undefined : { allowHalfOpen: !!options.allowHalfOpen });
    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._parent = null;
    this._host = null;
    this.allowHalfOpen = !!options.allowHalfOpen;
    this.server = null;
    this._server = null;
  }

  connect(...args) {
    throw new ERR_METHOD_NOT_IMPLEMENTED('net.Socket.connect (ouro has no sockets yet)');
  }

  get pending() {
    return !this._handle || this.connecting;
  }

  get readyState() {
    return 'closed';
  }

  get bufferSize() {
    return 0;
  }

  address() {
    return {};
  }

  setEncoding(encoding) {
    if (typeof super.setEncoding === 'function') return super.setEncoding(encoding);
    return this;
  }

  setNoDelay() {
    return this;
  }

  setKeepAlive() {
    return this;
  }

  setTimeout(timeout, callback) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      if (timeout === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    return this;
  }

  ref() {
    return this;
  }

  unref() {
    return this;
  }
}

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    } else if (options == null || typeof options === 'object') {
      options = { ...options };
    } else {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    this._connections = 0;
    this._handle = null;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = !!options.pauseOnConnect;
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  }

  listen(...args) {
    throw new ERR_METHOD_NOT_IMPLEMENTED('net.Server.listen (ouro has no sockets yet)');
  }

  get listening() {
    return false;
  }

  address() {
    return null;
  }

  close(cb) {
    if (typeof cb === 'function') {
      const { ERR_SERVER_NOT_RUNNING } = require('./internal/errors').codes;
      this.once('close', () => cb(new ERR_SERVER_NOT_RUNNING()));
    }
    process.nextTick(() => this.emit('close'));
    return this;
  }

  getConnections(cb) {
    process.nextTick(cb, null, this._connections);
    return this;
  }

  ref() {
    this._unref = false;
    return this;
  }

  unref() {
    this._unref = true;
    return this;
  }
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  return socket.connect(normalized);
}

module.exports = {
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};

export {}; // a module to tsc (its export is module.exports)

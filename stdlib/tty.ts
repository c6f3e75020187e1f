// @ts-nocheck
/**
 * A first version of Node's `tty` module: isatty(fd) over the runtime's view of its fds, and
 * ReadStream / WriteStream (net.Socket subclasses, as in node) for a terminal fd: isTTY, columns
 * and rows, getWindowSize, getColorDepth / hasColors (node's reading of the environment),
 * setRawMode, and writes straight to the fd.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (the API follows lib/tty.js
// and lib/internal/tty.js).

const { Number } = globalThis;

const net = require('./net');
const { codes: { ERR_INVALID_FD, ERR_INVALID_ARG_TYPE } } = require('./internal/errors');

const utilBinding = internalBinding('util');
const fsBinding = internalBinding('fs');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && utilBinding.guessHandleType(fd) === 'TTY';
}

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

const TERM_ENVS = {
  'eterm': COLORS_16,
  'cons25': COLORS_16,
  'console': COLORS_16,
  'cygwin': COLORS_16,
  'dtterm': COLORS_16,
  'gnome': COLORS_16,
  'hurd': COLORS_16,
  'jfbterm': COLORS_16,
  'konsole': COLORS_16,
  'kterm': COLORS_16,
  'mlterm': COLORS_16,
  'mosh': COLORS_16m,
  'putty': COLORS_16,
  'st': COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  'terminator': COLORS_16m,
  'xterm-kitty': COLORS_16m,
};

const CI_ENVS_MAP = { APPVEYOR: COLORS_256, BUILDKITE: COLORS_256, CIRCLECI: COLORS_16m, DRONE: COLORS_256, GITEA_ACTIONS: COLORS_16m, GITHUB_ACTIONS: COLORS_16m, GITLAB_CI: COLORS_256, TRAVIS: COLORS_256 };

const TERM_ENVS_REG_EXP = [/ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/, /^vt220/];

let warned = false;
function warnOnDeactivatedColors(env) {
  if (warned) return;
  let name = '';
  if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
  if (env.NO_COLOR !== undefined) {
    if (name !== '') name += "' and '";
    name += 'NO_COLOR';
  }
  if (name !== '') {
    process.emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
    warned = true;
  }
}

/** node's internal/tty getColorDepth. */
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        warnOnDeactivatedColors(env);
        return COLORS_16;
      case '2':
        warnOnDeactivatedColors(env);
        return COLORS_256;
      case '3':
        warnOnDeactivatedColors(env);
        return COLORS_16m;
      default:
        return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_16m;
  if (env.CI) {
    for (const key in CI_ENVS_MAP) {
      if (key in env) return CI_ENVS_MAP[key];
    }
    if (env.CI_NAME === 'codeship') return COLORS_256;
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const termEnv = env.TERM.toLowerCase();
    if (TERM_ENVS[termEnv]) return TERM_ENVS[termEnv];
    if (TERM_ENVS_REG_EXP.some((re) => re.test(termEnv))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    const { validateInteger } = require('./internal/validators');
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

function checkFd(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
}

class ReadStream extends net.Socket {
  constructor(fd, options) {
    checkFd(fd);
    super(options);
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    flag = !!flag;
    this.isRaw = flag;
    return this;
  }
}

class WriteStream extends net.Socket {
  constructor(fd) {
    checkFd(fd);
    super();
    this.fd = fd;
    this._type = 'tty';
    this.isTTY = true;
    this.columns = 80;
    this.rows = 24;
  }

  getColorDepth(env) {
    return getColorDepth(env);
  }

  hasColors(count, env) {
    return hasColors(count, env);
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string') fsBinding.writeString(this.fd, chunk);
    else if (ArrayBuffer.isView(chunk)) fsBinding.writeBuffer(this.fd, chunk, 0, chunk.byteLength);
    else throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    }
    if (chunk != null) this.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return this;
  }

  _refreshSize() {}

  cursorTo(x, y, cb) {
    return require('./readline').cursorTo(this, x, y, cb);
  }

  moveCursor(dx, dy, cb) {
    return require('./readline').moveCursor(this, dx, dy, cb);
  }

  clearLine(dir, cb) {
    return require('./readline').clearLine(this, dir, cb);
  }

  clearScreenDown(cb) {
    return require('./readline').clearScreenDown(this, cb);
  }
}

module.exports = { isatty, ReadStream, WriteStream };

export {}; // a module to tsc (its export is module.exports)

// @ts-nocheck
/**
 * fs.cp, fs.cpSync and fs.promises.cp (Node 20's lib/internal/fs/cp/cp.js and cp-sync.js): a
 * recursive copy over the fs primitives, with node's checks and SystemErrors (ERR_FS_CP_EINVAL,
 * ERR_FS_CP_DIR_TO_NON_DIR, ERR_FS_CP_NON_DIR_TO_DIR, ERR_FS_EISDIR, ERR_FS_CP_EEXIST, ...) and
 * options (filter, force, errorOnExist, dereference, preserveTimestamps, verbatimSymlinks, mode).
 *
 * One algorithm serves both forms: a generator that yields each file system operation's result;
 * the synchronous driver hands results straight back, the asynchronous one awaits them.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence.

const { Promise } = globalThis;

const { codes } = require('../errors');
const {
  ERR_FS_CP_DIR_TO_NON_DIR,
  ERR_FS_CP_EEXIST,
  ERR_FS_CP_EINVAL,
  ERR_FS_CP_FIFO_PIPE,
  ERR_FS_CP_NON_DIR_TO_DIR,
  ERR_FS_CP_SOCKET,
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
  ERR_FS_CP_UNKNOWN,
  ERR_FS_EISDIR,
  ERR_INCOMPATIBLE_OPTION_PAIR,
  ERR_INVALID_RETURN_VALUE,
} = codes;
const { os: { errno: { EEXIST, EISDIR, EINVAL, ENOTDIR } } } = internalBinding('constants');
const { validateBoolean, validateFunction, validateObject } = require('../validators');
const { getValidMode, getValidatedPath, pathString } = require('./utils');
const { dirname, isAbsolute, join, parse, resolve, sep } = require('../../path');

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions, mode: 0 };
  validateObject(options, 'options');
  options = { ...defaultCpOptions, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  options.mode = getValidMode(options.mode, 'copyFile');
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function ctx(message, path, errno, code) {
  return { message, path, syscall: 'cp', errno, code };
}

function isSrcSubdir(src, dest) {
  const srcArr = resolve(src).split(sep).filter((s) => s !== '');
  const destArr = resolve(dest).split(sep).filter((s) => s !== '');
  return srcArr.every((cur, i) => destArr[i] === cur);
}

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino && destStat.dev === srcStat.dev;
}

function isPromise(v) {
  return v != null && typeof v.then === 'function';
}

/** The operations the algorithm yields, in their synchronous and asynchronous forms. */
function ioOf(fs, async) {
  if (!async) {
    return {
      stat: (p) => fs.statSync(p, { bigint: true }),
      lstat: (p) => fs.lstatSync(p, { bigint: true }),
      exists: (p) => fs.existsSync(p),
      mkdir: (p, o) => fs.mkdirSync(p, o),
      copyFile: (a, b, m) => fs.copyFileSync(a, b, m),
      unlink: (p) => fs.unlinkSync(p),
      chmod: (p, m) => fs.chmodSync(p, m),
      utimes: (p, a, m) => fs.utimesSync(p, a, m),
      readdir: (p) => fs.readdirSync(p),
      readlink: (p) => fs.readlinkSync(p),
      symlink: (a, b) => fs.symlinkSync(a, b),
      async: false,
    };
  }
  const p = fs.promises;
  return {
    stat: (x) => p.stat(x, { bigint: true }),
    lstat: (x) => p.lstat(x, { bigint: true }),
    exists: (x) => p.access(x).then(() => true, () => false),
    mkdir: (x, o) => p.mkdir(x, o),
    copyFile: (a, b, m) => p.copyFile(a, b, m),
    unlink: (x) => p.unlink(x),
    chmod: (x, m) => p.chmod(x, m),
    utimes: (x, a, m) => p.utimes(x, a, m),
    readdir: (x) => p.readdir(x),
    readlink: (x) => p.readlink(x),
    symlink: (a, b) => p.symlink(a, b),
    async: true,
  };
}

function* checkPaths(src, dest, opts, io) {
  if (opts.filter) {
    const shouldCopy = yield opts.filter(src, dest);
    if (!shouldCopy) return { skipped: true };
  }
  const statFunc = opts.dereference ? io.stat : io.lstat;
  const srcStat = yield statFunc(src);
  let destStat = null;
  try {
    destStat = yield statFunc(dest);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw new ERR_FS_CP_EINVAL(ctx('src and dest cannot be the same', dest, EINVAL, 'EINVAL'));
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw new ERR_FS_CP_DIR_TO_NON_DIR(ctx(`cannot overwrite directory ${src} with non-directory ${dest}`, dest, EISDIR, 'EISDIR'));
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw new ERR_FS_CP_NON_DIR_TO_DIR(ctx(`cannot overwrite non-directory ${src} with directory ${dest}`, dest, ENOTDIR, 'ENOTDIR'));
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw new ERR_FS_CP_EINVAL(ctx(`cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  return { srcStat, destStat, skipped: false };
}

function* checkParentPaths(src, srcStat, dest, io) {
  const srcParent = resolve(dirname(src));
  const destParent = resolve(dirname(dest));
  if (destParent === srcParent || destParent === parse(destParent).root) return;
  let destStat;
  try {
    destStat = yield io.stat(destParent);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (areIdentical(srcStat, destStat)) {
    throw new ERR_FS_CP_EINVAL(ctx(`cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  yield* checkParentPaths(src, srcStat, destParent, io);
}

function* copyEntry(destStat, src, dest, opts, io) {
  const srcStat = yield (opts.dereference ? io.stat : io.lstat)(src);
  if (srcStat.isDirectory() && opts.recursive) {
    if (!destStat) {
      yield io.mkdir(dest);
      yield* copyDir(src, dest, opts, io);
      yield io.chmod(dest, Number(srcStat.mode));
      return;
    }
    yield* copyDir(src, dest, opts, io);
  } else if (srcStat.isDirectory()) {
    // (errno EINVAL with code EISDIR, as node's.)
    throw new ERR_FS_EISDIR(ctx(`${src} is a directory (not copied)`, src, EINVAL, 'EISDIR'));
  } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.force) {
        yield io.unlink(dest);
      } else {
        if (opts.errorOnExist) throw new ERR_FS_CP_EEXIST(ctx(`${dest} already exists`, dest, EEXIST, 'EEXIST'));
        return;
      }
    }
    yield io.copyFile(src, dest, opts.mode);
    const mode = Number(srcStat.mode);
    if (opts.preserveTimestamps) {
      if ((mode & 0o200) === 0) yield io.chmod(dest, mode | 0o200);
      const updated = yield io.stat(src);
      yield io.utimes(dest, updated.atime, updated.mtime);
    }
    yield io.chmod(dest, mode);
  } else if (srcStat.isSymbolicLink()) {
    yield* copyLink(destStat, src, dest, opts, io);
  } else if (srcStat.isSocket()) {
    throw new ERR_FS_CP_SOCKET(ctx(`cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL'));
  } else if (srcStat.isFIFO()) {
    throw new ERR_FS_CP_FIFO_PIPE(ctx(`cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL'));
  } else {
    throw new ERR_FS_CP_UNKNOWN(ctx(`cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL'));
  }
}

function* copyDir(src, dest, opts, io) {
  const names = yield io.readdir(src);
  for (const name of names) {
    const srcItem = join(src, name);
    const destItem = join(dest, name);
    const { destStat, skipped } = yield* checkPaths(srcItem, destItem, opts, io);
    if (!skipped) yield* copyEntry(destStat, srcItem, destItem, opts, io);
  }
}

function* copyLink(destStat, src, dest, opts, io) {
  let resolvedSrc = yield io.readlink(src);
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) resolvedSrc = resolve(dirname(src), resolvedSrc);
  if (!destStat) {
    yield io.symlink(resolvedSrc, dest);
    return;
  }
  let resolvedDest;
  try {
    resolvedDest = yield io.readlink(dest);
  } catch (err) {
    // dest exists and is a regular file or directory.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield io.symlink(resolvedSrc, dest);
      return;
    }
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw new ERR_FS_CP_EINVAL(ctx(`cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest, EINVAL, 'EINVAL'));
  }
  const srcStat = yield io.stat(src);
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY(ctx(`cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL'));
  }
  yield io.unlink(dest);
  yield io.symlink(resolvedSrc, dest);
}

function* cpAlgorithm(src, dest, opts, io) {
  const { srcStat, destStat, skipped } = yield* checkPaths(src, dest, opts, io);
  if (skipped) return;
  yield* checkParentPaths(src, srcStat, dest, io);
  const destParent = dirname(dest);
  if (!(yield io.exists(destParent))) yield io.mkdir(destParent, { recursive: true });
  yield* copyEntry(destStat, src, dest, opts, io);
}

function runSync(gen, opts) {
  let step = gen.next();
  while (!step.done) {
    // A filter must answer at once in the synchronous form.
    if (isPromise(step.value)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', step.value);
    step = gen.next(step.value);
  }
  return step.value;
}

async function runAsync(gen) {
  let step = gen.next();
  while (!step.done) {
    let value;
    try {
      value = await step.value;
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
  return step.value;
}

function paths(src, dest) {
  return [pathString(getValidatedPath(src, 'src')), pathString(getValidatedPath(dest, 'dest'))];
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  [src, dest] = paths(src, dest);
  runSync(cpAlgorithm(src, dest, opts, ioOf(require('../../fs'), false)));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  const opts = validateCpOptions(options);
  [src, dest] = paths(src, dest);
  runAsync(cpAlgorithm(src, dest, opts, ioOf(require('../../fs'), true))).then(() => callback(null), callback);
}

async function cpPromise(src, dest, options) {
  const opts = validateCpOptions(options);
  [src, dest] = paths(src, dest);
  return runAsync(cpAlgorithm(src, dest, opts, ioOf(require('../../fs'), true)));
}

export { cp, cpSync, cpPromise };

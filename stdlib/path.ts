// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * node:path — POSIX and Windows path manipulation, with Node 20's results for every edge case
 * (UNC roots, drive-relative paths, reserved device names, trailing separators) and its
 * ERR_INVALID_ARG_TYPE validation. `path.posix` and `path.win32` are the two flavours; the module
 * itself is the one of the (guest) platform.
 */
'use strict';

const { validateObject, validateString } = require('./internal/validators');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\'
const DOT = 46; // '.'
const COLON = 58; // ':'
const QUESTION = 63; // '?'

const isPosixSep = (c) => c === SLASH;
const isWinSep = (c) => c === SLASH || c === BACKSLASH;

/** A-Z or a-z: the letter of a drive root `C:`. */
function isDriveLetter(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** True when `path` starts with a drive root `X:`. */
function hasDrivePrefix(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0));
}

const RESERVED_DEVICE_NAMES = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

/**
 * Whether the text before `colonIndex` is a Windows device name (CON, COM1, ...). As in Node, a
 * colonIndex of -1 looks at all but the last character.
 */
function isReservedDeviceName(path, colonIndex) {
  return RESERVED_DEVICE_NAMES.has(path.slice(0, colonIndex).toUpperCase());
}

/**
 * Resolves `.` and `..` segments of a root-less path; empty segments vanish. A `..` removes the
 * previous segment unless that is itself `..`; with nothing to remove it stays only when
 * allowAboveRoot. Separators in the result are `sep`.
 */
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path.charCodeAt(i))) continue;
    const seg = path.slice(start, i);
    start = i + 1;
    if (seg.length === 0 || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(seg);
    }
  }
  return out.join(sep);
}

/**
 * Matches a UNC root `\\server\share` at the start of a Windows path (either separator, any
 * number of them between the parts). Returns the parts and where the share name ends, or null.
 */
function matchUNCRoot(path) {
  const len = path.length;
  if (len < 2 || !isWinSep(path.charCodeAt(0)) || !isWinSep(path.charCodeAt(1))) return null;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j >= len || j === 2) return null;
  const server = path.slice(2, j);
  const sepStart = j;
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j >= len || j === sepStart) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { server, share: path.slice(shareStart, j), shareStart, end: j };
}

/**
 * The scan shared by extname and parse: over the last path component (ignoring trailing
 * separators) at or after `stop`, finds where it starts and ends and where its extension dot is.
 */
function scanLastComponent(path, stop, isSep, startPart = stop) {
  let startDot = -1;
  let end = -1;
  let matchedSep = true;
  // 0: no character seen before the dot yet; 1: only dots; -1: a non-dot character
  let preDotState = 0;
  for (let i = path.length - 1; i >= stop; i--) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSep) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSep = false;
      end = i + 1;
    }
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  // No extension when there is no dot, the dot starts the name (`.bashrc`), or the name is `..`.
  const noExt = startDot === -1 || end === -1 || preDotState === 0 ||
    (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1);
  return { startPart, startDot: noExt ? -1 : startDot, end };
}

/** The last component of path after `start`, without `suffix` when it ends with it. */
function basenameFrom(path, start, suffix, isSep) {
  let end = -1;
  let matchedSep = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let extIdx = suffix.length - 1;
    let firstNonSepEnd = -1;
    for (let i = path.length - 1; i >= start; i--) {
      const code = path.charCodeAt(i);
      if (isSep(code)) {
        if (!matchedSep) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (firstNonSepEnd === -1) {
        matchedSep = false;
        firstNonSepEnd = i + 1;
      }
      if (extIdx >= 0) {
        if (code === suffix.charCodeAt(extIdx)) {
          if (--extIdx === -1) end = i;
        } else {
          extIdx = -1;
          end = firstNonSepEnd;
        }
      }
    }
    if (start === end) end = firstNonSepEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= start; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (!matchedSep) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSep = false;
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

let globWarned = false;

/** A glob pattern as a regular expression (`*`, `**`, `?`, `[...]`, `{a,b}`, `\` escapes on POSIX). */
function globToRegExp(pattern, windows) {
  const sepClass = windows ? '[\\\\/]' : '\\/';
  const notSep = windows ? '[^\\\\/]' : '[^/]';
  let re = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/' || (windows && pattern[i - 1] === '\\');
        let k = i + 2;
        const atEnd = k === pattern.length || pattern[k] === '/' || (windows && pattern[k] === '\\');
        if (atStart && atEnd) {
          // `**` as a whole segment: any number of segments not starting with a dot
          if (k < pattern.length) {
            re += `(?:(?!\\.)${notSep}*${sepClass})*`;
            i = k;
          } else {
            re += `(?:(?!\\.)${notSep}*(?:${sepClass}|$))*`;
            i = k - 1;
          }
          continue;
        }
        while (pattern[i + 1] === '*') i++;
      }
      const segStart = i === 0 || pattern[i - 1] === '/' || (windows && pattern[i - 1] === '\\');
      re += segStart ? `(?!\\.)${notSep}*` : `${notSep}*`;
    } else if (c === '?') {
      re += notSep;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body[0] === '!') body = `^${body.slice(1)}`;
      re += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) {
      re += '|';
    } else if (c === '\\' && !windows && i + 1 < pattern.length) {
      re += `\\${pattern[++i]}`;
    } else if (c === '/' || (windows && c === '\\')) {
      re += sepClass;
    } else {
      re += /[.+^$()|[\]{}\\]/.test(c) ? `\\${c}` : c;
    }
  }
  while (braces-- > 0) re += ')';
  return new RegExp(`^${re}$`, process.platform === 'darwin' || process.platform === 'win32' ? 'i' : '');
}

function glob(path, pattern, windows) {
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time', 'ExperimentalWarning');
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  return globToRegExp(pattern, windows).test(path);
}

const win32 = {
  /** path.resolve([...paths]) */
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;

    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // The drive's own current directory (`=C:` in the environment), else the process cwd
        // if it is on that drive, else the drive's root.
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }

      let rootEnd = 0;
      let device = '';
      let isAbsolute = false;
      const code = path.charCodeAt(0);
      if (path.length === 1) {
        if (isWinSep(code)) {
          rootEnd = 1;
          isAbsolute = true;
        }
      } else if (isWinSep(code)) {
        isAbsolute = true;
        if (isWinSep(path.charCodeAt(1))) {
          const unc = matchUNCRoot(path);
          if (unc !== null) {
            if (unc.server === '.' || unc.server === '?') {
              device = `\\\\${unc.server}`;
              rootEnd = 4;
            } else {
              device = `\\\\${unc.server}\\${unc.share}`;
              rootEnd = unc.end;
            }
          }
        } else {
          rootEnd = 1;
        }
      } else if (hasDrivePrefix(path)) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (path.length > 2 && isWinSep(path.charCodeAt(2))) {
          isAbsolute = true;
          rootEnd = 3;
        }
      }

      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          // A path on another device does not apply.
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }

      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }

    resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isWinSep);
    return resolvedAbsolute ? `${resolvedDevice}\\${resolvedTail}` : `${resolvedDevice}${resolvedTail}` || '.';
  },

  /** path.normalize(path) */
  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return code === SLASH ? '\\' : path;

    let rootEnd = 0;
    let device;
    let isAbsolute = false;
    if (isWinSep(code)) {
      isAbsolute = true;
      if (isWinSep(path.charCodeAt(1))) {
        const unc = matchUNCRoot(path);
        if (unc !== null) {
          if (unc.server === '.' || unc.server === '?') {
            device = `\\\\${unc.server}`;
            rootEnd = 4;
          } else if (unc.end === len) {
            // Only a UNC root: its normal form ends with a separator.
            return `\\\\${unc.server}\\${unc.share}\\`;
          } else {
            device = `\\\\${unc.server}\\${unc.share}`;
            rootEnd = unc.end;
          }
        }
      } else {
        rootEnd = 1;
      }
    } else {
      const colonIndex = path.indexOf(':');
      if (colonIndex > 0) {
        if (colonIndex === 1 && isDriveLetter(code)) {
          device = path.slice(0, 2);
          rootEnd = 2;
          if (len > 2 && isWinSep(path.charCodeAt(2))) {
            isAbsolute = true;
            rootEnd = 3;
          }
        } else if (isReservedDeviceName(path, colonIndex)) {
          device = path.slice(0, colonIndex + 1);
          rootEnd = colonIndex + 1;
        }
      }
    }

    let tail = rootEnd < len ? normalizeSegments(path.slice(rootEnd), !isAbsolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';

    if (!isAbsolute && device === undefined && path.includes(':')) {
      // The result must not turn into something Windows reads as a drive or device path
      // (CVE-2024-36139): prefix it with `.\` then.
      if (tail.length >= 2 && isDriveLetter(tail.charCodeAt(0)) && tail.charCodeAt(1) === COLON) {
        return `.\\${tail}`;
      }
      for (let index = path.indexOf(':'); index !== -1; index = path.indexOf(':', index + 1)) {
        if (index === len - 1 || isWinSep(path.charCodeAt(index + 1))) return `.\\${tail}`;
      }
    }
    if (isReservedDeviceName(path, path.indexOf(':'))) return `.\\${device ?? ''}${tail}`;
    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  /** path.isAbsolute(path) */
  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isWinSep(code) || (len > 2 && hasDrivePrefix(path) && isWinSep(path.charCodeAt(2)));
  },

  /** path.join([...paths]) */
  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';

    // Leading separators would make normalize() see a UNC root; keep them only when the first
    // non-empty part clearly starts one (exactly two separators, then a non-separator).
    let needsReplace = true;
    let slashCount = 0;
    if (isWinSep(firstPart.charCodeAt(0))) {
      slashCount++;
      if (firstPart.length > 1 && isWinSep(firstPart.charCodeAt(1))) {
        slashCount++;
        if (firstPart.length > 2) {
          if (isWinSep(firstPart.charCodeAt(2))) slashCount++;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isWinSep(joined.charCodeAt(slashCount))) slashCount++;
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }
    return win32.normalize(joined);
  },

  /** path.relative(from, to): case-insensitive, as Windows paths are. */
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';

    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      // Lower-casing changed the length (e.g. 'İ'): compare component by component.
      const fromSplit = fromOrig.split('\\');
      const toSplit = toOrig.split('\\');
      if (fromSplit[fromSplit.length - 1] === '') fromSplit.pop();
      if (toSplit[toSplit.length - 1] === '') toSplit.pop();
      const fromLen = fromSplit.length;
      const toLen = toSplit.length;
      const length = Math.min(fromLen, toLen);
      let i = 0;
      while (i < length && fromSplit[i].toLowerCase() === toSplit[i].toLowerCase()) i++;
      if (i === 0) return toOrig;
      if (i === length) {
        if (toLen > length) return toSplit.slice(i).join('\\');
        if (fromLen > length) return `${'..\\'.repeat(fromLen - 1 - i)}..`;
        return '';
      }
      return '..\\'.repeat(fromLen - i) + toSplit.slice(i).join('\\');
    }

    // Trim leading backslashes, and trailing ones (UNC roots keep one).
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === BACKSLASH) fromStart++;
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === BACKSLASH) fromEnd--;
    const fromLen = fromEnd - fromStart;
    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === BACKSLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === BACKSLASH) toEnd--;
    const toLen = toEnd - toStart;

    const length = Math.min(fromLen, toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      if (fromCode === BACKSLASH) lastCommonSep = i;
    }

    if (i !== length) {
      // A mismatch before any common separator: nothing in common (another drive).
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        // `from` is a base of `to` ('C:\foo' → 'C:\foo\bar'), or the drive root ('C:\').
        if (to.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; i++) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) toStart++;
    return toOrig.slice(toStart, toEnd);
  },

  /** path.toNamespacedPath(path): the `\\?\` long form of a resolved drive or UNC path. */
  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolvedPath = win32.resolve(path);
    if (resolvedPath.length <= 2) return path;
    if (resolvedPath.charCodeAt(0) === BACKSLASH) {
      if (resolvedPath.charCodeAt(1) === BACKSLASH) {
        const code = resolvedPath.charCodeAt(2);
        if (code !== QUESTION && code !== DOT) return `\\\\?\\UNC\\${resolvedPath.slice(2)}`;
      }
    } else if (hasDrivePrefix(resolvedPath) && resolvedPath.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolvedPath}`;
    }
    return resolvedPath;
  },

  /** path.dirname(path) */
  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) return isWinSep(code) ? path : '.';

    let rootEnd = -1;
    let offset = 0;
    if (isWinSep(code)) {
      rootEnd = offset = 1;
      const unc = matchUNCRoot(path);
      if (unc !== null) {
        if (unc.end === len) return path; // a UNC root only
        rootEnd = offset = unc.end + 1; // the separator after the root belongs to it
      }
    } else if (hasDrivePrefix(path)) {
      rootEnd = offset = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }

    let end = -1;
    let matchedSep = true;
    for (let i = len - 1; i >= offset; i--) {
      if (isWinSep(path.charCodeAt(i))) {
        if (!matchedSep) {
          end = i;
          break;
        }
      } else {
        matchedSep = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  /** path.basename(path[, suffix]) */
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // Skip a drive root so its separator is not taken for a trailing one.
    return basenameFrom(path, hasDrivePrefix(path) ? 2 : 0, suffix, isWinSep);
  },

  /** path.extname(path) */
  extname(path) {
    validateString(path, 'path');
    const { startDot, end } = scanLastComponent(path, hasDrivePrefix(path) ? 2 : 0, isWinSep);
    return startDot === -1 ? '' : path.slice(startDot, end);
  },

  format: (pathObject) => formatWith('\\', pathObject),

  /** path.parse(path) */
  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const code = path.charCodeAt(0);
    if (len === 1) {
      if (isWinSep(code)) ret.root = ret.dir = path;
      else ret.base = ret.name = path;
      return ret;
    }

    let rootEnd = 0;
    if (isWinSep(code)) {
      rootEnd = 1;
      const unc = matchUNCRoot(path);
      if (unc !== null) rootEnd = unc.end === len ? len : unc.end + 1;
    } else if (hasDrivePrefix(path)) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isWinSep(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    const { startPart, startDot, end } = scanLastComponent(path, rootEnd, isWinSep);
    if (end !== -1) {
      ret.base = path.slice(startPart, end);
      if (startDot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(startPart, startDot);
        ret.ext = path.slice(startDot, end);
      }
    }
    // A directory that is the root keeps the whole root (`C:\abc` → `C:\`).
    ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return glob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

/** The cwd as a POSIX path (on Windows: backslashes turned into slashes, the drive dropped). */
function posixCwd() {
  const cwd = process.cwd();
  if (process.platform !== 'win32') return cwd;
  const slashed = cwd.replace(/\\/g, '/');
  return slashed.slice(slashed.indexOf('/'));
}

const posix = {
  /** path.resolve([...paths]) */
  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= 0 && !resolvedAbsolute; i--) {
      const path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === SLASH;
    }
    if (!resolvedAbsolute) {
      const cwd = posixCwd();
      resolvedPath = `${cwd}/${resolvedPath}`;
      resolvedAbsolute = cwd.charCodeAt(0) === SLASH;
    }
    resolvedPath = normalizeSegments(resolvedPath, !resolvedAbsolute, '/', isPosixSep);
    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  /** path.normalize(path) */
  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path.charCodeAt(0) === SLASH;
    const trailingSeparator = path.charCodeAt(path.length - 1) === SLASH;
    path = normalizeSegments(path, !isAbsolute, '/', isPosixSep);
    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';
    return isAbsolute ? `/${path}` : path;
  },

  /** path.isAbsolute(path) */
  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  /** path.join([...paths]) */
  join(...args) {
    if (args.length === 0) return '.';
    const parts = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    return posix.normalize(parts.join('/'));
  },

  /** path.relative(from, to) */
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';

    // Both are absolute: compare after the leading slash.
    const fromLen = from.length - 1;
    const toLen = to.length - 1;
    const length = Math.min(fromLen, toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(1 + i);
      if (fromCode !== to.charCodeAt(1 + i)) break;
      if (fromCode === SLASH) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        // `from` is a base of `to` ('/foo' → '/foo/bar'), or the root.
        if (to.charCodeAt(1 + i) === SLASH) return to.slice(1 + i + 1);
        if (i === 0) return to.slice(1 + i);
      } else if (fromLen > length) {
        // `to` is a base of `from`, or the root.
        if (from.charCodeAt(1 + i) === SLASH) lastCommonSep = i;
        else if (i === 0) lastCommonSep = 0;
      }
    }

    let out = '';
    for (i = 1 + lastCommonSep + 1; i <= from.length; i++) {
      if (i === from.length || from.charCodeAt(i) === SLASH) out += out.length === 0 ? '..' : '/..';
    }
    return `${out}${to.slice(1 + lastCommonSep)}`;
  },

  /** path.toNamespacedPath(path): nothing to do on POSIX. */
  toNamespacedPath(path) {
    return path;
  },

  /** path.dirname(path) */
  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let end = -1;
    let matchedSep = true;
    for (let i = path.length - 1; i >= 1; i--) {
      if (path.charCodeAt(i) === SLASH) {
        if (!matchedSep) {
          end = i;
          break;
        }
      } else {
        matchedSep = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  /** path.basename(path[, suffix]) */
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameFrom(path, 0, suffix, isPosixSep);
  },

  /** path.extname(path) */
  extname(path) {
    validateString(path, 'path');
    const { startDot, end } = scanLastComponent(path, 0, isPosixSep);
    return startDot === -1 ? '' : path.slice(startDot, end);
  },

  format: (pathObject) => formatWith('/', pathObject),

  /** path.parse(path) */
  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === SLASH;
    if (isAbsolute) ret.root = '/';
    // The component scan stops after the root, but a name right after it counts from index 0.
    const { startPart, startDot, end } = scanLastComponent(path, isAbsolute ? 1 : 0, isPosixSep, 0);
    if (end !== -1) {
      const start = startPart === 0 && isAbsolute ? 1 : startPart;
      ret.base = path.slice(start, end);
      if (startDot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(start, startDot);
        ret.ext = path.slice(startDot, end);
      }
    }
    if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
    else if (isAbsolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return glob(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

// Legacy, documentation-only deprecated (DEP0080).
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = process.platform === 'win32' ? win32 : posix;

export {}; // a module for tsc; the guest sees module.exports

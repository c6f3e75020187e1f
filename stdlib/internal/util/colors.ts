// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * Whether output to a stream gets colours (Node's internal/util/colors), and the escape codes
 * for stderr's colours. FORCE_COLOR decides when set; otherwise a TTY stream with colour depth
 * above 2 (or without getColorDepth).
 */
'use strict';

/** The colour depth FORCE_COLOR asks for (tty.getColorDepth's reading of it), or undefined. */
function forcedColorDepth() {
  const force = process.env.FORCE_COLOR;
  if (force === undefined) return undefined;
  switch (force) {
    case '':
    case '1':
    case 'true':
      return 4;
    case '2':
      return 8;
    case '3':
      return 24;
    default:
      return 1;
  }
}

function getColorDepth() {
  try {
    const tty = require('../tty');
    if (typeof tty.getColorDepth === 'function') return tty.getColorDepth();
  } catch {
    // no internal/tty: the environment decides
  }
  return forcedColorDepth() ?? 1;
}

module.exports = {
  blue: '',
  green: '',
  white: '',
  yellow: '',
  red: '',
  gray: '',
  clear: '',
  reset: '',
  hasColors: false,
  shouldColorize(stream) {
    if (process.env.FORCE_COLOR !== undefined) return getColorDepth() > 2;
    return stream?.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
  },
  refresh() {
    if (process.stderr?.isTTY) {
      const hasColors = module.exports.shouldColorize(process.stderr);
      module.exports.blue = hasColors ? '\u001b[34m' : '';
      module.exports.green = hasColors ? '\u001b[32m' : '';
      module.exports.white = hasColors ? '\u001b[39m' : '';
      module.exports.yellow = hasColors ? '\u001b[33m' : '';
      module.exports.red = hasColors ? '\u001b[31m' : '';
      module.exports.gray = hasColors ? '\u001b[90m' : '';
      module.exports.clear = hasColors ? '\u001bc' : '';
      module.exports.reset = hasColors ? '\u001b[0m' : '';
      module.exports.hasColors = hasColors;
    }
  },
};

module.exports.refresh();

export {}; // a module for tsc; the guest sees module.exports

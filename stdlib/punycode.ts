// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * node:punycode — Punycode.js 2.1.0's API (deprecated, DEP0040 under --pending-deprecation):
 * encode/decode of labels, toASCII/toUnicode of domains and e-mail addresses, ucs2 helpers.
 */
'use strict';

const idna = require('./internal/idna');

const pendingDeprecation = (process.execArgv || []).includes('--pending-deprecation') ||
  (process.env && process.env.NODE_PENDING_DEPRECATION === '1');
if (pendingDeprecation) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.', 'DeprecationWarning', 'DEP0040');
}

module.exports = {
  version: '2.1.0',
  ucs2: {
    decode: idna.ucs2decode,
    encode: idna.ucs2encode,
  },
  decode: idna.decode,
  encode: idna.encode,
  toASCII: idna.toASCII,
  toUnicode: idna.toUnicode,
};

export {}; // a module for tsc; the guest sees module.exports

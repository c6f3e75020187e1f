// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/** node:path/win32 — path.win32. */
'use strict';

module.exports = require('../path').win32;

export {}; // a module for tsc; the guest sees module.exports

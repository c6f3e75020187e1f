// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/** node:path/posix — path.posix. */
'use strict';

module.exports = require('../path').posix;

export {}; // a module for tsc; the guest sees module.exports

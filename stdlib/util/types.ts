// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/** node:util/types — the same object as util.types. */
'use strict';

module.exports = require('../internal/util/types');

export {}; // a module for tsc; the guest sees module.exports

// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/** node:assert/strict (Node 20's lib/assert/strict.js): assert.strict. */
'use strict';

module.exports = require('../assert').strict;

export {}; // a module for tsc; the guest sees module.exports

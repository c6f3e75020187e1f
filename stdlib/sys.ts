// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/** node:sys — the deprecated alias of util (DEP0025). */
'use strict';

module.exports = require('./util');
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');

export {}; // a module for tsc; the guest sees module.exports

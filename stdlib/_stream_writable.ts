// @ts-nocheck
/** Node's legacy alias `_stream_writable`: require('stream').Writable. */

module.exports = require('./stream').Writable;
export {}; // a module for tsc; the guest sees module.exports

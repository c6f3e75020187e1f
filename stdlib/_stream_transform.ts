// @ts-nocheck
/** Node's legacy alias `_stream_transform`: require('stream').Transform. */

module.exports = require('./stream').Transform;
export {}; // a module for tsc; the guest sees module.exports

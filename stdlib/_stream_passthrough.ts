// @ts-nocheck
/** Node's legacy alias `_stream_passthrough`: require('stream').PassThrough. */

module.exports = require('./stream').PassThrough;
export {}; // a module for tsc; the guest sees module.exports

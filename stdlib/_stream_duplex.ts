// @ts-nocheck
/** Node's legacy alias `_stream_duplex`: require('stream').Duplex. */

module.exports = require('./stream').Duplex;
export {}; // a module for tsc; the guest sees module.exports

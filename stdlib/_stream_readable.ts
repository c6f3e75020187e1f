// @ts-nocheck
/** Node's legacy alias `_stream_readable`: require('stream').Readable. */

module.exports = require('./stream').Readable;
export {}; // a module for tsc; the guest sees module.exports

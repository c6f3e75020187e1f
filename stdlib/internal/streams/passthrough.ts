// @ts-nocheck
/**
 * Node's internal/streams/passthrough (Node 20): a Transform that passes every chunk on as it is.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/_stream_passthrough.js).

const ObjectSetPrototypeOf = Object.setPrototypeOf;

module.exports = PassThrough;

const Transform = require('./transform');
ObjectSetPrototypeOf(PassThrough.prototype, Transform.prototype);
ObjectSetPrototypeOf(PassThrough, Transform);

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);

  Transform.call(this, options);
}

PassThrough.prototype._transform = function(chunk, encoding, cb) {
  cb(null, chunk);
};

export {}; // a module for tsc; the guest sees module.exports

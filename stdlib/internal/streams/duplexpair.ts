// @ts-nocheck
/**
 * stream.duplexPair([options]) (in node 20's later releases): two Duplex streams joined back to
 * back, what is written to one is read from the other. A write waits (its callback is held)
 * until the other side reads; ending one side ends the other's readable side.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/internal/streams/duplexpair.js).

const { Symbol } = globalThis;

const Duplex = require('./duplex');

const kCallback = Symbol('Callback');
const kOtherSide = Symbol('OtherSide');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kCallback] = null;
    this[kOtherSide] = null;
  }

  _read() {
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    const other = this[kOtherSide];
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      other.push(chunk);
      // Released when the other side reads.
      other[kCallback] = callback;
    }
  }

  _final(callback) {
    this[kOtherSide].on('end', callback);
    this[kOtherSide].push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kOtherSide] = side1;
  side1[kOtherSide] = side0;
  return [side0, side1];
}

module.exports = duplexPair;
export {}; // a module for tsc; the guest sees module.exports

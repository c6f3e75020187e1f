// @ts-nocheck
/**
 * Node's internal/streams/state (Node 20): the highWaterMark of a stream from its options, and
 * the process-wide defaults (16 KiB for bytes, 16 objects in objectMode).
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/internal/streams/state.js).

const { Math, Number } = globalThis;
const MathFloor = Math.floor;
const NumberIsInteger = Number.isInteger;

const { validateInteger } = require('../validators');
const { ERR_INVALID_ARG_VALUE } = require('../errors').codes;

let defaultHighWaterMarkBytes = 16 * 1024;
let defaultHighWaterMarkObjectMode = 16;

function highWaterMarkFrom(options, isDuplex, duplexKey) {
  return options.highWaterMark != null ? options.highWaterMark :
    isDuplex ? options[duplexKey] : null;
}

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) {
    defaultHighWaterMarkObjectMode = value;
  } else {
    defaultHighWaterMarkBytes = value;
  }
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
  if (hwm != null) {
    if (!NumberIsInteger(hwm) || hwm < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      throw new ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return MathFloor(hwm);
  }
  // Default value
  return getDefaultHighWaterMark(state.objectMode);
}

export {
  getHighWaterMark,
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
};

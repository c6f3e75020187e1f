// @ts-nocheck
/**
 * Node's `stream/promises` (Node 20): pipeline(...streams[, options]) and
 * finished(stream[, options]) returning promises.
 */

const { Promise } = globalThis;

const { isIterable, isNodeStream, isWebStream } = require('../internal/streams/utils');
const { pipelineImpl: pl } = require('../internal/streams/pipeline');
const { finished } = require('../internal/streams/end-of-stream');
require('../stream'); // Loads the stream classes first, as node does.

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' &&
        !isNodeStream(lastArg) &&
        !isIterable(lastArg) &&
        !isWebStream(lastArg)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }

    pl(streams, (err, value) => {
      if (err) {
        reject(err);
      } else {
        resolve(value);
      }
    }, { signal, end });
  });
}

module.exports = {
  finished,
  pipeline,
};
export {}; // a module for tsc; the guest sees module.exports

// @ts-nocheck
/**
 * stream.compose(...streams), our implementation of Node's documented behaviour: the streams
 * (Node streams, web streams, or async-generator functions at either end) are joined with
 * pipeline(), and one Duplex is returned that writes into the first stage and reads from the
 * last. Destroying the result destroys the chain; an error anywhere in the chain destroys the
 * result.
 */

const Duplex = require('./duplex');
const eos = require('./end-of-stream');
const { pipeline } = require('./pipeline');
const { destroyer } = require('./destroy');
const {
  isNodeStream,
  isWebStream,
  isReadable,
  isWritable,
  isReadableStream,
  isWritableStream,
  isTransformStream,
} = require('./utils');
const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('../errors');

/** Can this stage feed the next one? */
function canProduce(stage) {
  return !!(isReadable(stage) || isReadableStream(stage) || isTransformStream(stage));
}

/** Can this stage take input from the previous one? */
function canConsume(stage) {
  return !!(isWritable(stage) || isWritableStream(stage) || isTransformStream(stage));
}

/**
 * Every stream stage but the last must be readable and every one but the first writable.
 * Other kinds of stage (iterables, functions in the middle) are left for pipeline() to judge.
 */
function checkStages(stages, asGiven) {
  const last = stages.length - 1;
  stages.forEach((stage, index) => {
    if (!isNodeStream(stage) && !isWebStream(stage)) return;
    let problem = null;
    if (index < last && !canProduce(stage)) problem = 'must be readable';
    else if (index > 0 && !canConsume(stage)) problem = 'must be writable';
    if (problem) throw new ERR_INVALID_ARG_VALUE(`streams[${index}]`, asGiven[index], problem);
  });
}

/** Take the first callback out of a slot of `waiting` and call it. */
function release(waiting, slot) {
  const callback = waiting[slot];
  if (!callback) return;
  waiting[slot] = null;
  callback();
}

/** The writable side of the result forwards into `head`. */
function feedInto(result, head, tail, waiting) {
  if (isNodeStream(head)) {
    result._write = function(chunk, encoding, callback) {
      if (head.write(chunk, encoding)) callback();
      else waiting.drain = callback; // acknowledged on the head's 'drain'
    };
    result._final = function(callback) {
      head.end();
      waiting.finish = callback; // acknowledged once the last stage is done
    };
    head.on('drain', function() {
      release(waiting, 'drain');
    });
  } else if (isWebStream(head)) {
    const writer = (isTransformStream(head) ? head.writable : head).getWriter();
    result._write = async function(chunk, encoding, callback) {
      try {
        await writer.ready;
        writer.write(chunk).catch(() => {});
        callback();
      } catch (error) {
        callback(error);
      }
    };
    result._final = async function(callback) {
      try {
        await writer.ready;
        writer.close().catch(() => {});
        waiting.finish = callback;
      } catch (error) {
        callback(error);
      }
    };
  }

  // The result's writable side finishes when the output end of the chain is done.
  eos(isTransformStream(tail) ? tail.readable : tail, () => {
    release(waiting, 'finish');
  });
}

/** The readable side of the result is filled from `tail`. */
function drainFrom(result, tail, waiting) {
  if (isNodeStream(tail)) {
    tail.on('readable', function() {
      release(waiting, 'readable');
    });
    tail.on('end', function() {
      result.push(null);
    });
    result._read = function() {
      for (;;) {
        const chunk = tail.read();
        if (chunk === null) {
          waiting.readable = result._read; // try again on the tail's next 'readable'
          return;
        }
        if (!result.push(chunk)) return;
      }
    };
  } else if (isWebStream(tail)) {
    const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
    result._read = async function() {
      for (;;) {
        try {
          const step = await reader.read();
          // The closing step's value is pushed too, as the chunk before the end.
          if (!result.push(step.value)) return;
          if (step.done) {
            result.push(null);
            return;
          }
        } catch {
          return; // a failed read is reported through the pipeline
        }
      }
    };
  }
}

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const asGiven = streams.slice();
  const lastIndex = streams.length - 1;
  // Generator functions at the ends become streams here, so the result can talk to them.
  for (const index of [0, lastIndex]) {
    if (typeof streams[index] === 'function') streams[index] = Duplex.from(streams[index]);
  }
  checkStages(streams, asGiven);

  // Callbacks of the result waiting on the chain: a write waiting for 'drain', the final
  // waiting for the end of the chain, a read waiting for 'readable'.
  const waiting = { drain: null, finish: null, readable: null };
  // Whether pipeline() has reported, and the result's destroy callback that waits for it.
  let chainSettled = false;
  let pendingDestroy = null;
  let result;
  let hasWritable;
  let hasReadable;

  const head = streams[0];
  const tail = pipeline(streams, (error) => {
    chainSettled = true;
    const destroyDone = pendingDestroy;
    pendingDestroy = null;
    if (destroyDone) destroyDone(error);
    else if (error) result.destroy(error);
    else if (!hasReadable && !hasWritable) result.destroy();
  });

  hasWritable = canConsume(head);
  hasReadable = canProduce(tail);

  // Each side takes the object mode of the stage it stands for.
  result = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable: hasWritable,
    readable: hasReadable,
  });

  if (hasWritable) feedInto(result, head, tail, waiting);
  if (hasReadable) drainFrom(result, tail, waiting);

  result._destroy = function(error, callback) {
    // Destroyed while the chain is still running: that is an abort.
    if (!error && !chainSettled) error = new AbortError();
    waiting.readable = null;
    waiting.drain = null;
    waiting.finish = null;
    if (isNodeStream(tail)) destroyer(tail, error);
    if (chainSettled) callback(error);
    else pendingDestroy = callback;
  };

  return result;
}

module.exports = compose;
export {}; // a module for tsc; the guest sees module.exports

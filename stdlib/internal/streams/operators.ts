// @ts-nocheck
/**
 * Readable's experimental iterator-helper methods (internal/streams/operators), written for ouro
 * from the documentation of `readable.map()` and its siblings.
 *
 * Everything that calls a user function per chunk goes through one engine, `orderedMapper`: a
 * producer loop pulls chunks from the stream and starts calls while fewer than `concurrency` are
 * running and fewer than `concurrency + highWaterMark` results wait to be taken; the consumer side
 * (an async generator) hands the results out in input order. filter and forEach are mappers that
 * may answer `kNothing` (the consumer drops it); some/find/every drain a filter.
 *
 * stream.ts wraps the stream-returning operators with Readable.from and installs both groups on
 * Readable.prototype, keeping each function's `name` and `length`.
 */

const { Number, Promise, Symbol } = globalThis;
const mathFloor = Math.floor;
const isNaNNumber = Number.isNaN;
const resolved = (v) => Promise.resolve(v);
const rejected = (e) => Promise.reject(e);

const errors = require('../errors');
const { AbortError } = errors;
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_MISSING_ARGS,
  ERR_OUT_OF_RANGE,
} = errors.codes;
const validators = require('../validators');
const eventTarget = require('../event_target');
const { finished } = require('./end-of-stream');
const composeStreams = require('./compose');
const { addAbortSignalNoValidate } = require('./add-abort-signal');
const streamUtils = require('./utils');
const { deprecate } = require('../util');

// A result the consumer side skips (filter misses, forEach's calls).
const kNothing = Symbol('kNothing');
// Pushed by the producer once the source has no more chunks.
const kFinished = Symbol('kFinished');

let AbortControllerClass = null;
function makeController() {
  if (AbortControllerClass === null) {
    AbortControllerClass = require('../abort_controller').AbortController;
  }
  return new AbortControllerClass();
}

// ---- argument checks --------------------------------------------------------------------------

function checkCallback(value, name) {
  if (typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, ['Function', 'AsyncFunction'], value);
  }
}

/** options must be an object when given; options.signal an AbortSignal when given. */
function checkOptions(options) {
  if (options === undefined || options === null) return;
  validators.validateObject(options, 'options');
  if (options.signal !== undefined && options.signal !== null) {
    validators.validateAbortSignal(options.signal, 'options.signal');
  }
}

function userSignal(options) {
  return options === undefined || options === null ? undefined : (options.signal ?? undefined);
}

function isAborted(signal) {
  return signal !== undefined && signal.aborted;
}

/** concurrency (default 1) and highWaterMark (default concurrency - 1), floored and checked. */
function readLimits(options) {
  const given = options ?? {};
  const concurrency = given.concurrency != null ? mathFloor(given.concurrency) : 1;
  const extra = given.highWaterMark != null ? mathFloor(given.highWaterMark) : concurrency - 1;
  validators.validateInteger(concurrency, 'options.concurrency', 1);
  validators.validateInteger(extra, 'options.highWaterMark', 0);
  return { running: concurrency, buffered: concurrency + extra };
}

/** drop/take counts: NaN counts as 0, a negative count is a RangeError. */
function readCount(value) {
  const n = Number(value);
  if (isNaNNumber(n)) return 0;
  if (n < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', n);
  return n;
}

// ---- the mapping engine -----------------------------------------------------------------------

/**
 * Calls `fn(chunk, { signal })` for the chunks of `source`, with at most `limits.running` calls
 * unsettled and at most `limits.buffered` results not yet handed out, and yields the results in
 * the order of the chunks (a `kNothing` result is skipped). The signal given to `fn` is our own;
 * it follows `options.signal`.
 */
async function* orderedMapper(source, fn, options, limits) {
  const outer = userSignal(options);
  const controller = makeController();
  const inner = controller.signal;
  const callOptions = { signal: inner };
  const follow = () => controller.abort(outer.reason);
  if (outer !== undefined) {
    if (outer.aborted) follow();
    outer.addEventListener('abort', follow);
  }

  const results = []; // promises of results, in chunk order, possibly ending with kFinished
  let unsettled = 0;
  let closed = false; // no more calls are to be started
  let producerWaiting = null;
  let consumerWaiting = null;

  const wakeConsumer = () => {
    const wake = consumerWaiting;
    consumerWaiting = null;
    if (wake !== null) wake();
  };
  const wakeProducer = () => {
    const wake = producerWaiting;
    producerWaiting = null;
    if (wake !== null) wake();
  };
  const roomForMore = () => unsettled < limits.running && results.length < limits.buffered;
  const maybeWakeProducer = () => {
    if (producerWaiting !== null && !closed && roomForMore()) wakeProducer();
  };
  const onSettled = () => {
    unsettled -= 1;
    maybeWakeProducer();
  };
  const onFailed = () => {
    closed = true;
    onSettled();
  };
  const track = (promise) => {
    unsettled += 1;
    promise.then(onSettled, onFailed);
    results.push(promise);
  };

  const produce = async () => {
    try {
      for await (const chunk of source) {
        if (closed) return;
        if (inner.aborted) throw new AbortError();
        let outcome;
        try {
          outcome = resolved(fn(chunk, callOptions));
        } catch (err) {
          outcome = rejected(err);
        }
        track(outcome);
        wakeConsumer();
        if (!closed && !roomForMore()) {
          await new Promise((resolve) => { producerWaiting = resolve; });
        }
      }
      results.push(kFinished);
    } catch (err) {
      // The source failed (or we were aborted): the consumer meets the error in its turn.
      track(rejected(err));
    } finally {
      closed = true;
      wakeConsumer();
      if (outer !== undefined) outer.removeEventListener('abort', follow);
    }
  };

  produce();

  try {
    for (;;) {
      if (results.length === 0) {
        await new Promise((resolve) => { consumerWaiting = resolve; });
        continue;
      }
      const value = await results[0];
      if (value === kFinished) return;
      if (inner.aborted) throw new AbortError();
      if (value !== kNothing) yield value;
      results.shift();
      maybeWakeProducer();
    }
  } finally {
    // Taken no further (done, failed or returned early): let a waiting producer see `closed`.
    closed = true;
    wakeProducer();
  }
}

// ---- stream-returning operators ---------------------------------------------------------------

function map(fn, options) {
  checkCallback(fn, 'fn');
  checkOptions(options);
  const limits = readLimits(options);
  return orderedMapper(this, fn, options, limits);
}

function filter(fn, options) {
  checkCallback(fn, 'fn');
  const keepIfTrue = async (chunk, callOptions) =>
    ((await fn(chunk, callOptions)) ? chunk : kNothing);
  return map.call(this, keepIfTrue, options);
}

function flatMap(fn, options) {
  const mapped = map.call(this, fn, options);
  return (async function* flatten() {
    for await (const inner of mapped) {
      yield* inner;
    }
  })();
}

function drop(number, options = undefined) {
  checkOptions(options);
  let toSkip = readCount(number);
  const signal = userSignal(options);
  const source = this;
  return (async function* dropping() {
    if (isAborted(signal)) throw new AbortError();
    for await (const chunk of source) {
      if (isAborted(signal)) throw new AbortError();
      if (toSkip > 0) {
        toSkip -= 1;
      } else {
        yield chunk;
      }
    }
  })();
}

function take(number, options = undefined) {
  checkOptions(options);
  let left = readCount(number);
  const signal = userSignal(options);
  const source = this;
  return (async function* taking() {
    if (isAborted(signal)) throw new AbortError();
    for await (const chunk of source) {
      if (isAborted(signal)) throw new AbortError();
      if (left > 0) {
        left -= 1;
        yield chunk;
      }
      // Quit as soon as the quota is used up, without pulling another chunk.
      if (left <= 0) return;
    }
  })();
}

function asIndexedPairs(options = undefined) {
  checkOptions(options);
  const signal = userSignal(options);
  const source = this;
  return (async function* pairing() {
    let position = 0;
    for await (const chunk of source) {
      if (isAborted(signal)) throw new AbortError(undefined, { cause: signal.reason });
      yield [position, chunk];
      position += 1;
    }
  })();
}

function compose(stream, options) {
  checkOptions(options);
  if (streamUtils.isNodeStream(stream) && !streamUtils.isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const result = composeStreams(this, stream);
  const signal = userSignal(options);
  if (signal) addAbortSignalNoValidate(signal, result);
  return result;
}

// ---- promise-returning operators --------------------------------------------------------------

async function forEach(fn, options) {
  checkCallback(fn, 'fn');
  const callOnly = async (chunk, callOptions) => {
    await fn(chunk, callOptions);
    return kNothing;
  };
  const drain = map.call(this, callOnly, options);
  // eslint-disable-next-line no-unused-vars
  for await (const ignored of drain) { /* nothing comes out */ }
}

async function toArray(options) {
  checkOptions(options);
  const signal = userSignal(options);
  const collected = [];
  for await (const chunk of this) {
    if (isAborted(signal)) throw new AbortError(undefined, { cause: signal.reason });
    collected.push(chunk);
  }
  return collected;
}

/** The first chunk `fn` accepts, wrapped as { chunk }, or null when none does. */
async function firstMatch(stream, fn, options) {
  for await (const chunk of filter.call(stream, fn, options)) {
    return { chunk };
  }
  return null;
}

async function some(fn, options = undefined) {
  return (await firstMatch(this, fn, options)) !== null;
}

async function find(fn, options) {
  const hit = await firstMatch(this, fn, options);
  return hit === null ? undefined : hit.chunk;
}

async function every(fn, options = undefined) {
  checkCallback(fn, 'fn');
  // Every chunk passes exactly when no chunk fails.
  const fails = async (...args) => !(await fn(...args));
  return !(await some.call(this, fails, options));
}

async function reduce(reducer, initialValue, options) {
  checkCallback(reducer, 'reducer');
  checkOptions(options);
  const signal = userSignal(options);
  let haveAccumulator = arguments.length > 1;
  let accumulator = initialValue;

  if (isAborted(signal)) {
    const err = new AbortError(undefined, { cause: signal.reason });
    this.once('error', () => {}); // we report err ourselves, below
    await finished(this.destroy(err));
    throw err;
  }

  const controller = makeController();
  if (signal !== undefined) {
    signal.addEventListener('abort', () => controller.abort(), {
      once: true,
      [eventTarget.kWeakHandler]: this,
      [eventTarget.kResistStopPropagation]: true,
    });
  }
  const callOptions = { signal: controller.signal };
  try {
    for await (const chunk of this) {
      const first = !haveAccumulator;
      haveAccumulator = true;
      if (isAborted(signal)) throw new AbortError();
      accumulator = first ? chunk : await reducer(accumulator, chunk, callOptions);
    }
    if (!haveAccumulator) {
      const err = new ERR_MISSING_ARGS('reduce');
      err.message = 'Reduce of an empty stream requires an initial value';
      throw err;
    }
  } finally {
    controller.abort();
  }
  return accumulator;
}

const streamReturningOperators = {
  asIndexedPairs: deprecate(asIndexedPairs,
                            'readable.asIndexedPairs will be removed in a future version.'),
  drop,
  filter,
  flatMap,
  map,
  take,
  compose,
};

const promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};

export { streamReturningOperators, promiseReturningOperators };

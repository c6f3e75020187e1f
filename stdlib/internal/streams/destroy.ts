// @ts-nocheck
/**
 * The teardown protocol Readable, Writable and Duplex share (internal/streams/destroy):
 *  - destroy([error]) / _undestroy(): mark every side destroyed, run the stream's _destroy()
 *    (after _construct() has called back), then on the next tick 'error' (once) and 'close';
 *  - errorOrDestroy(): an internal error destroys the stream when autoDestroy is on, otherwise it
 *    is only recorded and emitted;
 *  - construct(): runs _construct() on the next tick and tells the sides when it is over;
 *  - destroyer(): ends any kind of stream (node streams, http requests, legacy emitters), as
 *    pipeline() and compose() need.
 * A stream has a readable state, a writable state or both; `sidesOf` gives the present ones and
 * every flag is written to all of them. Behaviour follows
 * https://nodejs.org/api/stream.html#readabledestroyerror and #writabledestroyerror.
 */

const { Symbol } = globalThis;

const {
  aggregateTwoErrors,
  codes: { ERR_MULTIPLE_CALLBACK },
  AbortError,
} = require('../errors');
const {
  kIsDestroyed,
  isDestroyed,
  isFinished,
  isServerRequest,
} = require('./utils');

// Private events: construction is over (`kConstruct`), or it is over and a destroy() waits for it.
const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

// --- the sides of a stream ---

/** The states a stream has: writable first, then readable. */
function sidesOf(stream) {
  const w = stream._writableState;
  const r = stream._readableState;
  if (w && r) return [w, r];
  return w ? [w] : r ? [r] : [];
}

function anySide(stream, flag) {
  const sides = sidesOf(stream);
  for (let i = 0; i < sides.length; i++) {
    if (sides[i][flag]) return true;
  }
  return false;
}

function setOnSides(stream, flag, value) {
  const sides = sidesOf(stream);
  for (let i = 0; i < sides.length; i++) sides[i][flag] = value;
}

/** The side that tracks construction: the writable one when there are both. */
function mainSide(stream) {
  return stream._writableState || stream._readableState;
}

/** Keeps `err` as the stream's error on each side that has none yet. */
function recordError(stream, err) {
  if (!err) return;
  err.stack; // eslint-disable-line no-unused-expressions -- the stack is fixed here, as in node
  const sides = sidesOf(stream);
  for (let i = 0; i < sides.length; i++) {
    if (!sides[i].errored) sides[i].errored = err;
  }
}

// --- what is emitted after teardown ---

/** 'error' at most once per stream. */
function emitErrorOnce(stream, err) {
  if (anySide(stream, 'errorEmitted')) return;
  setOnSides(stream, 'errorEmitted', true);
  stream.emit('error', err);
}

/** closeEmitted is set on every side; 'close' goes out when a side asked for it (emitClose). */
function emitClose(stream) {
  setOnSides(stream, 'closeEmitted', true);
  if (anySide(stream, 'emitClose')) stream.emit('close');
}

/** The tick after _destroy() called back: 'error' (when there is one), then 'close'. */
function afterDestroyTick(stream, err) {
  if (err) emitErrorOnce(stream, err);
  emitClose(stream);
}

// --- destroy / undestroy ---

/** stream.destroy([error]); `cb` is undocumented but old modules pass it. */
function destroy(err, cb) {
  const stream = this;
  if (anySide(stream, 'destroyed')) {
    if (typeof cb === 'function') cb();
    return stream;
  }
  // Marked before any user code runs, so a destroy() from _destroy() or a listener is a no-op.
  recordError(stream, err);
  setOnSides(stream, 'destroyed', true);

  if (mainSide(stream).constructed) {
    runDestroy(stream, err, cb);
  } else {
    stream.once(kDestroy, (constructError) => {
      runDestroy(stream, aggregateTwoErrors(constructError, err), cb);
    });
  }
  return stream;
}

/** Calls stream._destroy(); its callback (once) closes the sides and schedules the events. */
function runDestroy(stream, err, cb) {
  let finished = false;
  const onDestroyed = (destroyError) => {
    if (finished) return;
    finished = true;
    recordError(stream, destroyError);
    setOnSides(stream, 'closed', true);
    if (typeof cb === 'function') cb(destroyError);
    process.nextTick(afterDestroyTick, stream, destroyError);
  };
  try {
    stream._destroy(err || null, onDestroyed);
  } catch (thrown) {
    onDestroyed(thrown);
  }
}

/** stream._undestroy(): back to a fresh, constructed state (a side made closed stays ended). */
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  const sides = sidesOf(this);
  for (let i = 0; i < sides.length; i++) {
    const side = sides[i];
    side.constructed = true;
    side.destroyed = false;
    side.closed = false;
    side.closeEmitted = false;
    side.errored = null;
    side.errorEmitted = false;
  }
  if (r) {
    const off = r.readable === false;
    r.reading = false;
    r.ended = off;
    r.endEmitted = off;
  }
  if (w) {
    const off = w.writable === false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = off;
    w.ending = off;
    w.finished = off;
  }
}

/**
 * An error found inside the stream machinery: destroy() with it when autoDestroy is on;
 * otherwise record it and emit 'error' now, or on the next tick when `sync`.
 */
function errorOrDestroy(stream, err, sync) {
  if (anySide(stream, 'destroyed')) return;
  if (anySide(stream, 'autoDestroy')) {
    stream.destroy(err);
    return;
  }
  if (!err) return;
  recordError(stream, err);
  if (sync) {
    process.nextTick(emitErrorOnce, stream, err);
  } else {
    emitErrorOnce(stream, err);
  }
}

// --- construction ---

/**
 * Runs stream._construct() (if any) on the next tick; `cb` runs when it succeeded. A Duplex
 * calls this from both constructors: the second call only adds its callback.
 */
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  setOnSides(stream, 'constructed', false);
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return; // the Duplex's second call
  process.nextTick(startConstruct, stream);
}

function startConstruct(stream) {
  let answered = false;
  const settle = (err) => {
    if (answered) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    answered = true;
    setOnSides(stream, 'constructed', true);
    if (mainSide(stream).destroyed) {
      stream.emit(kDestroy, err); // a destroy() came meanwhile and waits for this
    } else if (err) {
      errorOrDestroy(stream, err, true);
    } else {
      stream.emit(kConstruct);
    }
  };
  // The answer is always taken a tick later, even from a synchronous callback or a throw.
  try {
    stream._construct((constructError) => {
      process.nextTick(settle, constructError);
    });
  } catch (thrown) {
    process.nextTick(settle, thrown);
  }
}

// --- destroyer ---

function hasAbortMethod(obj) {
  return obj?.setHeader && typeof obj.abort === 'function';
}

/** For emitters with neither destroy() nor close(): 'error' (if any), then 'close' a tick later. */
function legacyTeardown(stream, err) {
  if (err) {
    stream.emit('error', err);
    process.nextTick(legacyTeardown, stream);
    return;
  }
  stream.emit('close');
}

/**
 * How destroyer() ends a stream, first match wins: a server request drops its socket, a client
 * request (or a response holding one) is aborted, then destroy(), then close().
 */
const kEndings = [
  [isServerRequest, (s, reason) => {
    s.socket = null;
    s.destroy(reason);
  }],
  [hasAbortMethod, (s) => s.abort()],
  [(s) => hasAbortMethod(s.req), (s) => s.req.abort()],
  [(s) => typeof s.destroy === 'function', (s, reason) => s.destroy(reason)],
  [(s) => typeof s.close === 'function', (s) => s.close()],
];

/** Ends a stream of any kind; an unfinished one is ended with an AbortError when no `err`. */
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  const reason = !err && !isFinished(stream) ? new AbortError() : err;

  let ended = false;
  for (let i = 0; i < kEndings.length && !ended; i++) {
    const way = kEndings[i];
    if (way[0](stream)) {
      way[1](stream, reason);
      ended = true;
    }
  }
  if (!ended) process.nextTick(legacyTeardown, stream, reason);

  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

export {
  construct,
  destroyer,
  destroy,
  undestroy,
  errorOrDestroy,
};

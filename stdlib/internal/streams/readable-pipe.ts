// @ts-nocheck
/**
 * Readable.prototype.pipe and unpipe (node's lib/internal/streams/readable.js, kept apart for
 * size): pipe() writes each 'data' chunk to the destination, pauses the source when write()
 * returns false and resumes it once every destination that asked has emitted 'drain', ends the
 * destination at 'end' (unless { end: false } or stdio), and unpipes on the destination's
 * 'close', 'finish' or 'error'. 'pipe' and 'unpipe' are emitted on the destination.
 */

// Copyright Joyent, Inc. and other Node contributors. MIT licence (this follows lib/internal/streams/readable.js).

const { Set } = globalThis;

function install(Readable, { errorOrDestroy, prependListener }) {
  const proto = Readable.prototype;

  proto.pipe = function(dest, pipeOpts) {
    const src = this;
    const state = this._readableState;

    if (state.pipes.length === 1) {
      if (!state.multiAwaitDrain) {
        state.multiAwaitDrain = true;
        state.awaitDrainWriters = new Set(
          state.awaitDrainWriters ? [state.awaitDrainWriters] : [],
        );
      }
    }

    state.pipes.push(dest);

    const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
                dest !== process.stdout &&
                dest !== process.stderr;

    const endFn = doEnd ? onend : unpipe;
    if (state.endEmitted) {
      process.nextTick(endFn);
    } else {
      src.once('end', endFn);
    }

    dest.on('unpipe', onunpipe);
    function onunpipe(readable, unpipeInfo) {
      if (readable === src) {
        if (unpipeInfo && unpipeInfo.hasUnpiped === false) {
          unpipeInfo.hasUnpiped = true;
          cleanup();
        }
      }
    }

    function onend() {
      dest.end();
    }

    let ondrain;

    let cleanedUp = false;
    function cleanup() {
      // Every listener this pipe added.
      dest.removeListener('close', onclose);
      dest.removeListener('finish', onfinish);
      if (ondrain) {
        dest.removeListener('drain', ondrain);
      }
      dest.removeListener('error', onerror);
      dest.removeListener('unpipe', onunpipe);
      src.removeListener('end', onend);
      src.removeListener('end', unpipe);
      src.removeListener('data', ondata);

      cleanedUp = true;

      // If the source waits for this destination's 'drain', it would wait forever: act as if
      // the drain happened.
      if (ondrain && state.awaitDrainWriters &&
          (!dest._writableState || dest._writableState.needDrain)) ondrain();
    }

    function pause() {
      // Once cleaned up, the destination no longer holds the source back.
      if (!cleanedUp) {
        if (state.pipes.length === 1 && state.pipes[0] === dest) {
          state.awaitDrainWriters = dest;
          state.multiAwaitDrain = false;
        } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
          state.awaitDrainWriters.add(dest);
        }
        src.pause();
      }
      if (!ondrain) {
        // The 'drain' listener is added only when needed, so that no needless 'drain'
        // listener sits on every destination.
        ondrain = pipeOnDrain(src, dest);
        dest.on('drain', ondrain);
      }
    }

    src.on('data', ondata);
    function ondata(chunk) {
      const ret = dest.write(chunk);
      if (ret === false) {
        pause();
      }
    }

    // An error on the destination unpipes it; it is rethrown when the destination has no other
    // 'error' listener.
    function onerror(er) {
      unpipe();
      dest.removeListener('error', onerror);
      if (dest.listenerCount('error') === 0) {
        const s = dest._writableState || dest._readableState;
        if (s && !s.errorEmitted) {
          // A node stream: errored through its own machinery.
          errorOrDestroy(dest, er);
        } else {
          dest.emit('error', er);
        }
      }
    }

    // Runs before the user's error handlers.
    prependListener(dest, 'error', onerror);

    // 'close' or 'finish' on the destination unpipes it.
    function onclose() {
      dest.removeListener('finish', onfinish);
      unpipe();
    }
    dest.once('close', onclose);
    function onfinish() {
      dest.removeListener('close', onclose);
      unpipe();
    }
    dest.once('finish', onfinish);

    function unpipe() {
      src.unpipe(dest);
    }

    dest.emit('pipe', src);

    // A destination that already needs draining pauses the source; otherwise start flowing.
    if (dest.writableNeedDrain === true) {
      pause();
    } else if (!state.flowing) {
      src.resume();
    }

    return dest;
  };

  function pipeOnDrain(src, dest) {
    return function pipeOnDrainFunctionResult() {
      const state = src._readableState;

      // Several destinations: resume only once every one of them has drained.
      if (state.awaitDrainWriters === dest) {
        state.awaitDrainWriters = null;
      } else if (state.multiAwaitDrain) {
        state.awaitDrainWriters.delete(dest);
      }

      if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
        src.resume();
      }
    };
  }

  proto.unpipe = function(dest) {
    const state = this._readableState;
    const unpipeInfo = { hasUnpiped: false };

    if (state.pipes.length === 0) return this;

    if (!dest) {
      // Every destination.
      const dests = state.pipes;
      state.pipes = [];
      this.pause();

      for (let i = 0; i < dests.length; i++) {
        dests[i].emit('unpipe', this, { hasUnpiped: false });
      }
      return this;
    }

    const index = state.pipes.indexOf(dest);
    if (index === -1) return this;

    state.pipes.splice(index, 1);

    if (state.pipes.length === 0) this.pause();

    dest.emit('unpipe', this, unpipeInfo);

    return this;
  };

}

export { install };

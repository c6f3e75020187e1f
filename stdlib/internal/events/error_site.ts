// @ts-nocheck
/**
 * The "Emitted 'error' event at:" addendum of an unhandled 'error' event: the error's own stack,
 * then the emit() call site's stack, where a run of frames both stacks share is shortened to one
 * marker line.
 */

const kSharedFramesLine = '    [... lines matching original stack trace ...]';

/** Frames of a V8 stack string (its first line, the message, dropped). */
function framesOf(stack) {
  return String.prototype.split.call(stack, '\n').slice(1);
}

/**
 * Looks for the first frame of `mine` that also occurs in `theirs` followed by more than three
 * further frames there, and counts how many frames from that point both have in common. Runs of
 * four or more are reported as { start, length } (start is an index into `mine`), else null.
 */
function findSharedRun(mine, theirs) {
  for (let start = 0; start + 3 < mine.length; start++) {
    const at = theirs.indexOf(mine[start]);
    if (at === -1 || theirs.length - at <= 3) continue;
    const limit = Math.min(mine.length - start, theirs.length - at);
    let length = 1;
    while (length < limit && mine[start + length] === theirs[at + length]) length++;
    if (length > 3) return { start, length };
  }
  return null;
}

/**
 * Called with the emitter as `this` (bound), the unhandled error and an object whose stack was
 * captured at the emit() call.
 */
function describeErrorSite(err, site) {
  let where = '';
  try {
    const ctorName = this.constructor.name;
    if (ctorName !== 'EventEmitter') where = ` on ${ctorName} instance`;
  } catch {
    // No constructor name to show.
  }
  const siteFrames = framesOf(site.stack);
  const shared = findSharedRun(siteFrames, framesOf(err.stack));
  if (shared !== null) {
    // Keep the first and last shared frames around the marker.
    siteFrames.splice(shared.start + 1, shared.length - 2, kSharedFramesLine);
  }
  return `${err.stack}\nEmitted 'error' event${where} at:\n${siteFrames.join('\n')}`;
}

export { describeErrorSite };

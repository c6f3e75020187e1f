// @ts-nocheck
/**
 * Node's internal/fixed_queue: a FIFO queue of fixed-size circular buffers in a linked list
 * (the nextTick queue and events.on use it). Pushing and shifting are O(1) and a long queue
 * does not move its elements.
 *
 *    head                                                       tail
 *      |                                                          |
 *      v                                                          v
 * +-----------+ <-----\       +-----------+ <------\         +-----------+
 * |  [null]   |        \----- |   next    |         \------- |   next    |
 * +-----------+               +-----------+                  +-----------+
 * |   item    | <-- bottom    |   item    | <-- bottom       | undefined |
 * |   item    |               |   item    |                  | undefined |
 * | undefined | <-- top       | undefined | <-- top          | undefined |
 * +-----------+               +-----------+                  +-----------+
 */

// Currently optimal given V8's behavior (a power of two: indices wrap with a mask).
const kSize = 2048;
const kMask = kSize - 1;

class FixedCircularBuffer {
  constructor() {
    this.bottom = 0;
    this.top = 0;
    // A holey array reads undefined in its empty slots, which is what shift() checks for.
    this.list = new Array(kSize);
    this.next = null;
  }

  isEmpty() {
    return this.top === this.bottom;
  }

  isFull() {
    return ((this.top + 1) & kMask) === this.bottom;
  }

  push(data) {
    this.list[this.top] = data;
    this.top = (this.top + 1) & kMask;
  }

  shift() {
    const nextItem = this.list[this.bottom];
    if (nextItem === undefined)
      return null;
    this.list[this.bottom] = undefined;
    this.bottom = (this.bottom + 1) & kMask;
    return nextItem;
  }
}

class FixedQueue {
  constructor() {
    this.head = this.tail = new FixedCircularBuffer();
  }

  isEmpty() {
    return this.head.isEmpty();
  }

  push(data) {
    if (this.head.isFull()) {
      // Head is full: Creates a new queue, sets the old queue's `.next` to it,
      // and sets it as the new main queue.
      this.head = this.head.next = new FixedCircularBuffer();
    }
    this.head.push(data);
  }

  shift() {
    const tail = this.tail;
    const next = tail.shift();
    if (tail.isEmpty() && tail.next !== null) {
      // If there is another queue, it forms the new tail.
      this.tail = tail.next;
      tail.next = null;
    }
    return next;
  }
}

module.exports = FixedQueue;
export {}; // a module to tsc (its export is module.exports)

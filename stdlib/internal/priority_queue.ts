// @ts-nocheck
/**
 * Node's internal/priority_queue: a binary heap (1-based) with an optional callback told each
 * item's position, so items can be removed from the middle (the timer lists use it).
 */

const { Array } = globalThis;

class PriorityQueue {
  #compare = (a, b) => a - b;
  #heap = new Array(64);
  #setPosition;
  #size = 0;

  constructor(comparator, setPosition) {
    if (comparator !== undefined) this.#compare = comparator;
    if (setPosition !== undefined) this.#setPosition = setPosition;
  }

  insert(value) {
    const heap = this.#heap;
    const pos = ++this.#size;
    heap[pos] = value;
    if (heap.length === pos) heap.length *= 2;
    this.percolateUp(pos);
  }

  peek() {
    return this.#heap[1];
  }

  percolateDown(pos) {
    const compare = this.#compare;
    const setPosition = this.#setPosition;
    const hasSetPosition = setPosition !== undefined;
    const heap = this.#heap;
    const size = this.#size;
    const hsize = size >> 1;
    const item = heap[pos];
    while (pos <= hsize) {
      let child = pos << 1;
      const nextChild = child + 1;
      let childItem = heap[child];
      if (nextChild <= size && compare(heap[nextChild], childItem) < 0) {
        child = nextChild;
        childItem = heap[nextChild];
      }
      if (compare(item, childItem) <= 0) break;
      if (hasSetPosition) setPosition(childItem, pos);
      heap[pos] = childItem;
      pos = child;
    }
    heap[pos] = item;
    if (hasSetPosition) setPosition(item, pos);
  }

  percolateUp(pos) {
    const heap = this.#heap;
    const compare = this.#compare;
    const setPosition = this.#setPosition;
    const hasSetPosition = setPosition !== undefined;
    const item = heap[pos];
    while (pos > 1) {
      const parent = heap[pos / 2 | 0];
      if (compare(parent, item) <= 0) break;
      heap[pos] = parent;
      if (hasSetPosition) setPosition(parent, pos);
      pos = pos / 2 | 0;
    }
    heap[pos] = item;
    if (hasSetPosition) setPosition(item, pos);
  }

  removeAt(pos) {
    const heap = this.#heap;
    const size = --this.#size;
    heap[pos] = heap[size + 1];
    heap[size + 1] = undefined;
    if (size > 0 && pos <= size) {
      if (pos > 1 && this.#compare(heap[pos / 2 | 0], heap[pos]) > 0) this.percolateUp(pos);
      else this.percolateDown(pos);
    }
  }

  shift() {
    const heap = this.#heap;
    const value = heap[1];
    if (value === undefined) return;
    this.removeAt(1);
    return value;
  }
}

export = PriorityQueue;

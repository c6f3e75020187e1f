// @ts-nocheck
/**
 * Node's internal/linkedlist: the intrusive circular lists of the timers (items linked through
 * their own _idleNext/_idlePrev properties).
 */

function init(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}

/** The oldest item, or null for an empty list. */
function peek(list) {
  if (list._idlePrev === list) return null;
  return list._idlePrev;
}

function remove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

/** Adds item as the newest of list (removing it from any list it is in). */
function append(list, item) {
  if (item._idleNext || item._idlePrev) remove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function isEmpty(list) {
  return list._idleNext === list;
}

export { init, peek, remove, append, isEmpty };

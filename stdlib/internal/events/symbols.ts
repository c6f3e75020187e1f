// @ts-nocheck
/** Node's internal/events/symbols: symbols shared by events and stream. */

// events.on(emitter, name, { [kFirstEventParam]: true }) yields each event's first argument
// instead of the array of its arguments.
const kFirstEventParam = Symbol('kFirstEventParam');

export { kFirstEventParam };

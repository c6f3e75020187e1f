/**
 * internalBinding('util'): util.inspect and util.format as the guest sees them (runtime/inspect.ts,
 * node's lib/internal/util/inspect.js ported to the host), and the slot readers node's util
 * module gets from V8 (promise state, proxy target, iterator previews, constructor names...).
 */
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import { WEC } from '../../interpreter/values/shape';
import type { RuntimeContext } from './context';
import { arr, bareObject, methods, obj, str } from './guest';
import { format, formatWithOptions, guestInspectFunction, inspectOptionsFromGuest, stripVTControlCharacters, getStringWidth } from '../inspect';
import { internalConstructorName, iteratorPreview, mapEntries, ownNonIndexKeys, promiseDetails, proxyDetails, setValues } from '../inspect-guest';

export const kPending = 0, kFulfilled = 1, kRejected = 2;

export function createUtilBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  const b = bareObject();
  b.addProperty('inspect', guestInspectFunction(realm), WEC);
  b.addProperty('constants', obj(realm, { kPending, kFulfilled, kRejected, ALL_PROPERTIES: 0, ONLY_ENUMERABLE: 2 }), WEC);
  return methods(realm, b, {
    format: [(_t, a) => format(a), 0],
    formatWithOptions: [(_t, a) => formatWithOptions(inspectOptionsFromGuest(a[0]), a.slice(1)), 1],
    stripVTControlCharacters: [(_t, a) => stripVTControlCharacters(str(a[0])), 1],
    getStringWidth: [(_t, a) => getStringWidth(str(a[0]), a[1] !== false), 2],
    /** [state, result] of a promise (state: kPending, kFulfilled, kRejected), or undefined. */
    getPromiseDetails: [(_t, a) => {
      if (!(a[0] instanceof JSObject)) return undefined;
      const d = promiseDetails(a[0]);
      if (d === undefined) return undefined;
      const state = d.state === 'pending' ? kPending : d.state === 'fulfilled' ? kFulfilled : kRejected;
      return state === kPending ? arr([state]) : arr([state, d.result]);
    }, 1],
    /** [target, handler] of a proxy (or only the target when showProxy is false), or undefined. */
    getProxyDetails: [(_t, a) => {
      if (!(a[0] instanceof JSObject)) return undefined;
      const d = proxyDetails(a[0]);
      if (d === undefined) return undefined;
      return a[1] === false ? d[0] : arr([d[0], d[1]]);
    }, 2],
    /** [entries, isKeyValue] of a Map/Set or their iterators (V8's PreviewEntries). */
    previewEntries: [(_t, a) => {
      const o = a[0];
      if (!(o instanceof JSObject)) return undefined;
      const it = iteratorPreview(o);
      let entries: Value[] | undefined;
      let isKeyValue = false;
      if (it !== undefined) {
        entries = it.entries;
        isKeyValue = it.isKeyValue;
      } else {
        const m = mapEntries(o);
        if (m !== undefined) {
          entries = m.flat();
          isKeyValue = true;
        } else {
          entries = setValues(o);
        }
      }
      if (entries === undefined) return undefined;
      return a[1] === true ? arr([arr(entries), isKeyValue]) : arr(entries);
    }, 2],
    getOwnNonIndexProperties: [(_t, a) => {
      if (!(a[0] instanceof JSObject)) return arr([]);
      return arr(ownNonIndexKeys(a[0], a[1] === 2));
    }, 2],
    getConstructorName: [(_t, a) => (a[0] instanceof JSObject ? internalConstructorName(a[0]) : ''), 1],
    /** process.stdout/err kind for an fd: 'TTY', 'FILE', 'PIPE' or 'UNKNOWN'. */
    guessHandleType: [(_t, a) => {
      const fd = a[0];
      if (fd === 0 || fd === 1 || fd === 2) {
        const tty = ctx.options.isTTY;
        const isTTY = fd === 0 ? tty?.stdin : fd === 1 ? tty?.stdout : tty?.stderr;
        return isTTY ? 'TTY' : fd === 0 ? 'PIPE' : 'FILE';
      }
      return 'UNKNOWN';
    }, 1],
    isInsideNodeModules: [() => false, 0],
    sleep: [(_t, a) => {
      const ms = typeof a[0] === 'number' ? a[0] : 0;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(0, ms));
      return undefined;
    }, 1],
  });
}

/**
 * Node's util.format / util.formatWithOptions over guest values (lib/internal/util/inspect.js
 * formatWithOptionsInternal): printf-like placeholders %s %d %i %f %j %o %O %c %%, then the
 * remaining arguments inspected (strings as they are) and joined by spaces.
 * Conversions run guest code exactly where Node's do (ToString/ToNumber of objects, toJSON).
 */
import { JSObject } from '../interpreter/values/object';
import { JSSymbol, WellKnown } from '../interpreter/values/symbol';
import type { PropertyKey, Value } from '../interpreter/values/value';
import { R, ThrowCompletion } from '../interpreter/agent';
import { ToNumber, ToString } from '../interpreter/ops/type-conversion';
import { formatBigInt, formatNumber, stylizeNoColor } from './inspect-text';
import { builtInObjects, dataGet, getOwn, hasOwn, isFunction, protoOf, toStr, unwrapProxy } from './inspect-guest';
import { inspect, type InspectOptions } from './inspect';

/** util.format(...args) */
export function format(args: Value[]): string {
  return formatWithOptions(undefined, args);
}

function formatNumberNoColor(n: number, options: InspectOptions | undefined): string {
  return formatNumber(stylizeNoColor, n, options?.numericSeparator ?? false);
}

function formatBigIntNoColor(n: bigint, options: InspectOptions | undefined): string {
  return formatBigInt(stylizeNoColor, n, options?.numericSeparator ?? false);
}

/** util.formatWithOptions(inspectOptions, ...args) */
export function formatWithOptions(inspectOptions: InspectOptions | undefined, args: Value[]): string {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr = '';
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) { // '%'
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const tempArg = args[++a];
              if (typeof tempArg === 'number') tempStr = formatNumberNoColor(tempArg, inspectOptions);
              else if (typeof tempArg === 'bigint') tempStr = formatBigIntNoColor(tempArg, inspectOptions);
              else if (!(tempArg instanceof JSObject) || tempArg.isCallable || !hasBuiltInToString(tempArg)) tempStr = toStr(tempArg);
              else tempStr = inspect(tempArg, { ...inspectOptions, compact: 3, colors: false, depth: 0 });
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const tempNum = args[++a];
              if (typeof tempNum === 'bigint') tempStr = formatBigIntNoColor(tempNum, inspectOptions);
              else if (tempNum instanceof JSSymbol) tempStr = 'NaN';
              else tempStr = formatNumberNoColor(ToNumber(tempNum), inspectOptions);
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
              break;
            case 105: { // 'i'
              const tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') tempStr = formatBigIntNoColor(tempInteger, inspectOptions);
              else if (tempInteger instanceof JSSymbol) tempStr = 'NaN';
              else tempStr = formatNumberNoColor(parseInt(ToString(tempInteger)), inspectOptions);
              break;
            }
            case 102: { // 'f'
              const tempFloat = args[++a];
              if (tempFloat instanceof JSSymbol) tempStr = 'NaN';
              else tempStr = formatNumberNoColor(parseFloat(ToString(tempFloat)), inspectOptions);
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default: // not a placeholder
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

/** True if value's toString / Symbol.toPrimitive come from a built-in prototype (then %s inspects it). */
function hasBuiltInToString(value: JSObject): boolean {
  const target = unwrapProxy(value);
  if (target === null) return true;
  value = target;
  const own = (o: JSObject, k: PropertyKey): boolean => hasOwn(o, k);
  const no = (): boolean => false;
  let hasOwnToString = own;
  let hasOwnToPrimitive = own;
  // Objects without toString and Symbol.toPrimitive functions count as built-in.
  if (!isFunction(dataGet(value, 'toString'))) {
    if (!isFunction(dataGet(value, WellKnown.toPrimitive))) return true;
    if (hasOwn(value, WellKnown.toPrimitive)) return false;
    hasOwnToString = no;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (!isFunction(dataGet(value, WellKnown.toPrimitive))) {
    hasOwnToPrimitive = no;
  } else if (hasOwn(value, WellKnown.toPrimitive)) {
    return false;
  }
  // Find the object that has toString or Symbol.toPrimitive as an own property.
  let pointer: JSObject | null = value;
  do {
    pointer = protoOf(pointer);
  } while (pointer !== null && !hasOwnToString(pointer, 'toString') && !hasOwnToPrimitive(pointer, WellKnown.toPrimitive));
  if (pointer === null) return true;
  const descriptor = getOwn(pointer, 'constructor');
  return descriptor !== undefined && isFunction(descriptor.value) &&
    builtInObjects(R.realm).has(toStr(dataGet(descriptor.value, 'name')));
}

/** JSON.stringify(arg) with the realm's own JSON.stringify; '[Circular]' for a circular structure. */
function tryStringify(arg: Value): string {
  const realm = R.realm;
  const JSONObject = realm.intrinsics['%JSON%'] ?? dataGet(realm.globalObject, 'JSON');
  const stringify = realm.intrinsics['%JSON.stringify%'] ?? (JSONObject instanceof JSObject ? dataGet(JSONObject, 'stringify') : undefined);
  if (!isFunction(stringify)) return toStr(arg);
  try {
    return toStr(stringify.Call(JSONObject, [arg]));
  } catch (err) {
    if (err instanceof ThrowCompletion && err.value instanceof JSObject) {
      const name = dataGet(err.value, 'name');
      const message = dataGet(err.value, 'message');
      if (name === 'TypeError' && typeof message === 'string' && message.split('\n', 1)[0] === 'Converting circular structure to JSON') {
        return '[Circular]';
      }
    }
    throw err;
  }
}

import { JSObject } from '../values/object';
import { CreateBuiltinFunction, defineMethods, type BuiltinImpl } from '../values/function';
import { JSSymbol, WellKnown } from '../values/symbol';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { Msg, throwError, throwRangeError, throwTypeError } from '../errors';
import { GetPrototypeFromConstructor, IsCallable, LengthOfArrayLike } from '../ops/object-operations';
import { OrdinaryToPrimitive, ToNumber, ToObject, ToPrimitive, ToString, ToBoolean, describe } from '../ops/type-conversion';
import { C } from '../values/shape';
import {
  DateFromTime, Day, HourFromTime, ISOString, LocalTime, MakeDate, MakeDay, MakeFullYear, MakeTime, MinFromTime,
  MonthFromTime, SecFromTime, TimeClip, TimeString, TimeWithinDay, TimeZoneString, ToDateString, UTC, UTCString,
  WeekDay, YearFromTime, DateString, hostLocaleString, msFromTime, msPerMinute, now, parseDate,
} from './date-helpers';

/** A Date instance: an ordinary object with a [[DateValue]] slot. https://tc39.es/ecma262/#sec-properties-of-date-instances */
export class JSDate extends JSObject {
  constructor(proto: JSObject | null, public dateValue: number) {
    super(proto);
  }
}
JSDate.prototype.className = 'Date';

/** The [[DateValue]] of a Date object, or undefined for other objects (for util.inspect). */
export function dateValueOf(o: JSObject): number | undefined {
  return o instanceof JSDate ? o.dateValue : undefined;
}

/** thisTimeValue for the getters (V8's wording). https://tc39.es/ecma262/#sec-thistimevalue */
function thisTimeValue(v: Value): number {
  if (v instanceof JSDate) return v.dateValue;
  throwTypeError('this is not a Date object.');
}

/** RequireInternalSlot(v, [[DateValue]]) for the methods that report the method name (V8's wording). */
function requireDate(v: Value, method: string): JSDate {
  if (v instanceof JSDate) return v;
  throwTypeError(Msg.incompatibleReceiver(`Date.prototype.${method}`, describe(v)));
}

/** Argument i converted with ToNumber if present (by count, as the spec's "if x is present"), else undefined. */
function optNumber(args: Value[], i: number): number | undefined {
  return args.length > i ? ToNumber(args[i]) : undefined;
}

/** https://tc39.es/ecma262/#sec-date-constructor */
const DateConstructor: BuiltinImpl = (_this, args, newTarget) => {
  // 1.
  if (newTarget === undefined) return ToDateString(now());
  // 2-5.
  let dv: number;
  const n = args.length;
  if (n === 0) {
    dv = now();
  } else if (n === 1) {
    const value = args[0];
    let tv: number;
    if (value instanceof JSDate) {
      tv = value.dateValue;
    } else {
      const v = ToPrimitive(value);
      tv = typeof v === 'string' ? parseDate(v) : ToNumber(v);
    }
    dv = TimeClip(tv);
  } else {
    const y = ToNumber(args[0]);
    const m = ToNumber(args[1]);
    const dt = n > 2 ? ToNumber(args[2]) : 1;
    const h = n > 3 ? ToNumber(args[3]) : 0;
    const min = n > 4 ? ToNumber(args[4]) : 0;
    const s = n > 5 ? ToNumber(args[5]) : 0;
    const milli = n > 6 ? ToNumber(args[6]) : 0;
    const yr = MakeFullYear(y);
    const finalDate = MakeDate(MakeDay(yr, m, dt), MakeTime(h, min, s, milli));
    dv = TimeClip(UTC(finalDate));
  }
  // 6-8.
  return new JSDate(GetPrototypeFromConstructor(newTarget, '%Date.prototype%'), dv);
};

/** A getter on the local or UTC time: NaN stays NaN. */
function getter(f: (t: number) => number, local: boolean): BuiltinImpl {
  return (thisValue) => {
    const t = thisTimeValue(thisValue);
    if (t !== t) return NaN;
    return f(local ? LocalTime(t) : t);
  };
}

/** Applies the local-time or UTC conversion around a new date in the setters. */
function finish(o: JSDate, date: number, local: boolean): number {
  const u = TimeClip(local ? UTC(date) : date);
  o.dateValue = u;
  return u;
}

/** setMilliseconds / setUTCMilliseconds. https://tc39.es/ecma262/#sec-date.prototype.setmilliseconds */
function setMilliseconds(local: boolean, name: string): BuiltinImpl {
  return (thisValue, args) => {
    const o = requireDate(thisValue, name);
    let t = o.dateValue;
    const ms = ToNumber(args[0]);
    if (t !== t) return NaN;
    if (local) t = LocalTime(t);
    const time = MakeTime(HourFromTime(t), MinFromTime(t), SecFromTime(t), ms);
    return finish(o, MakeDate(Day(t), time), local);
  };
}

/** setSeconds / setUTCSeconds. https://tc39.es/ecma262/#sec-date.prototype.setseconds */
function setSeconds(local: boolean, name: string): BuiltinImpl {
  return (thisValue, args) => {
    const o = requireDate(thisValue, name);
    let t = o.dateValue;
    const s = ToNumber(args[0]);
    const ms = optNumber(args, 1);
    if (t !== t) return NaN;
    if (local) t = LocalTime(t);
    const milli = ms ?? msFromTime(t);
    const date = MakeDate(Day(t), MakeTime(HourFromTime(t), MinFromTime(t), s, milli));
    return finish(o, date, local);
  };
}

/** setMinutes / setUTCMinutes. https://tc39.es/ecma262/#sec-date.prototype.setminutes */
function setMinutes(local: boolean, name: string): BuiltinImpl {
  return (thisValue, args) => {
    const o = requireDate(thisValue, name);
    let t = o.dateValue;
    const m = ToNumber(args[0]);
    const sec = optNumber(args, 1);
    const ms = optNumber(args, 2);
    if (t !== t) return NaN;
    if (local) t = LocalTime(t);
    const s = sec ?? SecFromTime(t);
    const milli = ms ?? msFromTime(t);
    const date = MakeDate(Day(t), MakeTime(HourFromTime(t), m, s, milli));
    return finish(o, date, local);
  };
}

/** setHours / setUTCHours. https://tc39.es/ecma262/#sec-date.prototype.sethours */
function setHours(local: boolean, name: string): BuiltinImpl {
  return (thisValue, args) => {
    const o = requireDate(thisValue, name);
    let t = o.dateValue;
    const h = ToNumber(args[0]);
    const min = optNumber(args, 1);
    const sec = optNumber(args, 2);
    const ms = optNumber(args, 3);
    if (t !== t) return NaN;
    if (local) t = LocalTime(t);
    const m = min ?? MinFromTime(t);
    const s = sec ?? SecFromTime(t);
    const milli = ms ?? msFromTime(t);
    const date = MakeDate(Day(t), MakeTime(h, m, s, milli));
    return finish(o, date, local);
  };
}

/** setDate / setUTCDate. https://tc39.es/ecma262/#sec-date.prototype.setdate */
function setDate(local: boolean, name: string): BuiltinImpl {
  return (thisValue, args) => {
    const o = requireDate(thisValue, name);
    let t = o.dateValue;
    const dt = ToNumber(args[0]);
    if (t !== t) return NaN;
    if (local) t = LocalTime(t);
    const newDate = MakeDate(MakeDay(YearFromTime(t), MonthFromTime(t), dt), TimeWithinDay(t));
    return finish(o, newDate, local);
  };
}

/** setMonth / setUTCMonth. https://tc39.es/ecma262/#sec-date.prototype.setmonth */
function setMonth(local: boolean, name: string): BuiltinImpl {
  return (thisValue, args) => {
    const o = requireDate(thisValue, name);
    let t = o.dateValue;
    const m = ToNumber(args[0]);
    const date = optNumber(args, 1);
    if (t !== t) return NaN;
    if (local) t = LocalTime(t);
    const dt = date ?? DateFromTime(t);
    const newDate = MakeDate(MakeDay(YearFromTime(t), m, dt), TimeWithinDay(t));
    return finish(o, newDate, local);
  };
}

/** setFullYear / setUTCFullYear: a NaN date starts from +0. https://tc39.es/ecma262/#sec-date.prototype.setfullyear */
function setFullYear(local: boolean, name: string): BuiltinImpl {
  return (thisValue, args) => {
    const o = requireDate(thisValue, name);
    let t = o.dateValue;
    const y = ToNumber(args[0]);
    if (t !== t) t = 0;
    else if (local) t = LocalTime(t);
    const m = args.length > 1 ? ToNumber(args[1]) : MonthFromTime(t);
    const dt = args.length > 2 ? ToNumber(args[2]) : DateFromTime(t);
    const newDate = MakeDate(MakeDay(y, m, dt), TimeWithinDay(t));
    return finish(o, newDate, local);
  };
}

const LOCALE_OPTIONS = [
  'localeMatcher', 'calendar', 'numberingSystem', 'hour12', 'hourCycle', 'timeZone', 'weekday', 'era', 'year',
  'month', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName', 'formatMatcher',
  'dateStyle', 'timeStyle',
];

/**
 * toLocaleString, toLocaleDateString, toLocaleTimeString: the host formats the time value.
 * NON-SPEC (ECMA-402 details): locales and options are copied to host values (strings, booleans,
 * numbers) before the host sees them; host errors become guest errors of the same type.
 */
function toLocale(kind: 'toLocaleString' | 'toLocaleDateString' | 'toLocaleTimeString'): BuiltinImpl {
  return (thisValue, args) => {
    const tv = requireDate(thisValue, kind).dateValue;
    const locales = hostLocales(args[0]);
    const options = hostOptions(args[1]);
    try {
      return hostLocaleString(tv, kind, locales, options);
    } catch (e) {
      if (e instanceof RangeError || e instanceof TypeError) throwError(e instanceof RangeError ? 'RangeError' : 'TypeError', e.message);
      throw e;
    }
  };
}

function hostLocales(v: Value): string | string[] | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return v;
  const o = ToObject(v);
  const len = LengthOfArrayLike(o);
  const out: string[] = [];
  for (let i = 0; i < len; i++) {
    if (--R.fuel <= 0) R.agent.refuel();
    const k = String(i);
    if (!o.HasProperty(k)) continue;
    const tag = o.Get(k, o);
    if (typeof tag !== 'string' && !(tag instanceof JSObject)) throwTypeError(`Language ID should be string or object.`);
    out.push(ToString(tag));
  }
  return out;
}

function hostOptions(v: Value): Intl.DateTimeFormatOptions | undefined {
  if (v === undefined) return undefined;
  const o = ToObject(v);
  const out: Record<string, unknown> = {};
  for (const key of LOCALE_OPTIONS) {
    const x = o.Get(key, o);
    if (x === undefined) continue;
    if (key === 'hour12') out[key] = ToBoolean(x);
    else if (key === 'fractionalSecondDigits') out[key] = ToNumber(x);
    else out[key] = ToString(x);
  }
  return out as Intl.DateTimeFormatOptions;
}

/** https://tc39.es/ecma262/#sec-date-objects */
export function setupDate(realm: Realm): void {
  const proto = new JSObject(realm.ObjectPrototype);
  realm.intrinsics['%Date.prototype%'] = proto;
  const ctor = CreateBuiltinFunction(realm, DateConstructor, 7, 'Date', { ctor: true });
  realm.intrinsics['%Date%'] = ctor;
  ctor.addProperty('prototype', proto, 0);
  proto.addHidden('constructor', ctor);
  realm.addGlobal('Date', ctor);

  defineMethods(realm, ctor, [
    ['now', () => now(), 0],
    ['parse', (_t, args) => parseDate(ToString(args[0])), 1],
    ['UTC', (_t, args) => {
      // https://tc39.es/ecma262/#sec-date.utc
      const n = args.length;
      const y = ToNumber(args[0]);
      const m = n > 1 ? ToNumber(args[1]) : 0;
      const dt = n > 2 ? ToNumber(args[2]) : 1;
      const h = n > 3 ? ToNumber(args[3]) : 0;
      const min = n > 4 ? ToNumber(args[4]) : 0;
      const s = n > 5 ? ToNumber(args[5]) : 0;
      const milli = n > 6 ? ToNumber(args[6]) : 0;
      const yr = MakeFullYear(y);
      return TimeClip(MakeDate(MakeDay(yr, m, dt), MakeTime(h, min, s, milli)));
    }, 7],
  ]);

  const timeValue: BuiltinImpl = (thisValue) => thisTimeValue(thisValue);
  defineMethods(realm, proto, [
    ['toString', (thisValue) => ToDateString(requireDate(thisValue, 'toString').dateValue), 0],
    ['toDateString', (thisValue) => {
      const tv = requireDate(thisValue, 'toDateString').dateValue;
      if (tv !== tv) return 'Invalid Date';
      return DateString(LocalTime(tv));
    }, 0],
    ['toTimeString', (thisValue) => {
      const tv = requireDate(thisValue, 'toTimeString').dateValue;
      if (tv !== tv) return 'Invalid Date';
      return TimeString(LocalTime(tv)) + TimeZoneString(tv);
    }, 0],
    ['toISOString', (thisValue) => {
      const tv = requireDate(thisValue, 'toISOString').dateValue;
      if (!isFinite(tv)) throwRangeError(Msg.invalidTimeValue());
      return ISOString(tv);
    }, 0],
    ['toUTCString', (thisValue) => UTCString(requireDate(thisValue, 'toUTCString').dateValue), 0],
    ['getDate', getter(DateFromTime, true), 0],
    ['getDay', getter(WeekDay, true), 0],
    ['getFullYear', getter(YearFromTime, true), 0],
    ['getHours', getter(HourFromTime, true), 0],
    ['getMilliseconds', getter(msFromTime, true), 0],
    ['getMinutes', getter(MinFromTime, true), 0],
    ['getMonth', getter(MonthFromTime, true), 0],
    ['getSeconds', getter(SecFromTime, true), 0],
    ['getTime', timeValue, 0],
    ['getTimezoneOffset', (thisValue) => {
      const t = thisTimeValue(thisValue);
      if (t !== t) return NaN;
      return (t - LocalTime(t)) / msPerMinute;
    }, 0],
    ['getUTCDate', getter(DateFromTime, false), 0],
    ['getUTCDay', getter(WeekDay, false), 0],
    ['getUTCFullYear', getter(YearFromTime, false), 0],
    ['getUTCHours', getter(HourFromTime, false), 0],
    ['getUTCMilliseconds', getter(msFromTime, false), 0],
    ['getUTCMinutes', getter(MinFromTime, false), 0],
    ['getUTCMonth', getter(MonthFromTime, false), 0],
    ['getUTCSeconds', getter(SecFromTime, false), 0],
    ['setDate', setDate(true, 'setDate'), 1],
    ['setFullYear', setFullYear(true, 'setFullYear'), 3],
    ['setHours', setHours(true, 'setHours'), 4],
    ['setMilliseconds', setMilliseconds(true, 'setMilliseconds'), 1],
    ['setMinutes', setMinutes(true, 'setMinutes'), 3],
    ['setMonth', setMonth(true, 'setMonth'), 2],
    ['setSeconds', setSeconds(true, 'setSeconds'), 2],
    ['setTime', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-date.prototype.settime
      const o = requireDate(thisValue, 'setTime');
      const t = ToNumber(args[0]);
      const v = TimeClip(t);
      o.dateValue = v;
      return v;
    }, 1],
    ['setUTCDate', setDate(false, 'setUTCDate'), 1],
    ['setUTCFullYear', setFullYear(false, 'setUTCFullYear'), 3],
    ['setUTCHours', setHours(false, 'setUTCHours'), 4],
    ['setUTCMilliseconds', setMilliseconds(false, 'setUTCMilliseconds'), 1],
    ['setUTCMinutes', setMinutes(false, 'setUTCMinutes'), 3],
    ['setUTCMonth', setMonth(false, 'setUTCMonth'), 2],
    ['setUTCSeconds', setSeconds(false, 'setUTCSeconds'), 2],
    ['valueOf', timeValue, 0],
    // Annex B. https://tc39.es/ecma262/#sec-date.prototype.getyear
    ['getYear', (thisValue) => {
      const t = requireDate(thisValue, 'getYear').dateValue;
      if (t !== t) return NaN;
      return YearFromTime(LocalTime(t)) - 1900;
    }, 0],
    ['setYear', (thisValue, args) => {
      // https://tc39.es/ecma262/#sec-date.prototype.setyear
      const o = requireDate(thisValue, 'setYear');
      let t = o.dateValue;
      const y = ToNumber(args[0]);
      t = t !== t ? 0 : LocalTime(t);
      const yyyy = MakeFullYear(y);
      const d = MakeDay(yyyy, MonthFromTime(t), DateFromTime(t));
      const date = MakeDate(d, TimeWithinDay(t));
      return finish(o, date, true);
    }, 1],
    ['toJSON', (thisValue) => {
      // https://tc39.es/ecma262/#sec-date.prototype.tojson
      const o = ToObject(thisValue);
      const tv = ToPrimitive(o, 'number');
      if (typeof tv === 'number' && !isFinite(tv)) return null;
      const toISO = o.Get('toISOString', o);
      if (!IsCallable(toISO)) throwTypeError(Msg.notAFunction('toISOString'));
      return toISO.Call(o, []);
    }, 1],
    ['toLocaleString', toLocale('toLocaleString'), 0],
    ['toLocaleDateString', toLocale('toLocaleDateString'), 0],
    ['toLocaleTimeString', toLocale('toLocaleTimeString'), 0],
  ]);
  // Annex B: toGMTString is the same function object as toUTCString.
  proto.addHidden('toGMTString', proto.Get('toUTCString', proto));

  // https://tc39.es/ecma262/#sec-date.prototype-@@toprimitive
  const toPrimitive = CreateBuiltinFunction(realm, (thisValue, args) => {
    if (!(thisValue instanceof JSObject)) {
      throwTypeError(Msg.incompatibleReceiver('Date.prototype [ @@toPrimitive ]', describe(thisValue)));
    }
    const hint = args[0];
    let tryFirst: 'string' | 'number';
    if (hint === 'string' || hint === 'default') tryFirst = 'string';
    else if (hint === 'number') tryFirst = 'number';
    else throwTypeError(`Invalid hint: ${hint instanceof JSSymbol ? `Symbol(${hint.description ?? ''})` : typeof hint === 'string' ? hint : describe(hint)}`);
    return OrdinaryToPrimitive(thisValue, tryFirst);
  }, 1, WellKnown.toPrimitive);
  proto.addProperty(WellKnown.toPrimitive, toPrimitive, C);
}

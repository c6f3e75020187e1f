/**
 * The time math of the Date objects (https://tc39.es/ecma262/#sec-time-values-and-time-range),
 * the local time zone (taken from the host's Date for a given instant), string formats and parsing.
 * Pure functions over host numbers and strings: nothing here touches the guest heap.
 */

const HostDate = globalThis.Date;

export const msPerSecond = 1000;
export const msPerMinute = 60000;
export const msPerHour = 3600000;
export const msPerDay = 86400000;
/** The largest magnitude of a time value. https://tc39.es/ecma262/#sec-time-values-and-time-range */
const maxTime = 8.64e15;

/** https://tc39.es/ecma262/#sec-day */
export function Day(t: number): number {
  return Math.floor(t / msPerDay);
}

/** https://tc39.es/ecma262/#sec-timewithinday */
export function TimeWithinDay(t: number): number {
  const r = t % msPerDay;
  return r < 0 ? r + msPerDay : r + 0;
}

/** https://tc39.es/ecma262/#sec-daysinyear */
function DaysInYear(y: number): number {
  if (y % 4 !== 0) return 365;
  if (y % 100 !== 0) return 366;
  if (y % 400 !== 0) return 365;
  return 366;
}

/** https://tc39.es/ecma262/#sec-dayfromyear */
export function DayFromYear(y: number): number {
  return 365 * (y - 1970) + Math.floor((y - 1969) / 4) - Math.floor((y - 1901) / 100) + Math.floor((y - 1601) / 400);
}

/** https://tc39.es/ecma262/#sec-timefromyear */
function TimeFromYear(y: number): number {
  return msPerDay * DayFromYear(y);
}

/** https://tc39.es/ecma262/#sec-yearfromtime — the largest y with TimeFromYear(y) <= t. */
export function YearFromTime(t: number): number {
  let y = Math.floor(t / (msPerDay * 365.2425)) + 1970;
  while (TimeFromYear(y) > t) y--;
  while (TimeFromYear(y + 1) <= t) y++;
  return y;
}

/** https://tc39.es/ecma262/#sec-inleapyear */
function InLeapYear(t: number): boolean {
  return DaysInYear(YearFromTime(t)) === 366;
}

/** https://tc39.es/ecma262/#sec-daywithinyear */
function DayWithinYear(t: number): number {
  return Day(t) - DayFromYear(YearFromTime(t));
}

/** Cumulative days before each month in a common year. */
const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

function monthStart(m: number, leap: number): number {
  return MONTH_START[m] + (m >= 2 ? leap : 0);
}

/** https://tc39.es/ecma262/#sec-monthfromtime */
export function MonthFromTime(t: number): number {
  const d = DayWithinYear(t);
  const leap = InLeapYear(t) ? 1 : 0;
  let m = 0;
  while (m < 11 && d >= monthStart(m + 1, leap)) m++;
  return m;
}

/** https://tc39.es/ecma262/#sec-datefromtime */
export function DateFromTime(t: number): number {
  const leap = InLeapYear(t) ? 1 : 0;
  return DayWithinYear(t) - monthStart(MonthFromTime(t), leap) + 1;
}

/** https://tc39.es/ecma262/#sec-weekday */
export function WeekDay(t: number): number {
  return posMod(Day(t) + 4, 7);
}

function posMod(a: number, b: number): number {
  const r = a % b;
  return r < 0 ? r + b : r + 0;
}

/** https://tc39.es/ecma262/#sec-hourfromtime */
export function HourFromTime(t: number): number {
  return posMod(Math.floor(t / msPerHour), 24);
}

/** https://tc39.es/ecma262/#sec-minfromtime */
export function MinFromTime(t: number): number {
  return posMod(Math.floor(t / msPerMinute), 60);
}

/** https://tc39.es/ecma262/#sec-secfromtime */
export function SecFromTime(t: number): number {
  return posMod(Math.floor(t / msPerSecond), 60);
}

/** https://tc39.es/ecma262/#sec-msfromtime */
export function msFromTime(t: number): number {
  return posMod(t, msPerSecond);
}

/** ToIntegerOrInfinity on a number (no conversions: the Date math only sees numbers). */
function toInteger(n: number): number {
  if (n !== n) return 0;
  // + 0: a negative fraction truncates to -0, but the spec's mathematical integer is +0.
  return Math.trunc(n) + 0;
}

/** https://tc39.es/ecma262/#sec-maketime */
export function MakeTime(hour: number, min: number, sec: number, ms: number): number {
  if (!isFinite(hour) || !isFinite(min) || !isFinite(sec) || !isFinite(ms)) return NaN;
  return toInteger(hour) * msPerHour + toInteger(min) * msPerMinute + toInteger(sec) * msPerSecond + toInteger(ms);
}

/** Years beyond this make MakeDay return NaN (they are far outside the time value range). */
const MAX_YEAR = 1_000_000;

/** https://tc39.es/ecma262/#sec-makeday */
export function MakeDay(year: number, month: number, date: number): number {
  if (!isFinite(year) || !isFinite(month) || !isFinite(date)) return NaN;
  const y = toInteger(year);
  const m = toInteger(month);
  const dt = toInteger(date);
  const ym = y + Math.floor(m / 12);
  // NON-SPEC bound (as V8): "if this is not possible (because some argument is out of range), return NaN".
  if (!isFinite(ym) || Math.abs(ym) > MAX_YEAR) return NaN;
  const mn = posMod(m, 12);
  const leap = DaysInYear(ym) === 366 ? 1 : 0;
  const day = DayFromYear(ym) + monthStart(mn, leap);
  return day + dt - 1;
}

/** https://tc39.es/ecma262/#sec-makedate */
export function MakeDate(day: number, time: number): number {
  if (!isFinite(day) || !isFinite(time)) return NaN;
  const tv = day * msPerDay + time;
  if (!isFinite(tv)) return NaN;
  return tv;
}

/** https://tc39.es/ecma262/#sec-makefullyear */
export function MakeFullYear(year: number): number {
  if (year !== year) return NaN;
  const truncated = toInteger(year);
  if (truncated >= 0 && truncated <= 99) return 1900 + truncated;
  return year;
}

/** https://tc39.es/ecma262/#sec-timeclip */
export function TimeClip(time: number): number {
  if (!isFinite(time)) return NaN;
  if (Math.abs(time) > maxTime) return NaN;
  return toInteger(time);
}

// ---- the local time zone ----

let cachedInstant = NaN;
let cachedOffset = 0;

/**
 * The host's offset of local time from UTC at the UTC instant t, in ms (GetNamedTimeZoneOffsetNanoseconds / 1e6),
 * read from the host Date's local fields so that offsets with seconds (local mean time) are exact.
 * Instants outside the host Date's range use the nearest one inside it.
 */
export function offsetAt(t: number): number {
  const u = t > maxTime ? maxTime : t < -maxTime ? -maxTime : t;
  if (u === cachedInstant) return cachedOffset;
  const h = new HostDate(u);
  const local = MakeDate(MakeDay(h.getFullYear(), h.getMonth(), h.getDate()), MakeTime(h.getHours(), h.getMinutes(), h.getSeconds(), h.getMilliseconds()));
  cachedInstant = u;
  cachedOffset = local - u + 0;
  return cachedOffset;
}

/** https://tc39.es/ecma262/#sec-localtime */
export function LocalTime(t: number): number {
  return t + offsetAt(t);
}

/**
 * https://tc39.es/ecma262/#sec-utc-t
 * Of the instants whose local time is t, the earliest; in a gap, the offset before the transition.
 */
export function UTC(t: number): number {
  if (!isFinite(t)) return NaN;
  const before = offsetAt(t - msPerDay);
  const after = offsetAt(t + msPerDay);
  const u1 = t - before;
  const u2 = t - after;
  const ok1 = offsetAt(u1) === before;
  const ok2 = offsetAt(u2) === after;
  if (ok1 && ok2) return Math.min(u1, u2);
  if (ok1) return u1;
  if (ok2) return u2;
  return u1;
}

// ---- formats ----

export const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The year as ToZeroPaddedDecimalString(abs(y), 4) with a '-' for negative years. */
function yearString(y: number): string {
  return (y < 0 ? '-' : '') + pad(Math.abs(y), 4);
}

/** https://tc39.es/ecma262/#sec-timestring */
export function TimeString(tv: number): string {
  return `${pad(HourFromTime(tv), 2)}:${pad(MinFromTime(tv), 2)}:${pad(SecFromTime(tv), 2)} GMT`;
}

/** https://tc39.es/ecma262/#sec-datestring */
export function DateString(tv: number): string {
  return `${WEEKDAYS[WeekDay(tv)]} ${MONTHS[MonthFromTime(tv)]} ${pad(DateFromTime(tv), 2)} ${yearString(YearFromTime(tv))}`;
}

let tzNameFormat: Intl.DateTimeFormat | null = null;

/** V8's bound on the instants whose own time-zone name is looked up (kMaxInt seconds). */
const kMaxEpochTimeInMs = 2147483647 * 1000;

/** A year in 2008..2037 with the same leap-ness and weekday of January 1 (as V8's DateCache). */
function equivalentYear(year: number): number {
  const weekDay = WeekDay(DayFromYear(year) * msPerDay);
  const recentYear = (DaysInYear(year) === 366 ? 1956 : 1967) + (weekDay * 12) % 28;
  return 2008 + ((recentYear + 3 * 28 - 2008) % 28);
}

/** The host's long time-zone name at instant t, as Intl formats it. */
function intlZoneName(t: number): string {
  try {
    tzNameFormat ??= new Intl.DateTimeFormat(undefined, { timeZoneName: 'long' });
    const parts = tzNameFormat.formatToParts(new HostDate(t));
    for (const p of parts) if (p.type === 'timeZoneName') return p.value;
  } catch {
    // No Intl data: leave the name out.
  }
  return '';
}

/** Today's standard and daylight names of the host zone (daylight null when it has none this year). */
let zoneNames: { std: string; dst: string | null } | null = null;

function currentZoneNames(): { std: string; dst: string | null } {
  if (zoneNames === null) {
    const jan = TimeFromYear(YearFromTime(HostDate.now()));
    const jul = jan + 181 * msPerDay;
    const a = offsetAt(jan);
    const b = offsetAt(jul);
    if (a === b) zoneNames = { std: intlZoneName(jan), dst: null };
    else zoneNames = a < b ? { std: intlZoneName(jan), dst: intlZoneName(jul) } : { std: intlZoneName(jul), dst: intlZoneName(jan) };
  }
  return zoneNames;
}

/**
 * The host's long time-zone name for instant tv ("Coordinated Universal Time"), as V8 chooses it:
 * the zone's present-day standard or daylight name, by whether daylight saving time is in effect
 * at tv (judged against the smaller offset of January and July that year). An instant before 1970
 * or after 2038 is judged as the same date and time in an equivalent recent year.
 */
function timeZoneName(tv: number): string {
  let t = tv;
  if (t < 0 || t > kMaxEpochTimeInMs) {
    t = MakeDate(MakeDay(equivalentYear(YearFromTime(t)), MonthFromTime(t), DateFromTime(t)), TimeWithinDay(t));
  }
  const jan = TimeFromYear(YearFromTime(t));
  const standard = Math.min(offsetAt(jan), offsetAt(jan + 181 * msPerDay));
  const names = currentZoneNames();
  if (offsetAt(t) <= standard) return names.std;
  return names.dst ?? intlZoneName(t);
}

/** https://tc39.es/ecma262/#sec-timezoneestring */
export function TimeZoneString(tv: number): string {
  const offset = offsetAt(tv);
  const abs = Math.abs(offset);
  const sign = offset >= 0 ? '+' : '-';
  const hours = Math.floor(abs / msPerHour);
  const minutes = Math.floor((abs % msPerHour) / msPerMinute);
  const name = timeZoneName(tv);
  return `${sign}${pad(hours, 2)}${pad(minutes, 2)}${name ? ` (${name})` : ''}`;
}

/** https://tc39.es/ecma262/#sec-todatestring */
export function ToDateString(tv: number): string {
  if (tv !== tv) return 'Invalid Date';
  const t = LocalTime(tv);
  return `${DateString(t)} ${TimeString(t)}${TimeZoneString(tv)}`;
}

/** Date.prototype.toUTCString's format. https://tc39.es/ecma262/#sec-date.prototype.toutcstring */
export function UTCString(tv: number): string {
  if (tv !== tv) return 'Invalid Date';
  return `${WEEKDAYS[WeekDay(tv)]}, ${pad(DateFromTime(tv), 2)} ${MONTHS[MonthFromTime(tv)]} ${yearString(YearFromTime(tv))} ${TimeString(tv)}`;
}

/** Date.prototype.toISOString's format (tv finite). https://tc39.es/ecma262/#sec-date-time-string-format */
export function ISOString(tv: number): string {
  const y = YearFromTime(tv);
  const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
  return `${year}-${pad(MonthFromTime(tv) + 1, 2)}-${pad(DateFromTime(tv), 2)}T${pad(HourFromTime(tv), 2)}:${pad(MinFromTime(tv), 2)}:${pad(SecFromTime(tv), 2)}.${pad(msFromTime(tv), 3)}Z`;
}

// ---- parsing ----

const ISO_RE = /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The Date Time String Format, exactly. https://tc39.es/ecma262/#sec-date-time-string-format
 * Returns undefined when s is not in the format, NaN when it is but a field is out of range.
 * Date-only forms are UTC; date-time forms without an offset are local time.
 */
function parseISO(s: string): number | undefined {
  const m = ISO_RE.exec(s);
  if (m === null) return undefined;
  const [, ys, mos, ds, hs, mins, ss, mss, zone] = m;
  if (ys === '-000000') return NaN;
  const year = +ys;
  const month = mos === undefined ? 1 : +mos;
  const day = ds === undefined ? 1 : +ds;
  const hour = hs === undefined ? 0 : +hs;
  const minute = mins === undefined ? 0 : +mins;
  const second = ss === undefined ? 0 : +ss;
  const ms = mss === undefined ? 0 : +mss;
  if (month < 1 || month > 12 || day < 1 || day > 31 || minute > 59 || second > 59) return NaN;
  // 24:00 is the midnight that ends a day.
  if (hour > 24 || (hour === 24 && (minute !== 0 || second !== 0 || ms !== 0))) return NaN;
  const t = MakeDate(MakeDay(year, month - 1, day), MakeTime(hour, minute, second, ms));
  let u: number;
  if (zone === undefined) u = hs === undefined ? t : UTC(t);
  else if (zone === 'Z') u = t;
  else {
    const oh = +zone.slice(1, 3);
    const om = +zone.slice(4, 6);
    if (oh > 23 || om > 59) return NaN;
    const off = (oh * msPerHour + om * msPerMinute) * (zone[0] === '-' ? -1 : 1);
    u = t - off;
  }
  return TimeClip(u);
}

const TOSTRING_RE = /^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}) (-?\d{4,}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2})(\d{2})(?: \([^()]*\))?$/;
const UTCSTRING_RE = /^(?:Sun|Mon|Tue|Wed|Thu|Fri|Sat), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (-?\d{4,}) (\d{2}):(\d{2}):(\d{2}) GMT$/;

/** The time value of the printed fields (not yet clipped). */
function fromFields(year: string, mon: string, day: string, h: string, mi: string, s: string): number {
  return MakeDate(MakeDay(+year, MONTHS.indexOf(mon), +day), MakeTime(+h, +mi, +s, 0));
}

/**
 * https://tc39.es/ecma262/#sec-date.parse
 * The ISO format exactly, the formats toString and toUTCString produce, then the host's parser
 * for anything else (implementation-specific formats).
 */
export function parseDate(s: string): number {
  const iso = parseISO(s);
  if (iso !== undefined) return iso;
  let m = TOSTRING_RE.exec(s);
  if (m !== null) {
    const off = (+m[8] * msPerHour + +m[9] * msPerMinute) * (m[7] === '-' ? -1 : 1);
    // The printed offset is truncated to minutes; when it is the local zone's, use the exact local
    // offset (which may have seconds, as local mean time does) so toString round-trips.
    const local = fromFields(m[3], m[1], m[2], m[4], m[5], m[6]);
    if (local !== local) return NaN;
    const u = UTC(local);
    if (Math.trunc(offsetAt(u) / msPerMinute) * msPerMinute === off) return TimeClip(u);
    return TimeClip(local - off);
  }
  m = UTCSTRING_RE.exec(s);
  if (m !== null) return TimeClip(fromFields(m[3], m[2], m[1], m[4], m[5], m[6]));
  return TimeClip(HostDate.parse(s));
}

/** The current time value. */
export function now(): number {
  return HostDate.now();
}

/** Host locale formatting of a time value (toLocaleString and friends). */
export function hostLocaleString(
  tv: number, kind: 'toLocaleString' | 'toLocaleDateString' | 'toLocaleTimeString',
  locales: string | string[] | undefined, options: Intl.DateTimeFormatOptions | undefined,
): string {
  if (tv !== tv) return 'Invalid Date';
  return new HostDate(tv)[kind](locales, options);
}

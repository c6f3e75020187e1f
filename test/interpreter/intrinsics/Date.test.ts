import * as assert from 'assert';
import { Env, assertThrows, canEvaluate, same } from './primitives-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { JSDate, dateValueOf } from '../../../interpreter/intrinsics/Date';
import { createRealm } from '../../../interpreter';

/** Expectations come from the host Date, so the tests hold in any host time zone. */
const HostDate = globalThis.Date;

class DEnv extends Env {
  readonly D = this.get('Date') as JSObject;
  readonly proto = this.realm.intrinsics['%Date.prototype%'];

  date(...args: Value[]): JSObject {
    return this.construct(this.D, args);
  }

  /** Calls Date.prototype[name] on d. */
  m(name: string | typeof WellKnown.toPrimitive, d: Value, ...args: Value[]): Value {
    return this.call(this.proto.Get(name, this.proto) as JSObject, d, ...args);
  }

  tv(d: Value): number {
    return dateValueOf(d as JSObject)!;
  }

  parse(s: string): Value {
    return this.call('Date.parse', this.D, s);
  }
}

describe('Date', () => {
  const env = new DEnv();

  describe('intrinsics', () => {
    it('registers %Date% and %Date.prototype%; the prototype is an ordinary object', () => {
      assert.strictEqual(env.realm.intrinsics['%Date%'], env.D);
      assert.strictEqual(env.D.Get('prototype', env.D), env.proto);
      assert.strictEqual(env.proto.Get('constructor', env.proto), env.D);
      assert.strictEqual(env.attrs(env.D, 'prototype'), '---');
      assert.strictEqual(env.D.Get('length', env.D), 7);
      assert.ok(!(env.proto instanceof JSDate));
      assertThrows(() => env.m('getTime', env.proto), 'TypeError', 'this is not a Date object.');
    });

    it('has the spec lengths', () => {
      const lengths: Record<string, number> = {
        setFullYear: 3, setHours: 4, setMinutes: 3, setSeconds: 2, setMonth: 2, setDate: 1, setMilliseconds: 1,
        setUTCFullYear: 3, setUTCHours: 4, setUTCMinutes: 3, setUTCSeconds: 2, setUTCMonth: 2, setTime: 1,
        getTime: 0, toJSON: 1, toISOString: 0, toString: 0, setYear: 1, getYear: 0, toLocaleString: 0,
      };
      for (const [k, n] of Object.entries(lengths)) {
        const f = env.proto.Get(k, env.proto) as JSObject;
        assert.strictEqual(f.Get('length', f), n, k);
      }
      for (const [k, n] of [['now', 0], ['parse', 1], ['UTC', 7]] as const) {
        const f = env.D.Get(k, env.D) as JSObject;
        assert.strictEqual(f.Get('length', f), n, k);
      }
    });

    it('toGMTString is the same function object as toUTCString', () => {
      assert.strictEqual(env.proto.Get('toGMTString', env.proto), env.proto.Get('toUTCString', env.proto));
    });

    it('[Symbol.toPrimitive] is non-writable, configurable, named "[Symbol.toPrimitive]", length 1', () => {
      assert.strictEqual(env.attrs(env.proto, WellKnown.toPrimitive), '--c');
      const f = env.proto.Get(WellKnown.toPrimitive, env.proto) as JSObject;
      assert.strictEqual(f.Get('name', f), '[Symbol.toPrimitive]');
      assert.strictEqual(f.Get('length', f), 1);
    });
  });

  describe('constructor', () => {
    it('Date() called as a function returns the current time as a string, ignoring arguments', () => {
      const s = env.call(env.D, undefined, 0) as string;
      assert.match(s, /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) \w{3} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT[+-]\d{4}/);
      const before = HostDate.now();
      const parsed = env.parse(s) as number;
      assert.ok(Math.abs(parsed - before) < 5000);
    });

    it('new Date() is now; new Date(number) is TimeClip of it', () => {
      const before = HostDate.now();
      const now = env.tv(env.date());
      assert.ok(now >= before && now <= HostDate.now());
      same(env.tv(env.date(1.9)), 1);
      same(env.tv(env.date(-1.9)), -1);
      same(env.tv(env.date(-0)), 0);
      same(env.tv(env.date(-0.5)), 0);
      same(env.tv(env.date(8.64e15)), 8.64e15);
      same(env.tv(env.date(8.64e15 + 1)), NaN);
      same(env.tv(env.date(Infinity)), NaN);
    });

    it('new Date(date) copies [[DateValue]] without calling valueOf', () => {
      const d = env.date(12345);
      d.setOwn('valueOf', env.fn(() => { throw new Error('must not be called'); }));
      same(env.tv(env.date(d)), 12345);
    });

    it('new Date(value) uses ToPrimitive: strings are parsed, everything else ToNumber', () => {
      same(env.tv(env.date('1970-01-01T00:00:01Z')), 1000);
      same(env.tv(env.date(env.valueOf(77))), 77);
      same(env.tv(env.date(env.toStringObj('1970-01-01T00:00:02Z'))), 2000);
      same(env.tv(env.date(true)), 1);
      same(env.tv(env.date(null)), 0);
      assertThrows(() => env.date(WellKnown.iterator), 'TypeError');
    });

    it('new Date(y, m, ...) takes local time and converts every argument in order', () => {
      const log: string[] = [];
      const d = env.date(env.valueOf(2020, log, 'y'), env.valueOf(1, log, 'm'), env.valueOf(29, log, 'd'), env.valueOf(13, log, 'h'));
      assert.deepStrictEqual(log, ['y', 'm', 'd', 'h']);
      same(env.tv(d), new HostDate(2020, 1, 29, 13).getTime());
      same(env.tv(env.date(2020, 0)), new HostDate(2020, 0).getTime());
      same(env.tv(env.date(2019, 13, 35, 25, 61, 61, 1001)), new HostDate(2019, 13, 35, 25, 61, 61, 1001).getTime());
      same(env.tv(env.date(2020, NaN)), NaN);
    });

    it('maps years 0 to 99 to 1900 to 1999', () => {
      same(env.tv(env.date(99, 0)), new HostDate(99, 0).getTime());
      assert.strictEqual(env.m('getFullYear', env.date(0, 0)), 1900);
      assert.strictEqual(env.m('getFullYear', env.date(99.9, 0)), 1999);
      assert.strictEqual(env.m('getFullYear', env.date(100, 0)), 100);
      assert.strictEqual(env.m('getFullYear', env.date(-1, 0)), -1);
    });

    it('returns NaN for components far outside the time range', () => {
      same(env.tv(env.date(1e9, 0)), NaN);
      same(env.tv(env.date(275761, 0)), NaN);
      same(env.tv(env.date(1e300, 0)), NaN);
    });

    it('takes the prototype from newTarget after converting the arguments', () => {
      const log: string[] = [];
      const nt = env.fn(() => undefined, 'Sub');
      nt.isConstructor = true;
      const proto = env.obj({}, env.proto);
      nt.addAccessor('prototype', env.fn(() => { log.push('prototype'); return proto; }), undefined, 4);
      const d = env.construct(env.D, [env.valueOf(5, log, 'value')], nt);
      assert.deepStrictEqual(log, ['value', 'prototype']);
      assert.strictEqual(d.GetPrototypeOf(), proto);
      assert.ok(d instanceof JSDate);
    });
  });

  describe('Date.UTC, Date.parse, Date.now', () => {
    it('Date.UTC builds a UTC time value with defaults for missing fields', () => {
      same(env.call('Date.UTC', env.D, 2020), Date.UTC(2020, 0));
      same(env.call('Date.UTC', env.D, 2020, 1, 29, 12, 30, 15, 500), Date.UTC(2020, 1, 29, 12, 30, 15, 500));
      same(env.call('Date.UTC', env.D, 50, 0), Date.UTC(50, 0));
      same(env.call('Date.UTC', env.D), NaN);
      same(env.call('Date.UTC', env.D, 275760, 8, 13, 0, 0, 0, 1), NaN);
    });

    it('Date.parse reads the ISO format exactly: date-only is UTC, date-time without offset is local', () => {
      same(env.parse('2020-01-01'), Date.UTC(2020, 0, 1));
      same(env.parse('2020-06'), Date.UTC(2020, 5, 1));
      same(env.parse('2020'), Date.UTC(2020, 0, 1));
      same(env.parse('2020-01-01T10:20:30.456Z'), Date.UTC(2020, 0, 1, 10, 20, 30, 456));
      same(env.parse('2020-01-01T10:20+05:30'), Date.UTC(2020, 0, 1, 4, 50));
      same(env.parse('2020-07-01T10:20:30'), new HostDate(2020, 6, 1, 10, 20, 30).getTime());
      same(env.parse('2020-01-01T24:00:00Z'), Date.UTC(2020, 0, 2));
      same(env.parse('+002020-01-01T00:00:00Z'), Date.UTC(2020, 0, 1));
      same(env.parse('-000001-01-01T00:00:00Z'), Date.UTC(-1, 0, 1));
    });

    it('Date.parse returns NaN for out-of-range fields and limits', () => {
      for (const s of ['2020-13-01', '2020-00-01', '2020-01-32', '2020-01-01T25:00Z', '2020-01-01T24:00:01Z', '2020-01-01T10:60Z',
        '-000000-01-01T00:00:00Z', '+275760-09-13T00:00:00.001Z', '-271821-04-19T23:59:59.999Z']) {
        same(env.parse(s), NaN, s);
      }
      same(env.parse('+275760-09-13T00:00:00.000Z'), 8.64e15);
      same(env.parse('-271821-04-20T00:00:00.000Z'), -8.64e15);
    });

    it('Date.parse reads back what toString, toUTCString and toISOString produce, negative years included', () => {
      for (const t of [0, 1e12, -1e12, -62198755200000, -1e14, 8.64e15, -8.64e15, 1795444509000]) {
        const d = env.date(t);
        for (const f of ['toString', 'toUTCString', 'toISOString']) same(env.parse(env.m(f, d) as string), t, `${f} ${t}`);
      }
    });

    it('Date.parse falls back to the host parser for other formats', () => {
      same(env.parse('March 7, 2020'), HostDate.parse('March 7, 2020'));
      same(env.parse('2020/03/07 10:00'), HostDate.parse('2020/03/07 10:00'));
      same(env.parse('not a date'), NaN);
      same(env.parse(''), NaN);
    });

    it('Date.parse converts its argument with ToString', () => {
      same(env.call('Date.parse', env.D, env.toStringObj('1970-01-01T00:00:00.005Z')), 5);
    });

    it('Date.now returns the current time value', () => {
      const before = HostDate.now();
      const n = env.call('Date.now', env.D) as number;
      assert.ok(n >= before && n <= HostDate.now());
    });
  });

  describe('getters', () => {
    it('agree with the host Date in the host time zone', () => {
      const names = ['getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds',
        'getUTCFullYear', 'getUTCMonth', 'getUTCDate', 'getUTCDay', 'getUTCHours', 'getUTCMinutes', 'getUTCSeconds',
        'getUTCMilliseconds', 'getTime', 'valueOf', 'getYear'] as const;
      for (const t of [0, -1, 951782400000, 1583020800000, -62198755200000, -8.64e15, 8.64e15, 1234567890123, -2208988800001]) {
        const d = env.date(t);
        const h = new HostDate(t) as any;
        for (const n of names) same(env.m(n, d), h[n](), `${n}(${t})`);
      }
    });

    it('return NaN for an invalid date', () => {
      const d = env.date(NaN);
      for (const n of ['getFullYear', 'getUTCHours', 'getDay', 'getTime', 'getTimezoneOffset', 'getYear']) same(env.m(n, d), NaN, n);
    });

    it('getTimezoneOffset agrees with the host for whole-minute offsets', () => {
      for (const t of [0, 1e12, 1.6e12, 1.65e12]) same(env.m('getTimezoneOffset', env.date(t)), new HostDate(t).getTimezoneOffset());
    });

    it('reject non-Date receivers with V8 messages', () => {
      assertThrows(() => env.m('getFullYear', env.obj()), 'TypeError', 'this is not a Date object.');
      assertThrows(() => env.m('valueOf', 5), 'TypeError', 'this is not a Date object.');
      assertThrows(() => env.m('toString', env.obj()), 'TypeError', 'Method Date.prototype.toString called on incompatible receiver #<Object>');
      assertThrows(() => env.m('getYear', env.obj()), 'TypeError', 'Method Date.prototype.getYear called on incompatible receiver #<Object>');
    });
  });

  describe('setters', () => {
    it('set local fields like the host, with optional arguments counted by presence', () => {
      const cases: [string, number[]][] = [
        ['setMilliseconds', [999]], ['setSeconds', [59]], ['setSeconds', [5, 6]], ['setMinutes', [1]], ['setMinutes', [1, 2, 3]],
        ['setHours', [23]], ['setHours', [0, 1, 2, 3]], ['setDate', [31]], ['setDate', [0]], ['setMonth', [13]], ['setMonth', [1, 30]],
        ['setFullYear', [2000]], ['setFullYear', [2001, 1, 29]], ['setUTCHours', [5, 6]], ['setUTCDate', [15]], ['setUTCMonth', [-1]],
        ['setUTCFullYear', [1969, 11, 31]], ['setUTCMinutes', [90]], ['setUTCSeconds', [-1]], ['setUTCMilliseconds', [-1]],
      ];
      for (const [name, args] of cases) {
        const d = env.date(1583020800123);
        const h = new HostDate(1583020800123) as any;
        const r = env.m(name, d, ...args);
        const hr = h[name](...args);
        same(r, hr, `${name}(${args})`);
        same(env.tv(d), h.getTime(), `${name}(${args}) value`);
      }
    });

    it('an explicit undefined argument is present (and makes the date invalid)', () => {
      const d = env.date(0);
      same(env.m('setMinutes', d, 10, undefined), NaN);
      same(env.tv(d), NaN);
    });

    it('convert arguments even when the date is invalid, then return NaN', () => {
      const log: string[] = [];
      const d = env.date(NaN);
      same(env.m('setHours', d, env.valueOf(1, log, 'h'), env.valueOf(2, log, 'm')), NaN);
      assert.deepStrictEqual(log, ['h', 'm']);
      same(env.m('setDate', d, 5), NaN);
    });

    it('setFullYear and setUTCFullYear start an invalid date from +0', () => {
      const d = env.date(NaN);
      same(env.m('setUTCFullYear', d, 2000), Date.UTC(2000, 0, 1));
      const e = env.date(NaN);
      const h = new HostDate(NaN);
      same(env.m('setFullYear', e, 2000), h.setFullYear(2000));
    });

    it('setTime applies TimeClip', () => {
      const d = env.date(0);
      same(env.m('setTime', d, '42'), 42);
      same(env.m('setTime', d, 8.64e15 + 1), NaN);
      same(env.tv(d), NaN);
      assertThrows(() => env.m('setTime', env.obj(), 1), 'TypeError', 'Method Date.prototype.setTime called on incompatible receiver #<Object>');
    });

    it('Annex B getYear/setYear count from 1900 and map two-digit years', () => {
      const d = env.date(2020, 5, 15);
      assert.strictEqual(env.m('getYear', d), 120);
      env.m('setYear', d, 99);
      assert.strictEqual(env.m('getFullYear', d), 1999);
      assert.strictEqual(env.m('getMonth', d), 5);
      env.m('setYear', d, 2005);
      assert.strictEqual(env.m('getFullYear', d), 2005);
      same(env.m('setYear', d, NaN), NaN);
      const n = env.date(NaN);
      env.m('setYear', n, 80);
      same(env.tv(n), new HostDate(1980, 0, 1).getTime());
    });
  });

  describe('string forms', () => {
    it('toString, toDateString, toTimeString use the V8 format and agree with the host', () => {
      for (const t of [0, 1795444509000, -62198755200000, -1e14, 8.64e15, 1583020800123]) {
        const d = env.date(t);
        const h = new HostDate(t);
        assert.strictEqual(env.m('toString', d), h.toString());
        assert.strictEqual(env.m('toDateString', d), h.toDateString());
        assert.strictEqual(env.m('toTimeString', d), h.toTimeString());
      }
    });

    it('toUTCString and toGMTString use the RFC 7231 form, with signed years', () => {
      assert.strictEqual(env.m('toUTCString', env.date(0)), 'Thu, 01 Jan 1970 00:00:00 GMT');
      assert.strictEqual(env.m('toGMTString', env.date(-1e14)), 'Thu, 15 Feb -1199 14:13:20 GMT');
      assert.strictEqual(env.m('toUTCString', env.date(-62198755200000)), 'Fri, 01 Jan -0001 00:00:00 GMT');
    });

    it('an invalid date prints as "Invalid Date"', () => {
      const d = env.date(NaN);
      for (const n of ['toString', 'toDateString', 'toTimeString', 'toUTCString', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
        assert.strictEqual(env.m(n, d), 'Invalid Date', n);
      }
    });

    it('toISOString uses six-digit signed years outside 0..9999 and throws a RangeError when invalid', () => {
      assert.strictEqual(env.m('toISOString', env.date(0)), '1970-01-01T00:00:00.000Z');
      assert.strictEqual(env.m('toISOString', env.date(-1e14)), '-001199-02-15T14:13:20.000Z');
      assert.strictEqual(env.m('toISOString', env.date(8.64e15)), '+275760-09-13T00:00:00.000Z');
      assert.strictEqual(env.m('toISOString', env.date(-62167219200001)), '-000001-12-31T23:59:59.999Z');
      assert.strictEqual(env.m('toISOString', env.date(-62167219200000)), '0000-01-01T00:00:00.000Z');
      assert.strictEqual(env.m('toISOString', env.date(253402300800000)), '+010000-01-01T00:00:00.000Z');
      assertThrows(() => env.m('toISOString', env.date(NaN)), 'RangeError', 'Invalid time value');
    });

    it('toJSON is generic: null for non-finite primitives, else Invoke(toISOString)', () => {
      assert.strictEqual(env.m('toJSON', env.date(0)), '1970-01-01T00:00:00.000Z');
      assert.strictEqual(env.m('toJSON', env.date(NaN)), null);
      const o = env.obj({ toISOString: env.fn((t) => (t === o ? 'custom' : 'wrong')) });
      o.setOwn('valueOf', env.fn(() => 1));
      assert.strictEqual(env.m('toJSON', o), 'custom');
      const inf = env.obj({ valueOf: env.fn(() => Infinity), toISOString: env.fn(() => 'never') });
      assert.strictEqual(env.m('toJSON', inf), null);
      assertThrows(() => env.m('toJSON', env.obj({ toISOString: 1 })), 'TypeError', 'toISOString is not a function');
      assertThrows(() => env.m('toJSON', undefined), 'TypeError', 'Cannot convert undefined or null to object');
    });

    it('toLocaleString and friends delegate to the host, locales and options included', () => {
      const t = 1583020800123;
      const h = new HostDate(t);
      assert.strictEqual(env.m('toLocaleString', env.date(t)), h.toLocaleString());
      assert.strictEqual(env.m('toLocaleDateString', env.date(t)), h.toLocaleDateString());
      assert.strictEqual(env.m('toLocaleTimeString', env.date(t)), h.toLocaleTimeString());
      const opts = env.obj({ timeZone: 'UTC', year: 'numeric', month: 'long', hour12: false });
      assert.strictEqual(env.m('toLocaleString', env.date(t), 'en-US', opts),
        h.toLocaleString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', hour12: false }));
      assertThrows(() => env.m('toLocaleString', env.date(t), 'en-US', env.obj({ timeZone: 'Nowhere/Nothing' })), 'RangeError');
    });
  });

  describe('[Symbol.toPrimitive]', () => {
    it('tries toString first for "string" and "default", valueOf first for "number"', () => {
      const d = env.date(0);
      assert.strictEqual(env.m(WellKnown.toPrimitive, d, 'number'), 0);
      assert.strictEqual(env.m(WellKnown.toPrimitive, d, 'default'), new HostDate(0).toString());
      assert.strictEqual(env.m(WellKnown.toPrimitive, d, 'string'), new HostDate(0).toString());
      const o = env.obj({ toString: env.fn(() => 's'), valueOf: env.fn(() => 1) });
      assert.strictEqual(env.m(WellKnown.toPrimitive, o, 'default'), 's');
    });

    it('throws a TypeError for a bad hint or a non-object receiver', () => {
      assertThrows(() => env.m(WellKnown.toPrimitive, env.date(0), 'x'), 'TypeError', 'Invalid hint: x');
      assertThrows(() => env.m(WellKnown.toPrimitive, env.date(0)), 'TypeError', 'Invalid hint: undefined');
      assertThrows(() => env.m(WellKnown.toPrimitive, 1, 'number'), 'TypeError', 'Method Date.prototype [ @@toPrimitive ] called on incompatible receiver 1');
    });
  });

  it('dateValueOf reads [[DateValue]] and is undefined for other objects', () => {
    same(dateValueOf(env.date(5)), 5);
    same(dateValueOf(env.date(NaN)), NaN);
    assert.strictEqual(dateValueOf(env.obj()), undefined);
    assert.strictEqual(dateValueOf(env.proto), undefined);
  });

  describe('guest source', () => {
    const src = canEvaluate ? it : it.skip;

    src('dates from guest code', () => {
      const r = createRealm();
      assert.deepStrictEqual(r.evaluate(`var d = new Date(Date.UTC(2026, 10, 23, 14, 35, 9));
        [d.toISOString(), d.getUTCDay(), JSON.stringify({ d }), typeof Date(), d - new Date(0) > 0, +d === d.getTime(),
         Object.prototype.toString.call(d), new Date(NaN) + '']`),
      ['2026-11-23T14:35:09.000Z', 1, '{"d":"2026-11-23T14:35:09.000Z"}', 'string', true, true, '[object Date]', 'Invalid Date']);
    });

    src('setters and getters from guest code, with a Date subclass', () => {
      const r = createRealm();
      assert.deepStrictEqual(r.evaluate(`class D extends Date { year() { return this.getUTCFullYear(); } }
        var d = new D(Date.UTC(2000, 0, 31));
        d.setUTCMonth(1);
        [d.year(), d.getUTCMonth(), d.getUTCDate(), d instanceof Date, Object.getPrototypeOf(D) === Date]`), [2000, 2, 2, true, true]);
    });

    src('Date.parse round-trips and invalid dates from guest code', () => {
      const r = createRealm();
      assert.deepStrictEqual(r.evaluate(`var d = new Date(2024, 1, 29, 12, 30);
        [Date.parse(d.toString()) === d.getTime(), Date.parse(d.toUTCString()) === d.getTime(), Date.parse(d.toISOString()) === d.getTime(),
         isNaN(new Date('2024-13-01')), String(new Date(NaN))]`), [true, true, true, true, 'Invalid Date']);
      assert.throws(() => r.evaluate('new Date(NaN).toISOString()'), { name: 'RangeError', message: 'Invalid time value' });
    });

    src('date + string uses the default hint (toString)', () => {
      const r = createRealm();
      assert.strictEqual(r.evaluate('var d = new Date(0); (d + "") === d.toString()'), true);
    });
  });
});

import * as assert from 'assert';
import { Env, assertThrows, canEvaluate, guest, same } from './primitives-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { ThrowCompletion } from '../../../interpreter/agent';

describe('global object: value and function properties', () => {
  const env = new Env();
  const g = env.realm.globalObject;
  const call = (name: string, ...args: Value[]) => env.call(name, undefined, ...args);

  it('globalThis is the global object: writable, configurable, not enumerable', () => {
    assert.strictEqual(g.Get('globalThis', g), g);
    assert.strictEqual(env.attrs(g, 'globalThis'), 'w-c');
  });

  it('NaN, Infinity and undefined are non-writable, non-configurable', () => {
    same(g.Get('NaN', g), NaN);
    same(g.Get('Infinity', g), Infinity);
    assert.ok(g.hasOwnFast('undefined'));
    assert.strictEqual(g.Get('undefined', g), undefined);
    for (const k of ['NaN', 'Infinity', 'undefined']) {
      assert.strictEqual(env.attrs(g, k), '---', k);
      assert.strictEqual(env.run(() => g.Set(k, 1, g)), false, k);
      assert.strictEqual(env.run(() => g.Delete(k)), false, k);
    }
  });

  it('the functions are registered as intrinsics and globals with spec lengths', () => {
    const fns: [string, number][] = [['parseInt', 2], ['parseFloat', 1], ['isNaN', 1], ['isFinite', 1], ['encodeURI', 1],
      ['decodeURI', 1], ['encodeURIComponent', 1], ['decodeURIComponent', 1], ['escape', 1], ['unescape', 1]];
    for (const [name, len] of fns) {
      const f = g.Get(name, g) as JSObject;
      assert.ok(f instanceof JSObject && f.isCallable && !f.isConstructor, name);
      assert.strictEqual(f.Get('length', f), len, name);
      assert.strictEqual(f.Get('name', f), name);
      assert.strictEqual(env.attrs(g, name), 'w-c', name);
      if (name !== 'escape' && name !== 'unescape') assert.strictEqual(env.realm.intrinsics[`%${name}%`], f, name);
    }
  });

  it('parseInt: whitespace, signs, hex prefix, radix, trailing junk', () => {
    same(call('parseInt', '  42px'), 42);
    same(call('parseInt', '-0x1F'), -31);
    same(call('parseInt', '0x1F', 16), 31);
    same(call('parseInt', '0x1F', 10), 0);
    same(call('parseInt', '11', 2), 3);
    same(call('parseInt', 'z', 36), 35);
    same(call('parseInt', '10', 37), NaN);
    same(call('parseInt', '10', 1), NaN);
    same(call('parseInt', '10', 0), 10);
    same(call('parseInt', '10', 4294967312), 16);
    same(call('parseInt', '-0'), -0);
    same(call('parseInt', ''), NaN);
    same(call('parseInt', '\u00a0\ufeff 7'), 7);
    same(call('parseInt', '123456789012345678901234567890'), 1.2345678901234568e29);
    same(call('parseInt', 0.0000005), 5);
    same(call('parseInt', null), NaN);
  });

  it('parseInt converts the string before the radix', () => {
    const log: string[] = [];
    same(call('parseInt', env.toStringObj('ff', log, 'string'), env.valueOf(16, log, 'radix')), 255);
    assert.deepStrictEqual(log, ['string', 'radix']);
    assertThrows(() => call('parseInt', WellKnown.iterator), 'TypeError', 'Cannot convert a Symbol value to a string');
  });

  it('parseFloat: longest valid prefix, Infinity, exponents', () => {
    same(call('parseFloat', '3.14abc'), 3.14);
    same(call('parseFloat', '  -.5e1x'), -5);
    same(call('parseFloat', 'Infinityx'), Infinity);
    same(call('parseFloat', '-Infinity'), -Infinity);
    same(call('parseFloat', '0x10'), 0);
    same(call('parseFloat', '1e'), 1);
    same(call('parseFloat', '-0'), -0);
    same(call('parseFloat', 'abc'), NaN);
    same(call('parseFloat', env.toStringObj('2.5')), 2.5);
  });

  it('isNaN and isFinite convert with ToNumber', () => {
    assert.strictEqual(call('isNaN', 'abc'), true);
    assert.strictEqual(call('isNaN', '12'), false);
    assert.strictEqual(call('isNaN'), true);
    assert.strictEqual(call('isNaN', null), false);
    assert.strictEqual(call('isFinite', '12'), true);
    assert.strictEqual(call('isFinite', Infinity), false);
    assert.strictEqual(call('isFinite', env.valueOf(3)), true);
    assertThrows(() => call('isNaN', 1n), 'TypeError', 'Cannot convert a BigInt value to a number');
    assertThrows(() => call('isFinite', WellKnown.iterator), 'TypeError');
  });

  it('encodeURIComponent and encodeURI escape the right sets', () => {
    assert.strictEqual(call('encodeURIComponent', 'a b&c=d/é?#'), 'a%20b%26c%3Dd%2F%C3%A9%3F%23');
    assert.strictEqual(call('encodeURI', 'http://x.y/a b?q=1&r=é#h'), 'http://x.y/a%20b?q=1&r=%C3%A9#h');
    assert.strictEqual(call('encodeURIComponent', "-_.!~*'()"), "-_.!~*'()");
    assert.strictEqual(call('encodeURIComponent', '\ud83d\ude00'), '%F0%9F%98%80');
    assert.strictEqual(call('encodeURIComponent', 12), '12');
  });

  it('encoding a lone surrogate is a URIError', () => {
    assertThrows(() => call('encodeURIComponent', '\ud800'), 'URIError', 'URI malformed');
    assertThrows(() => call('encodeURI', 'a\udc00b'), 'URIError', 'URI malformed');
  });

  it('decodeURIComponent and decodeURI undo the escapes (decodeURI keeps reserved ones)', () => {
    assert.strictEqual(call('decodeURIComponent', 'a%20b%26c%3Dd%2F%C3%A9'), 'a b&c=d/é');
    assert.strictEqual(call('decodeURI', 'a%20b%26c%2F%C3%A9'), 'a b%26c%2Fé');
    assert.strictEqual(call('decodeURIComponent', '%F0%9F%98%80'), '\ud83d\ude00');
  });

  it('malformed escapes are URIErrors', () => {
    assertThrows(() => call('decodeURIComponent', '%'), 'URIError', 'URI malformed');
    assertThrows(() => call('decodeURIComponent', '%E0%A4%A'), 'URIError');
    assertThrows(() => call('decodeURI', '%C3%28'), 'URIError');
    assertThrows(() => call('decodeURIComponent', '%ED%A0%80'), 'URIError');
  });

  it('escape and unescape (Annex B)', () => {
    assert.strictEqual(call('escape', 'a b+c/é\u0100'), 'a%20b+c/%E9%u0100');
    assert.strictEqual(call('unescape', 'a%20b+c/%E9%u0100%'), 'a b+c/é\u0100%');
    assert.strictEqual(call('escape', "@*_+-./"), "@*_+-./");
  });

  it('ToString errors propagate from the URI functions', () => {
    assertThrows(() => call('encodeURI', WellKnown.iterator), 'TypeError');
    const thrower = env.obj({ toString: env.fn(() => { throw new ThrowCompletion('boom'); }) });
    assert.throws(() => call('decodeURI', thrower), (e: any) => e.value === 'boom');
  });

  it('each realm has its own global functions', () => {
    const other = new Env();
    assert.notStrictEqual(other.get('parseInt'), env.get('parseInt'));
    assert.strictEqual(other.get('Number.parseInt'), other.get('parseInt'));
  });

  (canEvaluate ? describe : describe.skip)('from guest source', () => {
    const { ev, throwsGuest } = guest();

    it('globalThis, NaN, Infinity, undefined', () => {
      assert.deepStrictEqual(ev('[globalThis.globalThis === globalThis, typeof NaN, Infinity === 1 / 0, typeof undefined, Object.keys(globalThis).indexOf("NaN")]'),
        [true, 'number', true, 'undefined', -1]);
    });

    it('assigning NaN, Infinity or undefined is ignored in sloppy mode and throws in strict mode', () => {
      assert.strictEqual(ev('NaN = 1; Infinity = 2; undefined = 3; NaN !== NaN && Infinity === 1 / 0 && undefined === void 0'), true);
      throwsGuest('"use strict"; undefined = 1', 'TypeError');
      throwsGuest('"use strict"; delete globalThis.NaN', 'TypeError');
    });

    it('parseInt and parseFloat', () => {
      assert.deepStrictEqual(ev('[parseInt("08"), parseInt("0x1f"), parseInt("ff", 16), parseInt("z", 36), parseInt("12px"), parseFloat("3.14abc"), parseFloat(".5e1"), parseFloat("-Infinityx"), parseInt(0.0000005)]'),
        [8, 31, 255, 35, 12, 3.14, 5, -Infinity, 5]);
      assert.deepStrictEqual(ev('[parseInt(""), parseInt("10", 37), parseFloat("x")].map(Number.isNaN)'), [true, true, true]);
    });

    it('parseInt converts the string before the radix', () => {
      assert.strictEqual(ev(`var log = [];
        parseInt({ toString() { log.push("s"); return "7"; } }, { valueOf() { log.push("r"); return 10; } });
        log.join()`), 's,r');
    });

    it('isNaN and isFinite coerce; Number.isNaN does not', () => {
      assert.deepStrictEqual(ev('[isNaN("abc"), isNaN("12"), isFinite("12"), isFinite(Infinity), Number.isNaN("abc")]'), [true, false, true, false, false]);
      throwsGuest('isNaN(1n)', 'TypeError');
    });

    it('URI encoding and decoding round-trip', () => {
      assert.deepStrictEqual(ev('[encodeURIComponent("a b&é/"), encodeURI("http://x/a b?q=é#h"), decodeURIComponent("%F0%9F%98%80") === "\\u{1F600}", decodeURI("%2F%20")]'),
        ['a%20b%26%C3%A9%2F', 'http://x/a%20b?q=%C3%A9#h', true, '%2F ']);
      throwsGuest('decodeURI("%")', 'URIError', 'URI malformed');
      throwsGuest('encodeURIComponent("\\uD800")', 'URIError', 'URI malformed');
      assert.strictEqual(ev('try { decodeURIComponent("%E0%A4%A"); } catch (e) { e instanceof URIError && e.constructor === URIError }'), true);
    });

    it('escape and unescape', () => {
      assert.deepStrictEqual(ev('[escape("ä b+"), unescape("%u0041%41%")]'), ['%E4%20b+', 'AA%']);
    });
  });
});

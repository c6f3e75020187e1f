import * as assert from 'assert';
import { Env, assertThrows, canEvaluate, guest } from './primitives-helpers';
import { JSSymbol, WellKnown } from '../../../interpreter/values/symbol';
import { JSObject } from '../../../interpreter/values/object';
import { JSPrimitiveObject } from '../../../interpreter/exotics/primitive-wrapper';
import { ObjectPrototypeToString } from '../../../interpreter/intrinsics/Object';
import { ToObject, ToPrimitive } from '../../../interpreter/ops/type-conversion';

describe('Symbol', () => {
  const env = new Env();
  const Symbol_ = env.get('Symbol') as JSObject;
  const proto = env.realm.intrinsics['%Symbol.prototype%'];

  it('is registered as %Symbol% and %Symbol.prototype% and linked both ways', () => {
    assert.strictEqual(env.realm.intrinsics['%Symbol%'], Symbol_);
    assert.strictEqual(Symbol_.Get('prototype', Symbol_), proto);
    assert.strictEqual(proto.Get('constructor', proto), Symbol_);
    assert.strictEqual(env.attrs(Symbol_, 'prototype'), '---');
    assert.strictEqual(Symbol_.Get('length', Symbol_), 0);
    assert.strictEqual(Symbol_.Get('name', Symbol_), 'Symbol');
  });

  it('Symbol() makes a fresh symbol, with the description converted by ToString', () => {
    const a = env.call('Symbol', undefined, 'x') as JSSymbol;
    const b = env.call('Symbol', undefined, 'x') as JSSymbol;
    assert.ok(a instanceof JSSymbol);
    assert.notStrictEqual(a, b);
    assert.strictEqual(a.description, 'x');
    assert.strictEqual((env.call('Symbol', undefined, 42) as JSSymbol).description, '42');
    assert.strictEqual((env.call('Symbol', undefined, env.toStringObj('obj')) as JSSymbol).description, 'obj');
  });

  it('Symbol() and Symbol(undefined) have an undefined description; Symbol("") an empty one', () => {
    assert.strictEqual((env.call('Symbol', undefined) as JSSymbol).description, undefined);
    assert.strictEqual((env.call('Symbol', undefined, undefined) as JSSymbol).description, undefined);
    assert.strictEqual((env.call('Symbol', undefined, '') as JSSymbol).description, '');
  });

  it('new Symbol() throws a TypeError, though Symbol is a constructor', () => {
    assert.ok(Symbol_.isConstructor);
    assertThrows(() => env.construct(Symbol_, []), 'TypeError', 'Symbol is not a constructor');
  });

  it('Symbol(sym) throws: a symbol description cannot be converted to a string', () => {
    assertThrows(() => env.call('Symbol', undefined, WellKnown.iterator), 'TypeError', 'Cannot convert a Symbol value to a string');
  });

  it('Symbol.for returns the registered symbol for a key, and keyFor finds its key', () => {
    const a = env.call('Symbol.for', undefined, 'app.key') as JSSymbol;
    const b = env.call('Symbol.for', undefined, 'app.key') as JSSymbol;
    assert.strictEqual(a, b);
    assert.strictEqual(a.description, 'app.key');
    assert.strictEqual(env.call('Symbol.keyFor', undefined, a), 'app.key');
    // The registry is shared by the realms of an agent, and private to it.
    assert.strictEqual(new Env(env).call('Symbol.for', undefined, 'app.key'), a);
    assert.notStrictEqual(new Env().call('Symbol.for', undefined, 'app.key'), a);
  });

  it('Symbol.for converts its key with ToString (undefined becomes "undefined")', () => {
    const u = env.call('Symbol.for', undefined) as JSSymbol;
    assert.strictEqual(u.description, 'undefined');
    assert.strictEqual(env.call('Symbol.for', undefined, 'undefined'), u);
  });

  it('Symbol.keyFor returns undefined for unregistered and well-known symbols', () => {
    assert.strictEqual(env.call('Symbol.keyFor', undefined, env.call('Symbol', undefined, 'k')), undefined);
    assert.strictEqual(env.call('Symbol.keyFor', undefined, WellKnown.iterator), undefined);
  });

  it('Symbol.keyFor throws a TypeError for non-symbols, in V8 wording', () => {
    assertThrows(() => env.call('Symbol.keyFor', undefined, 'a'), 'TypeError', 'a is not a symbol');
    assertThrows(() => env.call('Symbol.keyFor', undefined, 1), 'TypeError', '1 is not a symbol');
    assertThrows(() => env.call('Symbol.keyFor', undefined, env.obj()), 'TypeError', '#<Object> is not a symbol');
  });

  it('has every well-known symbol as a non-writable, non-configurable property', () => {
    for (const name of Object.keys(WellKnown) as (keyof typeof WellKnown)[]) {
      assert.strictEqual(Symbol_.Get(name, Symbol_), WellKnown[name], name);
      assert.strictEqual(env.attrs(Symbol_, name), '---', name);
    }
    assert.strictEqual((Symbol_.Get('asyncIterator', Symbol_) as JSSymbol).description, 'Symbol.asyncIterator');
  });

  it('prototype.toString gives the descriptive string, for primitives and wrappers', () => {
    const s = env.call('Symbol', undefined, 'd') as JSSymbol;
    assert.strictEqual(env.call('Symbol.prototype.toString', s), 'Symbol(d)');
    assert.strictEqual(env.call('Symbol.prototype.toString', env.call('Symbol', undefined)), 'Symbol()');
    const wrapper = env.run(() => ToObject(s));
    assert.ok(wrapper instanceof JSPrimitiveObject);
    assert.strictEqual(env.call('Symbol.prototype.toString', wrapper), 'Symbol(d)');
  });

  it('prototype.valueOf unwraps a Symbol object and returns a symbol as is', () => {
    const s = env.call('Symbol', undefined, 'v') as JSSymbol;
    assert.strictEqual(env.call('Symbol.prototype.valueOf', s), s);
    assert.strictEqual(env.call('Symbol.prototype.valueOf', env.run(() => ToObject(s))), s);
  });

  it('prototype methods reject other receivers with V8 messages', () => {
    assertThrows(() => env.call('Symbol.prototype.toString', 1), 'TypeError', "Symbol.prototype.toString requires that 'this' be a Symbol");
    assertThrows(() => env.call('Symbol.prototype.valueOf', env.obj()), 'TypeError', "Symbol.prototype.valueOf requires that 'this' be a Symbol");
    const numberWrapper = env.run(() => ToObject(1));
    assertThrows(() => env.call('Symbol.prototype.valueOf', numberWrapper), 'TypeError');
    assertThrows(() => env.call(proto.Get(WellKnown.toPrimitive, proto) as JSObject, 'x'), 'TypeError',
      "Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol");
  });

  it('prototype.description is an accessor returning the description', () => {
    const d = proto.GetOwnProperty('description')!;
    assert.ok(d.get instanceof JSObject && d.set === undefined);
    assert.strictEqual(d.get.Get('name', d.get), 'get description');
    assert.strictEqual(env.call(d.get, env.call('Symbol', undefined, 'z')), 'z');
    assert.strictEqual(env.call(d.get, env.call('Symbol', undefined)), undefined);
    assertThrows(() => env.call(d.get as JSObject, env.obj()), 'TypeError', "Symbol.prototype.description requires that 'this' be a Symbol");
  });

  it('prototype[Symbol.toPrimitive] is non-writable, configurable, named "[Symbol.toPrimitive]", length 1', () => {
    const f = proto.Get(WellKnown.toPrimitive, proto) as JSObject;
    assert.strictEqual(env.attrs(proto, WellKnown.toPrimitive), '--c');
    assert.strictEqual(f.Get('name', f), '[Symbol.toPrimitive]');
    assert.strictEqual(f.Get('length', f), 1);
    const s = env.call('Symbol', undefined) as JSSymbol;
    assert.strictEqual(env.call(f, env.run(() => ToObject(s)), 'number'), s);
    // ToPrimitive of a Symbol wrapper goes through it.
    assert.strictEqual(env.run(() => ToPrimitive(ToObject(s))), s);
  });

  it('prototype[Symbol.toStringTag] is "Symbol" and Object.prototype.toString uses it', () => {
    assert.strictEqual(proto.Get(WellKnown.toStringTag, proto), 'Symbol');
    assert.strictEqual(env.attrs(proto, WellKnown.toStringTag), '--c');
    assert.strictEqual(env.run(() => ObjectPrototypeToString(env.call('Symbol', undefined))), '[object Symbol]');
  });

  it('Symbol.prototype is an ordinary object, not a Symbol object', () => {
    assert.ok(!(proto instanceof JSPrimitiveObject));
    assertThrows(() => env.call('Symbol.prototype.toString', proto), 'TypeError');
  });

  (canEvaluate ? describe : describe.skip)('from guest source', () => {
    const { ev, throwsGuest } = guest();

    it('Symbol() values: typeof, description, toString, String()', () => {
      assert.deepStrictEqual(ev('var s = Symbol("d"); [typeof s, s.description, s.toString(), String(s), Symbol().description]'),
        ['symbol', 'd', 'Symbol(d)', 'Symbol(d)', undefined]);
      assert.strictEqual(ev('Symbol({ toString() { return "z"; } }).description'), 'z');
      assert.strictEqual(ev('Symbol("a") === Symbol("a")'), false);
    });

    it('implicit conversion of a symbol to a string or number throws', () => {
      throwsGuest('Symbol("a") + ""', 'TypeError', 'Cannot convert a Symbol value to a string');
      throwsGuest('`${Symbol()}`', 'TypeError');
      throwsGuest('+Symbol()', 'TypeError', 'Cannot convert a Symbol value to a number');
    });

    it('new Symbol, Reflect.construct and subclassing all throw', () => {
      throwsGuest('new Symbol()', 'TypeError', 'Symbol is not a constructor');
      throwsGuest('Reflect.construct(Symbol, [])', 'TypeError', 'Symbol is not a constructor');
      throwsGuest('class S extends Symbol {}; new S()', 'TypeError', 'Symbol is not a constructor');
    });

    it('Symbol.for and Symbol.keyFor use the registry', () => {
      assert.deepStrictEqual(ev('[Symbol.for("g") === Symbol.for("g"), Symbol.keyFor(Symbol.for("g")), Symbol.keyFor(Symbol("g")), Symbol.for("g") === Symbol("g")]'),
        [true, 'g', undefined, false]);
      throwsGuest('Symbol.keyFor("x")', 'TypeError', 'x is not a symbol');
    });

    it('the well-known symbols are frozen properties of Symbol', () => {
      assert.deepStrictEqual(ev(`["asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match", "matchAll", "replace",
        "search", "species", "split", "toPrimitive", "toStringTag", "unscopables"].filter(function (k) {
          var d = Object.getOwnPropertyDescriptor(Symbol, k);
          return typeof d.value !== "symbol" || d.writable || d.enumerable || d.configurable || d.value.description !== "Symbol." + k;
        })`), []);
      assert.strictEqual(ev('"use strict"; try { Symbol.iterator = 1; } catch (e) { e.constructor.name }'), 'TypeError');
    });

    it('Symbol wrapper objects: Object(sym) is a Symbol object that unwraps', () => {
      assert.deepStrictEqual(ev('var s = Symbol("w"); var o = Object(s); [typeof o, o instanceof Symbol, o.valueOf() === s, o == s, o.description, ({ [s]: 7 })[o]]'),
        ['object', true, true, true, 'w', 7]);
      assert.strictEqual(ev('Object.prototype.toString.call(Object(Symbol()))'), '[object Symbol]');
    });

    it('prototype methods check their receiver', () => {
      throwsGuest('Symbol.prototype.toString.call(1)', 'TypeError', "Symbol.prototype.toString requires that 'this' be a Symbol");
      throwsGuest('Object.getOwnPropertyDescriptor(Symbol.prototype, "description").get.call({})', 'TypeError',
        "Symbol.prototype.description requires that 'this' be a Symbol");
      throwsGuest('Symbol.prototype[Symbol.toPrimitive].call("s")', 'TypeError');
      throwsGuest('Symbol.prototype.valueOf()', 'TypeError');
    });

    it('Symbol.prototype has the spec properties and attributes', () => {
      assert.deepStrictEqual(ev(`var p = Symbol.prototype, tp = Object.getOwnPropertyDescriptor(p, Symbol.toPrimitive);
        [Object.getPrototypeOf(p) === Object.prototype, p.constructor === Symbol, tp.writable, tp.configurable, tp.value.length,
         Object.getOwnPropertyDescriptor(p, Symbol.toStringTag).value, Symbol.length, Symbol.name]`),
        [true, true, false, true, 1, 'Symbol', 0, 'Symbol']);
    });
  });
});

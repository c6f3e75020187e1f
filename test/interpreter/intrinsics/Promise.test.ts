import * as assert from 'assert';
import { Env, assertThrows, canEvaluate } from './primitives-helpers';
import { JSObject } from '../../../interpreter/values/object';
import { BuiltinFunction, type BuiltinImpl } from '../../../interpreter/values/function';
import { JSArray } from '../../../interpreter/exotics/array';
import { WellKnown } from '../../../interpreter/values/symbol';
import type { Value } from '../../../interpreter/values/value';
import { R, Termination, ThrowCompletion } from '../../../interpreter/agent';
import type { Realm } from '../../../interpreter/realm';
import {
  JSPromise, NewPromiseCapability, PerformPromiseThen, PromiseResolve, newPromiseIntrinsic, promiseStateOf, promiseThenHost,
} from '../../../interpreter/intrinsics/Promise';
import { createRealm } from '../../../interpreter';

/** Promise-specific helpers on top of Env. */
class PEnv extends Env {
  readonly P = this.get('Promise') as JSObject;
  readonly proto = this.realm.intrinsics['%Promise.prototype%'];

  drain(): void {
    this.run(() => this.realm.agent.runJobs());
  }

  /** Calls Promise.<name> with this = Promise (or the given constructor). */
  static_(name: string, ...args: Value[]): Value {
    return this.call(`Promise.${name}`, this.P, ...args);
  }

  then(p: Value, onF?: Value, onR?: Value): Value {
    return this.call(this.proto.Get('then', this.proto) as JSObject, p, onF, onR);
  }

  method(name: string, p: Value, ...args: Value[]): Value {
    return this.call(this.proto.Get(name, this.proto) as JSObject, p, ...args);
  }

  /** A guest function pushing `tag` (and its argument) to log, returning ret(arg). */
  logger(log: unknown[], tag: string, ret?: (v: Value) => Value): JSObject {
    return this.fn((_t, args) => {
      log.push(args.length ? `${tag}:${show(args[0])}` : tag);
      return ret ? ret(args[0]) : undefined;
    }, tag, 1);
  }

  /** A guest constructor backed by impl (newTarget is passed through). */
  ctor(impl: BuiltinImpl, name = 'C'): JSObject {
    const f = this.fn(impl, name, 1) as BuiltinFunction;
    f.isConstructor = true;
    f.ctor = true;
    return f;
  }

  /** A subclass-like constructor that builds real promises (Reflect.construct(Promise, args, newTarget)). */
  subclass(): JSObject {
    const Sub = this.ctor((_t, args, nt) => this.run(() => this.P.Construct(args, nt ?? this.P)), 'Sub');
    Sub.setOwn('prototype', this.proto);
    return Sub;
  }

  thrower(v: Value): JSObject {
    return this.fn(() => { throw new ThrowCompletion(v); }, 'thrower');
  }

  newPromise(executor: (resolve: JSObject, reject: JSObject) => void): JSPromise {
    return this.construct(this.P, [this.fn((_t, args) => { executor(args[0] as JSObject, args[1] as JSObject); return undefined; }, 'executor', 2)]) as JSPromise;
  }

  state(p: Value): { state: string; value: Value } {
    return promiseStateOf(p as JSObject)!;
  }

  message(v: Value): string {
    const o = v as JSObject;
    return `${String(o.Get('name', o))}: ${String(o.Get('message', o))}`;
  }

  array(v: Value): Value[] {
    assert.ok(v instanceof JSArray);
    return [...v.elements!];
  }
}

function show(v: Value): string {
  if (v instanceof JSObject) return v.className === 'Error' ? `Error(${String(v.Get('message', v))})` : `#${v.className}`;
  return String(v);
}

describe('Promise', () => {
  const env = new PEnv();

  describe('intrinsics', () => {
    it('registers %Promise% and %Promise.prototype%, linked both ways, as the global Promise', () => {
      assert.strictEqual(env.realm.intrinsics['%Promise%'], env.P);
      assert.strictEqual(env.P.Get('prototype', env.P), env.proto);
      assert.strictEqual(env.proto.Get('constructor', env.proto), env.P);
      assert.strictEqual(env.attrs(env.P, 'prototype'), '---');
      assert.strictEqual(env.P.Get('length', env.P), 1);
      assert.strictEqual(env.P.Get('name', env.P), 'Promise');
      assert.ok(!(env.proto instanceof JSPromise), 'Promise.prototype is an ordinary object');
    });

    it('has the spec lengths for its methods', () => {
      const lengths: [JSObject, string, number][] = [
        [env.P, 'all', 1], [env.P, 'allSettled', 1], [env.P, 'any', 1], [env.P, 'race', 1], [env.P, 'reject', 1],
        [env.P, 'resolve', 1], [env.P, 'try', 1], [env.P, 'withResolvers', 0],
        [env.proto, 'then', 2], [env.proto, 'catch', 1], [env.proto, 'finally', 1],
      ];
      for (const [o, k, n] of lengths) {
        const f = o.Get(k, o) as JSObject;
        assert.strictEqual(f.Get('length', f), n, k);
        assert.strictEqual(f.Get('name', f), k);
        assert.strictEqual(env.attrs(o, k), 'w-c');
      }
    });

    it('Promise.prototype[Symbol.toStringTag] is "Promise" and Promise[Symbol.species] returns this', () => {
      assert.strictEqual(env.proto.Get(WellKnown.toStringTag, env.proto), 'Promise');
      assert.strictEqual(env.attrs(env.proto, WellKnown.toStringTag), '--c');
      const d = env.P.GetOwnProperty(WellKnown.species)!;
      assert.strictEqual(d.set, undefined);
      assert.strictEqual(d.get!.Get('name', d.get!), 'get [Symbol.species]');
      const o = env.obj();
      assert.strictEqual(env.call(d.get!, o), o);
    });
  });

  describe('constructor', () => {
    it('throws a TypeError when called without new', () => {
      assertThrows(() => env.call(env.P, undefined, env.fn(() => undefined)), 'TypeError', "Promise constructor cannot be invoked without 'new'");
    });

    it('throws a TypeError for a non-callable executor', () => {
      assertThrows(() => env.construct(env.P, [1]), 'TypeError', 'Promise resolver 1 is not a function');
      assertThrows(() => env.construct(env.P, [env.obj()]), 'TypeError', 'Promise resolver #<Object> is not a function');
    });

    it('calls the executor synchronously with resolving functions of length 1 and an empty name', () => {
      let fns: Value[] = [];
      let thisSeen: Value = null;
      env.construct(env.P, [env.fn((t, args) => { thisSeen = t; fns = args; return undefined; })]);
      assert.strictEqual(thisSeen, undefined);
      assert.strictEqual(fns.length, 2);
      for (const f of fns as JSObject[]) {
        assert.strictEqual(f.Get('length', f), 1);
        assert.strictEqual(f.Get('name', f), '');
        assert.ok(!f.isConstructor);
      }
    });

    it('rejects with what the executor throws, unless it resolved first', () => {
      const p1 = env.construct(env.P, [env.thrower('boom')]);
      assert.deepStrictEqual(env.state(p1), { state: 'rejected', value: 'boom' });
      const p2 = env.newPromise((resolve) => {
        env.call(resolve, undefined, 1);
        throw new ThrowCompletion('late');
      });
      assert.deepStrictEqual(env.state(p2), { state: 'fulfilled', value: 1 });
      env.drain();
    });

    it('uses the prototype of newTarget (subclassing)', () => {
      const proto = env.obj({}, env.proto);
      const nt = env.fn(() => undefined, 'Sub');
      nt.isConstructor = true;
      nt.setOwn('prototype', proto);
      const p = env.construct(env.P, [env.fn(() => undefined)], nt);
      assert.ok(p instanceof JSPromise);
      assert.strictEqual(p.GetPrototypeOf(), proto);
    });
  });

  describe('resolving functions', () => {
    it('ignore every call after the first (alreadyResolved is shared)', () => {
      let res!: JSObject, rej!: JSObject;
      const p = env.newPromise((a, b) => { res = a; rej = b; });
      env.call(rej, undefined, 'no');
      env.call(res, undefined, 'yes');
      env.call(rej, undefined, 'again');
      assert.deepStrictEqual(env.state(p), { state: 'rejected', value: 'no' });
      env.drain();
    });

    it('reject a promise resolved with itself with a TypeError', () => {
      let res!: JSObject;
      const p = env.newPromise((a) => { res = a; });
      env.call(res, undefined, p);
      const st = env.state(p);
      assert.strictEqual(st.state, 'rejected');
      assert.strictEqual(env.message(st.value), 'TypeError: Chaining cycle detected for promise #<Promise>');
      env.drain();
    });

    it('reject when reading "then" throws', () => {
      const bad = env.obj();
      bad.addAccessor('then', env.thrower('getter'), undefined, 4);
      const p = env.newPromise((res) => { env.call(res, undefined, bad); });
      assert.deepStrictEqual(env.state(p), { state: 'rejected', value: 'getter' });
      env.drain();
    });

    it('fulfill with a non-callable then as a plain value', () => {
      const o = env.obj({ then: 5 });
      const p = env.newPromise((res) => { env.call(res, undefined, o); });
      assert.deepStrictEqual(env.state(p), { state: 'fulfilled', value: o });
    });

    it('call a thenable\'s then in a later job, with fresh resolving functions and the thenable as this', () => {
      const log: string[] = [];
      let thisSeen: Value;
      const thenable = env.obj();
      thenable.setOwn('then', env.fn((t, args) => {
        thisSeen = t;
        log.push('then called');
        env.call(args[0] as JSObject, undefined, 'from thenable');
        env.call(args[1] as JSObject, undefined, 'ignored');
        return undefined;
      }));
      const p = env.newPromise((res) => { env.call(res, undefined, thenable); });
      log.push('sync');
      assert.strictEqual(env.state(p).state, 'pending');
      env.drain();
      assert.deepStrictEqual(log, ['sync', 'then called']);
      assert.strictEqual(thisSeen, thenable);
      assert.deepStrictEqual(env.state(p), { state: 'fulfilled', value: 'from thenable' });
    });

    it('reject when a thenable\'s then throws (after it resolved, the throw is ignored)', () => {
      const t1 = env.obj({ then: env.thrower('t1') });
      const p1 = env.newPromise((res) => { env.call(res, undefined, t1); });
      const t2 = env.obj({ then: env.fn((_t, args) => { env.call(args[0] as JSObject, undefined, 'ok'); throw new ThrowCompletion('t2'); }) });
      const p2 = env.newPromise((res) => { env.call(res, undefined, t2); });
      env.drain();
      assert.deepStrictEqual(env.state(p1), { state: 'rejected', value: 't1' });
      assert.deepStrictEqual(env.state(p2), { state: 'fulfilled', value: 'ok' });
    });
  });

  describe('then and job ordering', () => {
    it('runs reactions as jobs after the synchronous code, in registration order', () => {
      const log: string[] = [];
      const p = env.static_('resolve', 1);
      env.then(p, env.logger(log, 'a'));
      env.then(p, env.logger(log, 'b'));
      log.push('sync');
      env.drain();
      assert.deepStrictEqual(log, ['sync', 'a:1', 'b:1']);
    });

    it('interleaves two chains one step per tick', () => {
      const log: string[] = [];
      const p = env.static_('resolve');
      let a = env.then(p, env.logger(log, 'a1'));
      a = env.then(a, env.logger(log, 'a2'));
      env.then(a, env.logger(log, 'a3'));
      let b = env.then(p, env.logger(log, 'b1'));
      b = env.then(b, env.logger(log, 'b2'));
      env.then(b, env.logger(log, 'b3'));
      env.drain();
      assert.deepStrictEqual(log, ['a1:undefined', 'b1:undefined', 'a2:undefined', 'b2:undefined', 'a3:undefined', 'b3:undefined']);
    });

    it('takes two extra ticks to adopt a native promise returned from a handler', () => {
      const log: string[] = [];
      const p = env.static_('resolve');
      const a = env.then(p, env.fn(() => { log.push('a1'); return env.static_('resolve', 'x'); }));
      env.then(a, env.logger(log, 'a2'));
      let b = env.then(p, env.logger(log, 'b1'));
      b = env.then(b, env.logger(log, 'b2'));
      b = env.then(b, env.logger(log, 'b3'));
      b = env.then(b, env.logger(log, 'b4'));
      env.drain();
      assert.deepStrictEqual(log, ['a1', 'b1:undefined', 'b2:undefined', 'b3:undefined', 'a2:x', 'b4:undefined']);
    });

    it('passes values and rejections down the chain; non-callable handlers pass through', () => {
      const log: string[] = [];
      const p = env.static_('reject', 'r');
      const a = env.then(p, env.logger(log, 'never'), 'not callable');
      const b = env.then(a, 5, env.fn((_t, args) => { log.push(`caught:${String(args[0])}`); return 'recovered'; }));
      const c = env.then(b, env.fn((_t, args) => { throw new ThrowCompletion(`${String(args[0])}!`); }));
      env.method('catch', c, env.logger(log, 'catch'));
      env.drain();
      assert.deepStrictEqual(log, ['caught:r', 'catch:recovered!']);
    });

    it('rejects a derived promise its own handler returns with a TypeError of the promise\'s realm', () => {
      const other = new PEnv();
      let derived: Value;
      const p = env.static_('resolve', 1);
      derived = env.then(p, other.fn(() => derived));
      env.drain();
      const st = env.state(derived);
      assert.strictEqual(st.state, 'rejected');
      assert.strictEqual(env.message(st.value), 'TypeError: Chaining cycle detected for promise #<Promise>');
      assert.strictEqual((st.value as JSObject).GetPrototypeOf(), env.realm.intrinsics['%TypeError.prototype%']);
    });

    it('then on a non-promise throws the V8 TypeError', () => {
      assertThrows(() => env.then(env.obj()), 'TypeError', 'Method Promise.prototype.then called on incompatible receiver #<Object>');
      assertThrows(() => env.then(1), 'TypeError', 'Method Promise.prototype.then called on incompatible receiver 1');
    });

    it('then uses the species constructor for the derived promise', () => {
      const log: string[] = [];
      const p = env.static_('resolve', 1) as JSObject;
      const Species = env.ctor((_t, args, nt) => {
        log.push('species constructed');
        return env.run(() => env.P.Construct(args, nt ?? env.P));
      }, 'Species');
      Species.setOwn('prototype', env.proto);
      const C = env.obj();
      C.setOwn(WellKnown.species, Species);
      p.setOwn('constructor', C);
      const derived = env.then(p, env.fn(() => undefined));
      assert.deepStrictEqual(log, ['species constructed']);
      assert.ok(derived instanceof JSPromise);
      env.drain();
    });

    it('catch is Invoke(this, "then", [undefined, onRejected]) on any object', () => {
      const seen: Value[][] = [];
      const o = env.obj({ then: env.fn((_t, args) => { seen.push(args); return 'ret'; }) });
      const f = env.fn(() => undefined);
      assert.strictEqual(env.method('catch', o, f), 'ret');
      assert.deepStrictEqual(seen, [[undefined, f]]);
    });
  });

  describe('finally', () => {
    it('calls onFinally with no arguments and passes the value through', () => {
      const log: string[] = [];
      const p = env.static_('resolve', 'v');
      const f = env.method('finally', p, env.fn((_t, args) => { log.push(`finally(${args.length})`); return 'ignored'; }));
      env.then(f, env.logger(log, 'then'));
      env.drain();
      assert.deepStrictEqual(log, ['finally(0)', 'then:v']);
    });

    it('passes a rejection through, unless onFinally throws', () => {
      const log: string[] = [];
      const p = env.static_('reject', 'r');
      env.method('catch', env.method('finally', p, env.fn(() => undefined)), env.logger(log, 'c1'));
      env.method('catch', env.method('finally', p, env.thrower('f')), env.logger(log, 'c2'));
      env.drain();
      assert.deepStrictEqual(log, ['c2:f', 'c1:r']);
    });

    it('passes non-callable onFinally straight to then', () => {
      const seen: Value[][] = [];
      const o = env.obj({ then: env.fn((_t, args) => { seen.push(args); return undefined; }) });
      env.method('finally', o, 7);
      assert.deepStrictEqual(seen, [[7, 7]]);
      assertThrows(() => env.method('finally', 1), 'TypeError', 'Promise.prototype.finally called on non-object');
    });

    it('creates closures of length 1 when onFinally is callable', () => {
      const seen: Value[][] = [];
      const o = env.obj({ then: env.fn((_t, args) => { seen.push(args); return undefined; }) });
      env.method('finally', o, env.fn(() => undefined));
      const [thenFinally, catchFinally] = seen[0] as JSObject[];
      assert.strictEqual(thenFinally.Get('length', thenFinally), 1);
      assert.strictEqual(catchFinally.Get('length', catchFinally), 1);
      assert.strictEqual(thenFinally.Get('name', thenFinally), '');
    });
  });

  describe('static methods', () => {
    it('Promise.resolve returns a promise argument with the same constructor unchanged', () => {
      const p = env.static_('resolve', 1);
      assert.strictEqual(env.static_('resolve', p), p);
      const q = env.static_('resolve', 2) as JSObject;
      q.setOwn('constructor', env.obj());
      assert.notStrictEqual(env.static_('resolve', q), q);
      env.drain();
    });

    it('Promise.resolve and Promise.reject need an object this', () => {
      assertThrows(() => env.call('Promise.resolve', 1), 'TypeError', 'PromiseResolve called on non-object');
      assertThrows(() => env.call('Promise.reject', undefined), 'TypeError', 'PromiseReject called on non-object');
      assertThrows(() => env.call('Promise.resolve', env.obj()), 'TypeError', '#<Object> is not a constructor');
    });

    it('Promise.reject makes a rejected promise', () => {
      const p = env.static_('reject', 'why');
      assert.deepStrictEqual(env.state(p), { state: 'rejected', value: 'why' });
      env.then(p, undefined, env.fn(() => undefined));
      env.drain();
    });

    it('Promise.all resolves with the values in input order', () => {
      let res!: JSObject;
      const slow = env.newPromise((r) => { res = r; });
      const p = env.static_('all', env.iterable([slow, 2, env.static_('resolve', 3)]));
      env.drain();
      assert.strictEqual(env.state(p).state, 'pending');
      env.call(res, undefined, 1);
      env.drain();
      const st = env.state(p);
      assert.strictEqual(st.state, 'fulfilled');
      assert.deepStrictEqual(env.array(st.value), [1, 2, 3]);
    });

    it('Promise.all of an empty iterable resolves synchronously with []', () => {
      const p = env.static_('all', env.iterable([]));
      const st = env.state(p);
      assert.strictEqual(st.state, 'fulfilled');
      assert.deepStrictEqual(env.array(st.value), []);
    });

    it('Promise.all rejects with the first rejection', () => {
      const p = env.static_('all', env.iterable([env.static_('reject', 'first'), env.static_('reject', 'second')]));
      env.drain();
      assert.deepStrictEqual(env.state(p), { state: 'rejected', value: 'first' });
    });

    it('Promise.all rejects (does not throw) for a non-iterable, and for a non-callable resolve', () => {
      const p = env.static_('all', 5);
      const st = env.state(p);
      assert.strictEqual(st.state, 'rejected');
      assert.match(env.message(st.value), /^TypeError: .*5.* is not iterable/);
      // A constructor whose "resolve" is not callable.
      const Sub = env.subclass();
      Sub.setOwn('resolve', 1);
      const q = env.call('Promise.all', Sub, env.iterable([]));
      assert.strictEqual(env.message(env.state(q).value), 'TypeError: resolve is not a function');
      env.drain();
    });

    it('Promise.all closes the iterator when resolve throws, and rejects with the error', () => {
      let closed = 0;
      const Sub = env.subclass();
      Sub.setOwn('resolve', env.thrower('resolve threw'));
      const p = env.call('Promise.all', Sub, env.iterable([1, 2], () => { closed++; }));
      assert.strictEqual(closed, 1);
      assert.deepStrictEqual(env.state(p), { state: 'rejected', value: 'resolve threw' });
      env.drain();
    });

    it('Promise.all called on a non-object throws', () => {
      assertThrows(() => env.call('Promise.all', undefined, env.iterable([])), 'TypeError', 'Promise.all called on non-object');
    });

    it('Promise.allSettled reports each outcome', () => {
      const p = env.static_('allSettled', env.iterable([1, env.static_('reject', 'no')]));
      env.drain();
      const st = env.state(p);
      assert.strictEqual(st.state, 'fulfilled');
      const [a, b] = env.array(st.value) as JSObject[];
      assert.strictEqual(a.Get('status', a), 'fulfilled');
      assert.strictEqual(a.Get('value', a), 1);
      assert.strictEqual(b.Get('status', b), 'rejected');
      assert.strictEqual(b.Get('reason', b), 'no');
      assert.strictEqual(b.GetOwnProperty('value'), undefined);
    });

    it('Promise.any fulfills with the first fulfillment', () => {
      const p = env.static_('any', env.iterable([env.static_('reject', 'a'), 'b', 'c']));
      env.drain();
      assert.deepStrictEqual(env.state(p), { state: 'fulfilled', value: 'b' });
    });

    it('Promise.any rejects with an AggregateError holding every reason in order', () => {
      const p = env.static_('any', env.iterable([env.static_('reject', 'x'), env.static_('reject', 'y')]));
      env.drain();
      const st = env.state(p);
      assert.strictEqual(st.state, 'rejected');
      const err = st.value as JSObject;
      assert.strictEqual(env.message(err), 'AggregateError: All promises were rejected');
      assert.deepStrictEqual(env.array(err.Get('errors', err)), ['x', 'y']);
      assert.strictEqual(env.attrs(err, 'errors'), 'w-c');
      const empty = env.static_('any', env.iterable([]));
      assert.strictEqual(env.message(env.state(empty).value), 'AggregateError: All promises were rejected');
      env.drain();
    });

    it('Promise.race settles like the first settled input', () => {
      let res!: JSObject;
      const slow = env.newPromise((r) => { res = r; });
      const p = env.static_('race', env.iterable([slow, env.static_('resolve', 'fast')]));
      env.drain();
      env.call(res, undefined, 'slow');
      env.drain();
      assert.deepStrictEqual(env.state(p), { state: 'fulfilled', value: 'fast' });
      const never = env.static_('race', env.iterable([]));
      assert.strictEqual(env.state(never).state, 'pending');
    });

    it('Promise.withResolvers returns {promise, resolve, reject} as data properties', () => {
      const o = env.static_('withResolvers') as JSObject;
      assert.deepStrictEqual(o.OwnPropertyKeys(), ['promise', 'resolve', 'reject']);
      const p = o.Get('promise', o);
      for (const k of ['resolve', 'reject']) {
        const f = o.Get(k, o) as JSObject;
        assert.strictEqual(f.Get('length', f), 1);
        assert.strictEqual(f.Get('name', f), '');
      }
      env.call(o.Get('resolve', o) as JSObject, undefined, 9);
      env.call(o.Get('reject', o) as JSObject, undefined, 'ignored: already resolved');
      assert.deepStrictEqual(env.state(p), { state: 'fulfilled', value: 9 });
      assertThrows(() => env.call('Promise.withResolvers', 1), 'TypeError', 'Promise.withResolvers called on non-object');
    });

    it('Promise.try calls the callback synchronously with the extra arguments', () => {
      const log: string[] = [];
      const p = env.static_('try', env.fn((_t, args) => { log.push(args.join(',')); return 'done'; }), 1, 2);
      assert.deepStrictEqual(log, ['1,2']);
      assert.deepStrictEqual(env.state(p), { state: 'fulfilled', value: 'done' });
      const q = env.static_('try', env.thrower('bad'));
      assert.deepStrictEqual(env.state(q), { state: 'rejected', value: 'bad' });
      const r = env.static_('try', 'not callable');
      assert.strictEqual(env.message(env.state(r).value), 'TypeError: "not callable" is not a function');
      env.drain();
    });
  });

  describe('NewPromiseCapability', () => {
    it('rejects a non-constructor, a second executor call, and non-callable resolvers', () => {
      env.run(() => {
        assertThrows(() => NewPromiseCapability(env.fn(() => undefined)), 'TypeError', 'function f is not a constructor');
        const twice = env.ctor((_t, args) => {
          const ex = args[0] as JSObject;
          ex.Call(undefined, [env.fn(() => undefined), env.fn(() => undefined)]);
          ex.Call(undefined, [env.fn(() => undefined), env.fn(() => undefined)]);
          return env.obj();
        });
        assertThrows(() => NewPromiseCapability(twice), 'TypeError', 'Promise executor has already been invoked with non-undefined arguments');
        const lazy = env.ctor(() => env.obj());
        assertThrows(() => NewPromiseCapability(lazy), 'TypeError', 'Promise resolve or reject function is not callable');
      });
    });

    it('passes an executor of length 2 and an empty name to a custom constructor', () => {
      let ex!: JSObject;
      const C = env.ctor((_t, args) => {
        ex = args[0] as JSObject;
        ex.Call(undefined, [env.fn(() => undefined), env.fn(() => undefined)]);
        return env.obj();
      });
      const cap = env.run(() => NewPromiseCapability(C));
      assert.strictEqual(ex.Get('length', ex), 2);
      assert.strictEqual(ex.Get('name', ex), '');
      assert.ok(cap.resolve.isCallable && cap.reject.isCallable);
    });
  });

  describe('host interface', () => {
    it('PromiseResolve and PerformPromiseThen without a capability return undefined', () => {
      const log: string[] = [];
      env.run(() => {
        const p = PromiseResolve(env.P, 4) as JSPromise;
        assert.strictEqual(PerformPromiseThen(p, env.logger(log, 'f'), undefined), undefined);
      });
      env.drain();
      assert.deepStrictEqual(log, ['f:4']);
    });

    it('promiseThenHost queues host callbacks as jobs in order with guest handlers', () => {
      const log: string[] = [];
      const p = env.static_('resolve', 'v') as JSPromise;
      env.then(p, env.logger(log, 'guest1'));
      env.run(() => promiseThenHost(p, (v) => log.push(`host:${String(v)}`), () => log.push('never')));
      env.then(p, env.logger(log, 'guest2'));
      log.push('sync');
      env.drain();
      assert.deepStrictEqual(log, ['sync', 'guest1:v', 'host:v', 'guest2:v']);
      const q = env.static_('reject', 'r') as JSPromise;
      env.run(() => promiseThenHost(q, () => log.push('never'), (v) => log.push(`hostRejected:${String(v)}`)));
      env.drain();
      assert.strictEqual(log[log.length - 1], 'hostRejected:r');
    });

    it('newPromiseIntrinsic resolves through thenables and honours alreadyResolved', () => {
      const { promise, resolve, reject } = newPromiseIntrinsic(env.realm);
      assert.strictEqual(promise.GetPrototypeOf(), env.proto);
      env.run(() => {
        resolve(env.static_('resolve', 'inner'));
        reject('ignored');
      });
      assert.strictEqual(env.state(promise).state, 'pending');
      env.drain();
      assert.deepStrictEqual(env.state(promise), { state: 'fulfilled', value: 'inner' });
      const self = newPromiseIntrinsic(env.realm);
      env.run(() => self.resolve(self.promise));
      assert.strictEqual(env.message(env.state(self.promise).value), 'TypeError: Chaining cycle detected for promise #<Promise>');
      env.drain();
    });

    it('promiseStateOf reports pending/fulfilled/rejected, and undefined for non-promises', () => {
      const { promise } = newPromiseIntrinsic(env.realm);
      assert.deepStrictEqual(promiseStateOf(promise), { state: 'pending', value: undefined });
      assert.strictEqual(promiseStateOf(env.obj()), undefined);
    });

    it('reports unhandled rejections and later handling to the rejection tracker', () => {
      const seen: string[] = [];
      const agent = env.realm.agent;
      agent.rejectionTracker = (p, op) => seen.push(`${op}:${String(promiseStateOf(p)!.value)}`);
      try {
        const p = env.static_('reject', 'a');
        const q = env.static_('reject', 'b');
        env.then(q, undefined, env.fn(() => undefined));
        env.then(q, undefined, env.fn(() => undefined));
        env.drain();
        env.then(p, undefined, env.fn(() => undefined));
        env.drain();
        // A rejection of an already-handled promise is not reported.
        const h = env.newPromise(() => undefined);
        env.then(h, undefined, env.fn(() => undefined));
      } finally {
        agent.rejectionTracker = null;
      }
      assert.deepStrictEqual(seen, ['reject:a', 'reject:b', 'handle:b', 'handle:a']);
      env.drain();
    });

    it('runs each reaction job in the realm of its handler', () => {
      const other = new PEnv();
      const realms: Realm[] = [];
      const handler = other.fn(() => { realms.push(R.realm); return undefined; });
      const p = env.static_('resolve', 1);
      env.then(p, handler);
      // A host handler runs in the realm that was current when it was registered.
      env.run(() => {
        R.realm = other.realm;
        promiseThenHost(p as JSPromise, () => realms.push(R.realm), () => undefined);
      });
      env.drain();
      assert.deepStrictEqual(realms.map((r) => r === other.realm), [true, true]);
      assert.strictEqual(env.run(() => R.realm), env.realm, 'the realm is restored after the job');
    });

    it('a throwing reject of a custom capability does not escape the job queue', () => {
      const C = env.ctor((_t, args) => {
        (args[0] as JSObject).Call(undefined, [env.fn(() => undefined), env.thrower('reject threw')]);
        return env.obj();
      });
      const p = env.static_('resolve', 1) as JSObject;
      const ctorHolder = env.obj();
      ctorHolder.setOwn(WellKnown.species, C);
      p.setOwn('constructor', ctorHolder);
      env.then(p, env.thrower('handler threw'));
      assert.doesNotThrow(() => env.drain());
    });

    it('lets a termination inside a handler propagate out of the job queue', () => {
      const p = env.static_('resolve', 1);
      env.then(p, env.fn(() => { throw new Termination('fuel', 'out of fuel'); }));
      assert.throws(() => env.drain(), (e: unknown) => e instanceof Termination);
      env.drain();
    });
  });

  describe('guest source', () => {
    const src = canEvaluate ? it : it.skip;

    src('orders reactions after synchronous code', () => {
      const r = createRealm();
      // The completion value is taken before the jobs run (join makes a copy of it then).
      assert.strictEqual(r.evaluate('var log = []; Promise.resolve().then(() => log.push(1)); log.push(0); log.join()'), '0');
      assert.deepStrictEqual(r.evaluate('log'), [0, 1]);
    });

    src('async/await, then chains and Promise.all interleave like V8', () => {
      const r = createRealm();
      r.evaluate(`var log = [];
        async function f() { log.push('f1'); await null; log.push('f2'); await null; log.push('f3'); }
        f();
        Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3'));
        log.push('sync');`);
      assert.deepStrictEqual(r.evaluate('log'), ['f1', 'sync', 'f2', 'p1', 'f3', 'p2', 'p3']);
    });

    src('Promise.all, allSettled, any and race from guest code', () => {
      const r = createRealm();
      r.evaluate(`var out = {};
        Promise.all([1, Promise.resolve(2), 3]).then(v => out.all = v);
        Promise.allSettled([1, Promise.reject(2)]).then(v => out.settled = v.map(x => x.status));
        Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => out.any = [e.constructor.name, e.errors]);
        Promise.race([new Promise(() => {}), Promise.resolve('r')]).then(v => out.race = v);`);
      assert.deepStrictEqual(r.evaluate('out'), { all: [1, 2, 3], settled: ['fulfilled', 'rejected'], any: ['AggregateError', [1, 2]], race: 'r' });
    });

    src('finally passes values through and waits for the promise onFinally returns', () => {
      const r = createRealm();
      r.evaluate(`var log = [];
        Promise.resolve(1).finally(() => new Promise(res => { log.push('f'); res(); })).then(v => log.push('v' + v));
        Promise.reject(2).finally(() => {}).catch(e => log.push('e' + e));
        Promise.reject(3).finally(() => { throw 4; }).catch(e => log.push('e' + e));`);
      assert.deepStrictEqual(r.evaluate('log'), ['f', 'e4', 'v1', 'e2']);
    });

    src('thenables are adopted in a later job, and a throwing then rejects', () => {
      const r = createRealm();
      r.evaluate(`var log = [];
        Promise.resolve({ then(res) { log.push('then'); res('ok'); } }).then(v => log.push(v));
        Promise.resolve({ get then() { throw new Error('getter'); } }).catch(e => log.push(e.message));
        log.push('sync');`);
      assert.deepStrictEqual(r.evaluate('log'), ['sync', 'then', 'getter', 'ok']);
    });

    src('await, async functions and Promise.withResolvers / Promise.try', () => {
      const r = createRealm();
      r.evaluate(`var out = [];
        (async () => {
          const { promise, resolve } = Promise.withResolvers();
          out.push(await Promise.try((a, b) => a + b, 2, 3));
          try { await Promise.try(() => { throw new TypeError('t'); }); } catch (e) { out.push(e.name); }
          resolve('wr');
          out.push(await promise);
        })();`);
      assert.deepStrictEqual(r.evaluate('out'), [5, 'TypeError', 'wr']);
    });

    src('errors thrown by the constructor and then have V8 messages', () => {
      const r = createRealm();
      assert.deepStrictEqual(r.evaluate(`var m = [];
        try { Promise(() => {}); } catch (e) { m.push(e.message); }
        try { new Promise(1); } catch (e) { m.push(e.message); }
        try { Promise.prototype.then.call({}); } catch (e) { m.push(e.message); }
        m`), [
        "Promise constructor cannot be invoked without 'new'",
        'Promise resolver 1 is not a function',
        'Method Promise.prototype.then called on incompatible receiver #<Object>',
      ]);
    });

    src('Object.prototype.toString and the species getter', () => {
      const r = createRealm();
      assert.deepStrictEqual(r.evaluate(`[Object.prototype.toString.call(Promise.resolve()), Promise[Symbol.species] === Promise,
        Object.getOwnPropertyDescriptor(Promise, Symbol.species).get.name]`), ['[object Promise]', true, 'get [Symbol.species]']);
    });

    src('subclasses of Promise construct their derived promises through species', () => {
      const r = createRealm();
      assert.deepStrictEqual(r.evaluate(`class P extends Promise {}
        var p = P.resolve(1).then(x => x);
        [p instanceof P, P.resolve(1) instanceof P, Promise.resolve(p) === p]`), [true, true, false]);
    });
  });
});

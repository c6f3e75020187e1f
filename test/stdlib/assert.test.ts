/**
 * stdlib/assert: the thrown AssertionError (name, code, message with Node 20's diff) and the
 * argument errors, compared with the host node. The cases run as one CommonJS program under the
 * ouro CLI (which has the bindings assert needs: util, types, fs) and under the host node; each
 * case's result is one JSON line.
 */
import { describeComparedWithNode, type CliCase } from './cli-compare';

interface Case extends CliCase {
  name: string;
  /** Body of an async function with `require` in scope; its return value is compared. */
  src: string;
}

/** A case whose result is what `body` throws (name, code, message) plus the error's fields. */
function thrown(name: string, body: string): Case {
  return {
    name,
    src: `const assert = require('assert');
      try { ${body}; return 'no throw'; } catch (e) {
        return { name: e.name, code: e.code, message: e.message, generatedMessage: e.generatedMessage,
          operator: e.operator, str: String(e) };
      }`,
  };
}

const cases: Case[] = [
  thrown('strictEqual of numbers', 'assert.strictEqual(1, 2)'),
  thrown('strictEqual of long strings (indicator)', "assert.strictEqual('hello world, again!', 'hello world, agaln!')"),
  thrown('strictEqual of identical objects', 'assert.strictEqual({ a: 1 }, { a: 1 })'),
  thrown('deepStrictEqual diff', 'assert.deepStrictEqual({ a: 1, b: [1, 2, 3], c: "x" }, { a: 1, b: [1, 2, 4], c: "x" })'),
  thrown('deepStrictEqual of a long array', 'assert.deepStrictEqual(Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => i === 15 ? -1 : i))'),
  thrown('deepStrictEqual prototypes differ', 'assert.deepStrictEqual(Object.create(null), {})'),
  thrown('deepEqual loose passes, then fails', "assert.deepEqual({ a: 1 }, { a: '1' }); assert.deepEqual([1, 2], [1, 3])"),
  thrown('notDeepStrictEqual', 'assert.notDeepStrictEqual({ a: [1] }, { a: [1] })'),
  thrown('notStrictEqual of objects', 'const o = {}; assert.notStrictEqual(o, o)'),
  thrown('notDeepEqual', "assert.notDeepEqual([1], ['1'])"),
  thrown('equal and notEqual', 'assert.equal(NaN, NaN); assert.notEqual(1, 2); assert.equal(1, 2)'),
  thrown('ok with a message', "assert.ok(0, 'zero is falsy')"),
  thrown('ok with an Error message', "assert.ok(false, new TypeError('mine'))"),
  thrown('ok without arguments', 'assert.ok()'),
  thrown('assert(value): the message is the source of the call', 'const x = 0; assert(x === 1)'),
  thrown('assert.ok over lines', `assert.ok(
        typeof 1 === 'string',
        undefined
      )`),
  thrown('more messages', "assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]]))"),
  thrown('sets', 'assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3]))'),
  thrown('errors', "assert.deepStrictEqual(new Error('a'), new Error('b'))"),
  thrown('nested objects', 'assert.deepStrictEqual({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } })'),
  thrown('multi-line strings', "assert.strictEqual('a\\nb\\nc', 'a\\nb\\nd')"),
  thrown('-0 and 0', 'assert.strictEqual(-0, 0)'),
  thrown('functions', 'assert.strictEqual(function a() {}, function b() {})'),
  thrown('throws with an Error as validation object', "assert.throws(() => { throw new Error('foo'); }, new Error('bar'))"),
  thrown('ifError of a string', "assert.ifError('str')"),
  thrown('missing args', 'assert.strictEqual(1)'),
  thrown('throws with a class', "assert.throws(() => { throw new TypeError('x'); }, RangeError)"),
  thrown('throws with a RegExp', "assert.throws(() => { throw new Error('abc'); }, /xyz/)"),
  thrown('throws with a validation object', "assert.throws(() => { throw new Error('abc'); }, { message: 'abd', name: 'Error' })"),
  thrown('throws with a validation function', "assert.throws(() => { throw new Error('abc'); }, function check() { return false; })"),
  thrown('throws without an exception', "assert.throws(() => {}, TypeError, 'should throw')"),
  thrown('throws with bad arguments', "assert.throws(() => {}, 5)"),
  thrown('throws with an empty object', "assert.throws(() => { throw new Error('x'); }, {})"),
  thrown('throws ambiguous message', "assert.throws(() => { throw new Error('same'); }, 'same')"),
  thrown('throws passes', "assert.throws(() => { throw new TypeError('x'); }, TypeError); assert.throws(() => { throw new Error('q'); }, { message: /q/ }); return 'ok'"),
  thrown('doesNotThrow', "assert.doesNotThrow(() => { throw new Error('boom'); }, 'why')"),
  thrown('doesNotThrow rethrows other errors', "assert.doesNotThrow(() => { throw new TypeError('boom'); }, RangeError)"),
  thrown('match and doesNotMatch', "assert.match('abc', /b/); assert.doesNotMatch('abc', /b/)"),
  thrown('match of a non-string', 'assert.match(5, /5/)'),
  thrown('fail', 'assert.fail()'),
  thrown('fail with a message', "assert.fail('boom')"),
  thrown('ifError', "assert.ifError(null); assert.ifError(new Error('bad'))"),
  thrown('strict variant', "require('assert').strict.equal(1, '1')"),
  thrown('assert/strict module', "const s = require('assert/strict'); if (s !== assert.strict) return 'different'; s.deepEqual([1], ['1'])"),
  thrown('AssertionError constructed', "throw new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' })"),
  thrown('CallTracker', `const t = new assert.CallTracker(); function foo() {} const f = t.calls(foo, 2); f(1);
    const r = t.report(); if (r.length !== 1 || r[0].operator !== 'foo') return r;
    if (t.getCalls(f)[0].arguments[0] !== 1) return 'calls'; t.verify()`),
  thrown('CallTracker of an untracked function', 'new assert.CallTracker().getCalls(() => {})'),
  {
    name: 'rejects and doesNotReject',
    src: `const assert = require('assert');
      const out = [];
      await assert.rejects(Promise.reject(new Error('x')), /x/);
      for (const p of [assert.rejects(Promise.resolve(1)), assert.doesNotReject(Promise.reject(new Error('y'))),
        assert.rejects(() => 5), assert.rejects(5)]) {
        try { await p; out.push('ok'); } catch (e) { out.push([e.name, e.code, e.message]); }
      }
      return out;`,
  },
];

describeComparedWithNode('assert (compared with node)', cases);

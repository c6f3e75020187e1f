// assorted additions from ES2019 to ES2023
console.log([1, [2, [3]]].flat(2), Object.fromEntries([['a', 1]]), ' x '.trimStart() + '|', Symbol('d').description);
try { JSON.parse('{'); } catch { console.log('optional catch binding'); }
console.log('abcabc'.replaceAll('b', 'B'), Promise.allSettled.length, typeof globalThis, 1_000_000 + 0xff);
console.log(null ?? 'nullish', ({ a: { b: null } }).a?.b?.c, 2 ** 8);
let x = null;
x ??= 5; x ||= 6; x &&= 7;
console.log(x);
console.log([1, 2, 3].at(-1), 'str'.at(-1), Object.hasOwn({ p: 1 }, 'p'), new Error('e', { cause: 'c' }).cause);
console.log([1, 2, 3, 4].findLast(n => n % 2), [1, 2, 3, 4].findLastIndex(n => n > 10));
console.log([3, 1, 2].toSorted().join(), [1, 2, 3].toReversed().join(), [1, 2, 3].with(1, 'x').join(), [1, 2, 3].toSpliced(0, 1).join());
class C { #p = 1; static s = 'static field'; static { C.block = 'static block'; } has(o) { return #p in o; } }
console.log(C.s, C.block, new C().has(new C()), new C().has({}));
const re = /(?<w>a)/d.exec('ba');
console.log(re.indices[0].join('-'), re.indices.groups.w.join('-'));
console.log(Array.prototype[Symbol.unscopables].toSorted, typeof Array.prototype.findLast, typeof String.prototype.at);
const str = 'Ä';
console.log(str.normalize('NFD').length, 'a\u2028b'.length, eval("'\u2028'").length);
function* gen() { yield* [1, 2]; }
console.log(Array.from(gen()).join());
console.log(typeof BigInt, typeof WeakRef, typeof FinalizationRegistry, typeof AggregateError);
label: { break label; }
const { a, ...rest } = { a: 1, b: 2, c: 3 };
console.log(a, JSON.stringify(rest), [...'ab', ...[1]].length);
console.log(0.1.toFixed(20).length, Number.parseFloat('1e-7'), (123.456).toFixed(1));
console.log(String.raw`\u{61}`, '\u{61}', `${'\u{1F600}'.codePointAt(0).toString(16)}`);
console.log('hashbang in eval code:', eval('#!/usr/bin/env node\n1 + 1'));
try { Function('#!/usr/bin/env node\nreturn 1'); } catch (e) { console.log('not in a function body:', e.name); }

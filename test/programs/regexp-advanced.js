// regular expressions: unicode escapes and properties, indices, classes, Symbol.replace plumbing
console.log(/\p{L}+/u.exec('123héllo!')[0], /\p{Lu}/u.test('a'), /\p{Script=Greek}+/u.exec('abc αβγ')[0], /\P{N}+/u.exec('12ab34')[0]);
console.log(/[\u{1F600}-\u{1F64F}]/u.test('😃'), '😀😁'.match(/./gu).length, '😀😁'.match(/./g).length);
const withIndices = /(?<word>b+)/d.exec('aabbbcc');
console.log(withIndices.indices[0], withIndices.indices[1], withIndices.indices.groups.word, /x/d.hasIndices);
console.log(/[^abc]/.exec('abcd')[0], /[a-c-e]/.test('-'), /[\s\S]/.test('\n'), /\cJ/.test('\n'), /[\b]/.test('\b'), /\0/.test('\0'));
console.log(/(?<a>x)|(?<b>y)/.exec('y').groups.a, 'xyz'.replace(/(?<first>x)/, (...args) => JSON.stringify(args.at(-1))));
console.log('aBc'.replace(/b/i, m => m.toLowerCase()), 'a.b.c'.replaceAll('.', '/'), 'a.b.c'.replaceAll(/\./g, '-'));
try { 'abc'.replaceAll(/b/, 'x'); } catch (e) { console.log(e.name, e.message); }
console.log(/\//.source, /[/]/.source, RegExp('/').source, new RegExp('\\d+', 'g').exec('a12')[0]);
const re = /a/g;
const copy = new RegExp(re, 'i');
console.log(copy.flags, copy.source, new RegExp(re).flags, RegExp(re) === re, new RegExp(re) === re);
const custom = {
  [Symbol.replace](s, r) { return `custom replace of ${s} with ${r}`; },
};
console.log('target'.replace(custom, 'R'));
class Logged extends RegExp {
  exec(s) { Logged.calls = (Logged.calls || 0) + 1; return super.exec(s); }
}
console.log(new Logged('a', 'g')[Symbol.replace]('banana', 'o'), Logged.calls);
console.log(/a{2}/.test('aa'), /^(?:\d{3}-)?\d{4}$/.test('555-1234'), /^[\w.+-]+@\w+\.\w{2,}$/.test('user.name+tag@example.com'));
console.log('1,234,567'.replace(/,/g, ''), '1234567'.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
console.log(/(a+)+b/.test('aaaaaaaaaaaaaaab'), /^(a|ab)(c|bcd)(d*)$/.exec('abcd').slice(1).join('|'));
console.log('line1\nline2\nline3'.match(/^line\d$/gm).length, /^$/.test(''), /$^/m.test('\n'));
console.log(/[\d-x]/.test('-'), /\u0041/.test('A'), /\x41/.test('A'), /\101/.test('A'), /[\101]/.test('A'));
const lastMatch = /(\d)(\d)?/g;
const all = [];
let mm;
while ((mm = lastMatch.exec('1 23 4')) !== null) all.push(mm[0] + ':' + mm[2]);
console.log(all.join(' '));
console.log(/\w/iu.test('ſ'), /\w/i.test('ſ'), /[a-z]/i.test('K'), /\u212A/i.test('k'), /\u212A/iu.test('k'));
console.log(Object.getOwnPropertyNames(RegExp.prototype).filter(k => k !== 'compile' && k !== 'unicodeSets').sort().join(','));

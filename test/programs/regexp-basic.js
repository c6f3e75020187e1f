// regular expressions: test, exec, flags, groups, String methods with regexps
const re = /(\d{4})-(\d{2})-(\d{2})/;
const m = re.exec('on 2024-03-15 and 2025-01-02');
console.log(m[0], m[1], m[2], m[3], m.index, m.input.length, m.length, m.groups);
const named = /(?<year>\d{4})-(?<month>\d{2})/.exec('2024-03');
console.log(named.groups.year, named.groups.month, JSON.stringify(named.groups), Object.getPrototypeOf(named.groups));
const g = /o/g;
console.log(g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex, g.test('foo'), g.lastIndex);
console.log('a1b22c333'.match(/\d+/g), 'abc'.match(/x/g), 'abc'.match(/b/).index, 'aBc'.search(/[A-Z]/));
console.log('2024-03-15'.replace(re, '$3/$2/$1'), '2024-03'.replace(/(?<y>\d+)-(?<m>\d+)/, '$<m>.$<y>'), 'aaa'.replace(/a/g, (m, off) => off));
console.log('x-y_z'.split(/[-_]/), 'a1b2c3'.split(/\d/), 'abc'.split(/(b)/), 'one  two'.split(/\s+/));
console.log([...'a1b2'.matchAll(/[a-z](\d)/g)].map(m => m[1] + '@' + m.index).join(' '));
try { 'x'.matchAll(/x/); } catch (e) { console.log(e.name, e.message); }
console.log(/abc/i.test('ABC'), /^b/m.test('a\nb'), /a.c/s.test('a\nc'), /a.c/.test('a\nc'), /\u{1F600}/u.test('😀'), /^.$/u.test('😀'), /^.$/.test('😀'));
const sticky = /foo/y;
sticky.lastIndex = 3;
console.log(sticky.test('barfoo'), sticky.lastIndex, sticky.test('barfoo'), sticky.lastIndex);
console.log(/a/gimsuy.flags, /x/.source, new RegExp('a/b').source, String(new RegExp('\n')), new RegExp('').source, RegExp('x', 'g').global);
console.log(/(a)|(b)/.exec('b'), /(?:x)(y)?/.exec('x').length, /(a)?b/.exec('b')[1]);
console.log('Price: $5'.replace(/\$(\d)/, '$$$1.00'), 'abc'.replace(/(?<l>b)/, '[$<l>]'), 'abc'.replace(/b/, '$0$1'));
try { new RegExp('('); } catch (e) { console.log(e.name); }
try { new RegExp('a', 'gg'); } catch (e) { console.log(e.name); }
console.log(/[\w]+/.exec('héllo')[0], /\bworld\b/.test('hello world'), /\d{2,3}/.exec('12345')[0], /a+?/.exec('aaa')[0], /a*?b/.exec('aaab')[0]);
console.log(/(\w)\1/.test('hello'), /(?<ch>\w)\k<ch>/.exec('abba')[0], /(?=a)./.exec('ba')[0], /(?!a)./.exec('ab')[0], /(?<=\$)\d+/.exec('cost $42')[0], /(?<!\$)\b\d+/.exec('$1 2')[0]);
const r2 = /x/g;
r2.lastIndex = 5;
console.log('xx'.replace(r2, 'y'), r2.lastIndex);
console.log(RegExp.prototype.toString.call(/a/g), Object.prototype.toString.call(/a/), /a/ instanceof RegExp, typeof /a/);
console.log('aaa'.lastIndexOf('a'), 'The Quick Fox'.match(/[A-Z]/g).join(''), 'tel: 555-1234'.replace(/\D/g, ''));

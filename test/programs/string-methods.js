// String.prototype methods
const s = 'Hello, World';
console.log(s.length, s[0], s.charAt(4), s.charCodeAt(1), s.at(-1), s.indexOf('o'), s.lastIndexOf('o'), s.includes('World'));
console.log(s.slice(7), s.slice(-5, -1), s.substring(5, 0), s.substr(-5, 3), s.toUpperCase(), s.toLowerCase());
console.log(s.startsWith('Hell'), s.endsWith('ld'), s.startsWith('World', 7), s.search('W'), s.concat('!', 1));
console.log('ab'.repeat(3), 'x'.padStart(4, 'ab'), 'x'.padEnd(3), '5'.padStart(3, '0'), '  trim  '.trim() + '|', '  t'.trimStart(), 't  '.trimEnd() + '|');
console.log('a,b,,c'.split(','), 'abc'.split(''), 'a b c'.split(' ', 2), 'abc'.split(), ''.split(','), ''.split(''));
console.log('aaa'.replace('a', 'b'), 'aaa'.replaceAll('a', 'b'), 'x-y-z'.replace('-', (m, off) => `[${m}@${off}]`), 'abc'.replace('b', '$&$&'), 'abc'.replace('b', "$'$`"));
console.log('😀'.length, '😀'.codePointAt(0), '😀'.charCodeAt(0), String.fromCodePoint(128512), String.fromCharCode(72, 105), [...'a😀'].length);
console.log('abc'.localeCompare === undefined, 'ß'.toUpperCase(), 'İ'.toLowerCase().length, 'ǅ'.toLowerCase(), 'Σ'.toLowerCase());
console.log('\u0041\u030A'.normalize('NFC').length, '\u00C5'.normalize('NFD').length, 'abc'.normalize() === 'abc');
console.log('a\uD800b'.isWellFormed(), 'a\uD800b'.toWellFormed().charCodeAt(1).toString(16), 'ok'.isWellFormed());
console.log(String(null), String(undefined), String(123), String(Symbol('x')), String([1, [2]]), String({}));
console.log('abc'.at(5), 'abc'.charAt(5) === '', 'abc'.charCodeAt(5), 'abc'.codePointAt(5));
console.log('%', 'a'.localeCompare ? 'has localeCompare' : '', 'x'.big === undefined ? 'no annex B' : '<big> html: ' + 'x'.big());
const str = new String('boxed');
console.log(typeof str, str.length, str[1], str instanceof String, str == 'boxed', str === 'boxed', Object.keys(str).join(''));
console.log('abc' < 'abd', 'a'.codePointAt(), 'The quick brown fox'.split(' ').map(w => w[0]).join(''));
console.log(' \t\n\u00a0\ufeffx'.trim(), 'x'.padStart(5, '') + '|', 'abc'.padEnd(6, '12345'));
try { 'a'.repeat(-1); } catch (e) { console.log(e.name, e.message); }
try { String.prototype.trim.call(null); } catch (e) { console.log(e.name, e.message); }
console.log('Infinity'.length, 'a-b_c d'.split(/[-_ ]/), 'camelCaseString'.replace(/[A-Z]/g, c => '_' + c.toLowerCase()));

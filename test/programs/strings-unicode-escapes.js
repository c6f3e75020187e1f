// string literals, escapes and Unicode
console.log('\x41\u0042\u{43}\u{1F600}', '\t|\v|\f|\b'.length, 'line\
continued', '\'', "\"", '\\');
const s = 'a😀b';
console.log(s.length, [...s].length, s.codePointAt(1), s.codePointAt(2), s.charCodeAt(1).toString(16), s.slice(1, 3) === '😀');
console.log(s.split(''), Array.from(s), s[1] + s[2] === '😀');
console.log('\uD83D\uDE00' === '😀', String.fromCharCode(0xD83D, 0xDE00), String.fromCodePoint(0x1F600, 97));
try { String.fromCodePoint(0x110000); } catch (e) { console.log(e.name, e.message); }
console.log('é' === 'e\u0301', 'é'.normalize('NFD') === 'e\u0301', 'ﬀ'.normalize('NFKC'), 'Å'.normalize('NFD').length);
console.log('İstanbul'.toLowerCase().length, 'ΣΑΣ'.toLowerCase(), 'ﬃ'.toUpperCase(), 'ǈ'.toUpperCase(), 'straße'.toUpperCase());
console.log(encodeURIComponent('a b&c=d/é😀'), encodeURI('http://x.y/a b?q=é#f'), decodeURIComponent('%E2%82%AC'), decodeURI('%41%2F'));
try { encodeURIComponent('\uD800'); } catch (e) { console.log(e.name, e.message); }
console.log('abc'.localeCompare === undefined ? '' : 'ok', 'a\u0000b'.length, '\0'.charCodeAt(0));
const str = 'The quick brown fox';
console.log(str.split(' ').map(w => w.split('').reverse().join('')).join(' '));
console.log([...'👨‍👩‍👧'].length, '👨‍👩‍👧'.length);
console.log('a' + 1 + 2, 1 + 2 + 'a', 'x'.concat(null, undefined, {}), `${'nested ' + `template ${1 + 1}`}`);
let built = '';
for (let i = 0; i < 1000; i++) built += String.fromCharCode(97 + (i % 26));
console.log(built.length, built.slice(0, 30), built.indexOf('zab'), built.lastIndexOf('xyz'));
console.log('\u00e9'.length, '\u0065\u0301'.length, 'ab'.charCodeAt(-1), 'ab'.charAt(-1) === '');
console.log('abc' === new String('abc').valueOf(), typeof String(new String('x')), 'x'.toString === String.prototype.toString);
console.log('%E4'.length, escape('ä'), JSON.stringify('\u00e4\ud83d\ude00\u0007'));

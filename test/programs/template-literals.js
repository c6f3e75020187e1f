// template literals: interpolation, multi-line, tagged templates, raw strings
const name = 'world', n = 3;
console.log(`hello ${name}, ${n} + 1 = ${n + 1}, ${`nested ${n * 2}`}`);
console.log(`line1
line2\tindented`);
console.log(`${[1, 2]} ${{}} ${null} ${undefined} ${true} ${1n}`);
function tag(strings, ...values) {
  return JSON.stringify({ strings, raw: strings.raw, values });
}
console.log(tag`a${1}b${'two'}c`);
console.log(tag`\n\u0041${0}`);
console.log(tag``);
console.log(String.raw`C:\new\table${1 + 1}\x`);
console.log(String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3));
function identity(s) { return s; }
const sites = [];
for (let i = 0; i < 2; i++) sites.push(identity`same site`);
console.log('cached per site', sites[0] === sites[1], identity`x` === identity`x`);
console.log(Object.isFrozen(sites[0]), Object.isFrozen(sites[0].raw), Array.isArray(sites[0]));
function invalidEscape(s) { return [s[0], s.raw[0]]; }
console.log(invalidEscape`\unicode and \xerror`);
const obj = { toString() { return 'TS'; }, valueOf() { return 'VO'; } };
console.log(`${obj}`, '' + obj);
try { `${Symbol('s')}`; } catch (e) { console.log(e.name, e.message); }
const member = { fn(s, v) { return this.prefix + s.join('_') + v; }, prefix: 'P:' };
console.log(member.fn`a${1}b`);
console.log(`\``, `$`, `\${not}`, `$${'dollar'}`, `{}`);
const tagReturnsFn = () => (s) => s[0].toUpperCase();
console.log(tagReturnsFn()`chained`);
console.log(`a
b`.length, `\u{1F600}`.length);

// for-in: enumeration order, inherited keys, shadowing, deletion during enumeration
const proto = { inherited: 1, shadowed: 'proto' };
const o = Object.create(proto);
o.b = 1;
o[2] = 'two';
o.a = 2;
o[1] = 'one';
o.shadowed = 'own';
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
o[Symbol('s')] = 'symbols are skipped';
const keys = [];
for (const k in o) keys.push(k);
console.log(keys.join(','));

const d = { x: 1, y: 2, z: 3 };
const seen = [];
for (const k in d) {
  seen.push(k);
  if (k === 'x') delete d.y;
}
console.log(seen.join(','));

const arr = ['a', 'b'];
arr.extra = true;
const ak = [];
for (const i in arr) ak.push(typeof i + ':' + i);
console.log(ak.join(' '));

let count = 0;
for (const k in null) count++;
for (const k in undefined) count++;
console.log('nullish iterate zero times', count);

const strKeys = [];
for (const k in 'hi') strKeys.push(k);
console.log(strKeys.join(','));

var target = {};
for (target.key in { p: 1, q: 2 });
console.log('member as target', target.key);

const nonEnumProtoShadow = Object.create({ v: 1 });
Object.defineProperty(nonEnumProtoShadow, 'v', { value: 2, enumerable: false });
const shadowKeys = [];
for (const k in nonEnumProtoShadow) shadowKeys.push(k);
console.log('non-enumerable own shadows proto:', shadowKeys.length);

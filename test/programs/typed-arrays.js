// ArrayBuffer and typed arrays
const buf = new ArrayBuffer(8);
const u8 = new Uint8Array(buf);
const u32 = new Uint32Array(buf);
u8[0] = 1; u8[4] = 2;
console.log(buf.byteLength, u8.length, u32.length, u32[0], u32[1], u8.BYTES_PER_ELEMENT, Uint32Array.BYTES_PER_ELEMENT);
const i8 = new Int8Array([127, 128, -129, 255, 3.9, -3.9, NaN]);
console.log(Array.from(i8).join(','));
const clamped = new Uint8ClampedArray([300, -5, 1.5, 2.5, 254.5, NaN]);
console.log(Array.from(clamped).join(','));
const f32 = new Float32Array([1.1, 0.5, 1e40]);
console.log(f32[0], f32[1], f32[2], new Float64Array([1.1])[0]);
const i16 = Int16Array.from([1, 2, 3], x => x * 1000);
console.log(i16.join(' '), Int16Array.of(40000)[0], new Uint16Array([-1])[0]);
const big64 = new BigInt64Array([2n ** 63n, -1n]);
const ubig = new BigUint64Array([-1n]);
console.log(big64[0], big64[1], ubig[0]);
try { new BigInt64Array([1]); } catch (e) { console.log(e.name); }
const base = new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]);
const sub = base.subarray(2, 5);
sub[0] = 99;
const sl = base.slice(2, 5);
sl[1] = 77;
console.log(base.join(','), sub.join(','), sl.join(','), sub.byteOffset, sub.buffer === base.buffer);
base.set([10, 11], 6);
console.log(base.join(','));
try { base.set([1, 2, 3], 7); } catch (e) { console.log(e.name, e.message); }
console.log(base.map(x => x * 2) instanceof Uint8Array, base.map(x => x * 2)[2], base.filter(x => x > 5).length, base.reduce((a, b) => a + b));
console.log(new Uint8Array([3, 1, 2]).sort().join(), new Float64Array([3, -1, NaN, -0, 0]).sort().join(), base.indexOf(99), base.includes(77));
console.log(Object.prototype.toString.call(u8), u8[Symbol.toStringTag], Object.getPrototypeOf(Uint8Array).name, u8 instanceof Object.getPrototypeOf(Uint8Array));
const resized = buf.slice(2, 6);
console.log(resized.byteLength, new Uint8Array(resized)[2], ArrayBuffer.isView(u8), ArrayBuffer.isView(buf));
console.log(u8[100], u8[-1], '100' in u8, u8['1.5'], Object.keys(new Uint8Array(3)).join(','));
u8[100] = 5;
console.log(u8[100], u8.length);
try { new Uint8Array(-1); } catch (e) { console.log(e.name, e.message); }
try { new Uint32Array(new ArrayBuffer(5)); } catch (e) { console.log(e.name, e.message); }
try { Uint8Array(2); } catch (e) { console.log(e.name, e.message); }
console.log(new Uint8Array(new Uint16Array([256, 257])).join(','), [...new Int8Array(2).entries()].join(';'));
console.log(u8.at(-1), new Uint8Array([1, 2, 3]).toReversed().join(''), new Uint8Array([1, 2]).with(0, 9).join(''), new Int8Array([5, 1, 3]).toSorted().join(''));

// bitwise operators and 32-bit conversions
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~~3.7);
console.log(1 << 31, 1 << 32, 1 << 33, -1 >>> 0, -1 >> 28, -1 >>> 28, 255 >> 4);
console.log(2 ** 32 | 0, (2 ** 32 + 1) | 0, (2 ** 31) | 0, -(2 ** 31) - 1 | 0);
console.log(NaN | 0, Infinity | 0, -Infinity >>> 0, '12' & '10', null | 1, undefined ^ 3);
console.log(1.9 | 0, -1.9 | 0, 4294967295 >> 0, 4294967295 >>> 0);
console.log((0xdeadbeef ^ 0x12345678) >>> 0, (0xff00 & 0x0ff0).toString(16));
console.log(5 >> 33, 5 << -1, 5 >>> 65);
const flags = { READ: 1, WRITE: 2, EXEC: 4 };
let perm = flags.READ | flags.EXEC;
console.log(!!(perm & flags.WRITE), !!(perm & flags.EXEC));
perm &= ~flags.READ;
console.log(perm);
console.log(Math.clz32(1), Math.imul(0x7fffffff, 3), Math.imul(-5, 12));
console.log(0b1010 | 0o17, 0x10 ^ 0b11);
console.log(5n & 3n, 5n | 3n, -5n ^ 3n, ~5n, 1n << 70n, -9n >> 1n);

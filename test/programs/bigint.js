// BigInt arithmetic, conversions, comparisons, errors
const big = 2n ** 100n;
console.log(big, big.toString(), (big - 1n).toString(16), typeof big);
console.log(7n / 2n, -7n / 2n, 7n % 3n, -7n % 3n, 2n ** 0n, (-3n) ** 3n, -(5n));
console.log(BigInt(42), BigInt('0x1f'), BigInt('  123  '), BigInt(true), BigInt(Number.MAX_SAFE_INTEGER) + 2n);
try { BigInt(1.5); } catch (e) { console.log(e.name, e.message); }
try { BigInt('1.5'); } catch (e) { console.log(e.name, e.message); }
try { 1n + 1; } catch (e) { console.log(e.name, e.message); }
try { 1n / 0n; } catch (e) { console.log(e.name, e.message); }
try { 2n ** -1n; } catch (e) { console.log(e.name); }
try { +1n; } catch (e) { console.log(e.name, e.message); }
try { 1n >>> 0n; } catch (e) { console.log(e.name, e.message); }
try { new BigInt(1); } catch (e) { console.log(e.name, e.message); }
console.log(1n < 2, 2n == 2, 2n === 2, 0n == false, 1n == '1', 5n > 4.5, [3n, 1, 2n, -1].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(','));
console.log(BigInt.asIntN(8, 255n), BigInt.asUintN(8, -1n), BigInt.asIntN(64, 2n ** 63n), BigInt.asUintN(64, -1n));
console.log(Number(2n ** 64n), parseInt('12n'), String(10n), `${-0n}`, 10n.toString(2), (255n).toString(36));
console.log(!!0n, !!1n, 0n ? 'truthy' : 'falsy', typeof Object(1n), Object(1n) + 1n);
console.log(0x10n, 0o17n, 0b101n, 1_000_000n);
let x = 10n;
x++; x *= 3n; x -= 1n; x <<= 2n;
console.log(x, -x >> 1n, x & 0xffn, ~x);
function factorial(n) { return n <= 1n ? 1n : n * factorial(n - 1n); }
console.log(factorial(30n));
console.log(JSON.stringify({ n: 1 }), (() => { try { return JSON.stringify({ b: 1n }); } catch (e) { return e.name + ': ' + e.message; } })());
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ b: 12n }));
console.log([1n, 2n].includes(1n), new Set([1n, 1n]).size, Object.is(0n, -0n));
console.log(BigInt(Number.MAX_VALUE) > 10n ** 300n, 123456789012345678901234567890n * 987654321098765432109876543210n);

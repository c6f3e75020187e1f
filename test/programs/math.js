// Math functions with exactly representable results
console.log(Math.max(1, 3, 2), Math.min(1, -3, 2), Math.max(), Math.min(), Math.max(1, NaN), Math.max(-0, 0), Object.is(Math.min(0, -0), -0));
console.log(Math.abs(-5.5), Math.floor(-1.5), Math.ceil(-1.5), Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.trunc(-4.7), Math.sign(-3), Math.sign(0));
console.log(Math.sqrt(16), Math.cbrt(27), Math.pow(2, 10), Math.pow(NaN, 0), Math.hypot(3, 4), Math.hypot(), Math.sqrt(-1));
console.log(Math.log(1), Math.exp(0), Math.log2(8), Math.log10(1000), Math.log1p(0), Math.expm1(0));
console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.atan2(0, -1) === Math.PI, Math.asin(1) * 2 === Math.PI, Math.acos(1));
console.log(Math.PI, Math.E, Math.LN2, Math.SQRT2, Math.LOG2E);
console.log(Math.fround(5.5), Math.fround(5.05), Math.clz32(0), Math.imul(3, 4), Math.sinh(0), Math.tanh(Infinity), Math.atanh(0));
console.log(Object.prototype.toString.call(Math), Math[Symbol.toStringTag], typeof Math.random());
const r = Math.random();
console.log(r >= 0 && r < 1);
try { new Math.max(); } catch (e) { console.log(e.name); }
console.log(Math.max('3', [4]), Math.min(null, 1), Math.abs(undefined), Math.floor('7.9'), Math.round(-0.2) === 0 && Object.is(Math.round(-0.2), -0));
const calls = [];
Math.max({ valueOf() { calls.push('a'); return 1; } }, { valueOf() { calls.push('b'); return NaN; } }, { valueOf() { calls.push('c'); return 3; } });
console.log(calls.join(''));
console.log(Math.sign(-0) === 0 && Object.is(Math.sign(-0), -0), Math.ceil(-0.5), Math.floor(0.5));

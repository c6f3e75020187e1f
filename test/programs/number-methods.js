// Number formatting, parsing and constants
console.log((1234.5678).toFixed(2), (0.000001234).toFixed(8), (1.005).toFixed(2), (1e21).toFixed(2), (-1.5).toFixed(0), (0).toFixed(2));
console.log((123.456).toPrecision(4), (0.00123).toPrecision(2), (123456).toPrecision(2), (1.5).toPrecision(1));
console.log((123456).toExponential(2), (0.00015).toExponential(), (5).toExponential(3));
console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(16));
console.log(String(1e21), String(1e-7), String(123e-20), String(0.000001), String(2 ** 70), String(-1e-7), 1 / 3);
console.log(Number('42'), Number(''), Number(' 0x10 '), Number('0b11'), Number('1e3'), Number('12px'), Number(null), Number(undefined), Number([]), Number(['7']), Number(true));
console.log(parseInt('42px'), parseInt('0x1A'), parseInt('1010', 2), parseInt('z', 36), parseInt(''), parseInt('  -12.9'), parseInt(0.0000005), parseInt('08'));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2'), parseFloat('Infinityx'), parseFloat('x'));
console.log(Number.isInteger(5.0), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1), Number.isFinite('5'), isFinite('5'), Number.isNaN('x'), isNaN('x'));
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON > 0, Number.MAX_VALUE, Number.MIN_VALUE, Number.POSITIVE_INFINITY);
console.log(0.1 + 0.2 === 0.3, Math.abs(0.3 - (0.1 + 0.2)) < Number.EPSILON);
try { (1).toFixed(101); } catch (e) { console.log(e.name, e.message); }
try { (1).toString(1); } catch (e) { console.log(e.name, e.message); }
try { Number.prototype.toFixed.call('1'); } catch (e) { console.log(e.name); }
console.log((25).toString(36), Number('  \n42\t'), Number('1_000'), 1_000_000, 0.1 * 0.2, 9.95.toFixed(1));
console.log(new Number(5) + 1, typeof new Number(5), new Number(5) === 5, Number.parseFloat === parseFloat, Number.parseInt === parseInt);
console.log((1e100).toString(36).length > 0, (-0).toFixed(1), (123.456).toFixed(), 1e300 * 1e10, -1e300 * 1e10);
console.log(Number.prototype.toString.call(12), (12).valueOf(), 5..toString(), 5 .toFixed(1));
console.log([0.1, 0.7, 1.1, 123.456, 5e-324, 1.7976931348623157e308, 4.35, 0.000001, 1e-6, 100, 1e20, 1.5e300].map(String).join(' '));

// numeric literals and number-to-string conversion
console.log(0b1010, 0B11, 0o777, 0O7, 0xff, 0XAB, 1e3, 1E-3, .5, 5., 0.0, 1_000_000, 0xf_f);
console.log(1e21, 1e-7, 123456789012345678, 0.1 + 0.2, 5e-324, 2 ** 1023 * 2, -(2 ** 1024));
console.log(1 / 3, 2 / 3, 10 / 3, 100 / 7, 1e16 + 1, 0.000001, 0.0000001, 1234.5e-10);
console.log(Number.MAX_SAFE_INTEGER + 2, 2 ** 53 === 2 ** 53 + 1, 9007199254740992 + 1);
console.log((0.1).toString(3).slice(0, 12), (1 / 3).toString(2).length > 10, (255).toString(16).toUpperCase());
console.log(1.0, 1.50, 100.00, -0.0, 0xFFFFFFFF, 0x100000000, 1e0, 123e-2);
console.log(4.35 * 100, 1.1 * 1.1, 3 * 1.1, 0.57 * 100, 1.005 * 1000);
console.log(Number('0.0000001'), Number('1e+21'), Number('-0'), Object.is(Number('-0'), -0), Number('.'), Number('5.'), Number('.5'), Number('+.5e1'));
console.log(parseFloat('1e1000'), parseFloat('-1e-1000'), Number('Infinity'), Number('-Infinity'), Number('infinity'));
console.log([5e-7, 5e-6, 1e20, 1e21, 123e20, 1.23e-5].map(n => n.toString()).join(' '));
console.log(Number.prototype.toString.call(1e21, 16), (1e21).toString(36), (-1.5).toString(2), (0.1).toString(16));
console.log((2 ** 31).toString(32), (12345.6789).toString(8), (Number.MIN_VALUE).toString(2).length > 1000);

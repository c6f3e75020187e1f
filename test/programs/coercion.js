// type conversion: ToPrimitive order, Symbol.toPrimitive, ToString/ToNumber/ToBoolean of objects
const log = [];
const obj = {
  valueOf() { log.push('valueOf'); return 10; },
  toString() { log.push('toString'); return 'str'; },
};
console.log(obj + 1, `${obj}`, obj * 2, String(obj), obj + '', [obj] + '', obj == 10, obj > 5);
console.log(log.join(','));
const onlyToString = { valueOf() { return {}; }, toString() { return '7'; } };
console.log(onlyToString * 2, onlyToString + 1);
const neither = { valueOf() { return {}; }, toString() { return {}; } };
try { neither + 1; } catch (e) { console.log(e.name, e.message); }
const hinted = { [Symbol.toPrimitive](hint) { return hint; } };
console.log(`${hinted}`, hinted + '', +{ [Symbol.toPrimitive]: () => 3 }, hinted < 'z', String(hinted));
try { +{ [Symbol.toPrimitive]: () => ({}) }; } catch (e) { console.log(e.name, e.message); }
try { +{ [Symbol.toPrimitive]: 1 }; } catch (e) { console.log(e.name); }
const d = new Date(Date.UTC(2000, 0, 1));
console.log(typeof (d + 1), typeof (d - 1), d - 0);
console.log(Boolean(''), Boolean('0'), Boolean([]), Boolean({}), Boolean(0n), Boolean(NaN), Boolean(new Boolean(false)), Boolean(Symbol()));
console.log(Number([]), Number([5]), Number([1, 2]), Number({}), Number('  \n'), Number(new Date(7)), Number(false), Number('0o17'), Number('-0x1'));
console.log(String([1, [2, 3]]), String({}), String(function () {}).length > 0, String(null) + String(undefined), String([null, undefined]));
console.log([] + null + 1, [1, 2] - 1, null + null, undefined + null, true + true, '5' * '2', '5' - - '2', 1 - '1e1');
console.log([10, 1, 3].sort().join(), ['b', undefined, 'a'].sort().join(), [,'a'].sort().length);
console.log(parseInt(null), parseInt('Infinity'), Math.max('10', 9), '10' > '9', 10 > '9', 'b' > 'a');
const order = [];
const left = { valueOf() { order.push('left'); return 1; } };
const right = { valueOf() { order.push('right'); return 2; } };
left + right; left < right; right > left;
console.log(order.join(','));
const arrayKey = {};
arrayKey[[1, 2]] = 'array key';
arrayKey[{}] = 'object key';
console.log(Object.keys(arrayKey).join(' | '));
const keyObj = { toString() { return 'k'; } };
const holder = { [keyObj]: 'via toString' };
console.log(holder.k);
console.log(1 + - + + + - + 1, '3' + 4 + 5, 3 + 4 + '5', '10' / '2' + '1', typeof ('5' * 1));
console.log(isNaN(undefined), isNaN(null), isNaN(''), isNaN('abc'), isNaN([]), isNaN({}), isNaN(new Date()));

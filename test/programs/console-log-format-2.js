// console.log formatting: line breaking, grouping of long arrays, depth, many keys, nested collections
console.log(Array.from({ length: 30 }, (_, i) => i));
console.log(Array.from({ length: 8 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log({ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', epsilon: 'eeeeeeeeee' });
console.log({ short: 1, list: [1, 2, 3], nested: { deep: { deeper: { deepest: 1 } } } });
console.log([[1, 2, [3, 4, [5, [6]]]], { a: [{ b: { c: {} } }] }]);
console.log(new Map([[1, { a: { b: { c: 1 } } }]]), new Set([[1, [2, [3, [4]]]]]));
const many = {};
for (let i = 0; i < 30; i++) many['key' + i] = i;
console.log(many);
console.log('x'.repeat(100));
console.log(['x'.repeat(80)]);
console.log({ text: 'y'.repeat(60), more: 'z'.repeat(20) });
console.log([1.5, -2.25, 3e21, 1e-7, 0.1, 100, 2000, 30000, 400000]);
console.log([true, false, null, undefined, 1, 'a', 2n, Symbol('s')]);
console.log(Object.assign([1, 2], { extra: 'prop', 5: 'five' }));
console.log(Object.assign(() => {}, { prop: 1 }), Object.assign(function named() {}, { a: 1, b: 'two' }));
class Empty {}
class WithToStringTag { get [Symbol.toStringTag]() { return 'Tagged'; } }
console.log(new Empty(), new WithToStringTag(), [new Empty()], { e: new Empty() });
const nullProtoArr = Object.setPrototypeOf([1, 2], null);
console.log(nullProtoArr);
console.log(new Array(3).fill({ same: 'object' }));
console.log({ 'key with spaces': 1, 'ünïcode': 2, '123abc': 3, $dollar: 4, _under: 5, 'a-b': 6 });
console.log([['nested', 'arrays'], ['of', 'strings']], [[1, 2], [3, 4]]);
const longKeyed = { aVeryLongPropertyNameNumberOne: 'value one', aVeryLongPropertyNameNumberTwo: 'value two' };
console.log(longKeyed);
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }]);
console.log(Array.from({ length: 7 }, (_, i) => ({ id: i })));
console.log('%s', 'x'.repeat(5), ['%s not a format inside array']);

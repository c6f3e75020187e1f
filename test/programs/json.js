// JSON.stringify and JSON.parse
console.log(JSON.stringify({ a: 1, b: [1, 'two', null, true], c: { d: undefined, e: () => {}, f: Symbol('x') } }));
console.log(JSON.stringify([undefined, function () {}, Symbol()]), JSON.stringify(undefined), JSON.stringify(null), JSON.stringify('str'));
console.log(JSON.stringify({ a: [1, { b: 2 }] }, null, 2));
console.log(JSON.stringify({ a: 1, b: 2 }, null, '--'), JSON.stringify([1], null, 20).split('\n')[1].length);
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, z: 4 } }, ['a', 'c']));
console.log(JSON.stringify({ a: 1, b: 'x' }, (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.stringify({ toJSON() { return 'custom'; } }), JSON.stringify({ d: new Date(Date.UTC(2020, 1, 3, 4, 5, 6, 7)) }));
console.log(JSON.stringify('\u2028\u2029\ud800"\\\n\t\u0001'), JSON.stringify({ '\n': 1 }));
console.log(JSON.stringify(NaN), JSON.stringify(-0), JSON.stringify(Infinity), JSON.stringify(1e21), JSON.stringify(new Number(3)), JSON.stringify(new String('s')), JSON.stringify(Object(false)));
const cyc = { name: 'cyc' };
cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
try { JSON.stringify({ b: 1n }); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\u0041\\n"}').c, JSON.parse(' [1, -0, 1e2, 0.5] ').map(x => Object.is(x, -0) ? '-0' : x).join());
console.log(JSON.parse('"str"'), JSON.parse('true'), JSON.parse('null'), JSON.parse('{"__proto__": 1}').__proto__);
const revived = JSON.parse('{"a":1,"b":{"c":2},"d":[3]}', function (k, v) {
  if (typeof v === 'number') return v + 100;
  if (k === 'd') return undefined;
  return v;
});
console.log(JSON.stringify(revived));
const order = [];
JSON.parse('{"x":{"y":1},"z":[2]}', (k, v) => { order.push(k === '' ? '(root)' : k); return v; });
console.log(order.join(','));
for (const bad of ['{a:1}', "{'a':1}", '[1,]', '01', '"\t"', '', '{"a":1}x', 'NaN']) {
  try { JSON.parse(bad); console.log('parsed', bad); } catch (e) { console.log('SyntaxError?', e instanceof SyntaxError, JSON.stringify(bad)); }
}
console.log(JSON[Symbol.toStringTag], Object.keys(JSON).length);
const nested = JSON.parse(JSON.stringify({ deep: { deeper: { deepest: [1, 2, 3] } } }));
console.log(nested.deep.deeper.deepest[2]);
console.log(JSON.stringify({ key: 'value', arr: [] , obj: {} }, null, '\t'));
console.log(JSON.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })));

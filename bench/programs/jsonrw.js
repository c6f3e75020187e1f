// jsonrw: JSON.parse with a reviver and JSON.stringify with a replacer and indentation of a ~40 KB document, 20 times -> 1177338
function makeDoc(n) {
  var users = [];
  for (var i = 0; i < n; i++) {
    users.push({ id: i, name: 'user' + i, email: 'u' + i + '@example.com', active: i % 3 !== 0,
      score: (i * 37 % 1000) / 8, tags: ['t' + (i % 7), 't' + (i % 11)], address: { city: 'City' + (i % 20), zip: String(10000 + i) },
      note: 'line1\nline2 "quoted" \u00e9\u4e2d' });
  }
  return { version: 3, generated: '2024-01-01T00:00:00Z', users: users };
}
function jsonrw(rounds) {
  var doc = makeDoc(200);
  var text = JSON.stringify(doc);
  var total = 0;
  for (var r = 0; r < rounds; r++) {
    var revived = 0;
    var back = JSON.parse(text, function (k, v) { if (typeof v === 'number') { revived++; return v * 2; } return v; });
    var pretty = JSON.stringify(back, function (k, v) { return k === 'email' ? undefined : v; }, 2);
    var compact = JSON.stringify(back.users.slice(0, 50), ['id', 'name', 'address', 'city']);
    total += revived + pretty.length + compact.length + back.users[r].id;
  }
  return total + text.length;
}
var __result = jsonrw(20);

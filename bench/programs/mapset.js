// mapset: Map/Set with number and string keys: 40,000 inserts, lookups, deletes, iteration -> 281172150
function mapset(n) {
  var m = new Map();
  var s = new Set();
  var sm = new Map();
  for (var i = 0; i < n; i++) {
    m.set(i * 7 % n, i);
    s.add('k' + (i % 5000));
    sm.set('key' + i, i & 255);
  }
  var total = 0;
  for (var j = 0; j < n; j += 3) {
    if (m.has(j)) total += m.get(j);
    if (s.has('k' + j)) total += 1;
    total += sm.get('key' + j) | 0;
  }
  for (var d = 0; d < n; d += 2) { m.delete(d); sm.delete('key' + d); }
  for (const [k, v] of m) total += (k ^ v) & 1023;
  for (const v of s) total += v.length;
  sm.forEach(function (v, k) { total += v + k.length; });
  var uniq = new Set(Array.from(m.values(), function (v) { return v % 1000; }));
  return total + m.size + s.size + sm.size + uniq.size;
}
var __result = mapset(40000);

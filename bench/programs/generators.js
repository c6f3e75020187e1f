// generators: generator pipelines (yield*, for-of, spread, destructuring of iterators), 150,000 values -> 37431000
function* range(n) { for (let i = 0; i < n; i++) yield i; }
function* map(it, f) { for (const x of it) yield f(x); }
function* filter(it, p) { for (const x of it) if (p(x)) yield x; }
function* chunks(it, k) {
  let buf = [];
  for (const x of it) { buf.push(x); if (buf.length === k) { yield buf; buf = []; } }
  if (buf.length) yield buf;
}
function* flatten(it) { for (const c of it) yield* c; }
function generators(n) {
  let total = 0;
  for (const x of flatten(chunks(filter(map(range(n), x => x * 3), x => x % 2 === 0), 7))) total += x % 1000;
  const [a, b, ...rest] = range(1000);
  total += a + b + rest.length;
  total += [...range(5000)].length;
  const g = range(10);
  g.next(); g.return(5);
  total += g.next().done ? 1 : 0;
  return total;
}
var __result = generators(150000);

// async: async functions awaiting in loops, Promise.all over batches, an async generator; the result is set after the jobs drain -> 324801
async function leaf(i) { return i & 15; }
async function middle(i) { const a = await leaf(i); const b = await leaf(i + 1); return a + b; }
async function* ticker(n) { for (let i = 0; i < n; i++) yield i; }
async function main(n) {
  let total = 0;
  for (let i = 0; i < n; i++) total += await middle(i);
  for (let b = 0; b < n; b += 100) {
    const batch = [];
    for (let i = b; i < b + 100; i++) batch.push(leaf(i));
    const vals = await Promise.all(batch);
    total += vals.length + vals[vals.length - 1];
  }
  for await (const t of ticker(n / 10)) total += t & 3;
  await new Promise(resolve => resolve()).then(() => { total += 1; });
  return total;
}
var __result = 'pending';
main(20000).then(v => { __result = v; });

// async generators and for await
async function* ticker(n) {
  for (let i = 0; i < n; i++) {
    await null;
    yield i;
  }
  return 'end';
}
async function main() {
  const seen = [];
  for await (const v of ticker(3)) seen.push(v);
  console.log('for await', seen.join(','));
  const it = ticker(2);
  console.log(JSON.stringify(await it.next()), JSON.stringify(await it.next()), JSON.stringify(await it.next()), JSON.stringify(await it.next()));
  const syncIterableOfPromises = [Promise.resolve('a'), 'b', Promise.resolve('c')];
  const got = [];
  for await (const v of syncIterableOfPromises) got.push(v);
  console.log('sync iterable in for await', got.join(''));
  async function* withFinally() {
    try { yield 1; yield 2; } finally { console.log('async gen finally'); }
  }
  for await (const v of withFinally()) { if (v === 1) break; }
  const g = withFinally();
  await g.next();
  console.log(JSON.stringify(await g.return('R')));
  async function* delegating() { yield* ticker(2); yield* ['s1', 's2']; }
  const all = [];
  for await (const v of delegating()) all.push(v);
  console.log('yield* in async gen', all.join(','));
  const custom = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return { next: () => Promise.resolve({ value: i++, done: i > 2 }) };
    },
  };
  const cs = [];
  for await (const v of custom) cs.push(v);
  console.log('custom async iterable', cs.join(','));
  async function* thrower() { yield 1; throw new Error('gen failed'); }
  try { for await (const v of thrower()) console.log('got', v); } catch (e) { console.log('caught', e.message); }
  const q = ticker(5);
  const results = await Promise.all([q.next(), q.next(), q.next()]);
  console.log('queued requests', results.map(r => r.value).join(','));
  console.log(Object.prototype.toString.call(ticker(1)), typeof ticker(1)[Symbol.asyncIterator]);
  async function* yieldsPromise() { yield Promise.resolve('awaited by yield'); }
  console.log((await yieldsPromise().next()).value);
}
main().then(() => console.log('main done'));

// Promise.all, allSettled, race, any and their error cases
const wait = (v, n, fail) => {
  let p = Promise.resolve();
  for (let i = 0; i < n; i++) p = p.then(() => {});
  return p.then(() => { if (fail) throw new Error(String(v)); return v; });
};
async function main() {
  console.log('all', (await Promise.all([wait('a', 3), wait('b', 1), 'plain', wait('c', 2)])).join(','));
  try { await Promise.all([wait(1, 1), wait('bad', 2, true), wait('worse', 1, true)]); } catch (e) { console.log('all rejects with first', e.message); }
  console.log('all empty', JSON.stringify(await Promise.all([])));
  const settled = await Promise.allSettled([wait('ok', 1), wait('no', 2, true), 3]);
  console.log(settled.map(s => s.status + ':' + (s.value ?? s.reason.message)).join(' '));
  console.log('race', await Promise.race([wait('slow', 5), wait('fast', 1)]));
  try { await Promise.race([wait('slow', 5), wait('fast fail', 1, true)]); } catch (e) { console.log('race rejects', e.message); }
  console.log('any', await Promise.any([wait('x', 1, true), wait('y', 3), wait('z', 2)]));
  try {
    await Promise.any([wait('e1', 2, true), wait('e2', 1, true)]);
  } catch (e) {
    console.log(e.constructor.name, e.name, e.message, e.errors.map(x => x.message).join(','));
  }
  try { await Promise.any([]); } catch (e) { console.log('any empty', e.name, e.errors.length); }
  try { await Promise.all(5); } catch (e) { console.log('not iterable', e.name); }
  const order = [];
  await Promise.all([wait(1, 3).then(() => order.push(3)), wait(1, 1).then(() => order.push(1)), wait(1, 2).then(() => order.push(2))]);
  console.log('resolution order', order.join(''));
  const never = new Promise(() => {});
  console.log('race with never', await Promise.race([never, 'immediate']));
  const iterable = new Set([wait('s1', 1), wait('s2', 2)]);
  console.log('any iterable', (await Promise.all(iterable)).join('+'));
  const withResolvers = typeof Promise.withResolvers;
  console.log('withResolvers is', withResolvers === 'function' || withResolvers === 'undefined' ? 'ok' : 'weird');
}
main();

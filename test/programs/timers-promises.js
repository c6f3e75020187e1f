// timers/promises and util.promisify(setTimeout): promise timers, an async-iterated interval,
// cancellation with an AbortSignal; timers created by promise jobs that run after a timer
// callback (they must still fire).
const tp = require('timers/promises');
const { promisify } = require('util');

(async () => {
  console.log(await tp.setTimeout(5, 'value'), await tp.setImmediate('immediate value'));
  console.log(await promisify(setTimeout)(1, 'promisified'), promisify(setTimeout) === tp.setTimeout);
  console.log(promisify(setImmediate) === tp.setImmediate, require('timers').promises === tp);

  let n = 0;
  for await (const v of tp.setInterval(2, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }

  const ac = new AbortController();
  const pending = tp.setTimeout(10_000, 'never', { signal: ac.signal });
  ac.abort();
  try {
    await pending;
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    await tp.setTimeout(1, 'x', { signal: AbortSignal.abort('why') });
  } catch (e) {
    console.log(e.name, e.cause);
  }
  for (const bad of [() => tp.setTimeout('1'), () => tp.setImmediate(1, 'no'), () => tp.setTimeout(1, 1, { ref: 1 })]) {
    try {
      await bad();
    } catch (e) {
      console.log(e.code);
    }
  }

  await tp.scheduler.wait(2);
  await tp.scheduler.yield();
  console.log('scheduler ok', Object.keys(tp));

  // { ref: false } does not keep the process alive: this never prints.
  tp.setTimeout(10_000, null, { ref: false }).then(() => console.log('never'));
})();
process.on('exit', () => console.log('exit'));

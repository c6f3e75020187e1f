// Timers: order by delay, insertion order for equal delays, arguments, clearTimeout (also with
// the numeric id), setInterval cleared after 3 ticks, ref/unref/hasRef/refresh. Delays are far
// enough apart (hundreds of milliseconds) that the order does not depend on the speed of the machine.
const order = [];
setTimeout(() => order.push('t400'), 400);
setTimeout(() => order.push('t200'), 200);
setTimeout(() => order.push('t0-a'), 0);
setTimeout(() => order.push('t0-b'));
setTimeout((a, b, c) => order.push(`args ${a} ${b} ${c}`), 0, 'x', 2, true);
const cancelled = setTimeout(() => order.push('never: cancelled'), 2);
clearTimeout(cancelled);
const byId = setTimeout(() => order.push('never: cancelled by id'), 3);
clearTimeout(+byId);

const unrefd = setTimeout(() => order.push('never: unref'), 1000);
unrefd.unref();
console.log('hasRef after unref:', unrefd.hasRef());

const reffed = setTimeout(() => order.push('ref again'), 600);
reffed.unref();
reffed.ref();
console.log('hasRef after ref:', reffed.hasRef());

const imm = setImmediate(() => order.push('never: cleared immediate'));
clearImmediate(imm);

// refreshed at 400 ms: fires at about 1200 ms instead of 800 ms, after t1000.
const t = setTimeout(() => order.push('refreshed'), 800);
setTimeout(() => t.refresh(), 400);
setTimeout(() => order.push('t1000'), 1000);

console.log(typeof setTimeout(() => {}, 0)[Symbol.toPrimitive]());
console.log(Object.keys(setTimeout(() => {}, 0)).join(','));
console.log(Object.keys(setImmediate(() => {})).join(','));

setTimeout(() => {
  console.log(order.join('\n'));
  // Then an interval, alone.
  let n = 0;
  const iv = setInterval((tag) => {
    n++;
    console.log(tag, n);
    if (n === 3) clearInterval(iv);
  }, 5, 'interval');
}, 1500);

// process.on('uncaughtException') catches errors thrown from the main module and from callbacks;
// the program goes on.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
setTimeout(() => {
  console.log('timer 1');
  // Scheduled from a timer: runs in this iteration's check phase, before timer 2.
  setImmediate(() => {
    throw new TypeError('from an immediate');
  });
  throw new Error('from a timer');
}, 1);
setTimeout(() => console.log('timer 2 still runs'), 100);
process.nextTick(() => {
  throw new RangeError('from a nextTick');
});
process.on('exit', (code) => console.log('exit', code));
throw new Error('from the main module');

// process.on('uncaughtException') catches errors thrown from callbacks; the program goes on.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
setTimeout(() => {
  console.log('timer 1');
  throw new Error('from a timer');
}, 1);
setTimeout(() => console.log('timer 2 still runs'), 5);
process.nextTick(() => {
  throw new RangeError('from a nextTick');
});
setImmediate(() => {
  throw new TypeError('from an immediate');
});
process.on('exit', (code) => console.log('exit', code));
throw new Error('from the main module');

// Without a handler, an unhandled rejection ends the process (node 20: as an uncaught exception,
// exit code 1) after the current tick's nextTicks and promise jobs.
process.on('exit', (code) => console.log('exit', code));
console.log('start');
Promise.reject(new Error('fatal'));
process.nextTick(() => console.log('nextTick runs first'));
Promise.resolve().then(() => console.log('promise job runs too'));
setTimeout(() => console.log('never: timer'), 0);

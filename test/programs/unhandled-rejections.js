// 'unhandledRejection' is emitted after the microtasks of a tick; a handler keeps the process alive
// and its exit code 0. A rejection handled in the same tick is not reported.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('nobody handles this'));
const later = Promise.reject(new Error('handled later in the same tick'));
Promise.resolve().then(() => later.catch((e) => console.log('handled:', e.message)));
(async () => {
  throw 'async function without catch';
})();
setTimeout(() => console.log('timer still runs'), 1);
process.on('exit', (code) => console.log('exit', code));

// process.exit() ends at once: the 'exit' listeners run, nothing else does (not even finally
// blocks, nextTicks or immediates scheduled before it).
process.on('exit', (code) => console.log('exit listener', code, process.exitCode));
setTimeout(() => {
  console.log('timer');
  setImmediate(() => console.log('never: immediate'));
  process.nextTick(() => console.log('never: nextTick'));
  Promise.resolve().then(() => console.log('never: promise job'));
  try {
    process.exit(4);
  } finally {
    console.log('never: finally');
  }
}, 1);
setTimeout(() => console.log('never: later timer'), 50);

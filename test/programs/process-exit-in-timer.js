// process.exit() ends at once: the 'exit' listeners run, nothing else does (not even finally blocks).
process.on('exit', (code) => console.log('exit listener', code));
setTimeout(() => {
  console.log('timer');
  try {
    process.exit(4);
  } finally {
    console.log('never: finally');
  }
}, 1);
setTimeout(() => console.log('never: later timer'), 50);
setImmediate(() => console.log('immediate before the timer'));

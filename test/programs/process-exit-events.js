// beforeExit may schedule more work (and runs again after it); exit runs once with the exit code;
// nothing scheduled in an exit listener runs.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, 'round', ++rounds);
  if (rounds < 3) {
    setTimeout(() => console.log('work scheduled by beforeExit', rounds), 1);
  }
});
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  setTimeout(() => console.log('never: timer in exit'), 0);
  process.nextTick(() => console.log('never: nextTick in exit'));
  process.exitCode = 3;
});
process.exitCode = 2;
console.log('main done, exitCode', process.exitCode);

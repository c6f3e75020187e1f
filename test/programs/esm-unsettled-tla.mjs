// A top-level await that never settles: the process ends with exit code 13 once nothing is left.
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
console.log('waiting forever');
await new Promise(() => {});
console.log('never printed');

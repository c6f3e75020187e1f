// a promise rejected with no handler ends the program with exit code 1, after pending jobs ran
console.log('start');
async function work() {
  await null;
  console.log('async work ran');
  throw new Error('nobody handles this');
}
work();
Promise.resolve().then(() => console.log('other jobs still run'));
console.log('end of script');

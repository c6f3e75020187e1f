// an uncaught Error ends the program with exit code 1 after the output so far
console.log('before the throw');
function fail() {
  throw new Error('uncaught failure');
}
console.log('still running');
fail();
console.log('never printed');

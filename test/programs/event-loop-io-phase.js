// Inside an I/O callback (the poll phase), setImmediate runs before setTimeout 0: the check phase
// comes before the next iteration's timers. nextTicks and promise jobs run right after the callback.
const fs = require('fs');

fs.readFile(__filename, () => {
  console.log('readFile callback');
  setTimeout(() => {
    console.log('timeout 0');
    statNext();
  }, 0);
  setImmediate(() => {
    console.log('immediate 1');
    process.nextTick(() => console.log('nextTick in immediate 1'));
    Promise.resolve().then(() => console.log('promise in immediate 1'));
  });
  setImmediate(() => console.log('immediate 2'));
  process.nextTick(() => console.log('nextTick in readFile'));
  Promise.resolve().then(() => console.log('promise in readFile'));
});

// Started from the timer, so its output follows 'timeout 0'.
function statNext() {
  fs.stat(__filename, (err, st) => {
    console.log('stat', err === null, st.isFile());
    setImmediate(() => console.log('immediate after stat'));
    fs.readFile(__filename, 'utf8', (err, text) => {
      console.log('read as text', err === null, text.startsWith('// Inside'));
      fs.readFile('/this/file/does/not/exist', (err) => {
        console.log('error callback', err.code, err.syscall, err.message);
      });
    });
  });
}

// throwing a value that is not an Error object, uncaught
console.log('about to throw an object');
const payload = { code: 42, reason: 'not an error instance' };
if (payload.code) throw payload;
console.log('never printed');

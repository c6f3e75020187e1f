// an uncaught TypeError raised by the engine (reading a property of null)
const config = { settings: null };
console.log('reading config');
console.log(config.settings.verbose);
console.log('never printed');

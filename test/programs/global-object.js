// the global object and globalThis
console.log(typeof globalThis, globalThis === globalThis.globalThis, Object.getPrototypeOf(globalThis) !== null);
globalThis.setByProperty = 'global property';
console.log(setByProperty, 'setByProperty' in globalThis, delete globalThis.setByProperty, typeof setByProperty);
function implicitGlobal() { implicitG = 'created by assignment'; }
implicitGlobal();
console.log(implicitG, globalThis.implicitG, Object.getOwnPropertyDescriptor(globalThis, 'implicitG').configurable);
console.log(typeof undefined, typeof NaN, typeof Infinity, undefined === void 0);
const desc = Object.getOwnPropertyDescriptor(globalThis, 'undefined');
console.log(desc.writable, desc.enumerable, desc.configurable);
undefined = 'cannot change';
NaN = 1;
console.log(undefined, NaN);
const builtins = ['Object', 'Function', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt', 'Math', 'JSON', 'Reflect', 'Promise', 'Map', 'Set',
  'WeakMap', 'WeakSet', 'Proxy', 'Date', 'RegExp', 'Error', 'TypeError', 'ArrayBuffer', 'DataView', 'Uint8Array', 'parseInt', 'parseFloat', 'isNaN',
  'isFinite', 'encodeURIComponent', 'decodeURI', 'eval', 'globalThis', 'AggregateError', 'WeakRef', 'FinalizationRegistry', 'SharedArrayBuffer', 'Atomics'];
console.log(builtins.filter(n => !(n in globalThis)).join(',') || 'all present');
console.log(builtins.filter(n => n in globalThis && Object.getOwnPropertyDescriptor(globalThis, n).enumerable).join(',') || 'none enumerable');
console.log(Object.getOwnPropertyDescriptor(globalThis, 'globalThis').writable, typeof Object.getOwnPropertyDescriptor(globalThis, 'Math').value);
globalThis.Array === Array ? console.log('same Array') : console.log('different');
const savedParseInt = parseInt;
globalThis.parseInt = () => 'replaced';
console.log(parseInt('1'), Number.parseInt === savedParseInt);
globalThis.parseInt = savedParseInt;
console.log(parseInt('12'));
function sloppyThis() { return this; }
console.log(sloppyThis() === globalThis, (0, eval)('this') === globalThis, new Function('return this')() === globalThis);
console.log(typeof window, typeof self, typeof global === 'object' || typeof global === 'undefined');

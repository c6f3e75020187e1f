// A package with "type": "module": its .js files are ES modules, its .cjs files CommonJS;
// "imports" (#util), createRequire from an ES module.
const main = await import('../fixtures/esm-tree/app/main.js');
console.log(Object.keys(main), main.fromMain);

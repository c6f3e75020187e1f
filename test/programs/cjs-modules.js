// CommonJS as node runs it: the main module's scope, require of files, JSON, directories,
// packages in node_modules (main, exports, scoped), cycles, the cache, and node's errors.
var mainLocal = 'main';
console.log(this === module.exports, typeof globalThis.mainLocal, require.main === module);
console.log(require('path').basename(__filename), require('path').basename(__dirname));

const app = require('path').join(__dirname, '..', 'fixtures', 'node_modules-tree', 'app');
const appRequire = require('module').createRequire(require('path').join(app, 'index.js'));
console.log(appRequire('./lib/util'), appRequire('./lib/data.json'), appRequire('./lib/dir'), appRequire('./lib/pkgdir'));
console.log(appRequire('dep-main'), appRequire('dep-index'), appRequire('@scope/pkg'), appRequire('nested'));
console.log(appRequire('dep-exports'), appRequire('dep-exports/feature'), appRequire('dep-exports/sub/a'), appRequire('dep-sugar'));
console.log(appRequire('#internal'), appRequire('#utils/util'), appRequire('#dep'));
console.log(appRequire('./lib/cycle-a'));
console.log(appRequire('./lib/util') === appRequire('./lib/util.js'));
for (const bad of ['dep-exports/hidden', 'no-such-package', './lib/syntax-error', 'dep-exports/sub/private/x']) {
  try {
    appRequire(bad);
  } catch (e) {
    console.log(e.code, e.name);
  }
}
console.log(typeof require('fs').readFileSync, require('node:path') === require('path'));
try {
  require('node:no-such-builtin');
} catch (e) {
  console.log(e.code, e.message);
}

// import() from CommonJS code: ES modules, CommonJS files (named exports detected), JSON with an
// attribute, builtins; the namespace of each.
const path = require('path');
const { pathToFileURL } = require('url');
const app = path.join(__dirname, '..', 'fixtures', 'esm-tree', 'app');

(async () => {
  const util = await import(pathToFileURL(path.join(app, 'lib', 'util.js')).href);
  console.log(util.twice(4), util.default);
  const rel = await import('../fixtures/esm-tree/app/lib/util.js');
  console.log('same module:', rel === util);
  const helper = await import('../fixtures/esm-tree/app/helper.cjs');
  console.log(helper.default === require('../fixtures/esm-tree/app/helper.cjs'), helper.kind);
  const os = await import('os');
  console.log(typeof os.platform, os.default === require('os'));
  const data = await import('../fixtures/esm-tree/app/lib/data.json', { with: { type: 'json' } });
  console.log(data.default.name);
  try {
    await import('./no-such-file.mjs');
  } catch (e) {
    console.log(e.code, e.message.split(__dirname).join('<dir>'));
  }
})();

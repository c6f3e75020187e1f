'use strict';
// Adapter for ../shared/attacks/harness.js: runs an attack in a fresh ouro realm (the engine alone:
// no require, process or fs — nothing granted), with fuel, a deadline and a stack limit.
//   node ../shared/attacks/harness.js --engines scripts/attacks-adapter.js
const path = require('path');
const ouro = require(path.join(__dirname, '..', 'dist'));
const pkg = require(path.join(__dirname, '..', 'package.json'));
module.exports = {
  name: 'ouro',
  version: `ouro ${pkg.version}`,
  config: 'createRealm(); evaluate(src, { fuel: L.maxSteps or 5e8, deadlineMs: L.timeMs, maxStackDepth: 2000 }); promise jobs drained under the same limits',
  async run(src, L) {
    const realm = ouro.createRealm();
    try {
      const value = realm.evaluate(src, { filename: 'attack.js', fuel: L.maxSteps || 5e8, deadlineMs: L.timeMs, maxStackDepth: 2000 });
      return { status: 'ok', value };
    } catch (e) {
      if (e instanceof ouro.LimitError) return { status: 'error', error: `${e.limit}: ${e.message}`, limitHit: true };
      if (e instanceof ouro.GuestError) return { status: 'error', error: `${e.name}: ${e.message}` };
      return { status: 'error', error: String(e && e.stack || e) };
    }
  },
};

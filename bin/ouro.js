#!/usr/bin/env node
'use strict';
// The `ouro` command: see runtime/cli.ts (flags, exit codes) and README.md.
let cli;
try {
  cli = require('../dist/runtime/cli.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && /dist[\\/]runtime[\\/]cli\.js/.test(String(e.message))) {
    process.stderr.write('ouro: not built yet; run `npm run build` (or `npm install`) first\n');
    process.exit(70);
  }
  throw e;
}
cli.main(process.argv.slice(2));

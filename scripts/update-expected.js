#!/usr/bin/env node
'use strict';
/**
 * Writes test/programs/<name>.expected for every test/programs/<name>.js (or .mjs, an ES module): the program's stdout as
 * the host node prints it, then a last line `exit: N` with its exit code. The e2e test
 * (test/e2e/programs.test.ts) runs each program through `ouro` and compares.
 *
 *   node scripts/update-expected.js            all programs
 *   node scripts/update-expected.js NAME...    only these (with or without .js/.mjs)
 *
 * Programs must be deterministic: ouro runs them as node does (CommonJS main module, process,
 * timers and the event loop), and the whole of stdout and the exit code must match.
 */
const fs = require('fs');
const path = require('path');
const os = require('os');
const { execFile } = require('child_process');

const dir = path.join(__dirname, '..', 'test', 'programs');

function run(file) {
  return new Promise((resolve) => {
    execFile(process.execPath, [file], { cwd: dir, timeout: 30000, maxBuffer: 64 << 20 }, (err, stdout) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ stdout, code });
    });
  });
}

async function main() {
  const wanted = process.argv.slice(2).map((n) => n.replace(/\.m?js$/, ''));
  const files = new Map(fs.readdirSync(dir).filter((f) => /\.m?js$/.test(f)).map((f) => [f.replace(/\.m?js$/, ''), f]));
  const names = [...files.keys()].filter((n) => wanted.length === 0 || wanted.includes(n)).sort();
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++];
      const file = path.join(dir, files.get(name));
      const { stdout, code } = await run(file);
      fs.writeFileSync(path.join(dir, name + '.expected'), `${stdout}${stdout === '' || stdout.endsWith('\n') ? '' : '\n'}exit: ${code}\n`);
      console.log(`${name}: exit ${code}, ${stdout.split('\n').length - 1} lines`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(4, os.cpus().length)) }, worker));
  if (failed) process.exitCode = 1;
}

main();

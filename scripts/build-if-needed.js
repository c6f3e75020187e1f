#!/usr/bin/env node
'use strict';
/**
 * The `pretest` step: runs `tsc -p .` when dist/ is missing or any compiled source (the folders
 * tsconfig.json includes, plus tsconfig.json and package.json) is newer than the last build
 * (dist/.tsbuildinfo). tsc still emits when it reports type errors; those are printed and the
 * tests run on what was emitted (other people's work in progress must not block yours) unless
 * OURO_STRICT_BUILD=1, which makes a type error fail this step. Also removes compiled tests whose
 * source is gone, so that mocha does not run stale ones.
 */
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.tsbuildinfo');
const SOURCE_DIRS = ['interpreter', 'runtime', 'stdlib', 'conformance', 'bench', 'test'];
const EXCLUDED = new Set([path.join(root, 'test', 'programs'), path.join(root, 'test', 'fixtures')]);

/** The newest mtime (ms) of the .ts files under dir, or 0. */
function newestTs(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === 'node_modules' || e.name === 'dist' || EXCLUDED.has(p)) continue;
      newest = Math.max(newest, newestTs(p));
    } else if (e.name.endsWith('.ts')) {
      newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  }
  return newest;
}

function mtime(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return 0;
  }
}

/** Deletes dist/test/**\/*.test.js whose test/**\/*.test.ts no longer exists. */
function removeStaleTests(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) removeStaleTests(p);
    else if (e.name.endsWith('.js')) {
      const src = path.join(root, path.relative(dist, p)).replace(/\.js$/, '.ts');
      if (!fs.existsSync(src)) {
        fs.rmSync(p);
        fs.rmSync(p.replace(/\.js$/, '.d.ts'), { force: true });
      }
    }
  }
}

function main() {
  const built = mtime(stamp);
  let newest = Math.max(mtime(path.join(root, 'tsconfig.json')), mtime(path.join(root, 'package.json')), mtime(path.join(root, 'index.ts')));
  for (const d of SOURCE_DIRS) newest = Math.max(newest, newestTs(path.join(root, d)));
  if (built === 0 || newest > built) {
    const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
    process.stdout.write('ouro: building (tsc -p .)\n');
    const r = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) {
      if (process.env.OURO_STRICT_BUILD === '1' || !fs.existsSync(stamp)) process.exit(r.status || 1);
      process.stdout.write('ouro: tsc reported errors (above); testing what it emitted\n');
    }
  }
  removeStaleTests(path.join(dist, 'test'));
}

main();

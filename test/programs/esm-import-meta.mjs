// import.meta: url, filename, dirname, resolve() (sync; files that do not exist still resolve).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
console.log(Object.keys(import.meta), Object.getPrototypeOf(import.meta));
console.log(import.meta.url.endsWith('/test/programs/esm-import-meta.mjs'), import.meta.url.startsWith('file:///'));
console.log(import.meta.filename === fileURLToPath(import.meta.url), import.meta.dirname === here);
console.log(typeof import.meta.resolve, import.meta.resolve.length, import.meta.resolve.name);
const rel = (u) => u.startsWith('file:') ? path.relative(here, fileURLToPath(u)) : u;
console.log(rel(import.meta.resolve('./other.js')), rel(import.meta.resolve('../fixtures/esm-tree/app/lib/util.js')));
console.log(import.meta.resolve('fs'), import.meta.resolve('node:path'));
try {
  import.meta.resolve('no-such-package-anywhere');
} catch (e) {
  console.log(e.code);
}
import.meta.extra = 1;
console.log(import.meta.extra, this);
console.log(typeof require, typeof module, typeof exports, typeof __filename);

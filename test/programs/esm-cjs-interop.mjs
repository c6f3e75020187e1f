// An ES module main importing CommonJS and ES packages from a node_modules tree (named and
// default imports, reexports, "exports" conditions), builtins and JSON.
import { report } from '../fixtures/esm-tree/app/interop.js';
import * as interop from '../fixtures/esm-tree/app/interop.js';

report();
console.log(Object.keys(interop), typeof interop.report, Object.prototype.toString.call(interop));
console.log(Object.isFrozen(interop), Object.isSealed(interop), Reflect.getPrototypeOf(interop));

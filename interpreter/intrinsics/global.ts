import type { Realm } from '../realm';

// PLACEHOLDER: being written; the build needs the symbol to exist.
export function setupGlobal(_realm: Realm): void {}

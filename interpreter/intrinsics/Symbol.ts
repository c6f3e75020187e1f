import type { Realm } from '../realm';

// PLACEHOLDER: being written; the build needs the symbol to exist.
export function setupSymbol(_realm: Realm): void {}

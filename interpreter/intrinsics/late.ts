import type { Realm } from '../realm';

/** Setups registered by other layers of the engine (e.g. the compiler's %eval%), run after the built-ins. */
export const lateSetups: ((realm: Realm) => void)[] = [];

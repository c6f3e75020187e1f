import type { Realm } from '../realm';
import { setupObject } from './Object';
import { setupFunction } from './Function';
import { setupError } from './Error';
import { setupIterator } from './Iterator';
import { setupIteratorHelpers } from './IteratorHelpers';
import { setupSymbol } from './Symbol';
import { setupBoolean } from './Boolean';
import { setupNumber } from './Number';
import { setupBigInt } from './BigInt';
import { setupMath } from './Math';
import { setupGlobal } from './global';
import { setupString } from './String';
import { setupRegExp } from './RegExp';
import { setupArray } from './Array';
import { setupMap } from './Map';
import { setupSet } from './Set';
import { setupWeak } from './Weak';
import { setupReflect } from './Reflect';
import { setupProxy } from './Proxy';
import { setupJSON } from './JSON';
import { setupPromise } from './Promise';
import { setupDate } from './Date';
import { setupArrayBuffer } from './ArrayBuffer';
import { setupTypedArray } from './TypedArray';
import { setupDataView } from './DataView';
import { setupGenerator } from './Generator';
import { setupAtomics } from './Atomics';
import { setupDisposableStack } from './DisposableStack';

import { lateSetups } from './late';

/**
 * Creates every intrinsic of a realm, in dependency order (CreateIntrinsics + SetDefaultGlobalBindings).
 * https://tc39.es/ecma262/#sec-createintrinsics
 */
export function setupIntrinsics(realm: Realm): void {
  setupObject(realm);
  setupFunction(realm);
  setupError(realm);
  setupIterator(realm);
  setupIteratorHelpers(realm);
  setupSymbol(realm);
  setupBoolean(realm);
  setupNumber(realm);
  setupBigInt(realm);
  setupMath(realm);
  setupGlobal(realm);
  setupString(realm);
  setupRegExp(realm);
  setupArray(realm);
  setupMap(realm);
  setupSet(realm);
  setupWeak(realm);
  setupReflect(realm);
  setupProxy(realm);
  setupJSON(realm);
  setupPromise(realm);
  setupDate(realm);
  setupArrayBuffer(realm);
  setupTypedArray(realm);
  setupDataView(realm);
  setupGenerator(realm);
  setupAtomics(realm);
  setupDisposableStack(realm);
  for (const f of lateSetups) f(realm);
}

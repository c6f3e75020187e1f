/** internalBinding('constants'): the host's os and fs constants (numbers only), as node's node_constants.cc. */
import * as fs from 'fs';
import * as os from 'os';
import { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import type { Realm } from '../../interpreter/realm';
import type { RuntimeContext } from './context';
import { bareObject, obj, values } from './guest';

function copy(realm: Realm, o: Record<string, unknown>): JSObject {
  const out: Record<string, Value> = {};
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === 'number') out[k] = v;
    else if (v !== null && typeof v === 'object') out[k] = copy(realm, v as Record<string, unknown>);
  }
  return obj(realm, out);
}

export function createConstantsBinding(ctx: RuntimeContext): JSObject {
  const realm = ctx.realm;
  const osc = os.constants as unknown as Record<string, unknown>;
  return values(bareObject(), {
    os: obj(realm, {
      UV_UDP_REUSEADDR: osc.UV_UDP_REUSEADDR as number,
      dlopen: copy(realm, (osc.dlopen ?? {}) as Record<string, unknown>),
      errno: copy(realm, osc.errno as Record<string, unknown>),
      signals: copy(realm, osc.signals as Record<string, unknown>),
      priority: copy(realm, osc.priority as Record<string, unknown>),
    }),
    fs: copy(realm, fs.constants as unknown as Record<string, unknown>),
  });
}

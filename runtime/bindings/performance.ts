/** internalBinding('performance'): the high-resolution clock (performance.now, timeOrigin). */
import type { JSObject } from '../../interpreter/values/object';
import type { RuntimeContext } from './context';
import { bareObject, methods, values } from './guest';

export function createPerformanceBinding(ctx: RuntimeContext): JSObject {
  const b = values(bareObject(), { timeOrigin: ctx.timeOrigin });
  return methods(ctx.realm, b, {
    /** Milliseconds since the runtime started (performance.now()). */
    now: [() => performance.now() - ctx.startTime, 0],
  });
}

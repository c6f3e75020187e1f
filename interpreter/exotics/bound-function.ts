import { JSObject } from '../values/object';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';

/** A bound function exotic object. https://tc39.es/ecma262/#sec-bound-function-exotic-objects */
export class JSBoundFunction extends JSObject {
  constructor(
    proto: JSObject | null,
    readonly boundTargetFunction: JSObject,
    readonly boundThis: Value,
    readonly boundArguments: Value[],
  ) {
    super(proto);
    this.isConstructor = boundTargetFunction.isConstructor;
  }

  override get realm(): Realm | undefined {
    return undefined;
  }

  override Call(_thisArg: Value, args: Value[]): Value {
    if (--R.fuel <= 0) R.agent.refuel();
    const all = this.boundArguments.length === 0 ? args : [...this.boundArguments, ...args];
    return this.boundTargetFunction.Call(this.boundThis, all);
  }

  override Construct(args: Value[], newTarget: JSObject): JSObject {
    const target = this.boundTargetFunction;
    const all = this.boundArguments.length === 0 ? args : [...this.boundArguments, ...args];
    return target.Construct(all, newTarget === this ? target : newTarget);
  }
}
JSBoundFunction.prototype.isCallable = true;
JSBoundFunction.prototype.className = 'Function';

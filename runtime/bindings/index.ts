/**
 * The registry of bindings (node's internalBinding): name → factory, each module loaded and each
 * binding made on first use, once per realm.
 */
import type { JSObject } from '../../interpreter/values/object';
import type { BindingFactory, RuntimeContext } from './context';
import { throwNodeError } from './guest';

/* eslint-disable @typescript-eslint/no-require-imports */
const factories: Record<string, () => BindingFactory> = {
  buffer: () => require('./buffer').createBufferBinding,
  builtins: () => require('../modules/builtins').createBuiltinsBinding,
  constants: () => require('./constants').createConstantsBinding,
  contextify: () => require('./contextify').createContextifyBinding,
  encoding_binding: () => require('./encoding').createEncodingBinding,
  errors: () => require('./errors').createErrorsBinding,
  fs: () => require('./fs').createFsBinding,
  messaging: () => require('./messaging').createMessagingBinding,
  module_wrap: () => require('../modules/esm/module-wrap').createModuleWrapBinding,
  os: () => require('./os').createOsBinding,
  performance: () => require('./performance').createPerformanceBinding,
  process_methods: () => require('./process').createProcessMethodsBinding,
  spawn: () => require('./spawn').createSpawnBinding,
  stdin: () => require('./stdin').createStdinBinding,
  task_queue: () => require('./task-queue').createTaskQueueBinding,
  timers: () => require('./timers').createTimersBinding,
  types: () => require('./types').createTypesBinding,
  util: () => require('./util').createUtilBinding,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** Registers another binding (for runtime parts that add their own). */
export function registerBinding(name: string, factory: () => BindingFactory): void {
  factories[name] = factory;
}

export function hasBinding(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(factories, name);
}

/** internalBinding(name) for the realm of ctx. */
export function getBinding(ctx: RuntimeContext, name: string): JSObject {
  let b = ctx.bindings.get(name);
  if (b !== undefined) return b;
  if (!hasBinding(name)) throwNodeError('Error', 'ERR_INVALID_ARG_VALUE', `No such binding: ${name}`);
  b = factories[name]()(ctx);
  ctx.bindings.set(name, b);
  return b;
}

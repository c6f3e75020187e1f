// @ts-nocheck
/**
 * internal/async_hooks (node's lib/internal/async_hooks.js): async ids for timers, immediates and
 * nextTick objects (as node numbers them: the main script runs as execution id 1), the execution
 * stack (which resource's callback is running: executionAsyncId, triggerAsyncId,
 * executionAsyncResource) and the hooks createHook installs (init, before, after, destroy), called
 * by timers and process.nextTick around their callbacks.
 *
 * NON-SPEC: promises run no hooks (V8's PromiseHook has no counterpart in the engine yet), so an
 * AsyncLocalStorage store does not follow a promise chain, only timers, immediates and nextTick.
 */

const async_id_symbol = Symbol('asyncId');
const trigger_async_id_symbol = Symbol('triggerId');

// node starts counting at 1 (the bootstrap's execution context); the first new id is 2.
let asyncIdCounter = 1;
let defaultTriggerAsyncId = -1;

// The resource of the top level (the main script and everything not run by a resource's callback).
const topLevelResource = {};

// The execution stack: one entry per callback of a resource that is running.
const idStack = [];
const triggerStack = [];
const resourceStack = [];

// The enabled hooks (objects with some of init, before, after, destroy, promiseResolve).
let activeHooks = [];
let counts = { init: 0, before: 0, after: 0, destroy: 0 };

function recount() {
  counts = { init: 0, before: 0, after: 0, destroy: 0 };
  for (const h of activeHooks) {
    for (const k of ['init', 'before', 'after', 'destroy']) {
      if (typeof h[k] === 'function') counts[k]++;
    }
  }
}

function enableHook(hook) {
  if (activeHooks.includes(hook)) return;
  activeHooks = [...activeHooks, hook];
  recount();
}

function disableHook(hook) {
  if (!activeHooks.includes(hook)) return;
  activeHooks = activeHooks.filter((h) => h !== hook);
  recount();
}

function newAsyncId() {
  return ++asyncIdCounter;
}

function executionAsyncId() {
  return idStack.length === 0 ? 1 : idStack[idStack.length - 1];
}

function triggerAsyncId() {
  return triggerStack.length === 0 ? 0 : triggerStack[triggerStack.length - 1];
}

function executionAsyncResource() {
  return resourceStack.length === 0 ? topLevelResource : resourceStack[resourceStack.length - 1];
}

function getDefaultTriggerAsyncId() {
  return defaultTriggerAsyncId < 0 ? executionAsyncId() : defaultTriggerAsyncId;
}

function clearDefaultTriggerAsyncId() {
  defaultTriggerAsyncId = -1;
}

function defaultTriggerAsyncIdScope(triggerAsyncId, block, ...args) {
  const old = defaultTriggerAsyncId;
  defaultTriggerAsyncId = triggerAsyncId;
  try {
    return block(...args);
  } finally {
    defaultTriggerAsyncId = old;
  }
}

function callHooks(name, args) {
  // A hook enabled or disabled by a hook takes effect at the next event (node's tmp_active_hooks).
  const hooks = activeHooks;
  for (let i = 0; i < hooks.length; i++) {
    const f = hooks[i][name];
    if (typeof f === 'function') f.apply(hooks[i].self ?? hooks[i], args);
  }
}

function emitInit(asyncId, type, triggerAsyncId, resource) {
  if (counts.init > 0) callHooks('init', [asyncId, type, triggerAsyncId, resource]);
}

/** A resource's callback starts: it becomes the execution context. */
function emitBefore(asyncId, triggerAsyncId, resource) {
  idStack.push(asyncId);
  triggerStack.push(triggerAsyncId);
  resourceStack.push(resource);
  if (counts.before > 0) callHooks('before', [asyncId]);
}

/** A resource's callback ended: back to the context that was running before it. */
function emitAfter(asyncId) {
  if (counts.after > 0) callHooks('after', [asyncId]);
  const i = idStack.lastIndexOf(asyncId);
  const to = i < 0 ? idStack.length - 1 : i;
  if (to < 0) return;
  idStack.length = to;
  triggerStack.length = to;
  resourceStack.length = to;
}

function emitDestroy(asyncId) {
  if (counts.destroy > 0) callHooks('destroy', [asyncId]);
}

function clearAsyncIdStack() {
  idStack.length = 0;
  triggerStack.length = 0;
  resourceStack.length = 0;
}

const initHooksExist = () => counts.init > 0;
const afterHooksExist = () => counts.after > 0;
const destroyHooksExist = () => counts.destroy > 0;
const hasAsyncIdStack = () => idStack.length > 0;

export {
  async_id_symbol,
  trigger_async_id_symbol,
  newAsyncId,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  topLevelResource,
  getDefaultTriggerAsyncId,
  clearDefaultTriggerAsyncId,
  defaultTriggerAsyncIdScope,
  initHooksExist,
  afterHooksExist,
  destroyHooksExist,
  hasAsyncIdStack,
  emitInit,
  emitBefore,
  emitAfter,
  emitDestroy,
  clearAsyncIdStack,
  enableHook,
  disableHook,
};

export const symbols = { async_id_symbol, trigger_async_id_symbol };

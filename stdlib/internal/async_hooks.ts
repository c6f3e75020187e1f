// @ts-nocheck
/**
 * A first internal/async_hooks: async ids for timers, immediates and nextTick objects (as node
 * numbers them: the main script runs as execution id 1), and the hook entry points as no-ops
 * (no hooks can be installed yet).
 */

const async_id_symbol = Symbol('asyncId');
const trigger_async_id_symbol = Symbol('triggerId');

// node starts counting at 1 (the bootstrap's execution context); the first new id is 2.
let asyncIdCounter = 1;
let defaultTriggerAsyncId = -1;
const executionAsyncIdValue = 1;

function newAsyncId() {
  return ++asyncIdCounter;
}

function executionAsyncId() {
  return executionAsyncIdValue;
}

function triggerAsyncId() {
  return 0;
}

function getDefaultTriggerAsyncId() {
  return defaultTriggerAsyncId < 0 ? executionAsyncIdValue : defaultTriggerAsyncId;
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

const noop = () => {};
const no = () => false;

export {
  async_id_symbol,
  trigger_async_id_symbol,
  newAsyncId,
  executionAsyncId,
  triggerAsyncId,
  getDefaultTriggerAsyncId,
  clearDefaultTriggerAsyncId,
  defaultTriggerAsyncIdScope,
  no as initHooksExist,
  no as afterHooksExist,
  no as destroyHooksExist,
  no as hasAsyncIdStack,
  noop as emitInit,
  noop as emitBefore,
  noop as emitAfter,
  noop as emitDestroy,
  noop as clearAsyncIdStack,
};

export const symbols = { async_id_symbol, trigger_async_id_symbol };

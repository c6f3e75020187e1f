// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * node:test, a first version: test / it, describe / suite, the hooks (before, after, beforeEach,
 * afterEach), subtests through the context's test(), skip / todo / only, callbacks taking `done`,
 * and node's TAP output; failures set process.exitCode to 1. Tests run one after another (the
 * concurrency option is accepted and ignored).
 *
 * Not implemented: mock, run(), reporters other than TAP, snapshots, coverage, test name patterns.
 */
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE, ERR_TEST_FAILURE } } = require('./internal/errors');
const { inspect } = require('./util');

const kEmptyObject = Object.freeze({ __proto__: null });

/** A test or a suite: its function, children, hooks, and the outcome once run. */
class Node {
  constructor(parent, name, options, fn, isSuite) {
    this.parent = parent;
    this.name = name;
    this.options = options;
    this.fn = fn;
    this.isSuite = isSuite;
    this.children = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.error = null;
    this.skip = options.skip;
    this.todo = options.todo;
    this.depth = parent === null ? -1 : parent.depth + 1;
    this.diagnostics = [];
  }
}

const root = new Node(null, '<root>', kEmptyObject, null, true);
const stats = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
let current = root;
let scheduled = false;
let running = null;
const start = Date.now();

function out(line, depth) {
  process.stdout.write(`${'    '.repeat(Math.max(0, depth))}${line}\n`);
}

/** (name, options, fn) in any of node's orders. */
function parseArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    options = kEmptyObject;
    name = fn.name || '<anonymous>';
  } else if (typeof name === 'object' && name !== null) {
    fn = options;
    options = name;
    name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  } else if (typeof options === 'function') {
    fn = options;
    options = kEmptyObject;
  }
  if (options === undefined || options === null) options = kEmptyObject;
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  if (name === undefined) name = '<anonymous>';
  if (fn === undefined) fn = () => {};
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  return { name: `${name}`, options, fn };
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  // The top-level tests start once the file's synchronous code has registered them.
  setImmediate(() => {
    running = runChildren(root).then(report, (e) => {
      process.exitCode = 1;
      throw e;
    });
  });
}

function addChild(parent, args, isSuite) {
  const node = new Node(parent, args.name, args.options, args.fn, isSuite);
  parent.children.push(node);
  if (isSuite) {
    // A suite's function runs at once, collecting its tests and hooks.
    const saved = current;
    current = node;
    try {
      const r = node.fn.call(undefined, new SuiteContext(node));
      if (r && typeof r.then === 'function') node.pending = r;
    } catch (e) {
      node.error = e;
    } finally {
      current = saved;
    }
  }
  if (parent === root) schedule();
  return node;
}

class SuiteContext {
  #node;
  constructor(node) {
    this.#node = node;
  }

  get name() {
    return this.#node.name;
  }

  get signal() {
    return new AbortController().signal;
  }
}

class TestContext {
  #node;
  constructor(node) {
    this.#node = node;
  }

  get name() {
    return this.#node.name;
  }

  get signal() {
    return new AbortController().signal;
  }

  diagnostic(message) {
    this.#node.diagnostics.push(`${message}`);
  }

  skip(message) {
    this.#node.skip = message === undefined ? true : message;
  }

  todo(message) {
    this.#node.todo = message === undefined ? true : message;
  }

  runOnly() {}

  before(fn) { this.#node.hooks.before.push(fn); }

  after(fn) { this.#node.hooks.after.push(fn); }

  beforeEach(fn) { this.#node.hooks.beforeEach.push(fn); }

  afterEach(fn) { this.#node.hooks.afterEach.push(fn); }

  test(name, options, fn) {
    const args = parseArgs(name, options, fn);
    const node = new Node(this.#node, args.name, args.options, args.fn, false);
    this.#node.children.push(node);
    return runNode(node, this.#node.children.length);
  }
}

/** Calls fn(ctx) and waits for it: its promise, or its `done` callback when it takes two parameters. */
function callTestFn(fn, thisArg, ctx) {
  if (fn.length >= 2) {
    return new Promise((resolve, reject) => {
      const done = (err) => (err ? reject(err) : resolve());
      try {
        const r = fn.call(thisArg, ctx, done);
        if (r && typeof r.then === 'function') r.then(undefined, reject);
      } catch (e) {
        reject(e);
      }
    });
  }
  return Promise.resolve().then(() => fn.call(thisArg, ctx));
}

function hooksOf(node, kind) {
  // beforeEach: outermost first; afterEach: innermost first.
  const list = [];
  for (let p = node.parent; p !== null; p = p.parent) list.unshift(...p.hooks[kind]);
  return kind === 'afterEach' ? list.reverse() : list;
}

async function runChildren(parent) {
  for (const fn of parent.hooks.before) await callTestFn(fn, undefined, new SuiteContext(parent));
  for (let i = 0; i < parent.children.length; i++) await runNode(parent.children[i], i + 1);
  for (const fn of parent.hooks.after) await callTestFn(fn, undefined, new SuiteContext(parent));
}

async function runNode(node, index) {
  const t0 = Date.now();
  out(`# Subtest: ${node.name}`, node.depth);
  if (node.skip === undefined || node.skip === false) {
    if (node.isSuite) {
      if (node.pending) {
        try {
          await node.pending;
        } catch (e) {
          node.error = e;
        }
      }
      if (node.error === null) {
        try {
          await runChildren(node);
        } catch (e) {
          node.error = e;
        }
      }
      if (node.error === null && node.children.some((c) => c.error !== null)) {
        node.error = new ERR_TEST_FAILURE(`${node.children.filter((c) => c.error !== null).length} subtests failed`, 'subtestsFailed');
      }
    } else {
      const ctx = new TestContext(node);
      try {
        for (const fn of hooksOf(node, 'beforeEach')) await callTestFn(fn, undefined, ctx);
        await callTestFn(node.fn, undefined, ctx);
        for (const fn of hooksOf(node, 'afterEach')) await callTestFn(fn, undefined, ctx);
        if (node.children.some((c) => c.error !== null)) {
          node.error = new ERR_TEST_FAILURE('subtests failed', 'subtestsFailed');
        }
      } catch (e) {
        node.error = e;
      }
    }
  }
  report1(node, index, Date.now() - t0);
}

function report1(node, index, ms) {
  const d = node.depth;
  if (node.children.length > 0) out(`1..${node.children.length}`, d + 1);
  let directive = '';
  if (node.skip !== undefined && node.skip !== false) {
    directive = ` # SKIP${typeof node.skip === 'string' ? ` ${node.skip}` : ''}`;
    stats.skipped++;
  } else if (node.todo !== undefined && node.todo !== false) {
    directive = ` # TODO${typeof node.todo === 'string' ? ` ${node.todo}` : ''}`;
    stats.todo++;
  }
  const failed = node.error !== null && directive === '';
  if (node.isSuite) stats.suites++;
  else stats.tests++;
  if (!node.isSuite) {
    if (failed) stats.fail++;
    else if (directive === '') stats.pass++;
  }
  out(`${failed ? 'not ok' : 'ok'} ${index} - ${node.name}${directive}`, d);
  out('  ---', d);
  out(`  duration_ms: ${ms}`, d);
  if (node.isSuite) out("  type: 'suite'", d);
  if (failed) {
    const e = node.error;
    out(`  error: ${JSON.stringify(e && e.message !== undefined ? e.message : inspect(e))}`, d);
    out(`  code: ${e && e.code ? e.code : "'ERR_TEST_FAILURE'"}`, d);
    if (e && typeof e.stack === 'string') {
      out('  stack: |-', d);
      for (const line of e.stack.split('\n').slice(1)) out(`    ${line.trim()}`, d);
    }
    process.exitCode = 1;
  }
  out('  ...', d);
  for (const m of node.diagnostics) out(`# ${m}`, d);
}

function report() {
  out(`1..${root.children.length}`, 0);
  out(`# tests ${stats.tests}`, 0);
  out(`# suites ${stats.suites}`, 0);
  out(`# pass ${stats.pass}`, 0);
  out(`# fail ${stats.fail}`, 0);
  out(`# cancelled ${stats.cancelled}`, 0);
  out(`# skipped ${stats.skipped}`, 0);
  out(`# todo ${stats.todo}`, 0);
  out(`# duration_ms ${Date.now() - start}`, 0);
}

function test(name, options, fn) {
  const args = parseArgs(name, options, fn);
  if (running === null && current === root) schedule();
  addChild(current, args, false);
  return Promise.resolve();
}

function describe(name, options, fn) {
  const args = parseArgs(name, options, fn);
  addChild(current, args, true);
  return Promise.resolve();
}

for (const f of [test, describe]) {
  f.skip = (name, options, fn) => {
    const args = parseArgs(name, options, fn);
    return f(args.name, { ...args.options, skip: true }, args.fn);
  };
  f.todo = (name, options, fn) => {
    const args = parseArgs(name, options, fn);
    return f(args.name, { ...args.options, todo: true }, args.fn);
  };
  f.only = (name, options, fn) => f(name, options, fn);
}

function hook(kind) {
  return function(fn, options) {
    if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
    void options;
    current.hooks[kind].push(fn);
    if (current === root) schedule();
  };
}

const before = hook('before');
const after = hook('after');
const beforeEach = hook('beforeEach');
const afterEach = hook('afterEach');

module.exports = test;
Object.assign(module.exports, {
  test,
  it: test,
  describe,
  suite: describe,
  before,
  after,
  beforeEach,
  afterEach,
});

export {}; // a module for tsc; the guest sees module.exports

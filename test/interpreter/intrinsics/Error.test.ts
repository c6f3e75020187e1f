/** Error's V8 extensions: Error.prepareStackTrace with CallSite objects, Error.captureStackTrace. */
import * as assert from 'assert';
import { createRealm } from '../../../interpreter/index';

describe('Error.prepareStackTrace', () => {
  it('receives the error and the CallSites, innermost first; its result is the stack', () => {
    const r = createRealm();
    const out = r.evaluate(`
      Error.prepareStackTrace = (e, sites) => [e.message, sites.map((s) => [s.getFunctionName(), s.getFileName(), s.getLineNumber(), s.isToplevel(), s.isConstructor()])];
      function inner() { return new Error('m'); }
      function outer() { return inner(); }
      outer().stack;
    `, { filename: 'job.js' });
    assert.deepStrictEqual(out, ['m', [['inner', 'job.js', 3, false, false], ['outer', 'job.js', 4, false, false], [null, 'job.js', 5, true, false]]]);
  });

  it('works with Error.captureStackTrace on any object (the depd/callsites pattern)', () => {
    const r = createRealm();
    const out = r.evaluate(`
      function getStack() {
        const prep = Error.prepareStackTrace, obj = {};
        Error.prepareStackTrace = (o, stack) => stack;
        Error.captureStackTrace(obj, getStack);
        const stack = obj.stack;
        Error.prepareStackTrace = prep;
        return stack;
      }
      function caller() { return getStack(); }
      const s = caller();
      [s[0].getFunctionName(), String(s[0]), typeof new Error('x').stack];
    `, { filename: 'f.js' });
    assert.deepStrictEqual(out, ['caller', 'caller (f.js:10:34)', 'string']);
  });

  it('is not called for errors made while it runs, and a non-function is ignored', () => {
    const r = createRealm();
    const out = r.evaluate(`
      let inside;
      Error.prepareStackTrace = (e) => { inside = new Error('nested').stack.split('\\n')[0]; return 'custom'; };
      const a = new Error('a').stack;
      Error.prepareStackTrace = 42;
      const b = new Error('b').stack.split('\\n')[0];
      [a, inside, b];
    `);
    assert.deepStrictEqual(out, ['custom', 'Error: nested', 'Error: b']);
  });
});

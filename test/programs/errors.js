// Error objects: types, messages, cause, toString, AggregateError, custom errors
const types = [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError];
for (const T of types) {
  const e = new T('msg');
  console.log(e.name, e.message, e instanceof Error, e instanceof T, String(e), Object.prototype.toString.call(e), T.prototype.name, Object.getPrototypeOf(T) === (T === Error ? Function.prototype : Error));
}
const noNew = Error('without new');
console.log(noNew instanceof Error, noNew.message);
const withCause = new Error('outer', { cause: new Error('inner') });
console.log(withCause.cause.message, Object.getOwnPropertyDescriptor(withCause, 'cause').enumerable, 'cause' in new Error('x', {}), 'cause' in new Error('x', { cause: undefined }));
const e1 = new Error();
console.log(JSON.stringify(e1.message), e1.hasOwnProperty('message'), Object.keys(new Error('x')).length, typeof e1.stack);
const agg = new AggregateError([new Error('a'), 'b'], 'many', { cause: 'c' });
console.log(agg.name, agg.message, agg.errors.length, agg.errors[1], agg.cause, agg instanceof Error);
class ValidationError extends Error {
  constructor(field) { super(`invalid ${field}`); this.name = 'ValidationError'; this.field = field; }
}
const ve = new ValidationError('email');
console.log(String(ve), ve.field, ve instanceof ValidationError, ve.stack.split('\n')[0]);
const custom = { name: 'Custom', message: 'object' };
console.log(Error.prototype.toString.call(custom), Error.prototype.toString.call({}), Error.prototype.toString.call({ name: '', message: 'only msg' }));
const eMsg = new Error({ toString() { return 'converted'; } });
console.log(eMsg.message);
try { undefinedFunction(); } catch (e) { console.log(e.name, e.message); }
try { null.prop; } catch (e) { console.log(e.name, e.message); }
try { undefined.prop = 1; } catch (e) { console.log(e.name, e.message); }
try { (void 0)(); } catch (e) { console.log(e.name); }
try { let o = {}; o.method(); } catch (e) { console.log(e.name, e.message); }
try { decodeURIComponent('%'); } catch (e) { console.log(e.name, e.message); }
try { new Array(-1); } catch (e) { console.log(e.name, e.message); }
try { Symbol() + 1; } catch (e) { console.log(e.name, e.message); }
try { throw new Error('thrown', { cause: 42 }); } catch (e) { console.log(e.cause); }
console.log(Error.length, TypeError.length, AggregateError.length, typeof Error.captureStackTrace);
const obj = {};
Error.captureStackTrace(obj);
console.log(typeof obj.stack);

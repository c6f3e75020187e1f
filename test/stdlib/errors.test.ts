/**
 * stdlib/internal/errors: the ERR_* classes (messages, name, code, the stack's first line),
 * SystemError, the libuv exceptions, AbortError and the helpers, compared with node's own.
 */
import { compareWithNode, type Case } from './compare';

// What a test reads of an error: the parts node's tests and users look at.
const INFO = String.raw`
  const { codes, ...errors } = require('internal/errors');
  const info = (e) => ({
    name: e.name,
    message: e.message,
    code: e.code,
    header: e.stack.split('\n')[0],
    keys: Object.keys(e),
    string: String(e),
    ctor: e.constructor.name,
  });
  const thrown = (f) => { try { f(); } catch (e) { return info(e); } return 'no throw'; };
`;

const c = (name: string, body: string): Case => ({ name, src: `${INFO}\n${body}` });

const argType: [string, string][] = [
  ['a string expected, a number received', `'name', 'string', 1`],
  ['one of two types, null received', `'name', ['string', 'number'], null`],
  ['an Object expected, undefined received', `'name', 'Object', undefined`],
  ['a property name', `'options.flag', 'boolean', 'yes'`],
  ['a name ending in " argument"', `'first argument', 'string', {}`],
  ['instances', `'buf', ['Buffer', 'TypedArray', 'DataView'], []`],
  ['a type and instances, a function received', `'path', ['string', 'Buffer', 'URL'], function foo() {}`],
  ['object among instances', `'x', ['object', 'Function', 'Map'], 5`],
  ['another kind of expectation', `'x', 'a dictionary', 5`],
  ['a null-prototype object received', `'x', 'string', Object.create(null)`],
  ['an anonymous class instance received', `'x', 'string', new (class {})()`],
  ['a long string received', `'x', 'number', 'a'.repeat(40)`],
  ['a string with a quote received', `'x', 'number', "it's"`],
  ['a bigint received', `'x', 'number', 10n`],
  ['a symbol received', `'x', 'number', Symbol('s')`],
  ['-0 received', `'x', 'string', -0`],
  ['NaN received', `'x', 'string', NaN`],
  ['-Infinity received', `'x', 'string', -Infinity`],
  ['true received', `'x', 'string', true`],
  ['three types', `'x', ['string', 'number', 'boolean'], []`],
  ['four instances', `'x', ['A', 'B', 'C', 'D'], 1`],
];

const cases: Case[] = [
  ...argType.map(([name, args]) => c(`ERR_INVALID_ARG_TYPE: ${name}`, `return info(new codes.ERR_INVALID_ARG_TYPE(${args}));`)),
  c('ERR_INVALID_ARG_TYPE is a TypeError and an instance of its class', `
    const e = new codes.ERR_INVALID_ARG_TYPE('a', 'string', 1);
    return [e instanceof TypeError, e instanceof Error, e instanceof codes.ERR_INVALID_ARG_TYPE,
      e.constructor === TypeError, Object.prototype.toString.call(e), typeof e.stack,
      Object.getOwnPropertyNames(e).filter((k) => k !== 'stack').sort(),
      Object.getOwnPropertyDescriptor(e, 'message').enumerable, 'name' in e && !Object.hasOwn(e, 'name'),
      errors.kIsNodeError in e];`),
  c('ERR_INVALID_ARG_TYPE.HideStackFramesError is usable the same way', `
    return info(new codes.ERR_INVALID_ARG_TYPE.HideStackFramesError('a', 'string', 1));`),
  c('ERR_INVALID_ARG_VALUE', `return info(new codes.ERR_INVALID_ARG_VALUE('x', 'abc'));`),
  c('ERR_INVALID_ARG_VALUE with a reason and a property', `return info(new codes.ERR_INVALID_ARG_VALUE('opts.y', [1, 2], 'must be bar'));`),
  c('ERR_INVALID_ARG_VALUE cuts long inspections at 128', `return info(new codes.ERR_INVALID_ARG_VALUE('x', 'z'.repeat(200)));`),
  c('ERR_INVALID_ARG_VALUE.RangeError', `return info(new codes.ERR_INVALID_ARG_VALUE.RangeError('x', 7, 'is too big'));`),
  c('ERR_OUT_OF_RANGE with a small number', `return info(new codes.ERR_OUT_OF_RANGE('x', '>= 0', -1));`),
  c('ERR_OUT_OF_RANGE with a fraction', `return info(new codes.ERR_OUT_OF_RANGE('x', 'an integer', 1.5));`),
  c('ERR_OUT_OF_RANGE groups the digits of big integers', `return [
    new codes.ERR_OUT_OF_RANGE('x', '< 2 ** 32', 2 ** 40).message,
    new codes.ERR_OUT_OF_RANGE('x', '< 2 ** 32', -(2 ** 33)).message,
    new codes.ERR_OUT_OF_RANGE('x', '< 2 ** 32', 2 ** 32).message,
    new codes.ERR_OUT_OF_RANGE('x', 'small', 2n ** 40n).message,
    new codes.ERR_OUT_OF_RANGE('x', 'small', 5n).message,
    new codes.ERR_OUT_OF_RANGE('x', 'small', -(2n ** 35n)).message,
    new codes.ERR_OUT_OF_RANGE('x', 'small', 'str').message,
    new codes.ERR_OUT_OF_RANGE('The buffer length', 'small', 9, true).message,
  ];`),
  c('ERR_MISSING_ARGS', `return [
    new codes.ERR_MISSING_ARGS('a').message,
    new codes.ERR_MISSING_ARGS('a', 'b').message,
    new codes.ERR_MISSING_ARGS('a', 'b', 'c').message,
    new codes.ERR_MISSING_ARGS(['a', 'b'], 'c').message,
    info(new codes.ERR_MISSING_ARGS('type')),
  ];`),
  c('ERR_INVALID_RETURN_VALUE', `return [
    info(new codes.ERR_INVALID_RETURN_VALUE('an object', 'fn', 5)),
    new codes.ERR_INVALID_RETURN_VALUE('a string', 'hook', undefined).message,
    new codes.ERR_INVALID_RETURN_VALUE.RangeError('x', 'y', []).name,
  ];`),
  c('ERR_UNHANDLED_ERROR with and without a value', `return [
    info(new codes.ERR_UNHANDLED_ERROR()), info(new codes.ERR_UNHANDLED_ERROR('boom')),
  ];`),
  c('ERR_METHOD_NOT_IMPLEMENTED', `return info(new codes.ERR_METHOD_NOT_IMPLEMENTED('_read()'));`),
  c('the ERR_STREAM_* codes', `return [
    info(new codes.ERR_STREAM_PUSH_AFTER_EOF()),
    info(new codes.ERR_STREAM_WRITE_AFTER_END()),
    info(new codes.ERR_STREAM_DESTROYED('write')),
    info(new codes.ERR_STREAM_PREMATURE_CLOSE()),
    info(new codes.ERR_STREAM_NULL_VALUES()),
    info(new codes.ERR_STREAM_CANNOT_PIPE()),
    info(new codes.ERR_STREAM_ALREADY_FINISHED('end')),
    info(new codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT()),
  ];`),
  c('ERR_INVALID_THIS, ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_STATE', `return [
    info(new codes.ERR_INVALID_THIS('URLSearchParams')),
    info(new codes.ERR_ILLEGAL_CONSTRUCTOR()),
    info(new codes.ERR_INVALID_STATE('closed')),
    info(new codes.ERR_INVALID_STATE.TypeError('closed')),
    info(new codes.ERR_INVALID_STATE.RangeError('closed')),
  ];`),
  c('buffer and encoding codes', `return [
    info(new codes.ERR_UNKNOWN_ENCODING('foo')),
    info(new codes.ERR_BUFFER_OUT_OF_BOUNDS()),
    info(new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset')),
    info(new codes.ERR_INVALID_BUFFER_SIZE('16-bits')),
    info(new codes.ERR_BUFFER_TOO_LARGE(2 ** 32)),
  ];`),
  c('URL codes keep their input', `
    const a = new codes.ERR_INVALID_URL('ht tp://x');
    const b = new codes.ERR_INVALID_URL('/a', 'nope:');
    return [info(a), a.input, info(b), b.input, b.base,
      info(new codes.ERR_INVALID_FILE_URL_PATH('must be absolute')),
      info(new codes.ERR_INVALID_URL_SCHEME('file')),
      info(new codes.ERR_INVALID_URL_SCHEME(['file', 'data'])),
      info(new codes.ERR_INVALID_FILE_URL_HOST('linux'))];`),
  c('ERR_REQUIRE_ESM', `return [
    info(new codes.ERR_REQUIRE_ESM('/a/b.mjs')),
    new codes.ERR_REQUIRE_ESM('/a/b.mjs', false, '/a/c.js').message,
    new codes.ERR_REQUIRE_ESM('/a/b.js', false, '/a/c.js', '/a/package.json').message,
    new codes.ERR_REQUIRE_ESM('/a/b.js', true, '/a/c.js', '/a/package.json').message,
  ];`),
  c('module codes', `return [
    info(new codes.ERR_UNKNOWN_BUILTIN_MODULE('nope')),
    info(new codes.ERR_MODULE_NOT_FOUND('x', '/a/b.mjs')),
    info(new codes.ERR_PACKAGE_PATH_NOT_EXPORTED('/p/', './x', '/a.js')),
    info(new codes.ERR_UNKNOWN_FILE_EXTENSION('.ts', '/a/b.ts')),
    info(new codes.ERR_INVALID_PACKAGE_TARGET('/p/', '.', 'x')),
  ];`),
  // node throws this one from C++ (process.dlopen); ouro's runtime from internal/errors.
  c('ERR_DLOPEN_FAILED is written like node\'s C++ errors', `
    if (typeof codes.ERR_DLOPEN_FAILED === 'function') return info(new codes.ERR_DLOPEN_FAILED('/etc/passwd: invalid ELF header'));
    try { process.dlopen({ exports: {} }, '/etc/passwd'); } catch (e) { return info(e); }`),
  c('ERR_ASSERTION', `return info(new codes.ERR_ASSERTION('a == b'));`),
  c('a message built with %d and %j', `return [
    new codes.ERR_INSPECTOR_COMMAND(-32000, 'nope').message,
    new codes.ERR_TLS_INVALID_PROTOCOL_VERSION('TLSv9', 'maximum').message,
    new codes.ERR_SRI_PARSE('abc', 'd', 5).message,
  ];`),
  c('a message function can add properties', `
    const e = new codes.ERR_INVALID_ADDRESS_FAMILY('IPv5', 'host', 80);
    const f = new codes.ERR_FALSY_VALUE_REJECTION(0);
    return [info(e), e.host, e.port, info(f), f.reason];`),
  c('the wrong number of arguments is an internal assertion', `
    return [thrown(() => new codes.ERR_INVALID_THIS()), thrown(() => new codes.ERR_STREAM_PREMATURE_CLOSE(1))]
      .map((i) => i === 'no throw' ? i : { code: i.code, name: i.name, first: i.message.split('\\n')[0] });`),
  c('ERR_SYSTEM_ERROR (SystemError)', `
    const ctx = { errno: -2, code: 'ENOENT', message: 'no such file or directory', syscall: 'open', path: '/x', dest: '/y' };
    const e = new codes.ERR_SYSTEM_ERROR(ctx);
    const r = [info(e), e.errno, e.syscall, e.path, e.dest, e.info === ctx, errors.kIsNodeError in e];
    e.errno = 5;
    r.push(ctx.errno);
    return r;`),
  c('ERR_TTY_INIT_FAILED (a SystemError without a path)', `
    return info(new codes.ERR_TTY_INIT_FAILED({ errno: -9, code: 'EBADF', message: 'bad file descriptor', syscall: 'uv_tty_init' }));`),
  c('AbortError', `
    const a = new errors.AbortError();
    const b = new errors.AbortError('stop', { cause: 'why' });
    return [info(a), info(b), b.cause, thrown(() => new errors.AbortError('x', 5))];`),
  c('UVException', `
    const e = new errors.UVException({ errno: -2, syscall: 'open', path: 'x' });
    const f = new errors.UVException({ errno: -17, syscall: 'rename', path: 'a', dest: 'b', extra: 1 });
    const g = new errors.UVException({ errno: -99999, syscall: 'open', message: 'custom' });
    return [info(e), e.errno, e.syscall, e.path, info(f), f.dest, f.extra, info(g)];`),
  c('ErrnoException, UVExceptionWithHostPort, ExceptionWithHostPort, DNSException', `
    const a = new errors.ErrnoException(-2, 'read');
    const b = new errors.ErrnoException(-13, 'open', 'more');
    const h = new errors.UVExceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
    const x = new errors.ExceptionWithHostPort(-98, 'listen', '::', 8080, 'extra');
    const d = new errors.DNSException(-3008, 'getaddrinfo', 'nowhere.invalid');
    const d2 = new errors.DNSException('ESERVFAIL', 'queryA', 'x');
    return [info(a), a.errno, a.syscall, info(b), info(h), h.address, h.port, info(x), info(d), d.errno, d.hostname, info(d2)];`),
  c('ConnResetException', `return info(new errors.ConnResetException('socket hang up'));`),
  c('aggregateTwoErrors', `
    const a = new Error('a'); const b = new Error('b'); b.code = 'B';
    const ab = errors.aggregateTwoErrors(a, b);
    const agg = new AggregateError([new Error('x')], 'many');
    const again = errors.aggregateTwoErrors(a, agg);
    return [ab.name, ab.message, ab.code, ab.errors.map((e) => e.message), again === agg, agg.errors.length,
      errors.aggregateTwoErrors(a, a) === a, errors.aggregateTwoErrors(null, b) === b, errors.aggregateTwoErrors(a, null) === a];`),
  c('NodeAggregateError', `
    const e = new errors.NodeAggregateError([Object.assign(new Error('x'), { code: 'X' })], 'many');
    return [e.name, e.message, e.code, e.constructor === AggregateError, e.errors.length];`),
  c('genericNodeError', `
    const e = errors.genericNodeError('msg', { name: 'MyWarning', count: 3 });
    return [e.name, e.message, e.count, e.stack.split('\\n')[0], Object.keys(e)];`),
  c('determineSpecificType', `
    return [null, undefined, 1, -0, NaN, Infinity, 10n, true, Symbol('q'), function f() {}, [], {}, 'x', "a'b",
      'long'.repeat(10), Object.create(null)].map(errors.determineSpecificType);`),
  c('formatList', `
    return [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((l) => [errors.formatList(l), errors.formatList(l, 'or')]);`),
  c('hideStackFrames keeps the function working', `
    const f = errors.hideStackFrames((a, b) => a + b);
    return [f(1, 2), typeof f.withoutStackTrace, f.withoutStackTrace(2, 3)];`),
  c('the classes have the codes\' names and are cached', `
    return [codes.ERR_INVALID_ARG_TYPE === codes.ERR_INVALID_ARG_TYPE, typeof codes.ERR_INVALID_ARG_TYPE,
      Object.keys(codes).includes('ERR_OUT_OF_RANGE'), codes.ERR_NOPE];`),
  c('isStackOverflowError', `
    let err; const f = () => f(); try { f(); } catch (e) { err = e; }
    return [errors.isStackOverflowError(err), errors.isStackOverflowError(new RangeError('x'))];`),
  c('uvErrmapGet', `return [errors.uvErrmapGet(-2), errors.uvErrmapGet(-4095), errors.uvErrmapGet(1)];`),
];

compareWithNode('internal/errors compared with node', cases);

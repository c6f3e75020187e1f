/**
 * stdlib/internal/validators: each validator on accepted and rejected values, compared with
 * node's own (the error's name, code and message).
 */
import { compareWithNode, type Case } from './compare';

const PRELUDE = String.raw`
  const v = require('internal/validators');
  const check = (f) => { try { return ['ok', f()]; } catch (e) { return [e.name, e.code, e.message]; } };
`;

/** One case per validator: each call of the list, as check(() => v.name(...args)). */
function calls(name: string, argLists: string[]): Case {
  return {
    name: `${name}`,
    src: `${PRELUDE}\nreturn [${argLists.map((a) => `check(() => v.${name}(${a}))`).join(',\n')}];`,
  };
}

const cases: Case[] = [
  calls('validateString', [`'a', 'x'`, `1, 'x'`, `null, 'options.name'`, `undefined, 'x'`, `{}, 'x'`]),
  calls('validateNumber', [`1, 'n'`, `'1', 'n'`, `5, 'n', 0, 3`, `-1, 'n', 0`, `9, 'n', undefined, 3`, `NaN, 'n', 0`, `NaN, 'n'`, `1n, 'n'`]),
  calls('validateInteger', [`1, 'n'`, `1.5, 'n'`, `'1', 'n'`, `2 ** 60, 'n'`, `-5, 'n', 0`, `11, 'n', 0, 10`, `Infinity, 'n'`]),
  calls('validateInt32', [`0, 'n'`, `2 ** 31, 'n'`, `-(2 ** 31), 'n'`, `1.1, 'n'`, `3, 'n', 4, 5`, `null, 'n'`]),
  calls('validateUint32', [`0, 'n'`, `0, 'n', true`, `2 ** 32, 'n'`, `-1, 'n'`, `4294967295, 'n'`, `0.5, 'n'`, `'x', 'n'`]),
  calls('validateBoolean', [`true, 'b'`, `0, 'b'`, `'true', 'b'`]),
  calls('validateObject', [
    `{}, 'o'`, `null, 'o'`, `[], 'o'`, `() => {}, 'o'`, `1, 'o'`,
    `null, 'o', v.kValidateObjectAllowNullable`, `[], 'o', v.kValidateObjectAllowArray`,
    `() => {}, 'o', v.kValidateObjectAllowFunction`, `() => {}, 'o', v.kValidateObjectAllowObjects`,
    `null, 'o', v.kValidateObjectAllowObjects`, `null, 'o', v.kValidateObjectAllowObjectsAndNull`,
    `'s', 'o', v.kValidateObjectAllowObjectsAndNull`,
  ]),
  calls('validateArray', [`[], 'a'`, `{}, 'a'`, `[1], 'a', 2`, `'ab', 'a'`]),
  calls('validateStringArray', [`['a'], 'a'`, `['a', 1], 'a'`, `1, 'a'`]),
  calls('validateBooleanArray', [`[true], 'a'`, `[true, 0], 'a'`]),
  calls('validateFunction', [`() => {}, 'f'`, `{}, 'f'`, `class {}, 'f'`, `undefined, 'callback'`]),
  calls('validatePlainFunction', [`() => {}, 'f'`, `async () => {}, 'f'`]),
  calls('validateOneOf', [`'a', 'x', ['a', 'b']`, `'c', 'x', ['a', 'b']`, `3, 'x', [1, 2]`, `'z', 'opts.x', ['a', 1, null]`]),
  calls('validateAbortSignal', [`undefined, 's'`, `{ aborted: false }, 's'`, `null, 's'`, `{}, 'options.signal'`, `'x', 's'`]),
  calls('validateAbortSignalArray', [`[], 's'`, `[{ aborted: false }], 's'`, `[null], 's'`, `[{}], 's'`, `{}, 's'`]),
  calls('validateBuffer', [`new Uint8Array(1)`, `new DataView(new ArrayBuffer(1)), 'b'`, `[1], 'b'`, `'s'`]),
  calls('validateEncoding', [`'abcd', 'hex'`, `'abc', 'hex'`, `'abc', 'utf8'`, `'abc', 'HEX'`]),
  calls('validatePort', [`80`, `'80'`, `0`, `0, 'Port', false`, `65536`, `-1`, `' '`, `1.5`, `'x'`, `null, 'port'`]),
  calls('validateUndefined', [`undefined, 'u'`, `null, 'u'`]),
  calls('validateUnion', [`'a', 'u', ['a', 'b']`, `'c', 'u', ['a', 'b']`]),
  calls('validateSignalName', [`'SIGTERM'`, `'sigterm'`, `'SIGNOPE'`, `1`]),
  calls('validateDictionary', [`undefined, 'd'`, `null, 'd'`, `{}, 'd'`, `() => {}, 'd'`, `1, 'd'`]),
  calls('validateInternalField', [`{ k: 1 }, 'k', 'Thing'`, `{}, 'k', 'Thing'`, `null, 'k', 'Thing'`]),
  calls('validateFiniteNumber', [`undefined, 'n'`, `NaN, 'n'`, `1, 'n'`, `Infinity, 'n'`, `'1', 'n'`]),
  calls('checkRangesOrGetDefault', [`undefined, 'n', 0, 10, 5`, `3, 'n', 0, 10, 5`, `11, 'n', 0, 10, 5`, `-Infinity, 'n', 0, 10, 5`]),
  calls('validateLinkHeaderValue', [`'</a.css>; rel=preload'`, `['</a>', '</b>; as=style']`, `'bad'`, `5`]),
  calls('parseFileMode', [`0o644, 'mode'`, `'755', 'mode'`, `'999', 'mode'`, `undefined, 'mode', 0o666`, `-1, 'mode'`]),
  { name: 'isInt32 and isUint32', src: `${PRELUDE}\nreturn [1, -1, 2 ** 31, 2 ** 32 - 1, 1.5, '1'].map((x) => [v.isInt32(x), v.isUint32(x)]);` },
  { name: 'the flag constants', src: `${PRELUDE}\nreturn [v.kValidateObjectNone, v.kValidateObjectAllowNullable, v.kValidateObjectAllowArray,
    v.kValidateObjectAllowFunction, v.kValidateObjectAllowObjects, v.kValidateObjectAllowObjectsAndNull];` },
];

compareWithNode('internal/validators compared with node', cases);

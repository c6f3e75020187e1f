import { JSObject } from '../values/object';
import { defineMethods } from '../values/function';
import type { Value } from '../values/value';
import type { Realm } from '../realm';
import { R } from '../agent';
import { throwRangeError, throwSyntaxError, throwTypeError } from '../errors';
import { ToBoolean } from '../ops/type-conversion';
import { MAX_STRING_LENGTH } from './String';
import { WEC } from '../values/shape';
import { JSTypedArray, UINT8, typedArrayLength } from '../exotics/typed-array';
import { allocateTypedArray, throwDetached } from '../ops/typed-array-operations';

// The uint8array-base64 feature: Uint8Array.fromBase64/fromHex, Uint8Array.prototype.toBase64/
// toHex/setFromBase64/setFromHex. https://tc39.es/proposal-arraybuffer-base64/spec/

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Value of each standard-alphabet character, -1 for others. */
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) DECODE[B64.charCodeAt(i)] = i;

interface DecodeResult {
  read: number;
  bytes: number[];
  /** A SyntaxError message, or undefined. */
  error: string | undefined;
}

/** https://tc39.es/proposal-arraybuffer-base64/spec/#sec-getoptionsobject */
function GetOptionsObject(options: Value): JSObject {
  if (options === undefined) return new JSObject(null);
  if (options instanceof JSObject) return options;
  throwTypeError('The options argument must be an object');
}

function getAlphabet(opts: JSObject): 'base64' | 'base64url' {
  const alphabet = opts.Get('alphabet', opts);
  if (alphabet === undefined) return 'base64';
  if (alphabet !== 'base64' && alphabet !== 'base64url') throwTypeError('expected alphabet to be either "base64" or "base64url"');
  return alphabet;
}

type LastChunk = 'loose' | 'strict' | 'stop-before-partial';

function getLastChunkHandling(opts: JSObject): LastChunk {
  const v = opts.Get('lastChunkHandling', opts);
  if (v === undefined) return 'loose';
  if (v !== 'loose' && v !== 'strict' && v !== 'stop-before-partial') {
    throwTypeError('expected lastChunkHandling to be either "loose", "strict", or "stop-before-partial"');
  }
  return v;
}

/** https://tc39.es/proposal-arraybuffer-base64/spec/#sec-validateuint8array */
function ValidateUint8Array(ta: Value): JSTypedArray {
  if (!(ta instanceof JSTypedArray) || ta.type !== UINT8) throwTypeError('this is not a Uint8Array');
  return ta;
}

/** https://tc39.es/proposal-arraybuffer-base64/spec/#sec-getuint8arraybytes */
function GetUint8ArrayBytes(ta: JSTypedArray, method: string): Uint8Array {
  const len = typedArrayLength(ta);
  if (len < 0) throwDetached(method);
  return ta.buffer.bytes().subarray(ta.byteOffset, ta.byteOffset + len);
}

/** https://tc39.es/proposal-arraybuffer-base64/spec/#sec-writeuint8arraybytes */
function SetUint8ArrayBytes(into: JSTypedArray, bytes: number[]): void {
  into.buffer.bytes().set(bytes, into.byteOffset);
}

function skipAsciiWhitespace(s: string, index: number): number {
  while (index < s.length) {
    const c = s.charCodeAt(index);
    if (c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d && c !== 0x20) break;
    index++;
  }
  return index;
}

/** https://tc39.es/proposal-arraybuffer-base64/spec/#sec-decodebase64chunk; undefined on extra bits when strict. */
function DecodeBase64Chunk(chunk: number[], throwOnExtraBits: boolean): number[] | undefined {
  const n = chunk.length;
  const c = [chunk[0], chunk[1], n > 2 ? chunk[2] : 0, n > 3 ? chunk[3] : 0];
  const bits = (c[0] << 18) | (c[1] << 12) | (c[2] << 6) | c[3];
  const bytes = [(bits >> 16) & 0xff, (bits >> 8) & 0xff, bits & 0xff];
  if (n === 2) {
    if (throwOnExtraBits && bytes[1] !== 0) return undefined;
    return [bytes[0]];
  }
  if (n === 3) {
    if (throwOnExtraBits && bytes[2] !== 0) return undefined;
    return [bytes[0], bytes[1]];
  }
  return bytes;
}

/** https://tc39.es/proposal-arraybuffer-base64/spec/#sec-frombase64 */
function FromBase64(s: string, alphabet: 'base64' | 'base64url', lastChunkHandling: LastChunk, maxLength = Number.MAX_SAFE_INTEGER): DecodeResult {
  if (maxLength === 0) return { read: 0, bytes: [], error: undefined };
  let read = 0;
  const bytes: number[] = [];
  let chunk: number[] = [];
  let index = 0;
  const length = s.length;
  const fail = (msg: string): DecodeResult => ({ read, bytes, error: msg });
  for (;;) {
    if (--R.fuel <= 0) R.agent.refuel();
    index = skipAsciiWhitespace(s, index);
    if (index === length) {
      if (chunk.length > 0) {
        if (lastChunkHandling === 'stop-before-partial') return { read, bytes, error: undefined };
        if (lastChunkHandling === 'loose') {
          if (chunk.length === 1) return fail('Invalid base64 string: a single character left over');
          bytes.push(...DecodeBase64Chunk(chunk, false)!);
        } else {
          return fail('Invalid base64 string: missing padding');
        }
      }
      return { read: length, bytes, error: undefined };
    }
    let ch = s[index];
    index++;
    if (ch === '=') {
      if (chunk.length < 2) return fail('Invalid base64 string: unexpected padding');
      index = skipAsciiWhitespace(s, index);
      if (chunk.length === 2) {
        if (index === length) {
          if (lastChunkHandling === 'stop-before-partial') return { read, bytes, error: undefined };
          return fail('Invalid base64 string: incomplete padding');
        }
        if (s[index] === '=') index = skipAsciiWhitespace(s, index + 1);
      }
      if (index < length) return fail('Invalid base64 string: characters after padding');
      const decoded = DecodeBase64Chunk(chunk, lastChunkHandling === 'strict');
      if (decoded === undefined) return fail('Invalid base64 string: non-zero padding bits');
      bytes.push(...decoded);
      return { read: length, bytes, error: undefined };
    }
    if (alphabet === 'base64url') {
      if (ch === '+' || ch === '/') return fail(`Invalid base64url character '${ch}'`);
      if (ch === '-') ch = '+';
      else if (ch === '_') ch = '/';
    }
    const code = ch.charCodeAt(0);
    const value = code < 128 ? DECODE[code] : -1;
    if (value < 0) return fail(`Invalid base64 character '${ch}'`);
    const remaining = maxLength - bytes.length;
    if ((remaining === 1 && chunk.length === 2) || (remaining === 2 && chunk.length === 3)) return { read, bytes, error: undefined };
    chunk.push(value);
    if (chunk.length === 4) {
      bytes.push(...DecodeBase64Chunk(chunk, false)!);
      chunk = [];
      read = index;
      if (bytes.length === maxLength) return { read, bytes, error: undefined };
    }
  }
}

/** https://tc39.es/proposal-arraybuffer-base64/spec/#sec-fromhex */
function FromHex(s: string, maxLength = Number.MAX_SAFE_INTEGER): DecodeResult {
  const length = s.length;
  const bytes: number[] = [];
  let read = 0;
  if (length % 2 !== 0) return { read, bytes, error: 'Invalid hex string: odd length' };
  while (read < length && bytes.length < maxLength) {
    if (--R.fuel <= 0) R.agent.refuel();
    const hexits = s.slice(read, read + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(hexits)) return { read, bytes, error: `Invalid hex string: '${hexits}'` };
    read += 2;
    bytes.push(parseInt(hexits, 16));
  }
  return { read, bytes, error: undefined };
}

function encodeBase64(bytes: Uint8Array, alphabet: 'base64' | 'base64url', omitPadding: boolean): string {
  const A = alphabet === 'base64' ? B64 : B64URL;
  if (Math.ceil(bytes.length / 3) * 4 > MAX_STRING_LENGTH) throwRangeError('Invalid string length');
  if ((R.fuel -= Math.floor(bytes.length / 4)) <= 0) R.agent.refuel();
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += A[n >> 18] + A[(n >> 12) & 63] + A[(n >> 6) & 63] + A[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += A[n >> 18] + A[(n >> 12) & 63] + (omitPadding ? '' : '==');
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += A[n >> 18] + A[(n >> 12) & 63] + A[(n >> 6) & 63] + (omitPadding ? '' : '=');
  }
  return out;
}

function resultObject(read: number, written: number): JSObject {
  const o = new JSObject(R.realm.ObjectPrototype);
  o.addProperty('read', read, WEC);
  o.addProperty('written', written, WEC);
  return o;
}

/** Adds the base64/hex methods to Uint8Array and Uint8Array.prototype. */
export function setupTypedArrayBase64(realm: Realm): void {
  const ctor = realm.intrinsics['%Uint8Array%'];
  const proto = realm.intrinsics['%Uint8Array.prototype%'];
  const newUint8Array = (bytes: number[]) => {
    const ta = allocateTypedArray(UINT8, R.realm.intrinsics['%Uint8Array.prototype%'], bytes.length);
    SetUint8ArrayBytes(ta, bytes);
    return ta;
  };
  defineMethods(realm, ctor, [
    // https://tc39.es/proposal-arraybuffer-base64/spec/#sec-uint8array.frombase64
    ['fromBase64', (_t, args) => {
      const string = args[0];
      if (typeof string !== 'string') throwTypeError('expected input to be a string');
      const opts = GetOptionsObject(args[1]);
      const alphabet = getAlphabet(opts);
      const lastChunkHandling = getLastChunkHandling(opts);
      const result = FromBase64(string, alphabet, lastChunkHandling);
      if (result.error !== undefined) throwSyntaxError(result.error);
      return newUint8Array(result.bytes);
    }, 1],
    // https://tc39.es/proposal-arraybuffer-base64/spec/#sec-uint8array.fromhex
    ['fromHex', (_t, args) => {
      const string = args[0];
      if (typeof string !== 'string') throwTypeError('expected input to be a string');
      const result = FromHex(string);
      if (result.error !== undefined) throwSyntaxError(result.error);
      return newUint8Array(result.bytes);
    }, 1],
  ]);
  defineMethods(realm, proto, [
    // https://tc39.es/proposal-arraybuffer-base64/spec/#sec-uint8array.prototype.tobase64
    ['toBase64', (t, args) => {
      const o = ValidateUint8Array(t);
      const opts = GetOptionsObject(args[0]);
      const alphabet = getAlphabet(opts);
      const omitPadding = ToBoolean(opts.Get('omitPadding', opts));
      const toEncode = GetUint8ArrayBytes(o, 'Uint8Array.prototype.toBase64');
      return encodeBase64(toEncode, alphabet, omitPadding);
    }, 0],
    // https://tc39.es/proposal-arraybuffer-base64/spec/#sec-uint8array.prototype.tohex
    ['toHex', (t) => {
      const o = ValidateUint8Array(t);
      const toEncode = GetUint8ArrayBytes(o, 'Uint8Array.prototype.toHex');
      if (toEncode.length * 2 > MAX_STRING_LENGTH) throwRangeError('Invalid string length');
      if ((R.fuel -= Math.floor(toEncode.length / 4)) <= 0) R.agent.refuel();
      let out = '';
      for (let i = 0; i < toEncode.length; i++) out += (toEncode[i] < 16 ? '0' : '') + toEncode[i].toString(16);
      return out;
    }, 0],
    // https://tc39.es/proposal-arraybuffer-base64/spec/#sec-uint8array.prototype.setfrombase64
    ['setFromBase64', (t, args) => {
      const into = ValidateUint8Array(t);
      const string = args[0];
      if (typeof string !== 'string') throwTypeError('expected input to be a string');
      const opts = GetOptionsObject(args[1]);
      const alphabet = getAlphabet(opts);
      const lastChunkHandling = getLastChunkHandling(opts);
      const byteLength = typedArrayLength(into);
      if (byteLength < 0) throwDetached('Uint8Array.prototype.setFromBase64');
      const result = FromBase64(string, alphabet, lastChunkHandling, byteLength);
      SetUint8ArrayBytes(into, result.bytes);
      if (result.error !== undefined) throwSyntaxError(result.error);
      return resultObject(result.read, result.bytes.length);
    }, 1],
    // https://tc39.es/proposal-arraybuffer-base64/spec/#sec-uint8array.prototype.setfromhex
    ['setFromHex', (t, args) => {
      const into = ValidateUint8Array(t);
      const string = args[0];
      if (typeof string !== 'string') throwTypeError('expected input to be a string');
      const byteLength = typedArrayLength(into);
      if (byteLength < 0) throwDetached('Uint8Array.prototype.setFromHex');
      const result = FromHex(string, byteLength);
      SetUint8ArrayBytes(into, result.bytes);
      if (result.error !== undefined) throwSyntaxError(result.error);
      return resultObject(result.read, result.bytes.length);
    }, 1],
  ]);
}

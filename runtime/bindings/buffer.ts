/**
 * internalBinding('buffer'): the byte work of node:buffer (node's src/node_buffer.cc): encoding
 * strings into guest bytes and decoding guest bytes into strings in every Buffer encoding, compare,
 * indexOf, fill with a pattern, copy, the swaps, isUtf8/isAscii and transcode. Each function works
 * on host Buffer views over the guest typed array's own ArrayBuffer, made, used and dropped within
 * the call: only primitives and fresh guest Uint8Arrays are returned.
 *
 * The guest side (stdlib/buffer.ts) validates arguments as node's lib/buffer.js does; numbers
 * reaching here are already integers within the view's bounds unless said otherwise.
 */
import * as hostBuffer from 'buffer';
import type { JSObject } from '../../interpreter/values/object';
import type { Value } from '../../interpreter/values/value';
import type { RuntimeContext } from './context';
import { arr, bareObject, cppError, guestBytes, hostBytes, methods, str } from './guest';

const HostBuffer = hostBuffer.Buffer;
type Enc = BufferEncoding;

/** The encodings node:buffer knows, by their normalized names. */
const ENCODINGS = new Set(['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex']);

function enc(v: Value): Enc {
  const e = typeof v === 'string' ? v : 'utf8';
  return (ENCODINGS.has(e) ? e : 'utf8') as Enc;
}

/** A host Buffer sharing the bytes of a guest ArrayBuffer or view (empty for anything else). */
function view(v: Value): Buffer {
  const b = hostBytes(v);
  if (b === undefined) return HostBuffer.alloc(0);
  return HostBuffer.from(b.buffer, b.byteOffset, b.byteLength);
}

function int(v: Value, dflt = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : dflt;
}

/** node's C++ "ERR_STRING_TOO_LONG" for strings above v8's limit. */
function stringTooLong(): never {
  throw cppError('Error', 'ERR_STRING_TOO_LONG', `Cannot create a string longer than 0x${hostBuffer.constants.MAX_STRING_LENGTH.toString(16)} characters`);
}

function decode(v: Value, encoding: Enc, start: number, end: number): string {
  const b = view(v);
  start = Math.max(0, Math.min(start, b.length));
  end = Math.max(start, Math.min(end, b.length));
  if (end - start > hostBuffer.constants.MAX_STRING_LENGTH) stringTooLong();
  try {
    return b.toString(encoding, start, end);
  } catch {
    return stringTooLong();
  }
}

export function createBufferBinding(ctx: RuntimeContext): JSObject {
  return methods(ctx.realm, bareObject(), {
    /** byteLengthUtf8(string): the length of its UTF-8 encoding. */
    byteLengthUtf8: [(_t, a) => HostBuffer.byteLength(str(a[0]), 'utf8'), 1],
    /** byteLength(string, encoding): the number of bytes write() would produce. */
    byteLength: [(_t, a) => HostBuffer.byteLength(str(a[0]), enc(a[1])), 2],
    /** write(target, string, offset, length, encoding): bytes written (whole characters only). */
    write: [(_t, a) => {
      const b = view(a[0]);
      const offset = int(a[2]);
      if (offset > b.length) return 0;
      const length = Math.min(int(a[3], b.length - offset), b.length - offset);
      if (length <= 0) return 0;
      return b.write(str(a[1]), offset, length, enc(a[4]));
    }, 5],
    /** encode(string, encoding): a fresh guest Uint8Array of its bytes. */
    encode: [(_t, a) => guestBytes(HostBuffer.from(str(a[0]), enc(a[1]))), 2],
    /** slice(source, encoding, start, end): the bytes [start, end) decoded. */
    slice: [(_t, a) => decode(a[0], enc(a[1]), int(a[2]), int(a[3], Infinity)), 4],
    /** compare(a, b): -1, 0 or 1 (bytewise, then by length). */
    compare: [(_t, a) => HostBuffer.compare(view(a[0]), view(a[1])), 2],
    /** compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd). */
    compareOffset: [(_t, a) => {
      const source = view(a[0]);
      const target = view(a[1]);
      const targetStart = int(a[2]);
      const sourceStart = int(a[3]);
      const targetEnd = int(a[4]);
      const sourceEnd = int(a[5]);
      if (sourceStart > source.length) throw cppError('RangeError', 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
      if (targetStart > target.length) throw cppError('RangeError', 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
      const sLen = Math.max(0, sourceEnd - sourceStart);
      const tLen = Math.max(0, targetEnd - targetStart);
      const n = Math.min(sLen, tLen, source.length - sourceStart, target.length - targetStart);
      const c = n > 0 ? HostBuffer.compare(source.subarray(sourceStart, sourceStart + n), target.subarray(targetStart, targetStart + n)) : 0;
      if (c !== 0) return c;
      return sLen > tLen ? 1 : sLen < tLen ? -1 : 0;
    }, 6],
    /**
     * indexOf(buffer, value, byteOffset, encoding, forward): value a string, a number or guest
     * bytes; byteOffset already a number (not NaN), as node's bidirectionalIndexOf leaves it.
     */
    indexOf: [(_t, a) => {
      const b = view(a[0]);
      let needle: string | number | Buffer;
      if (typeof a[1] === 'string') needle = a[1];
      else if (typeof a[1] === 'number') needle = a[1] >>> 0;
      else needle = HostBuffer.from(view(a[1]));
      const byteOffset = typeof a[2] === 'number' ? a[2] : 0;
      const e = enc(a[3]);
      return a[4] === true ? b.indexOf(needle, byteOffset, e) : b.lastIndexOf(needle, byteOffset, e);
    }, 5],
    /**
     * fill(buffer, value, start, end, encoding): value a string (encoded with encoding), guest bytes
     * (repeated) or a number (its low byte). 0 when done, -1 when the pattern has no bytes, -2 when
     * the range is outside the buffer.
     */
    fill: [(_t, a) => {
      const b = view(a[0]);
      const start = int(a[2]);
      const end = int(a[3], b.length);
      if (start > end || end > b.length) return -2;
      if (start === end) return 0;
      let pattern: Buffer | number;
      if (typeof a[1] === 'string') pattern = HostBuffer.from(a[1], enc(a[4]));
      else if (typeof a[1] === 'number') pattern = a[1] >>> 0 & 255;
      else {
        const p = hostBytes(a[1]);
        pattern = p === undefined ? 0 : HostBuffer.from(p);
      }
      if (typeof pattern !== 'number' && pattern.length === 0) return -1;
      if (start < end) b.fill(pattern, start, end);
      return 0;
    }, 5],
    /** copy(source, target, targetStart, sourceStart, count): bytes copied (overlap-safe). */
    copy: [(_t, a) => {
      const source = view(a[0]);
      const target = view(a[1]);
      const targetStart = int(a[2]);
      const sourceStart = int(a[3]);
      const n = Math.max(0, Math.min(int(a[4]), source.length - sourceStart, target.length - targetStart));
      if (n > 0) target.set(source.subarray(sourceStart, sourceStart + n), targetStart);
      return n;
    }, 5],
    /** swap16/32/64(buffer): in place; a length that is not a multiple of the size is left alone. */
    swap16: [(_t, a) => { const b = view(a[0]); if (b.length % 2 === 0) b.swap16(); return undefined; }, 1],
    swap32: [(_t, a) => { const b = view(a[0]); if (b.length % 4 === 0) b.swap32(); return undefined; }, 1],
    swap64: [(_t, a) => { const b = view(a[0]); if (b.length % 8 === 0) b.swap64(); return undefined; }, 1],
    isUtf8: [(_t, a) => hostBuffer.isUtf8(view(a[0])), 1],
    isAscii: [(_t, a) => hostBuffer.isAscii(view(a[0])), 1],
    /**
     * transcode(source, fromEncoding, toEncoding): guest bytes, or [ICU's error name, its
     * number] when the conversion is not possible.
     */
    transcode: [(_t, a) => {
      try {
        return guestBytes(hostBuffer.transcode(view(a[0]), str(a[1]) as hostBuffer.TranscodeEncoding, str(a[2]) as hostBuffer.TranscodeEncoding));
      } catch (e) {
        const { code, errno } = e as { code?: unknown; errno?: unknown };
        return arr([typeof code === 'string' ? code : 'U_ILLEGAL_ARGUMENT_ERROR', typeof errno === 'number' ? errno : 1]);
      }
    }, 3],
  });
}

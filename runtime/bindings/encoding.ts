/**
 * internalBinding('encoding_binding'): UTF-8 encoding and decoding for TextEncoder/TextDecoder and
 * Buffer, and the forgiving-base64 steps of atob/btoa (node's encoding_binding.cc and simdutf).
 */
import type { JSObject } from '../../interpreter/values/object';
import type { RuntimeContext } from './context';
import { arr, bareObject, guestBytes, hostBytes, methods, str } from './guest';

const B64 = /^[A-Za-z0-9+/]*$/;

/**
 * https://infra.spec.whatwg.org/#forgiving-base64-decode: the decoded bytes as a latin1 string,
 * -1 when one character remains (not correctly encoded), -2 for an invalid character.
 */
export function atobSteps(input: string): string | number {
  let s = input.replace(/[\t\n\f\r ]/g, '');
  if (s.length % 4 === 0) {
    if (s.endsWith('==')) s = s.slice(0, -2);
    else if (s.endsWith('=')) s = s.slice(0, -1);
  }
  if (!B64.test(s)) return -2;
  if (s.length % 4 === 1) return -1;
  return Buffer.from(s, 'base64').toString('latin1');
}

/** btoa's steps: base64 of the latin1 bytes, or -1 when a character is above U+00FF. */
export function btoaSteps(input: string): string | number {
  for (let i = 0; i < input.length; i++) if (input.charCodeAt(i) > 0xff) return -1;
  return Buffer.from(input, 'latin1').toString('base64');
}

export function createEncodingBinding(ctx: RuntimeContext): JSObject {
  return methods(ctx.realm, bareObject(), {
    atob: [(_t, a) => atobSteps(str(a[0])), 1],
    btoa: [(_t, a) => btoaSteps(str(a[0])), 1],
    /** The UTF-8 bytes of a string (lone surrogates as U+FFFD). */
    encodeUtf8String: [(_t, a) => guestBytes(Buffer.from(str(a[0]), 'utf8')), 1],
    /** encodeInto(string, dest): [read, written] as TextEncoder.encodeInto reports them. */
    encodeInto: [(_t, a) => {
      const src = str(a[0]);
      const dest = hostBytes(a[1]);
      if (dest === undefined) return arr([0, 0]);
      const r = new TextEncoder().encodeInto(src, dest);
      return arr([r.read, r.written]);
    }, 2],
    /** decodeUTF8(bytes, ignoreBOM, fatal): the string, or undefined when fatal and the bytes are not UTF-8. */
    decodeUTF8: [(_t, a) => {
      const bytes = hostBytes(a[0]);
      if (bytes === undefined) return '';
      try {
        return new TextDecoder('utf-8', { ignoreBOM: a[1] === true, fatal: a[2] === true }).decode(bytes);
      } catch {
        return undefined;
      }
    }, 3],
  });
}

// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * The encoding operations of node:buffer (node's encodingOps in lib/buffer.js): for each encoding
 * its byte length estimate, and write, slice and indexOf over internalBinding('buffer'), and
 * getEncodingOps, which accepts the names in any letter case as node does.
 */
'use strict';

const { encodingsMap } = require('./util');
const { writeStatic } = require('./buffer');

const binding = internalBinding('buffer');

function base64ByteLength(str, bytes) {
  // Up to two '=' of padding carry no bytes.
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

const byteLengthUtf8 = (s) => binding.byteLengthUtf8(s);

function makeOps(encoding, encodingVal, byteLength) {
  return {
    encoding,
    encodingVal,
    byteLength,
    write: (buf, string, offset, len) => writeStatic(buf, string, offset, len, encoding),
    slice: (buf, start, end) => binding.slice(buf, encoding, start, end),
    indexOf: (buf, val, byteOffset, dir) => binding.indexOf(buf, val, byteOffset, encoding, dir),
  };
}

const encodingOps = {
  utf8: makeOps('utf8', encodingsMap.utf8, byteLengthUtf8),
  ucs2: makeOps('ucs2', encodingsMap.utf16le, (string) => string.length * 2),
  utf16le: makeOps('utf16le', encodingsMap.utf16le, (string) => string.length * 2),
  latin1: makeOps('latin1', encodingsMap.latin1, (string) => string.length),
  ascii: makeOps('ascii', encodingsMap.ascii, (string) => string.length),
  base64: makeOps('base64', encodingsMap.base64, (string) => base64ByteLength(string, string.length)),
  base64url: makeOps('base64url', encodingsMap.base64url, (string) => base64ByteLength(string, string.length)),
  hex: makeOps('hex', encodingsMap.hex, (string) => string.length >>> 1),
};

/** The ops of an encoding name as node's getEncodingOps accepts it (any case), or undefined. */
function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' || encoding.toLowerCase() === 'utf16le') return encodingOps.utf16le;
      break;
    case 8:
      if (encoding === 'utf-16le' || encoding.toLowerCase() === 'utf-16le') return encodingOps.utf16le;
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      encoding = encoding.toLowerCase();
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      break;
    case 3:
      if (encoding === 'hex' || encoding.toLowerCase() === 'hex') return encodingOps.hex;
      break;
    case 9:
      if (encoding === 'base64url' || encoding.toLowerCase() === 'base64url') return encodingOps.base64url;
      break;
  }
}

export { encodingOps, getEncodingOps, byteLengthUtf8, base64ByteLength };

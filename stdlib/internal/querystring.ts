// @ts-nocheck — guest code: runs inside the interpreter as a builtin (see runtime/README.md).
/**
 * The percent-encoding helpers querystring and url share (Node's internal/querystring):
 * `%XX` for every byte, which hex digits are which, and encodeStr, the UTF-8 percent-encoder
 * driven by a table of the ASCII characters left as they are.
 */
'use strict';

const { codes: { ERR_INVALID_URI } } = require('./errors');

/** '%00' … '%FF' */
const hexTable = new Array(256);
for (let i = 0; i < 256; i++) hexTable[i] = `%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`;

/** 1 for the byte values of 0-9, A-F, a-f. */
const isHexTable = new Int8Array(256);
for (const c of '0123456789ABCDEFabcdef') isHexTable[c.charCodeAt(0)] = 1;

/**
 * Percent-encodes str as UTF-8, leaving the ASCII characters whose entry in noEscapeTable is 1.
 * A lone high surrogate at the end throws ERR_INVALID_URI; any other unpaired surrogate is taken
 * together with the following code unit, as Node does.
 */
function encodeStr(str, noEscapeTable, hexTable) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscapeTable[c] === 1) continue;
      if (lastPos < i) out += str.slice(lastPos, i);
      lastPos = i + 1;
      out += hexTable[c];
      continue;
    }
    if (lastPos < i) out += str.slice(lastPos, i);
    if (c < 0x800) {
      lastPos = i + 1;
      out += hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
      continue;
    }
    if (c < 0xD800 || c >= 0xE000) {
      lastPos = i + 1;
      out += hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
      continue;
    }
    // A surrogate: combined with the next code unit whatever it is.
    i++;
    if (i >= len) throw new ERR_INVALID_URI();
    const c2 = str.charCodeAt(i) & 0x3FF;
    lastPos = i + 1;
    c = 0x10000 + (((c & 0x3FF) << 10) | c2);
    out += hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
      hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
  }
  if (lastPos === 0) return str;
  if (lastPos < len) return out + str.slice(lastPos);
  return out;
}

module.exports = { encodeStr, hexTable, isHexTable };

export {}; // a module for tsc; the guest sees module.exports
